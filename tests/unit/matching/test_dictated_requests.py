"""What the thirtieth language set's misses led to (session 33: requests said aloud, as a
phone's speech-to-text wrote them), with phrases written for these tests. Expected values
come from what each phrase means to a Thai reader:

- "ปลอดสารพิษ" (free of toxins, as of vegetables grown without pesticide) names no work
  with hazardous chemicals; "ทำงานกับสารพิษ" (working with toxins) still does.
- "ร้านเสริมสวย" (a beauty salon) is a workplace of beauty work, not hairdressing itself:
  named beside a trade ("nails, at a beauty salon") it says where, and the trade is the
  wish; named alone it is beauty work.
"""

from __future__ import annotations

from tests.unit.matching.test_safety_probe_session_26 import vocabulary


def test_toxin_free_vegetables_are_no_hazardous_chemicals() -> None:
    assert "hazardous_chemicals" not in vocabulary().concepts_in("อยากขายผักไร้สารพิษที่ตลาด")
    assert "hazardous_chemicals" not in vocabulary().concepts_in("ทำสวนปลอดสารพิษที่บ้าน")
    assert "hazardous_chemicals" in vocabulary().concepts_in("เคยทำงานกับสารพิษในโรงงาน")


def test_a_beauty_salon_named_beside_a_trade_is_where_not_what() -> None:
    said = vocabulary().concepts_in("อยากเพ้นท์เล็บ ทำงานที่ร้านเสริมสวยใกล้บ้าน")
    assert "nail_care" in said
    assert "hairdressing" not in said
    assert vocabulary().concepts_in("อยากทำงานร้านเสริมสวย") == frozenset({"beauty_wellness"})
