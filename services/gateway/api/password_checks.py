"""A password refused by the policy, answered like any bad value of one field.

One place for every route that takes a new password (``POST /v1/users``, sign-in with a
password of one's own, ``POST /v1/auth/password``): 422 naming the field and each reason,
never the password.
"""

from __future__ import annotations

from fastapi.exceptions import RequestValidationError

from gateway.auth.password_policy import PasswordPolicy

__all__ = ["refuse_weak_password", "refused"]


def refuse_weak_password(
    policy: PasswordPolicy, *, password: str, username: str, location: tuple[str, ...]
) -> None:
    weaknesses = policy.weaknesses(password, username=username)
    if weaknesses:
        raise RequestValidationError(
            [
                {"type": "password_refused", "loc": location, "msg": message}
                for message in policy.explain(weaknesses)
            ]
        )


def refused(location: tuple[str, ...], message: str) -> RequestValidationError:
    """A password refused for a reason only the service could tell (``message`` is one of
    its fixed sentences: the old one reused, the current one wrong)."""
    return RequestValidationError([{"type": "password_refused", "loc": location, "msg": message}])
