"""Many literals as one regex per first character, each a trie: at every position of a text
the longest literal starting there is found in one pass (terms of scripts without spaces)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TypeAlias

__all__ = ["longest_literals", "tries_by_first_character"]

_Trie: TypeAlias = dict[str, "_Trie"]


def _trie_pattern(literals: Iterable[str]) -> str:
    """One regex for many literals, sharing prefixes; at each position the longest one wins."""
    trie: _Trie = {}
    for literal in literals:
        node = trie
        for ch in literal:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: _Trie) -> str:
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(trie)


def tries_by_first_character(literals: Iterable[str]) -> dict[str, re.Pattern[str]]:
    """One trie regex per first character of ``literals`` (see ``longest_literals``)."""
    by_first: dict[str, list[str]] = {}
    for literal in literals:
        by_first.setdefault(literal[0], []).append(literal)
    return {first: re.compile(_trie_pattern(group)) for first, group in by_first.items()}


def longest_literals(text: str, tries: Mapping[str, re.Pattern[str]]) -> Iterator[tuple[int, str]]:
    """Each position of ``text`` where a literal starts, with the longest one starting there.

    A position is tried only against the literals that begin with its character: one regex
    over all literals would try each of their first characters in turn (hundreds, for
    Chinese) at every position of the text.
    """
    for start, character in enumerate(text):
        trie = tries.get(character)
        if trie is not None and (found := trie.match(text, start)) is not None:
            yield start, found.group()
