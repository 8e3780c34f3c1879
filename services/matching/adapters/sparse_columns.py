"""A growing sparse matrix laid out for fast "one query against every row" products.

Rows (one per opportunity) are appended and never changed: an update appends a new row
and the caller forgets the old one. All rows are stored by column, like an inverted index,
so a query only walks the posting lists of the features it has:

* the **main block**, stored transposed (features × rows, CSR): most of the rows;
* the **delta**, rows appended one by one since the last merge into the main block (which
  rebuilds the whole block, so it waits for ``merge_at`` rows), kept as posting lists of
  the columns it uses (``_Postings``);
* the **tail**, the last few rows of the delta, kept the same way but rebuilt on the first
  query after each append: folding it into the delta's posting lists every ``fold_at`` rows
  keeps both what an append and what a query costs small, at any mix of the two.

Every product walks posting lists the same way, summing each row's terms in the order of
the query's columns, so where a row sits never changes its result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

__all__ = ["SparseColumns"]


class SparseColumns:
    def __init__(
        self, *, width: int, merge_at: int = 2_000, fold_at: int = 64, by_row: bool = False
    ) -> None:
        self.width = width
        self._merge_at = merge_at
        self._fold_at = fold_at
        self._main_t: sp.csr_matrix = sp.csr_matrix((width, 0), dtype=np.float32)
        # With ``by_row``, the main block is also kept rows × width, for queries that ask
        # about a few rows only (``dot_columns(rows=...)``): worth its memory where the
        # posting lists are long and the rows few, as for concepts.
        self._by_row = by_row
        self._main: sp.csr_matrix | None = None
        # The delta: blocks of rows appended since the last merge (rows × width CSR).
        self._delta: list[sp.csr_matrix] = []
        self._delta_rows = 0
        # Posting lists of the delta's first ``_folded.n_rows`` rows, and of the rest (the
        # tail, ``None`` until a query needs them after an append).
        self._folded = _Postings.empty()
        self._tail_blocks: list[sp.csr_matrix] = []
        self._tail: _Postings | None = None

    @property
    def rows(self) -> int:
        return int(self._main_t.shape[1]) + self._delta_rows

    @property
    def nnz(self) -> int:
        return int(self._main_t.nnz) + sum(int(block.nnz) for block in self._delta)

    def extend(self, block: sp.csr_matrix) -> None:
        """Append rows (a rows × width CSR block)."""
        if block.shape[1] != self.width:
            raise ValueError("block width differs from the matrix width")
        if block.shape[0] >= 64:  # a bulk load goes straight into the main block
            self._merge(extra=block)
            return
        block = sp.csr_matrix(block, dtype=np.float32)
        self._delta.append(block)
        self._delta_rows += int(block.shape[0])
        self._tail_blocks.append(block)
        self._tail = None
        if self._delta_rows >= self._merge_at:
            self._merge()
        elif self._delta_rows - self._folded.n_rows >= self._fold_at:
            self._folded = self._folded.followed_by(_Postings.of(self._tail_blocks))
            self._tail_blocks = []

    def _merge(self, extra: sp.csr_matrix | None = None) -> None:
        parts = [self._main_t]
        if self._delta:
            parts.append(sp.vstack(self._delta, format="csr").T)
        if extra is not None:
            parts.append(extra.T)
        self._main_t = sp.csr_matrix(sp.hstack(parts, format="csr"), dtype=np.float32)
        if self._by_row:
            self._main = sp.csr_matrix(self._main_t.T, dtype=np.float32)
            self._main.sort_indices()
        self._delta = []
        self._delta_rows = 0
        self._folded = _Postings.empty()
        self._tail_blocks = []
        self._tail = None

    def select(self, rows: npt.NDArray[np.intp]) -> sp.csr_matrix:
        """The given rows, in that order, as a ``len(rows) × width`` CSR block.

        What a compaction or a snapshot keeps of the matrix: the live rows, without the
        rows that updates and removals left behind.
        """
        if self._delta:
            self._merge()
        by_row = sp.csr_matrix(self._main_t.T, dtype=np.float32)  # rows × width
        selected = sp.csr_matrix(by_row[np.asarray(rows, dtype=np.intp)], dtype=np.float32)
        selected.sort_indices()
        return selected

    def dot(self, query: sp.csr_matrix, *, size: int) -> npt.NDArray[np.float32]:
        """``rows @ query`` for every row, as a dense vector padded to ``size``."""
        return self.dot_columns(query.indices, query.data, size=size)

    def dot_columns(
        self,
        columns: npt.NDArray[np.integer[Any]],
        values: npt.NDArray[np.floating[Any]],
        *,
        size: int,
        rows: npt.NDArray[np.intp] | None = None,
    ) -> npt.NDArray[np.float32]:
        """Like ``dot`` for a query given as its non-zero columns and values; with ``rows``,
        only those rows' products (``dot_columns(...)[rows]``, computed the cheaper way).

        Gathers the posting lists of the query's columns with array indexing and sums them
        with ``bincount``: no sparse matrix and no Python loop per query, so the cost is
        the postings walked.
        """
        query = np.asarray(columns, dtype=np.intp)
        if rows is not None:
            return self._dot_rows(query, np.asarray(values), np.asarray(rows, np.intp), size=size)
        out = np.zeros(size, dtype=np.float32)
        if len(query) == 0:
            return out
        values = np.asarray(values)
        n_main = int(self._main_t.shape[1])
        if n_main and self._main_t.nnz:
            main = self._main_t
            starts = main.indptr[query]
            lengths = main.indptr[query + 1] - starts
            out[:n_main] = _gather_sum(main.indices, main.data, starts, lengths, values, n_main)
        if self._delta_rows:
            out[n_main : n_main + self._delta_rows] = self._delta_dot(query, values)
        return out

    def _delta_dot(
        self, columns: npt.NDArray[np.intp], values: npt.NDArray[np.floating]
    ) -> npt.NDArray[np.float64]:
        if self._tail is None:
            self._tail = _Postings.of(self._tail_blocks)
        return np.concatenate([self._folded.dot(columns, values), self._tail.dot(columns, values)])

    def _dot_rows(
        self,
        columns: npt.NDArray[np.intp],
        values: npt.NDArray[np.floating],
        rows: npt.NDArray[np.intp],
        *,
        size: int,
    ) -> npt.NDArray[np.float32]:
        """``dot_columns(columns, values, size=size)[rows]``, equal to it bit for bit.

        When the rows hold fewer terms than the query's posting lists, the main block's
        part is summed row by row (``by_row``); each row's terms are then added in the order
        of their columns, which is the order of the query's columns when those are sorted
        (they must be, for this path), so the sums are the same.
        """
        n_main = int(self._main_t.shape[1])
        main = self._main
        in_main = rows < n_main
        if main is None or not len(columns) or np.any(np.diff(columns) <= 0):
            return self.dot_columns(columns, values, size=size)[rows]
        picked = rows[in_main]
        starts = main.indptr[picked]
        lengths = main.indptr[picked + 1] - starts
        postings = self._main_t.indptr[columns + 1] - self._main_t.indptr[columns]
        # Measured: a row's term costs about twice what a posting does when the query is
        # spread over a table as wide as the matrix, four times when it is searched.
        by_table = self.width <= _TABLE_WIDTH
        if int(lengths.sum()) * (2 if by_table else 4) >= int(postings.sum()):
            return self.dot_columns(columns, values, size=size)[rows]
        out = np.zeros(len(rows), dtype=np.float32)
        out[in_main] = _row_sums(main, starts, lengths, columns, values, by_table=by_table)
        if self._delta_rows and not in_main.all():
            delta = self._delta_dot(columns, values)
            beyond = rows[~in_main] - n_main
            known = beyond < len(delta)
            out[np.flatnonzero(~in_main)[known]] = delta[beyond[known]]
        return out


def _gather_sum(
    rows: npt.NDArray[np.int32],
    data: npt.NDArray[np.float32],
    starts: npt.NDArray[np.integer],
    lengths: npt.NDArray[np.integer],
    values: npt.NDArray[np.floating],
    n_rows: int,
) -> npt.NDArray[np.float64]:
    """Sum of ``values[i] * data`` over the posting list ``i`` (``starts[i]``, ``lengths[i]``
    into ``rows`` / ``data``), per row: the lists in query order, each term once."""
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(n_rows)
    # Position of every posting in the arrays, list after list: no Python loop.
    offsets = np.cumsum(lengths) - lengths
    positions = np.arange(total) + np.repeat(starts - offsets, lengths)
    weights = data[positions] * np.repeat(values, lengths)
    summed = np.bincount(rows[positions], weights=weights, minlength=n_rows)
    return summed.astype(np.float64, copy=False)  # (it is: with weights, sums are floats)


#: Up to this width a query is spread over a dense table to look a row's terms up in it.
_TABLE_WIDTH = 2**16


def _row_sums(
    matrix: sp.csr_matrix,
    starts: npt.NDArray[np.integer],
    lengths: npt.NDArray[np.integer],
    columns: npt.NDArray[np.intp],
    values: npt.NDArray[np.floating],
    *,
    by_table: bool,
) -> npt.NDArray[np.float64]:
    """Per row (``starts``, ``lengths`` into a rows × width CSR with sorted indices): the
    sum of its terms times the query's value at their column, in column order (terms the
    query lacks add an exact zero, or are left out)."""
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(len(starts))
    offsets = np.cumsum(lengths) - lengths
    positions = np.arange(total) + np.repeat(starts - offsets, lengths)
    terms = matrix.indices[positions]
    owner = np.repeat(np.arange(len(starts)), lengths)
    if by_table:
        table = np.zeros(matrix.shape[1], dtype=values.dtype)
        table[columns] = values
        weights = matrix.data[positions] * table[terms]
    else:
        at = np.minimum(np.searchsorted(columns, terms), len(columns) - 1)
        hit = columns[at] == terms
        owner = owner[hit]
        weights = matrix.data[positions[hit]] * values[at[hit]]
    summed = np.bincount(owner, weights=weights, minlength=len(starts))
    return summed.astype(np.float64, copy=False)


@dataclass(frozen=True, slots=True)
class _Postings:
    """A few rows by column: the sorted columns present, and per column its rows' values.

    Unlike the main block's transposed CSR, nothing here is as long as the matrix is wide,
    so it is cheap to rebuild for a handful of rows.
    """

    columns: npt.NDArray[np.int32]
    indptr: npt.NDArray[np.int64]
    rows: npt.NDArray[np.int32]
    data: npt.NDArray[np.float32]
    n_rows: int

    @classmethod
    def empty(cls) -> _Postings:
        return cls(
            np.empty(0, np.int32), np.zeros(1, np.int64), np.empty(0, np.int32),
            np.empty(0, np.float32), 0,
        )  # fmt: skip

    @classmethod
    def of(cls, blocks: list[sp.csr_matrix]) -> _Postings:
        """The rows of ``blocks`` (one after the other, numbered from 0) by column."""
        if not blocks:
            return cls.empty()
        lengths = np.concatenate([np.diff(block.indptr) for block in blocks])
        n_rows = len(lengths)
        keys = np.concatenate([block.indices for block in blocks])
        order = np.argsort(keys, kind="stable")
        rows = np.repeat(np.arange(n_rows, dtype=np.int32), lengths)[order]
        data = np.concatenate([block.data for block in blocks]).astype(np.float32)[order]
        return cls._from_sorted(keys[order], rows, data, n_rows)

    def followed_by(self, other: _Postings) -> _Postings:
        """These rows, then ``other``'s: two sorted runs merged (a stable sort finds the
        runs, so this costs about what copying the arrays does)."""
        keys = np.concatenate([np.repeat(p.columns, np.diff(p.indptr)) for p in (self, other)])
        order = np.argsort(keys, kind="stable")
        keys = keys[order]
        rows = np.concatenate([self.rows, other.rows + np.int32(self.n_rows)])[order]
        data = np.concatenate([self.data, other.data])[order]
        return _Postings._from_sorted(keys, rows, data, self.n_rows + other.n_rows)

    @classmethod
    def _from_sorted(
        cls,
        keys: npt.NDArray[np.integer],
        rows: npt.NDArray[np.int32],
        data: npt.NDArray[np.float32],
        n_rows: int,
    ) -> _Postings:
        starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if len(keys) else keys
        indptr = np.append(starts, len(keys)).astype(np.int64)
        return cls(keys[starts].astype(np.int32), indptr, rows, data, n_rows)

    def dot(
        self, columns: npt.NDArray[np.intp], values: npt.NDArray[np.floating]
    ) -> npt.NDArray[np.float64]:
        if not len(self.columns):
            return np.zeros(self.n_rows)
        at = np.minimum(np.searchsorted(self.columns, columns), len(self.columns) - 1)
        present = self.columns[at] == columns
        at = at[present]
        starts = self.indptr[at]
        lengths = self.indptr[at + 1] - starts
        return _gather_sum(self.rows, self.data, starts, lengths, values[present], self.n_rows)
