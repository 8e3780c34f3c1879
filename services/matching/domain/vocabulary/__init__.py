"""The multilingual vocabulary of sectors, interests and skills, and the mapper onto it.

Survivors say what they like in everyday words in their own language ("อยากทำงานในร้านกาแฟ",
"Tôi thích trồng rau", "I fixed motorbikes in my village"); employers write English job
descriptions. Both are mapped onto the same concepts, so matching can compare them in concept
space as well as in text space. The vocabulary itself is plain data (see
``matching/vocabulary/README.md``); this package only compiles and applies it, without I/O.

How a text is matched (the vocabulary's terms go through the same normalisation):

* Unicode NFC; zero-width characters removed; the character folding a language file
  declares; in a text with Chinese characters, the OpenCC conversion a language file declares
  (Hong Kong Traditional to Simplified: "照顧小孩" is "照顾小孩", see ``chinese_scripts``);
  casefold.
* Scripts written without spaces between words (Thai, Khmer, Burmese, Chinese, ...): a term
  matches as a substring, with all whitespace removed on both sides, because people space
  these scripts inconsistently.
* Space-separated scripts (English, Vietnamese, Tagalog, ...): a term matches whole words, in
  order, within one clause (punctuation ends a clause). Filler words the language files list
  (articles, possessives, pronouns, classifiers) may come between its words, and so may up to
  the language's ``max_gap`` other words. The word forms a language file asks for are generated
  from its terms: English inflections, Tagalog verb affixes, Vietnamese without tone marks.
* A word written in capitals in a term (``IT``, ``QC``) must be in capitals in the text too,
  so the pronoun "it" never reads as "IT support".
* When the words of one match all lie inside a longer match, only the longer one counts
  ("coffee shop" is coffee, not retail); a phrase listed under ``not`` counts as nothing and
  silences what lies inside it ("state of the art" is not art).

What people say they do not want is not a wish: ``Vocabulary.liked_text`` takes out of a
survivor's words what each ``dislike`` cue governs ("I don't like office work, I like
gardening" is gardening only; the scope rule is in ``dislikes``), and ``disliked_text`` is what
it took out (what ranks lower). Opportunities' texts are read whole.

Labels: each language file gives its own; a file may also ask for its labels converted into
another script (``zh`` into ``zh-Hant``, Hong Kong Traditional), which the concepts then carry
as labels of that language, with no terms of their own.

Errors: ``VocabularyError`` (a ``ValueError``) for data that cannot be compiled; ``KeyError``
for an unknown concept id.

Modules, each using only those listed before it:

- ``concepts``: ``Concept``, ``ConceptKind``, ``Mention`` and ``VocabularyError``;
- ``normalisation``: the folding texts and terms go through, and cutting them into words;
- ``word_forms``: the word forms a language file asks for (``_meta.word_forms``);
- ``compiler``: terms spelt out and compiled into words, literals and gapped patterns;
- ``tries``: many literals as one trie regex per first character, longest match first;
- ``matcher``: the compiled terms found in a text, outermost matches only, and where;
- ``dislikes``: how far a dislike reaches (the scope rule), and the text without it;
- ``vocabulary``: ``Vocabulary``, the facade: reads and checks the data, maps texts.
"""

from __future__ import annotations

from matching.domain.vocabulary.concepts import Concept, ConceptKind, Mention, VocabularyError
from matching.domain.vocabulary.vocabulary import Vocabulary

__all__ = [
    "Concept",
    "ConceptKind",
    "Mention",
    "Vocabulary",
    "VocabularyError",
]
