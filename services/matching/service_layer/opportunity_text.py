"""What an opportunity's own text says, read as it is posted or changed: the workplace
conditions it states (``Vocabulary.workplace_conditions_in``), and what no post may say.

An employer who writes that it keeps its workers' passports or identity papers ("for your
safety the company will keep your passport", "护照由公司统一保管", "บริษัทจะเก็บพาสปอร์ต")
is refused, at the field that says it: keeping them is one of the ILO's indicators of
forced labour (retention of identity documents), the way a worker is kept from leaving,
and the region's laws forbid it (Malaysia's Passports Act 1966, s. 12(1)(f); Thailand's
Royal Ordinance on the Management of Foreign Workers Employment B.E. 2560, s. 131). Such a
post is never stored, so it is never offered; the message says what to write instead and
never quotes the text.
"""

from __future__ import annotations

from matching.domain.opportunity import OpportunityDetails, with_conditions_said
from matching.domain.vocabulary import Vocabulary
from matching.service_layer.refusals import FieldViolation, LocatedRefusal

__all__ = ["DOCUMENTS_WITHHELD", "DocumentsWithheld", "as_said"]

#: What ``[_workplace]`` calls a text that says the employer keeps workers' documents.
DOCUMENTS_WITHHELD = "documents_withheld"
_MESSAGE = (
    "says the employer keeps workers' passports or identity documents; no employer may "
    "(the ILO counts it among the signs of forced labour, and the law forbids it): "
    "workers keep their own documents"
)


class DocumentsWithheld(LocatedRefusal):
    """An opportunity's text says the employer keeps its workers' identity documents."""


def as_said(vocabulary: Vocabulary | None, details: OpportunityDetails) -> OpportunityDetails:
    """`details` with the workplace conditions its text says it has (night shifts, live-in,
    heavy loads, work abroad) set, as ``vocabulary`` reads it (``with_conditions_said``).

    Raises :class:`DocumentsWithheld`, located at the title or the description (or both),
    when the text says the employer keeps workers' identity documents."""
    if vocabulary is None:
        return details
    said = vocabulary.workplace_conditions_in(f"{details.title}\n{details.description}")
    if DOCUMENTS_WITHHELD in said:
        fields = [
            name
            for name in ("title", "description")
            if DOCUMENTS_WITHHELD in vocabulary.workplace_conditions_in(getattr(details, name))
        ] or ["description"]  # said only across the two: the description is where to mend it
        raise DocumentsWithheld(
            "the opportunity's text says the employer keeps workers' identity documents",
            [
                FieldViolation(
                    location=("opportunity", name), message=_MESSAGE, code="DOCUMENTS_WITHHELD"
                )
                for name in fields
            ],
        )
    return with_conditions_said(details, said)
