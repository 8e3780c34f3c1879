"""Reads the vocabulary from its TOML files: ``concepts.toml`` and one file per language.

The shipped files live in the package's ``vocabulary/`` directory; partners may point
`load_vocabulary` at a directory of their own with the same layout. Every inconsistency is a
`VocabularyError` that names the file, and the concept where there is one.
"""

from __future__ import annotations

import hashlib
import tomllib
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from matching.adapters.gazetteer import country_names, gazetteer_fingerprint
from matching.domain.vocabulary import Vocabulary, VocabularyError
from matching.domain.vocabulary.vocabulary import READING_RULES

__all__ = [
    "CONCEPTS_FILE",
    "VocabularyError",
    "load_vocabulary",
    "shipped_vocabulary_directory",
    "vocabulary_fingerprint",
]

CONCEPTS_FILE = "concepts.toml"


def shipped_vocabulary_directory() -> Traversable:
    """The vocabulary directory shipped inside the matching package."""
    return files("matching") / "vocabulary"


def load_vocabulary(directory: Path | None = None) -> Vocabulary:
    """Load, validate and compile the vocabulary in `directory` (default: the shipped one).

    Each ``<code>.toml`` other than ``concepts.toml`` is the language with that code; the
    names of countries and cities in each come from the gazetteer (``gazetteer``).
    """
    root: Traversable = directory if directory is not None else shipped_vocabulary_directory()
    concepts_file = root / CONCEPTS_FILE
    if not concepts_file.is_file():
        raise VocabularyError(f"{concepts_file}: not found; the vocabulary needs it")
    language_files = {
        entry.name.removesuffix(".toml"): entry
        for entry in sorted(root.iterdir(), key=lambda entry: entry.name)
        if entry.name.endswith(".toml") and entry.name != CONCEPTS_FILE and entry.is_file()
    }
    concepts = _read(concepts_file)
    languages = {code: _read(entry) for code, entry in language_files.items()}
    try:
        return Vocabulary(
            concepts=concepts, languages=languages, countries=country_names(languages)
        )
    except VocabularyError as error:
        source = language_files.get(error.language or "", concepts_file)
        raise VocabularyError(
            f"{source}: {error}", language=error.language, concept_id=error.concept_id
        ) from error


def _read(entry: Traversable) -> dict[str, Any]:
    try:
        return tomllib.loads(entry.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise VocabularyError(f"{entry}: not valid UTF-8 TOML: {error}") from error


def vocabulary_fingerprint(directory: Path | None = None) -> str:
    """A short hash of the vocabulary files, of the gazetteer's names and of the version of
    the rules in code that read texts beside them (``READING_RULES``): what was read with
    another is read again."""
    root: Traversable = directory if directory is not None else shipped_vocabulary_directory()
    digest = hashlib.sha256(f"reading rules {READING_RULES}\n".encode())
    languages = []
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
            if entry.name != CONCEPTS_FILE:
                languages.append(entry.name.removesuffix(".toml"))
    digest.update(gazetteer_fingerprint(languages).encode())
    return digest.hexdigest()[:16]
