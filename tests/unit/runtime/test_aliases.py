"""The codes survivors are shown by: one for their own NGO, one per other organisation.

Rule (docs/data-protection.md, "Partners cannot link what each of them sees"): the
survivor's own organisation sees the alias kept with their record; every other
organisation sees a code of its own, the same each time it looks, that no other
organisation sees.
"""

from __future__ import annotations

import re

from pathways_runtime.aliases import ALIAS_ALPHABET, alias_for, alias_seen_by

CODE = re.compile(rf"P-[{ALIAS_ALPHABET}]{{6}}")
SURVIVORS = [f"srv_{n:024x}" for n in range(300)]


def test_the_own_organisation_sees_the_alias_kept_with_the_record() -> None:
    # Whatever that alias is (older records hold other forms).
    for alias in ("Blue Heron", alias_for("srv_1")):
        seen = alias_seen_by("org_ngo", survivor_id="srv_1", organisation_id="org_ngo", alias=alias)
        assert seen == alias


def test_another_organisation_sees_a_code_of_its_own_every_time() -> None:
    for survivor_id in SURVIVORS:
        own = alias_for(survivor_id)
        first = alias_seen_by(
            "org_cafe", survivor_id=survivor_id, organisation_id="org_ngo", alias=own
        )
        again = alias_seen_by(
            "org_cafe", survivor_id=survivor_id, organisation_id="org_ngo", alias=own
        )
        assert first == again
        assert CODE.fullmatch(first)
        assert first != own


def test_no_two_organisations_share_a_code_for_anyone() -> None:
    viewers = ["org_cafe", "org_hotel", "org_peer", "org_school"]
    codes = {
        (viewer, survivor_id): alias_seen_by(
            viewer,
            survivor_id=survivor_id,
            organisation_id="org_ngo",
            alias=alias_for(survivor_id),
        )
        for viewer in viewers
        for survivor_id in SURVIVORS
    }
    # Nothing on one organisation's lists appears on another's (nor the NGO's aliases).
    by_viewer = {v: {c for (w, _), c in codes.items() if w == v} for v in viewers}
    owner = {alias_for(s) for s in SURVIVORS}
    for v in viewers:
        assert len(by_viewer[v]) == len(SURVIVORS)  # each person a code of their own
        assert not by_viewer[v] & owner
        for w in viewers:
            if w != v:
                assert not by_viewer[v] & by_viewer[w]


def test_an_alias_names_no_one() -> None:
    for survivor_id in SURVIVORS:
        code = alias_for(survivor_id)
        assert CODE.fullmatch(code)
        assert survivor_id not in code
