from functools import partial

from pathways_runtime.dependency_health import DependencyWatcher


def test_health_follows_dependencies_down_and_back_up() -> None:
    state = {"mongodb": True, "kafka": True}
    reports: list[bool] = []
    watcher = DependencyWatcher(
        checks={name: partial(state.__getitem__, name) for name in state},
        report=reports.append,
    )

    assert watcher.check_once() == frozenset()
    state["mongodb"] = False
    assert watcher.check_once() == frozenset({"mongodb"})
    state["mongodb"] = True
    assert watcher.check_once() == frozenset()

    assert reports == [True, False, True]


def test_a_check_that_raises_counts_as_down() -> None:
    def broken() -> bool:
        raise ConnectionError("refused")

    reports: list[bool] = []
    watcher = DependencyWatcher(checks={"kafka": broken}, report=reports.append)

    assert watcher.check_once() == frozenset({"kafka"})
    assert reports == [False]
