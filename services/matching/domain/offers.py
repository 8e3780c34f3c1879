"""When a change of an opportunity is a new offer: what may bring back a declined job.

Two counts follow an opportunity's changes. Its material revision moves with any change of
what a survivor decides on (``MATERIAL_FIELDS``): a match is made at one material revision,
and a survivor who accepted 10,000 THB decides again on 9,500. Its offer revision moves only
with a new offer, and a survivor's decline holds until there is one: an employer must not
undo a "no" by raising the pay by one baht (safety probe, session 26), by cutting it, or by
cutting it and raising it back.

A new offer is a change of any material field other than pay, or pay that is more than
the opportunity has offered before by :data:`NEW_OFFER_PAY_RISE_PERCENT` at least. Pay is
monthly (``MonthlyAmount``), so amounts compare within a currency only: the best offered so
far is kept per currency, and pay in a currency never offered before (or pay stated where
none was) cannot be compared with anything declined, so it is a new offer.
"""

from __future__ import annotations

from collections.abc import Iterable

from matching.domain.values import MonthlyAmount

__all__ = ["NEW_OFFER_PAY_RISE_PERCENT", "best_pay_with", "is_new_pay_offer"]

#: How much more than the best pay offered so far (same currency) makes a new offer: a
#: tenth. Rounding, and a raise of a few percent (about what the region's minimum wages
#: move by in a year), give a survivor who said no no new reason to decide again; a
#: tenth more is a different job to weigh. Counted from the best ever offered, not the
#: pay now, so that a cut and a raise back is no new offer either.
NEW_OFFER_PAY_RISE_PERCENT = 10


def is_new_pay_offer(best: Iterable[MonthlyAmount], pay: MonthlyAmount | None) -> bool:
    """Whether ``pay`` is a new offer after the ``best`` pay offered so far (one per
    currency): pay in a currency not offered before, or at least
    :data:`NEW_OFFER_PAY_RISE_PERCENT` more than the best in its currency. Pay no longer
    stated, less pay, or pay back at (or a little above) the best offers nothing new."""
    if pay is None:
        return False
    same = _in_currency(best, pay.currency)
    if same is None:
        return True
    # In whole units: 10% of 12,001 THB must not round either way.
    return pay.amount > same.amount and pay.amount * 100 >= same.amount * (
        100 + NEW_OFFER_PAY_RISE_PERCENT
    )


def best_pay_with(
    best: Iterable[MonthlyAmount], pay: MonthlyAmount | None
) -> tuple[MonthlyAmount, ...]:
    """The best pay offered per currency once ``pay`` has been offered too, ordered by
    currency."""
    kept = {amount.currency: amount for amount in best}
    if pay is not None:
        same = kept.get(pay.currency)
        if same is None or pay.amount > same.amount:
            kept[pay.currency] = pay
    return tuple(kept[currency] for currency in sorted(kept))


def _in_currency(best: Iterable[MonthlyAmount], currency: str) -> MonthlyAmount | None:
    return next((amount for amount in best if amount.currency == currency), None)
