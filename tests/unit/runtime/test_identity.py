import threading

import pytest

from pathways_runtime.identity import (
    CallerIdentity,
    MissingIdentityError,
    verified_caller,
    verified_caller_scope,
)

OFFICER = CallerIdentity(
    user_id="u1", organisation_id="org1", role="reintegration_officer", request_id="r1"
)


def test_the_verified_caller_is_known_only_inside_its_call() -> None:
    with verified_caller_scope(OFFICER):
        assert verified_caller() == OFFICER
    with pytest.raises(MissingIdentityError):
        verified_caller()


def test_a_call_without_a_verified_caller_has_no_identity() -> None:
    with pytest.raises(MissingIdentityError):
        verified_caller()


def test_another_thread_never_sees_this_calls_caller() -> None:
    seen: list[object] = []

    def other_call() -> None:
        try:
            seen.append(verified_caller())
        except MissingIdentityError as error:
            seen.append(error)

    with verified_caller_scope(OFFICER):
        thread = threading.Thread(target=other_call)
        thread.start()
        thread.join()
    assert isinstance(seen[0], MissingIdentityError)
