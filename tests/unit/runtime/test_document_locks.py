"""The per-document locks: one per document, striped, and safe to nest in one thread."""

from __future__ import annotations

import threading

from pathways_runtime.document_locks import document_lock

NAMESPACE = "db.things"


def _two_documents_on_one_stripe() -> tuple[str, str]:
    first = "doc_0"
    second = next(
        f"doc_{n}"
        for n in range(1, 100_000)
        if document_lock(NAMESPACE, f"doc_{n}") is document_lock(NAMESPACE, first)
    )
    return first, second


def test_one_document_always_gets_the_same_lock() -> None:
    assert document_lock(NAMESPACE, "doc_1") is document_lock(NAMESPACE, "doc_1")


def test_a_thread_holding_a_lock_can_take_another_documents_on_the_same_stripe() -> None:
    first, second = _two_documents_on_one_stripe()
    finished = threading.Event()

    def nested() -> None:
        with document_lock(NAMESPACE, first), document_lock(NAMESPACE, second):
            finished.set()

    worker = threading.Thread(target=nested, daemon=True)  # a deadlock must not hang the run
    worker.start()
    worker.join(timeout=10)
    assert finished.is_set()


def test_another_thread_waits_while_a_document_is_held() -> None:
    entered = threading.Event()

    def other_writer() -> None:
        with document_lock(NAMESPACE, "doc_1"):
            entered.set()

    with document_lock(NAMESPACE, "doc_1"):
        worker = threading.Thread(target=other_writer, daemon=True)
        worker.start()
        assert not entered.wait(timeout=0.05)  # held here: the other writer waits
    worker.join(timeout=10)
    assert entered.is_set()  # and goes on once it is released
