import pytest

from pathways_runtime.identity import CallerIdentity, MissingIdentityError, identity_from_metadata


def test_identity_survives_the_trip_through_metadata() -> None:
    caller = CallerIdentity(
        user_id="u1", organisation_id="org1", role="reintegration_officer", request_id="r1"
    )
    metadata = [*list(caller.to_metadata()), ("user-agent", "grpc-python")]
    assert identity_from_metadata(metadata) == caller


@pytest.mark.parametrize(
    "drop", ["x-pathways-user-id", "x-pathways-organisation-id", "x-pathways-role"]
)
def test_a_call_without_full_identity_is_refused(drop: str) -> None:
    caller = CallerIdentity(user_id="u1", organisation_id="org1", role="employer")
    metadata = [(k, v) for k, v in caller.to_metadata() if k != drop]
    with pytest.raises(MissingIdentityError, match=drop):
        identity_from_metadata(metadata)
