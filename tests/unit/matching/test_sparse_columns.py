import numpy as np
import scipy.sparse as sp
from hypothesis import given
from hypothesis import strategies as st

from matching.adapters.sparse_columns import SparseColumns


@given(st.integers(0, 10_000), st.integers(0, 150), st.integers(1, 3))
def test_products_equal_scipy_whatever_mix_of_bulk_and_single_rows(seed, bulk, merge_every) -> None:
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
