"""Partnerships as an administrator sets them: which NGOs share their survivors with which
organisations' peer groups (pure: no I/O; the pages are in ``console.admin_pages``).

The gateway decides (``PUT`` and ``DELETE /v1/organisations/{ngo}/partners/{partner}``):
only an NGO shares, only an organisation whose facilitators run groups (a peer-support
organisation, or an NGO running its own) receives, and never the NGO itself. The form
offers only organisations that fit, so a refusal is rare; when the gateway refuses all the
same (a list read before someone else changed it), its problem is shown beside the choice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from console import messages
from console.messages import N_

__all__ = [
    "ACCEPTED",
    "ADDED",
    "ALREADY_ENDED",
    "PARTNER_KINDS",
    "REFUSED_STATUSES",
    "REMOVED",
    "SHARING",
    "partner_choices",
    "refusal",
]

#: What sharing means, in one sentence, on the partnerships page.
SHARING = N_(
    "Sharing means that the partner organisation's facilitators may be proposed this NGO's "
    "survivors (those who agreed to peer groups) for their peer groups, and see them only "
    "at alias level: a code name, languages, age band and shared interests."
)
ADDED = N_(
    "Proposed. Nothing is shared until an officer of the NGO accepts it on their Sharing page."
)
ACCEPTED = N_("Accepted. From now on, the partner's facilitators may be proposed your survivors.")
REMOVED = N_("Sharing stopped. The partner's next proposals no longer include these survivors.")
ALREADY_ENDED = N_("This partnership had already ended. The list below is as it is now.")


#: Kinds whose facilitators run peer groups (the gateway's ``ROLES_BY_ORGANISATION_TYPE``),
#: in the order the form offers them: peer-support organisations first, then NGOs.
PARTNER_KINDS = ("peer_support", "ngo")

#: Why the gateway refused a partnership, beside the choice (by the problem's status).
_REFUSALS: dict[int, str] = {
    404: N_("Pathways does not know this organisation. Choose one from the list."),
    409: N_(
        "One of the two organisations already has as many partnerships as Pathways allows. "
        "Stop one first."
    ),
    422: N_("Choose an organisation that runs peer groups, other than this NGO."),
}
#: Statuses a form answers on its own page (others go to the console's error page).
REFUSED_STATUSES = frozenset(_REFUSALS)


def partner_choices(
    organisations: Iterable[Mapping[str, Any]], *, ngo_id: str, partner_ids: Iterable[str]
) -> list[tuple[str, list[Mapping[str, Any]]]]:
    """The organisations the NGO may still share with, by kind (``PARTNER_KINDS`` order),
    each kind's sorted by name: not the NGO itself, not those it already shares with, not
    the kinds that run no groups. Kinds without any are left out."""
    taken = {ngo_id, *partner_ids}
    by_kind: dict[str, list[Mapping[str, Any]]] = {kind: [] for kind in PARTNER_KINDS}
    for organisation in organisations:
        kind = str(organisation.get("type", ""))
        if kind in by_kind and organisation.get("id") not in taken:
            by_kind[kind].append(organisation)
    return [
        (kind, sorted(found, key=lambda o: (str(o.get("name", "")).casefold(), str(o["id"]))))
        for kind, found in by_kind.items()
        if found
    ]


def refusal(*, status: int, slug: str) -> tuple[str, str]:
    """The page's summary and the message beside the choice for a refused partnership.

    The summary is the console's usual sentence for the problem's type; the message says
    what to do about this choice."""
    summary = messages.PROBLEMS.get(
        slug, messages.PROBLEMS["validation-error"] if status == 422 else messages.UNKNOWN_PROBLEM
    )
    return summary, _REFUSALS.get(status, messages.CHECK_FIELD)
