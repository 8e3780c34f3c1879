"""An owner whose job matching now reads as keeping workers' papers (stored before the rule
that refuses such a text, ``matching.domain.rules.no_documents_withheld``) is told so where
they look: on the list of their jobs, and on the job's form, in their language. It is
offered to no one until they change the text, so silence would leave them wondering why no
candidate comes."""

from __future__ import annotations

import html

from tests.unit.console.conftest import signed_in_officer
from tests.unit.console.fake_gateway import OPPORTUNITY_ID
from tests.unit.console.test_opportunity_notices import (
    LIST,
    OwnerGateway,
    _in_language,
    _owner,
)

ON_THE_LIST = "Offered to no one: the text says the employer keeps workers' papers."
ON_THE_FORM = (
    "The text says the employer keeps workers' passports or identity papers. This is "
    "offered to no one until you change the text: say that workers keep their own documents."
)


def _papers_kept(*, kept: bool) -> OwnerGateway:
    gateway = _owner("job")
    gateway.opportunities[OPPORTUNITY_ID]["workplace"] = {"documents_withheld": kept}
    return gateway


def test_the_list_and_the_form_say_it_is_offered_to_no_one() -> None:
    with signed_in_officer(_papers_kept(kept=True)) as client:
        assert ON_THE_LIST in html.unescape(client.get(LIST).text)
        form = html.unescape(client.get(f"/opportunities/{OPPORTUNITY_ID}/edit").text)
        assert ON_THE_FORM in form


def test_nothing_is_said_of_a_job_that_does_not_keep_them() -> None:
    with signed_in_officer(_papers_kept(kept=False)) as client:
        assert "Offered to no one" not in client.get(LIST).text
        assert "identity papers" not in client.get(f"/opportunities/{OPPORTUNITY_ID}/edit").text


def test_it_is_said_in_the_owners_language() -> None:
    with signed_in_officer(_papers_kept(kept=True)) as client:
        _in_language(client, "th")
        listed = html.unescape(client.get(LIST).text)
        assert "ไม่เสนอให้ใคร" in listed
        assert ON_THE_LIST not in listed
