"""Partnerships: which NGOs share their survivors with which organisations' peer groups.

Organisations share survivors only where they have agreed to (MISSION.md): an NGO's
survivors are proposed to the facilitators of the organisations it has a partnership with,
and an NGO running its own groups draws from its own survivors. Platform administrators
propose partnerships; one is in force only once an officer of the NGO accepted it (an
administrator alone must not be able to share an NGO's survivors with an organisation of
their own making), and the NGO's officers or an administrator end it (the routes audit
each change). The gateway names the partner NGOs
on every proposal and pool overview it asks peer groups for (``pool_of``), and peer groups
keeps to them at that call. A partnership removed later stops new proposals at once, and
the NGO's proposed members are dropped when the facilitator publishes invitations; people
already invited or joined stay until their officer or the facilitator acts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from gateway.directory.models import MAX_PARTNERS, Organisation, Partnership, check_partnership
from gateway.errors import Conflict, NotFound
from gateway.ports import Clock, OrganisationStore, PartnershipStore

__all__ = ["OrganisationPartners", "Partnerships"]


@dataclass(frozen=True, slots=True)
class OrganisationPartners:
    """One organisation's partnerships, on both sides."""

    #: As the NGO: whose groups may be proposed this organisation's survivors.
    shares_with: list[Partnership]
    #: As the group runner: whose survivors this organisation's groups may be proposed.
    draws_from: list[Partnership]


@dataclass
class Partnerships:
    organisations: OrganisationStore
    store: PartnershipStore
    clock: Clock

    def _organisation(self, organisation_id: str) -> Organisation:
        organisation = self.organisations.get(organisation_id)
        if organisation is None:
            raise NotFound("no such organisation")
        return organisation

    def set(self, *, organisation_id: str, partner_id: str, by: str) -> tuple[Partnership, bool]:
        """Let ``partner_id``'s groups be proposed ``organisation_id``'s survivors.

        Idempotent: the partnership already set comes back unchanged (False). Both ids must
        name organisations (404), of kinds that fit (422); nothing is written otherwise.
        """
        organisation = self._organisation(organisation_id)
        partner = self._organisation(partner_id)
        check_partnership(organisation, partner)
        shared = self.store.shared_with(organisation.id)
        existing = next((p for p in shared if p.partner_id == partner.id), None)
        if existing is not None:
            return existing, False
        if len(shared) >= MAX_PARTNERS or len(self.store.drawn_from(partner.id)) >= MAX_PARTNERS:
            raise Conflict("the organisation has as many partnerships as it may have")
        wanted = Partnership(
            organisation_id=organisation.id,
            partner_id=partner.id,
            created_at=self.clock.now(),
            created_by=by,
        )
        stored = self.store.add(wanted)
        return (stored, False) if stored is not None else (wanted, True)

    def accept(self, *, organisation_id: str, partner_id: str, by: str) -> Partnership:
        """The NGO's officer ``by`` lets the partnership take force (idempotent: one
        accepted before stays as it was). 404 when there is no such partnership."""
        accepted = self.store.accept(organisation_id, partner_id, by=by, at=self.clock.now())
        if accepted is None:
            raise NotFound("no such partnership")
        return accepted

    def remove(self, *, organisation_id: str, partner_id: str) -> None:
        """End the partnership: the partner's next proposals no longer draw from the NGO.
        An unknown organisation or a pair without a partnership is 404."""
        self._organisation(organisation_id)
        self._organisation(partner_id)
        if not self.store.remove(organisation_id, partner_id):
            raise NotFound("no such partnership")

    def of(self, organisation_id: str) -> OrganisationPartners:
        self._organisation(organisation_id)
        return OrganisationPartners(
            shares_with=self.store.shared_with(organisation_id),
            draws_from=self.store.drawn_from(organisation_id),
        )

    def names(self, partnerships: Iterable[Partnership]) -> dict[str, str]:
        """The names of the organisations on either side, each read by ``_id``."""
        ids = {i for p in partnerships for i in (p.organisation_id, p.partner_id)}
        found = {i: self.organisations.get(i) for i in sorted(ids)}
        return {i: o.name for i, o in found.items() if o is not None}

    def pool_of(self, organisation_id: str) -> list[str]:
        """The organisations whose survivors this organisation's groups may be proposed: its
        own, then the NGOs sharing with it (accepted partnerships only). One read by
        ``_id`` and one ``$in``."""
        partners = [p.organisation_id for p in self.store.drawn_from(organisation_id) if p.accepted]
        return [organisation_id, *(p for p in partners if p != organisation_id)]
