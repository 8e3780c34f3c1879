"""A growing sparse matrix laid out for fast "one query against every row" products.

Rows (one per opportunity) are appended and never changed: an update appends a new row
and the caller forgets the old one. Recent rows sit in a small delta block; once it grows
they are merged into the main block, which is stored transposed (features × rows, CSR) so
that a query only walks the posting lists of the features it has, like an inverted index.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

__all__ = ["SparseColumns"]


class SparseColumns:
    def __init__(self, *, width: int, merge_at: int = 2_000) -> None:
        self.width = width
        self._merge_at = merge_at
        self._main_t: sp.csr_matrix = sp.csr_matrix((width, 0), dtype=np.float32)
        self._delta: list[sp.csr_matrix] = []
        self._delta_block: sp.csr_matrix | None = None

    @property
    def rows(self) -> int:
        return int(self._main_t.shape[1]) + len(self._delta)

    @property
    def nnz(self) -> int:
        return int(self._main_t.nnz) + sum(int(row.nnz) for row in self._delta)

    def extend(self, block: sp.csr_matrix) -> None:
        """Append rows (a rows × width CSR block)."""
        if block.shape[1] != self.width:
            raise ValueError("block width differs from the matrix width")
        if block.shape[0] >= 64:  # a bulk load goes straight into the main block
            self._merge(extra=block)
            return
        self._delta.extend(block[i] for i in range(block.shape[0]))
        self._delta_block = None
        if len(self._delta) >= self._merge_at:
            self._merge()

    def _merge(self, extra: sp.csr_matrix | None = None) -> None:
        parts = [self._main_t]
        if self._delta:
            parts.append(sp.vstack(self._delta, format="csr").T)
        if extra is not None:
            parts.append(extra.T)
        self._main_t = sp.csr_matrix(sp.hstack(parts, format="csr"), dtype=np.float32)
        self._delta = []
        self._delta_block = None

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
        columns: npt.NDArray[np.int32],
        values: npt.NDArray[np.float32],
        *,
        size: int,
    ) -> npt.NDArray[np.float32]:
        """Like ``dot`` for a query given as its non-zero columns and values.

        Walks the posting list of each query column in the main block and sums with
        ``bincount``: no sparse matrix is built per query, so the cost is the postings.
        """
        out = np.zeros(size, dtype=np.float32)
        if len(columns) == 0:
            return out
        n_main = int(self._main_t.shape[1])
        if n_main and self._main_t.nnz:
            indptr, indices, data = self._main_t.indptr, self._main_t.indices, self._main_t.data
            starts, ends = indptr[columns], indptr[np.asarray(columns) + 1]
            if int((ends - starts).sum()):
                rows = np.concatenate([indices[a:b] for a, b in zip(starts, ends, strict=True)])
                weights = np.concatenate(
                    [data[a:b] * v for a, b, v in zip(starts, ends, values, strict=True)]
                )
                out[:n_main] = np.bincount(rows, weights=weights, minlength=n_main)
        if self._delta:
            if self._delta_block is None:
                self._delta_block = sp.vstack(self._delta, format="csr")
            out[n_main : n_main + self._delta_block.shape[0]] = _rows_dot(
                self._delta_block, columns, values
            )
        return out


def _rows_dot(
    block: sp.csr_matrix, columns: npt.NDArray[np.int32], values: npt.NDArray[np.float32]
) -> npt.NDArray[np.float32]:
    """Each row of a small block times the query, without a query-sized dense vector."""
    order = np.argsort(columns)
    sorted_columns, sorted_values = np.asarray(columns)[order], np.asarray(values)[order]
    position = np.searchsorted(sorted_columns, block.indices)
    position[position == len(sorted_columns)] = 0
    hit = sorted_columns[position] == block.indices
    contribution = np.where(hit, block.data * sorted_values[position], 0.0)
    rows = np.repeat(np.arange(block.shape[0]), np.diff(block.indptr))
    return np.bincount(rows, weights=contribution, minlength=block.shape[0]).astype(np.float32)
