"""An electronics factory is assembly-line work, not an electrician's trade; a shrimp or
fish factory is food processing (the ninth held-out set's first run, session 22: "electronics"
alone is a term of electrical work in several languages, and read a factory line as
wiring). The longer words win over the bare one, so repairing electronics stays electrical
work.

The phrases are written for this test, none of them from the evaluation's sets."""

from __future__ import annotations

import pytest

from tests.unit.matching.shipped import shipped


@pytest.mark.parametrize(
    "text",
    [
        "For two years I was in an electronics factory",
        "ทำงานโรงงานอิเล็กทรอนิกส์ที่อยุธยามาสามปี",
        "Chị từng làm ở nhà máy điện tử ở Bắc Ninh",
        "Dati akong nasa pabrika ng electronics sa Laguna",
        "ខ្ញុំធ្លាប់ធ្វើការនៅរោងចក្រអេឡិចត្រូនិចបីឆ្នាំ",
        "အီလက်ထရောနစ်စက်ရုံမှာ နှစ်နှစ် လုပ်ခဲ့တယ်",
        "我喺電子廠做過兩年",
    ],
)
def test_an_electronics_factory_is_assembly_work(text: str) -> None:
    wished = shipped().wished_in(text)
    assert "assembly" in wished, wished
    assert "electrical_work" not in wished, wished


@pytest.mark.parametrize(
    "text",
    ["I can repair electronics like radios", "Tôi biết sửa đồ điện tử", "ជួសជុលគ្រឿងអេឡិចត្រូនិច"],
)
def test_repairing_electronics_stays_electrical_work(text: str) -> None:
    assert "electrical_work" in shipped().wished_in(text)


@pytest.mark.parametrize(
    "text",
    ["My aunt got me a job at a prawn factory", "I did cleaning prawns at the port every night"],
)
def test_a_shrimp_or_fish_factory_is_food_processing(text: str) -> None:
    assert "food_processing" in shipped().wished_in(text)
