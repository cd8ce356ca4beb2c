"""Whether the prospect's line is a no, a brush-off or an objection: what a dig needs before it.

A question is a dig behind a no only after one, and prospects say no in more ways than a word
list holds ("not really", "we've had the same cleaner for twelve years", "ring til efteråret").
So the act model does not rely on `prospect_no` alone: a small linear reader of the prospect's
line gives its probability to the turn's features. It is fitted on the lines that the turn
corpus's digs answer (noes) and its follow-ups without a dig answer (not noes), and on the
labelled prospect lines of `assets/acts/prospect/train/` (`check/` is kept apart to test it).
"""

from __future__ import annotations

from trainer.core.acts.features import Grams, char_grams, tokens

# The reader's features carry this prefix, apart from the turn model's.
PREFIX = "O"  # upper case: no turn feature starts so
_CHAR_SIZES = (3, 4, 5)


# The line's word pairs, over its words between start and end marks.
LINE_GRAMS = ((f"{PREFIX}b:", 2, 1),)


def line_parts(line: str, code: str) -> tuple[list[str], list[str], list[Grams]]:
    """A prospect line's features besides its words and word pairs, its words (each stands
    for `line_word_features`) and its word pairs."""
    words = [w for w in tokens(line) if w != "?"]
    out = [f"{PREFIX}lang={code}", f"{PREFIX}len={min(len(words), 8)}"]
    return out, words, [Grams(("<s>", *words, "</s>"), LINE_GRAMS)]


def line_word_features(word: str) -> tuple[str, ...]:
    """One word's own features in the reader: the word and its character n-grams."""
    return (f"{PREFIX}w:{word}", *char_grams(word, f"{PREFIX}c:", _CHAR_SIZES))


def line_features(line: str, code: str) -> list[str]:
    """Feature names of one prospect line: its words, word pairs and character n-grams."""
    out, words, grams = line_parts(line, code)
    out += grams[0].names()
    for w in words:
        out += line_word_features(w)
    return out
