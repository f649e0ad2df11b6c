"""Whether a text reads as English: the annotator's patterns are English, so other languages get no highlights.

The share of English function words (``server/data/english_function_words.tsv``) among the
first 1,000 words decides: English news prose has 29-45 % of them, the Italian, Portuguese,
German, Indonesian, Russian, Korean and Japanese pages measured 0-10 %. A text too short to
tell (fewer than ``MIN_WORDS`` words: a headline, a paragraph) counts as English. The page's
own ``lang`` attribute is not trusted: a German page can carry ``lang="en"``.
"""

from __future__ import annotations

import re

from server.lexicon import function_words

MIN_WORDS = 60  # fewer words than this: too little to tell, annotate as English
MIN_SHARE = 0.18  # between the highest non-English page (0.10) and the lowest English one (0.29)
_WORD = re.compile(r"[^\W\d_]+")


def reads_as_english(text: str) -> bool:
    """True unless ``text`` is long enough to tell and few of its words are English function words."""
    words = _WORD.findall(text[:20000].lower())[:1000]
    if len(words) < MIN_WORDS:
        return True
    common = function_words()
    return sum(w in common for w in words) / len(words) >= MIN_SHARE
