"""Text features that need no fitted vocabulary: hashed words and script-aware n-grams.

Survivors write in Thai, Khmer, Burmese, Vietnamese, Tagalog, Chinese or English. Scripts
written without spaces between words (Thai, Lao, Khmer, Burmese, Chinese, Japanese) get
bigrams and trigrams of each run's written clusters, so they match without word
segmentation. A cluster is a letter with the marks written on it, a consonant stacked
under it (Khmer coeng, Burmese virama) and, in Burmese, a following consonant killed by
asat (the end of its syllable): "ကျွမ်း" is one cluster, not six code points. Bigrams of
code points shared fragments such as "င်" or "ត្" between any two texts of a script (the
probe's cook and a sewing course, "description is close"), and the IDF of a pool with few
texts in that script weighed those fragments as rare;
space-separated scripts get words and word bigrams. Character n-grams of every word would
multiply the index tenfold (tens of millions of non-zeros at 100,000 descriptions) for
little gain on English job text, so they are kept to the scripts that need them. Words in
plain Latin letters are reduced to their Snowball English stems (``snowballstemmer``), so
"screens", "repairing" and "dishes" meet "screen", "repair" and "dish"; words with
diacritics (Vietnamese) are left as written.

Features are hashed (scikit-learn's ``HashingVectorizer``): nothing is fitted, so there is no
vocabulary to persist, a restart rebuilds the matrix in seconds, and new opportunities are
added one by one. IDF weights come from document frequencies kept beside the matrix.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from itertools import pairwise

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
import snowballstemmer
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.utils import murmurhash3_32

__all__ = ["FEATURES_VERSION", "TextFeaturizer", "analyse"]

#: Bump whenever ``analyse`` or the weighting changes: index snapshots of an older version
#: are then ignored (rebuilt from the database) instead of mixing two kinds of rows.
FEATURES_VERSION = 3

#: Signs that stack the next consonant under the one before (Khmer coeng, Burmese virama).
_STACKING = frozenset("\u17d2\u1039")
#: Burmese asat: the consonant it follows ends the syllable before.
_ASAT = "\u103a"

# Runs of characters from scripts written without spaces between words.
_UNSPACED = (
    "\u0e00-\u0e7f"  # Thai
    "\u0e80-\u0eff"  # Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf\u4e00-\u9fff"  # CJK ideographs
)
_TOKEN = re.compile(rf"[{_UNSPACED}]+|[^\W\d_]{{2,}}", re.UNICODE)
_IS_UNSPACED = re.compile(rf"[{_UNSPACED}]")

_STOP_WORDS = frozenset(
    "the and for with you your are our was were will can has have this that from they them "
    "who what when where how all any not but into out about also more very such their there "
    "would could should may might must per its we us my me he she his her in of to at on is be "
    "or as by an if so do am".split()
)


_ENGLISH = snowballstemmer.stemmer("english")
_PLAIN_LATIN = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=65_536)
def _stem(word: str) -> str:
    """The Snowball English stem of a word in plain Latin letters; any other word as is."""
    return _ENGLISH.stemWord(word) if _PLAIN_LATIN.fullmatch(word) else word


def _clusters(run: str) -> list[str]:
    """``run`` (of an unspaced script) cut into written clusters: a base character with
    the marks on it and what a stacking sign joins; a Burmese consonant with asat joins the
    cluster before (it closes that syllable)."""
    clusters: list[str] = []
    start, size = 0, len(run)
    while start < size:
        end = start + 1
        while end < size and (
            unicodedata.category(run[end]).startswith("M") or run[end - 1] in _STACKING
        ):
            end += 1
        cluster = run[start:end]
        if clusters and _ASAT in cluster and not cluster.startswith(_ASAT):
            clusters[-1] += cluster
        else:
            clusters.append(cluster)
        start = end
    return clusters


def analyse(text: str) -> list[str]:
    """The features of one text: words, word bigrams, and n-grams of unspaced scripts."""
    text = unicodedata.normalize("NFC", text).casefold()
    tokens = _TOKEN.findall(text)
    if not _IS_UNSPACED.search(text):  # the common case: English job text, fast path
        words = [_stem(token) for token in tokens if token not in _STOP_WORDS]
        return words + [f"{a} {b}" for a, b in pairwise(words)]
    features: list[str] = []
    words = []
    for token in tokens:
        if _IS_UNSPACED.match(token):
            units = _clusters(token)
            features.extend("".join(units[i : i + 2]) for i in range(len(units) - 1))
            features.extend("".join(units[i : i + 3]) for i in range(len(units) - 2))
            if len(units) == 1:
                features.append(token)
        elif token not in _STOP_WORDS:
            words.append(_stem(token))
    return features + words + [f"{a} {b}" for a, b in pairwise(words)]


class TextFeaturizer:
    """Hashed term counts → sublinear TF × IDF, L2-normalised, as float32 CSR rows."""

    def __init__(self, *, n_features: int = 2**20) -> None:
        self.n_features = n_features
        self._hasher = HashingVectorizer(
            analyzer=analyse,
            n_features=n_features,
            alternate_sign=False,
            norm=None,
            dtype=np.float32,
        )
        self.document_frequency = np.zeros(n_features, dtype=np.int32)
        self.documents = 0

    def counts(self, texts: Iterable[str]) -> sp.csr_matrix:
        matrix = self._hasher.transform(texts)
        matrix.data = 1.0 + np.log(matrix.data)  # sublinear term frequency
        return sp.csr_matrix(matrix, dtype=np.float32)

    def query(self, text: str) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]:
        """``weigh(counts([text]))`` of one text, as its sorted columns and values.

        The same numbers, bit for bit (a unit test holds the two paths equal), without the
        vectoriser's and the sparse matrices' overhead, which is most of the cost for the
        one short text a query has. Features are hashed as ``HashingVectorizer`` does:
        ``murmurhash3_32`` of the UTF-8 feature, seed 0, absolute value modulo the width.
        """
        hashes = np.fromiter(
            (murmurhash3_32(feature, seed=0) for feature in analyse(text)), dtype=np.int64
        )
        columns = np.abs(hashes) % self.n_features
        # abs(-2**31) overflows in the vectoriser's int32: it defines the column as this.
        columns[hashes == -(2**31)] = (2**31 - 1 - (self.n_features - 1)) % self.n_features
        found, counts = np.unique(columns, return_counts=True)
        data = np.float32(1.0) + np.log(counts.astype(np.float32))  # sublinear term frequency
        return found.astype(np.int32), self._weigh_row(found, data)

    def _weigh_row(
        self, columns: npt.NDArray[np.integer], data: npt.NDArray[np.float32]
    ) -> npt.NDArray[np.float32]:
        """``weigh`` of one row (the same operations, in the same order)."""
        idf = np.log((1.0 + self.documents) / (1.0 + self.document_frequency[columns]))
        data = data * (idf + 1.0).astype(np.float32)
        norm = np.sqrt(np.bincount(np.zeros(len(data), np.intp), weights=data**2, minlength=1))
        norm[norm == 0] = 1.0
        weighted = data / norm.astype(np.float32)
        return weighted.astype(np.float32, copy=False)

    def add_documents(self, counts: sp.csr_matrix) -> None:
        np.add.at(self.document_frequency, counts.indices, 1)
        self.documents += counts.shape[0]

    def remove_features(self, features: npt.NDArray[np.int32]) -> None:
        """Forget one document, given the feature columns it had."""
        np.subtract.at(self.document_frequency, features, 1)
        self.documents = max(0, self.documents - 1)

    def weigh(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        """Apply the current IDF and normalise each row to unit length."""
        weighted = sp.csr_matrix(counts, dtype=np.float32, copy=True)
        idf = np.log((1.0 + self.documents) / (1.0 + self.document_frequency[weighted.indices]))
        weighted.data *= (idf + 1.0).astype(np.float32)
        lengths = np.diff(weighted.indptr)
        rows = np.repeat(np.arange(weighted.shape[0]), lengths)
        norms = np.sqrt(np.bincount(rows, weights=weighted.data**2, minlength=weighted.shape[0]))
        norms[norms == 0] = 1.0
        weighted.data /= np.repeat(norms, lengths).astype(np.float32)
        return weighted
