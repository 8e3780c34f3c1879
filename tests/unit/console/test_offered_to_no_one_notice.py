"""An owner whose job matching now reads as keeping workers' papers, or as charging workers
to get the job (stored before the rules that refuse such a text,
``matching.domain.rules.no_documents_withheld`` and ``no_fee_charged``), is told so where
they look: on the list of their jobs, and on the job's form, in their language. It is
offered to no one until they change the text, so silence would leave them wondering why no
candidate comes."""

from __future__ import annotations

import html

import pytest

from tests.unit.console.conftest import signed_in_officer
from tests.unit.console.fake_gateway import OPPORTUNITY_ID
from tests.unit.console.test_opportunity_notices import (
    LIST,
    OwnerGateway,
    _in_language,
    _owner,
)

#: Each sign: the workplace field, what the list says, what the form says, and a piece of
#: the list's words in Thai.
SIGNS = [
    (
        "documents_withheld",
        "Offered to no one: the text says the employer keeps workers' papers.",
        "The text says the employer keeps workers' passports or identity papers. This is "
        "offered to no one until you change the text: say that workers keep their own "
        "documents.",
        "ข้อความระบุว่านายจ้างเก็บเอกสาร",
    ),
    (
        "fee_charged",
        "Offered to no one: the text says workers pay to get the job.",
        "The text says workers pay to get or keep this job. It is offered to no one until "
        "you change the text: say that the employer pays every cost of hiring.",
        "ลูกจ้างต้องจ่ายเงินเพื่อได้งาน",
    ),
]
FIELDS = ("field", "on_the_list", "on_the_form", "in_thai")


def _read_so(field: str, *, said: bool) -> OwnerGateway:
    gateway = _owner("job")
    gateway.opportunities[OPPORTUNITY_ID]["workplace"] = {field: said}
    return gateway


@pytest.mark.parametrize(FIELDS, SIGNS)
def test_the_list_and_the_form_say_it_is_offered_to_no_one(
    field: str, on_the_list: str, on_the_form: str, in_thai: str
) -> None:
    with signed_in_officer(_read_so(field, said=True)) as client:
        assert on_the_list in html.unescape(client.get(LIST).text)
        form = html.unescape(client.get(f"/opportunities/{OPPORTUNITY_ID}/edit").text)
        assert on_the_form in form


@pytest.mark.parametrize(FIELDS, SIGNS)
def test_nothing_is_said_of_a_job_that_does_not(
    field: str, on_the_list: str, on_the_form: str, in_thai: str
) -> None:
    with signed_in_officer(_read_so(field, said=False)) as client:
        assert "Offered to no one" not in client.get(LIST).text
        form = html.unescape(client.get(f"/opportunities/{OPPORTUNITY_ID}/edit").text)
        assert on_the_form not in form


@pytest.mark.parametrize(FIELDS, SIGNS)
def test_it_is_said_in_the_owners_language(
    field: str, on_the_list: str, on_the_form: str, in_thai: str
) -> None:
    with signed_in_officer(_read_so(field, said=True)) as client:
        _in_language(client, "th")
        listed = html.unescape(client.get(LIST).text)
        assert in_thai in listed
        assert on_the_list not in listed
