import numpy as np
import numpy.typing as npt
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from matching.adapters.sparse_columns import SparseColumns


@given(st.integers(0, 10_000), st.integers(0, 150), st.integers(1, 3))
def test_products_equal_scipy_whatever_mix_of_bulk_and_single_rows(
    seed: int, bulk: int, merge_every: int
) -> None:
    rows = 220
    matrix = sp.random(rows, 500, density=0.04, format="csr", dtype=np.float32, random_state=seed)
    columns = SparseColumns(width=500, merge_at=50 * merge_every)
    if bulk:
        columns.extend(matrix[:bulk])
    for i in range(bulk, rows):
        columns.extend(matrix[i])
    query = sp.random(1, 500, density=0.05, format="csr", dtype=np.float32, random_state=seed + 1)

    got = columns.dot(query, size=rows + 5)

    expected = (matrix @ query.T).toarray().ravel()
    assert np.allclose(got[:rows], expected, atol=1e-5)
    assert not got[rows:].any()
    assert columns.rows == rows


def _reference(
    matrix: sp.csr_matrix, columns: npt.NDArray[np.int32], values: npt.NDArray[np.float32]
) -> np.ndarray:
    """Each row's products summed in float64 in the order of the query's columns, as float32:
    the arithmetic the index promises whatever the layout of its rows."""
    out = np.zeros(matrix.shape[0], dtype=np.float32)
    dense = matrix.toarray()
    for row in range(matrix.shape[0]):
        total = 0.0
        for column, value in zip(columns, values, strict=True):
            if dense[row, column] != 0:
                total += float(np.float32(dense[row, column]) * np.float32(value))
        out[row] = total
    return out


@settings(max_examples=60, deadline=None)
@given(
    st.integers(0, 10_000),
    st.integers(0, 80),
    st.integers(1, 40),
    st.integers(1, 9),
    st.booleans(),
    st.data(),
)
def test_every_layout_of_the_rows_gives_the_same_products_bit_for_bit(
    seed: int, bulk: int, merge_at: int, fold_at: int, by_row: bool, data: st.DataObject
) -> None:
    rows = 90
    matrix = sp.random(rows, 60, density=0.2, format="csr", dtype=np.float32, random_state=seed)
    columns = SparseColumns(width=60, merge_at=merge_at, fold_at=fold_at, by_row=by_row)
    if bulk:
        columns.extend(matrix[:bulk])
    start = bulk
    while start < rows:  # the rest in small blocks, as updates arrive
        step = data.draw(st.integers(1, 3))
        columns.extend(matrix[start : start + step])
        start += step
    query_columns = np.asarray(
        sorted(data.draw(st.sets(st.integers(0, 59), max_size=20))), dtype=np.int32
    )
    values = np.asarray(
        data.draw(st.lists(st.floats(-2, 2, width=32), min_size=len(query_columns),
                           max_size=len(query_columns))),
        dtype=np.float32,
    )  # fmt: skip
    wanted = np.asarray(sorted(data.draw(st.sets(st.integers(0, rows + 2)))), dtype=np.intp)

    everything = columns.dot_columns(query_columns, values, size=rows + 3)
    some = columns.dot_columns(query_columns, values, size=rows + 3, rows=wanted)

    expected = np.concatenate([_reference(matrix, query_columns, values), np.zeros(3, np.float32)])
    assert everything.tobytes() == expected.tobytes()
    assert some.tobytes() == expected[wanted].tobytes()


@pytest.mark.parametrize("spread", [1, 4_000])  # a table of the query; a search in it
def test_a_few_rows_are_read_row_by_row_and_agree_with_the_posting_lists(spread: int) -> None:
    narrow = sp.random(400, 30, density=0.5, format="csr", dtype=np.float32, random_state=3)
    width = 30 * spread
    matrix = sp.csr_matrix((narrow.data, narrow.indices * spread, narrow.indptr), (400, width))
    by_row = SparseColumns(width=width, by_row=True)
    by_row.extend(matrix)
    query = np.arange(0, 30, 2, dtype=np.int32) * spread
    values = np.linspace(0.1, 1.5, len(query)).astype(np.float32)
    few = np.asarray([3, 17, 250], dtype=np.intp)

    got = by_row.dot_columns(query, values, size=400, rows=few)

    assert got.tobytes() == _reference(matrix, query, values)[few].tobytes()
