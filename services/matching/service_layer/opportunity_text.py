"""What an opportunity's own text says, read as it is posted or changed: the workplace
conditions it states (``Vocabulary.workplace_conditions_in``), and what no post may say.

Two signs of forced labour are refused, at the field that says them, and the message says
what to write instead, never quoting the text:

- an employer who writes that it keeps its workers' passports or identity papers ("for
  your safety the company will keep your passport", "护照由公司统一保管", "บริษัทจะเก็บ
  พาสปอร์ต"): retention of identity documents is one of the ILO's indicators of forced
  labour, the way a worker is kept from leaving, and the region's laws forbid it
  (Malaysia's Passports Act 1966, s. 12(1)(f); Thailand's Royal Ordinance on the Management
  of Foreign Workers Employment B.E. 2560, s. 131);
- a job whose worker pays to get or keep it ("placement fee RM 3,000", "ค่าดำเนินการ 5,000
  บาท", "phí xuất cảnh", "deposit deducted from the first salary"): the debt is how people
  are held in debt bondage, another ILO indicator, and the ILO's Private Employment Agencies
  Convention (C181, art. 7) and the employer-pays principle say workers pay no recruitment
  fees. A course's fee is its tuition: never refused (``with_conditions_said``).

Such a post is never stored, so it is never offered.
"""

from __future__ import annotations

from typing import Final, Protocol

from matching.domain.opportunity import OpportunityDetails, with_conditions_said
from matching.domain.values import OpportunityKind
from matching.domain.vocabulary import Vocabulary
from matching.service_layer.refusals import FieldViolation, LocatedRefusal

__all__ = [
    "DOCUMENTS_WITHHELD",
    "FEE_CHARGED",
    "ForcedLabourSign",
    "SectorsIn",
    "as_said",
    "sectors_said",
]

#: What ``[_workplace]`` calls a text that says the employer keeps workers' documents.
DOCUMENTS_WITHHELD: Final = "documents_withheld"
#: And one that says a worker pays to get or keep the job.
FEE_CHARGED: Final = "fee_charged"
#: Each refused sign: what the refusal says of the text, and what its field's message says.
_REFUSED: Final = {
    DOCUMENTS_WITHHELD: (
        "the opportunity's text says the employer keeps workers' identity documents",
        "says the employer keeps workers' passports or identity documents; no employer may "
        "(the ILO counts it among the signs of forced labour, and the law forbids it): "
        "workers keep their own documents",
    ),
    FEE_CHARGED: (
        "the opportunity's text says a worker pays to get or keep the job",
        "says a worker pays to get or keep the job (a fee, a deposit, a deduction from wages "
        "or a loan to repay); no worker may be charged (the debt is a sign of forced labour, "
        "and workers pay no recruitment fees): the employer pays every cost of hiring",
    ),
}


class SectorsIn(Protocol):
    """``Vocabulary.sectors_in``: the sectors a text is about, an interest done in one
    sector or another read as in ``declared`` when the text names none of its sectors."""

    def __call__(self, text: str, *, declared: str | None = None) -> frozenset[str]: ...


def sectors_said(sectors_in: SectorsIn, details: OpportunityDetails) -> frozenset[str]:
    """The sectors an opportunity's title and description are about. A course's declared
    sector settles which of an interest's sectors it teaches for (a cooking course posted
    under food service); a job's does not, so that a household's kitchen posted under food
    service is still domestic work to whoever avoids it, unless its text names the
    restaurant."""
    declared = details.sector if details.kind is OpportunityKind.TRAINING else None
    return sectors_in(f"{details.title}\n{details.description}", declared=declared)


class ForcedLabourSign(LocatedRefusal):
    """An opportunity's text says the employer keeps its workers' identity documents, or
    that a worker pays to get or keep the job."""


def as_said(vocabulary: Vocabulary | None, details: OpportunityDetails) -> OpportunityDetails:
    """`details` with the workplace conditions its text says it has (night shifts, live-in,
    heavy loads, work abroad) set, as ``vocabulary`` reads it (``with_conditions_said``).

    Raises :class:`ForcedLabourSign`, located at the title or the description (or both),
    when the text says the employer keeps workers' identity documents, or, for a job, that
    a worker pays to get or keep it."""
    if vocabulary is None:
        return details
    said = with_conditions_said(
        details, vocabulary.workplace_conditions_in(f"{details.title}\n{details.description}")
    )
    workplace = said.workplace
    signs = [
        sign
        for sign, present in (
            (DOCUMENTS_WITHHELD, workplace.documents_withheld),
            (FEE_CHARGED, workplace.fee_charged),
        )
        if present
    ]
    if not signs:
        return said
    violations = []
    for sign in signs:
        fields = [
            name
            for name in ("title", "description")
            if sign in vocabulary.workplace_conditions_in(getattr(details, name))
        ] or ["description"]  # said only across the two: the description is where to mend it
        violations += [
            FieldViolation(
                location=("opportunity", name), message=_REFUSED[sign][1], code=sign.upper()
            )
            for name in fields
        ]
    raise ForcedLabourSign("; ".join(_REFUSED[sign][0] for sign in signs), violations)
