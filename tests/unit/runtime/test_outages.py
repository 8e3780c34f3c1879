import grpc
import pytest
from pymongo.errors import ServerSelectionTimeoutError

from pathways_runtime.outages import (
    DependencyUnavailable,
    translate_outages,
    unavailable_on_outage,
)


class Repository:
    label = "groups"

    def get(self, key: str) -> str:
        if key == "down":
            raise ServerSelectionTimeoutError("no server at 127.0.0.1")
        if key == "bad":
            raise KeyError(key)
        return key.upper()


class Aborted(Exception):
    pass


class Context:
    def __init__(self) -> None:
        self.code: grpc.StatusCode | None = None
        self.details = ""

    def abort(self, code: grpc.StatusCode, details: str) -> None:
        self.code, self.details = code, details
        raise Aborted


def test_an_outage_leaves_an_adapter_as_dependency_unavailable() -> None:
    repository = translate_outages(Repository())
    assert repository.get("a") == "A"
    assert repository.label == "groups"
    with pytest.raises(DependencyUnavailable) as raised:
        repository.get("down")
    assert isinstance(raised.value.__cause__, ServerSelectionTimeoutError)
    with pytest.raises(KeyError):
        repository.get("bad")


def test_a_servicer_answers_unavailable_without_details() -> None:
    repository = translate_outages(Repository())

    class Servicer:
        def GetGroup(self, request: str, context: Context) -> str:
            return repository.get(request)

    servicer = unavailable_on_outage(Servicer())
    assert servicer.GetGroup("x", Context()) == "X"
    context = Context()
    with pytest.raises(Aborted):
        servicer.GetGroup("down", context)
    assert context.code is grpc.StatusCode.UNAVAILABLE
    assert "127.0.0.1" not in context.details
