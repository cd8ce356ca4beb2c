"""Whether the prospect's line is a no, a brush-off or an objection: what a dig needs before it.

A question is a dig behind a no only after one, and prospects say no in more ways than a word
list holds ("not really", "we've had the same cleaner for twelve years", "ring til efteråret").
So the act model does not rely on `prospect_no` alone: a small linear reader of the prospect's
line gives its probability to the turn's features. It is fitted on the lines that the turn
corpus's digs answer (noes) and its follow-ups without a dig answer (not noes), and on the
labelled prospect lines of `assets/acts/prospect/train/` (`check/` is kept apart to test it).
"""

from __future__ import annotations

from functools import lru_cache

from trainer.core.acts.features import tokens

# The reader's features carry this prefix, apart from the turn model's.
PREFIX = "O"  # upper case: no turn feature starts so
_CHAR_SIZES = (3, 4, 5)


def line_features(line: str, code: str) -> list[str]:
    """Feature names of one prospect line: its words, word pairs and character n-grams."""
    words = [w for w in tokens(line) if w != "?"]
    out = [f"{PREFIX}lang={code}", f"{PREFIX}len={min(len(words), 8)}"]
    out += [f"{PREFIX}w:{w}" for w in words]
    padded = ["<s>", *words, "</s>"]
    out += [f"{PREFIX}b:{a} {b}" for a, b in zip(padded, padded[1:], strict=False)]
    for w in words:
        out += _char_grams(w)
    return out


@lru_cache(maxsize=50_000)
def _char_grams(word: str) -> tuple[str, ...]:
    """One word's character n-grams, boundaries marked; cached, as words recur."""
    marked = f"<{word}>"
    return tuple(
        f"{PREFIX}c:{marked[i : i + n]}" for n in _CHAR_SIZES for i in range(len(marked) - n + 1)
    )
