"""Server-side sessions: the browser holds only a random id; tokens never leave the server.

The console keeps sessions in process memory (:class:`InMemorySessionStore`): a restart
signs everyone out, and several console replicas would need a shared store behind the same
:class:`SessionStore` protocol. A session unused for ``idle_s`` is dropped on next touch.
Every request without a cookie makes a session (its CSRF token is on the sign-in form), so
those nobody signed in with are kept up to :data:`MOST_ANONYMOUS`, the oldest dropped
first: a flood of cookie-less requests cannot fill the memory, and never costs anyone
signed in their session.
"""

from __future__ import annotations

import json
import os
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

__all__ = [
    "MOST_ANONYMOUS",
    "InMemoryPreferenceStore",
    "InMemorySessionStore",
    "JsonFilePreferenceStore",
    "PreferenceStore",
    "Session",
    "SessionStore",
    "Tokens",
    "new_session_id",
]


#: Every this many new sessions, idle ones are swept (so abandoned ones do not pile up).
_SWEEP_EVERY = 256
#: Sessions nobody has signed in with, kept at most (a few MB): the oldest go first.
MOST_ANONYMOUS = 10_000


def new_session_id() -> str:
    """256 random bits, URL-safe: unguessable, so the id alone proves the session."""
    return secrets.token_urlsafe(32)


@dataclass
class Tokens:
    access_token: str
    refresh_token: str
    #: Clock time after which the access token is refreshed before use.
    refresh_after: float


@dataclass
class Session:
    id: str
    csrf_token: str
    last_used: float
    language: str | None = None
    tokens: Tokens | None = None
    user_id: str | None = None
    organisation_id: str | None = None
    role: str | None = None
    #: Pseudonymous survivor ids this user registered or opened (the gateway has no list).
    recent_survivors: list[str] = field(default_factory=list)
    #: The last proposal's summary per peer group (cohesion, what members share, counts of
    #: left-out people by reason): alias-free, kept so a reload still shows it.
    proposals: dict[str, Any] = field(default_factory=dict)
    #: The id of the job or course just posted, shown first on the list once after.
    just_posted: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def signed_in(self) -> bool:
        return self.tokens is not None


class SessionStore(Protocol):
    def create(self) -> Session: ...
    def get(self, session_id: str) -> Session | None: ...
    def delete(self, session_id: str) -> None: ...
    def rotate(self, session: Session) -> Session: ...


class PreferenceStore(Protocol):
    """Per-user settings kept by the console (keyed by the gateway's user id)."""

    def language(self, user_id: str) -> str | None: ...
    def set_language(self, user_id: str, language: str) -> None: ...


class InMemorySessionStore:
    """``on_expired`` is told of each signed-in session dropped for being idle (after the
    store's lock is released), so that its gateway session ends too: a console session
    that times out must not leave a refresh token that stays good for days."""

    def __init__(
        self,
        *,
        idle_s: float,
        clock: Callable[[], float],
        most_anonymous: int = MOST_ANONYMOUS,
        on_expired: Callable[[Session], None] = lambda _session: None,
    ) -> None:
        self._idle_s = idle_s
        self._clock = clock
        self._on_expired = on_expired
        self._sessions: dict[str, Session] = {}
        #: The ids of sessions not signed in with (not rotated), oldest first.
        self._anonymous: OrderedDict[str, None] = OrderedDict()
        self._most_anonymous = most_anonymous
        self._lock = threading.Lock()
        self._created = 0

    def create(self) -> Session:
        now = self._clock()
        session = Session(id=new_session_id(), csrf_token=secrets.token_urlsafe(32), last_used=now)
        expired: list[Session] = []
        with self._lock:
            self._created += 1
            if self._created % _SWEEP_EVERY == 0:
                expired = self._sweep(now)
            self._sessions[session.id] = session
            self._anonymous[session.id] = None
            while len(self._anonymous) > self._most_anonymous:
                oldest, _ = self._anonymous.popitem(last=False)
                self._sessions.pop(oldest, None)
        self._tell_expired(expired)
        return session

    def _sweep(self, now: float) -> list[Session]:
        """Drops idle sessions nobody came back for (called with the lock held); the
        signed-in ones among them."""
        stale = [v for v in self._sessions.values() if now - v.last_used > self._idle_s]
        for session in stale:
            self._drop(session.id)
        return [session for session in stale if session.signed_in]

    def _tell_expired(self, expired: list[Session]) -> None:
        for session in expired:
            self._on_expired(session)

    def _drop(self, session_id: str) -> None:
        self._sessions.pop(session_id, None)
        self._anonymous.pop(session_id, None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._sessions)

    def get(self, session_id: str) -> Session | None:
        now = self._clock()
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None:
                return None
            idle = now - session.last_used > self._idle_s
            if idle:
                self._drop(session_id)
            else:
                session.last_used = now
        if idle:
            self._tell_expired([session] if session.signed_in else [])
            return None
        return session

    def delete(self, session_id: str) -> None:
        with self._lock:
            self._drop(session_id)

    def rotate(self, session: Session) -> Session:
        """A new id and CSRF token for the same state (at sign-in: no session fixation);
        no longer anonymous, it is never dropped for room."""
        with self._lock:
            self._drop(session.id)
            session.id = new_session_id()
            session.csrf_token = secrets.token_urlsafe(32)
            session.last_used = self._clock()
            self._sessions[session.id] = session
        return session


class InMemoryPreferenceStore:
    def __init__(self) -> None:
        self._languages: dict[str, str] = {}
        self._lock = threading.Lock()

    def language(self, user_id: str) -> str | None:
        with self._lock:
            return self._languages.get(user_id)

    def set_language(self, user_id: str, language: str) -> None:
        with self._lock:
            self._languages[user_id] = language


class JsonFilePreferenceStore:
    """Per-user preferences in one small JSON file, so a language choice outlives a restart.

    It holds gateway user ids and language tags only (no personal data); written whole to
    a temporary file with mode 0600 and moved into place, so a crash never leaves half a
    file. One console process owns the file; several replicas need a shared store behind
    the same :class:`PreferenceStore` protocol."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._languages: dict[str, str] = {}
        if path.exists():
            loaded = json.loads(path.read_text(encoding="utf-8") or "{}")
            found = loaded.get("languages", {}) if isinstance(loaded, dict) else {}
            self._languages = {str(k): str(v) for k, v in found.items()}

    def language(self, user_id: str) -> str | None:
        with self._lock:
            return self._languages.get(user_id)

    def set_language(self, user_id: str, language: str) -> None:
        with self._lock:
            if self._languages.get(user_id) == language:
                return
            self._languages[user_id] = language
            self._path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self._path.with_suffix(".tmp")
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                json.dump({"languages": self._languages}, handle, sort_keys=True)
            os.replace(temporary, self._path)
