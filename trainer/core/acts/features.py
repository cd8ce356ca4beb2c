"""What the act model sees in a turn: words, word pairs, character n-grams and the context.

The same function feeds training (scikit-learn) and reading (numpy), so the two can never
disagree about a feature. Word lists appear here only as features: a prospect's "no" before
the turn, words shared with that line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from trainer.core.language import lang_data, language_code, pack

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?|\d+(?:[:.]\d+)?|\?", re.UNICODE)
_CHAR_SIZES = (3, 4)
# Words and word pairs count twice against the many character n-grams (cross-validated).
_WORD_WEIGHT = 2
_MAX_WORDS = 160  # a turn longer than this is read by its beginning and end
# From this probability (trainer.core.acts.objection) the prospect's line counts as a no, as a
# listed no does.
OBJECTION_AT = 0.5


_PUNCT = re.compile(r"[^\w\s']+", re.UNICODE)


def as_recognised(text: str) -> str:
    """The line as a speech recogniser writes it: lower case, no punctuation."""
    return " ".join(_PUNCT.sub(" ", text.lower()).split())


@lru_cache(maxsize=1024)
def tokens(text: str) -> tuple[str, ...]:
    """Lower-case words (digits kept, '?' as a token of its own), accents folded to NFKC.

    Cached: a prospect's line is read by the objection reader and again as the next turn's
    context."""
    if text.isascii():  # ASCII is NFKC already and holds no curly apostrophe
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    words = _WORD.findall(text)
    if len(words) > _MAX_WORDS:
        words = words[: _MAX_WORDS // 2] + words[-_MAX_WORDS // 2 :]
    return tuple(words)


@lru_cache(maxsize=4096)
def _refusal(code: str, prev: str) -> tuple[bool, bool]:
    """Whether the prospect's line was a no, and whether a brush-off in other words ("send me
    an email", "we've got a guy"); cached, a call's prospect lines are read again and again."""
    lang = pack(code)
    return lang.has("prospect_no", prev), lang.has("prospect_objection", prev)


@cache
def _stopwords(code: str) -> frozenset[str]:
    return frozenset(lang_data(code).get("stopwords") or ())


def _stems(words: list[str], code: str) -> set[str]:
    stop = _stopwords(code)
    return {w[:5] for w in words if len(w) >= 4 and w not in stop and not w[0].isdigit()}


def _length(n: int) -> str:
    if n == 0:
        return "len=0"
    if n <= 3:
        return "len=1-3"
    if n <= 12:
        return "len=4-12"
    return "len=13-30" if n <= 30 else "len=31+"


@dataclass(frozen=True)
class Grams:
    """A run of words whose n-grams are features, by family: (name prefix, n, times counted).

    Training names each gram (`names`); reading looks the same grams up by word in the model's
    tables, never building the names, so the two cannot disagree about a feature.
    """

    words: tuple[str, ...]
    families: tuple[tuple[str, int, int], ...]

    def names(self) -> list[str]:
        out: list[str] = []
        for prefix, n, weight in self.families:
            run = self.words
            out += [prefix + " ".join(run[i : i + n]) for i in range(len(run) - n + 1)] * weight
        return out


# A turn's word pairs and triples, over its words between start and end marks.
TURN_GRAMS = (("b:", 2, _WORD_WEIGHT), ("t:", 3, 1))
# The prospect's line before the turn: its words and word pairs.
PREVIOUS_GRAMS = (("p:", 1, 1), ("pb:", 2, 1))


def turn_parts(
    text: str, lang: str, previous: str = "", objection: float | None = None
) -> tuple[list[str], list[str], list[Grams]]:
    """The turn's words (each stands for its own word and character features), its word
    n-grams and the rest of its features.

    `objection` is the objection reader's probability that `previous` was a no or brush-off.
    """
    code = language_code(lang)
    words = [w for w in tokens(text) if w != "?"]
    out: list[str] = [f"lang={code}", _length(len(words))]
    grams = [Grams(("<s>", *words, "</s>"), TURN_GRAMS)]
    out += _context(words, code, previous, objection, grams)
    return words, out, grams


def word_features(word: str) -> tuple[str, ...]:
    """One word's own features: the word and its character n-grams."""
    return (f"w:{word}",) * _WORD_WEIGHT + char_grams(word)


def features(text: str, lang: str, previous: str = "", objection: float | None = None) -> list[str]:
    """Feature names of one trainee turn (repeats count as term frequency)."""
    words, out, grams = turn_parts(text, lang, previous, objection)
    for run in grams:
        out += run.names()
    for w in words:
        out += word_features(w)
    return out


@lru_cache(maxsize=100_000)
def char_grams(
    word: str, prefix: str = "c:", sizes: tuple[int, ...] = _CHAR_SIZES
) -> tuple[str, ...]:
    """One word's character n-grams with its boundaries marked; cached, words recur."""
    marked = f"<{word}>"
    return tuple(
        f"{prefix}{marked[i : i + size]}" for size in sizes for i in range(len(marked) - size + 1)
    )


def _context(
    words: list[str], code: str, previous: str, objection: float | None, grams: list[Grams]
) -> list[str]:
    """The prospect's line before: its words (added to `grams`), whether it was a no or a
    brush-off (listed, or by the objection reader), what the turn picks up from it."""
    if not previous.strip():
        return ["prev=none"]
    prev_words = [w for w in tokens(previous) if w != "?"]
    grams.append(Grams(tuple(prev_words), PREVIOUS_GRAMS))
    out: list[str] = []
    refused, brush_off = _refusal(code, " ".join(prev_words))
    if brush_off:
        out.append("prev=objection")  # a brush-off counts as a no: a dig may follow it
        refused = True
    if objection is not None:
        out.append(
            "pno=high" if objection >= 0.7 else "pno=mid" if objection >= 0.35 else "pno=low"
        )
        refused = refused or objection >= OBJECTION_AT
    if refused:
        out.append("prev=no")
        # The turn's own words after a no: "what makes you say that" means more here.
        out += [f"pn:{w}" for w in words[:12]]
    prev_raw = previous.strip()
    if prev_raw.endswith("?"):
        out.append("prev=question")
    # How the turn opens, by what it answers: "and" after a statement is a follow-up's start,
    # after a question an answer's.
    kind = "no" if refused else "q" if prev_raw.endswith("?") else "s"
    out += [f"x{kind}:{w}" for w in words[:2]]
    out.append("prev=short" if len(prev_words) <= 3 else "prev=long")
    prev_stems = _stems(prev_words, code)
    shared = _stems(words, code) & prev_stems
    if shared:
        out.append("overlap=" + ("1" if len(shared) == 1 else "2" if len(shared) == 2 else "3+"))
        out += [f"ov:{w}" for w in words[:6]]
    # Saying the prospect's words back first ("a hundred and twenty, and how many...").
    head = _stems(words[:4], code) | {w for w in words[:4] if w[0].isdigit()}
    if head & (prev_stems | {w for w in prev_words if w[0].isdigit()}):
        out.append("echo")
    return out
