"""The recommendations page names the skills the survivor's words name and their profile
does not record (the API's ``skills_to_record``), with the way to record them: jobs are
ranked by the skills recorded as the survivor's."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from tests.unit.console.conftest import signed_in_officer
from tests.unit.console.test_pathways_on_recommendations import WAITER, PathwaysGateway
from tests.unit.console.test_remote_choice_and_why_not_more import SURVIVOR_ID


@dataclass
class WordsGateway(PathwaysGateway):
    skills_to_record: list[str] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        answer = super().handle(request)
        if request.url.path.endswith("/recommendations"):
            body = answer.json() | {"skills_to_record": self.skills_to_record}
            return httpx.Response(200, json=body)
        return answer


def _page(gateway: WordsGateway) -> str:
    with signed_in_officer(gateway) as client:
        return client.get(f"/survivors/{SURVIVOR_ID}/recommendations").text


def test_the_skills_their_words_name_are_shown_with_the_way_to_record_them() -> None:
    page = _page(WordsGateway(items=[WAITER], skills_to_record=["barista", "cooking"]))
    notice = page.split('id="skills-to-record"', 1)[1].split("</p>", 1)[0]
    assert "Their words name these skills: Barista, Cooking." in notice  # labels, not ids
    assert f'href="/survivors/{SURVIVOR_ID}/profile#skills-fieldset"' in notice
    assert "Ask them, and record the ones they have" in notice


def test_nothing_is_said_when_the_words_name_no_skill_left_to_record() -> None:
    assert 'id="skills-to-record"' not in _page(WordsGateway(items=[WAITER]))
