"""Per-language word lists and patterns, loaded once from the YAML files beside this module."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from trainer.core.prefilter import Prefiltered, passes, required_strings

LANG_DIR = Path(__file__).resolve().parent / "lang"
SUPPORTED = ("sv", "da", "en")
PATTERN_KEYS = [
    "open_starters",
    "heard_of_us",
    "company_description",
    "product_pitch",
    "reason",
    "acknowledge",
    "bad_time_question",
    "permission",
    "callback",
    "meeting_push",
    "concrete_time",
    "dig_behind_no",
    "number_asked",
    "callback_promised",
    "send_away",
    "price",
    "goodbye",
    "injection",
    "time_signal",
    "prospect_no",
    "prospect_objection",
    "not_needs",
    "identity_check",
    "exclamations",
    "habitual",
]

# One mark at a time, each kind with its own rule: always dropped; '.' or ':' not before a
# digit, or not after one; '-' or "'" after a space, or before a space or the end. Written
# as one character class first so the regex engine skips words fast (three times faster).
_PUNCT = re.compile(
    r"[^\w\s](?:(?<=[^\w\s'%:.-])|(?<=[.:])(?!\d)|(?<=[.:])(?<!\d[.:])|(?<=\s[-'])|(?<=[-'])(?=\s|$))",
    re.UNICODE,
)
# Whether `_PUNCT` would change anything: a mark other than an apostrophe inside a word.
# (Two patterns: one class alone scans three times faster than an alternation.)
_ANY_MARK = re.compile(r"[^\w\s']")
_EDGE_APOSTROPHE = re.compile(r"(?<=\s)'|'(?=\s|$)")


def normalise(text: str) -> str:
    """Lower-case, drop punctuation (keep decimals, times and apostrophes inside words)."""
    if not text.isascii():  # ASCII is NFKC already and holds no curly apostrophe
        text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    text = text.lower()
    if _ANY_MARK.search(text) or ("'" in text and _EDGE_APOSTROPHE.search(text)):
        # (most lines a recogniser writes have none: the slow part is skipped)
        text = _PUNCT.sub(" ", text)
    return " ".join(text.split())


def _alternation(words: list[str], prefix: bool = False) -> re.Pattern[str]:
    """Whole words, or word beginnings when `prefix` (so inflected forms match too)."""
    words = sorted({w.lower() for w in words}, key=len, reverse=True)
    end = "" if prefix else r"(?!\w)"
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")" + end)


@dataclass(frozen=True)
class LanguagePack:
    """Compiled patterns for one language."""

    code: str
    patterns: dict[str, re.Pattern[str]]
    # Each key's patterns one by one, each with the strings any match of it holds
    # (trainer.core.prefilter): most are not searched at all, as the text lacks them.
    parts: dict[str, tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]]
    buzzwords: Prefiltered
    needs_topics: Prefiltered
    pronouns: frozenset[str]
    subject_pronouns: frozenset[str]
    question_words: frozenset[str]
    aux_verbs: frozenset[str]
    fillers: frozenset[str]
    stopwords: frozenset[str]

    def has(self, key: str, norm_text: str) -> bool:
        for needs, pattern in self.parts[key]:
            for string in needs:  # `prefilter.passes`, written out: it runs very often
                if string in norm_text:
                    break
            else:
                if needs:
                    continue
            if pattern.search(norm_text):
                return True
        return False

    def find(self, key: str, norm_text: str) -> re.Match[str] | None:
        """The match `patterns[key].search` gives: leftmost, the earlier pattern at a tie."""
        best = None
        for needs, p in self.parts[key]:
            m = p.search(norm_text) if passes(needs, norm_text) else None
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best


def language_code(value: str | None) -> str:
    """Map 'sv_SE', 'gmq/sv', 'sv-SE', 'Swedish' and the like to sv/da/en (default en)."""
    raw = (value or "").lower().replace("_", "-").split("/")[-1]
    code = raw.split("-")[0]
    names = {"swedish": "sv", "svenska": "sv", "danish": "da", "dansk": "da", "english": "en"}
    code = names.get(raw, code)
    return code if code in SUPPORTED else "en"


@cache
def lang_data(code: str) -> dict:
    """The raw word lists of one language (sv, da or en), read once."""
    return yaml.safe_load((LANG_DIR / f"{language_code(code)}.yaml").read_text(encoding="utf-8"))


def word_list(key: str, code: str | None = None) -> list[str]:
    """One list from one language's file, or from all three when `code` is None."""
    codes = [language_code(code)] if code else list(SUPPORTED)
    return [item for c in codes for item in lang_data(c).get(key) or []]


@cache
def pack(code: str) -> LanguagePack:
    code = language_code(code)
    data = lang_data(code)
    patterns = {
        key: re.compile("|".join(f"(?:{p})" for p in data.get(key) or ["(?!x)x"]))
        for key in PATTERN_KEYS
    }
    parts = {
        key: tuple((required_strings(p), p) for p in map(re.compile, data.get(key) or ()))
        for key in PATTERN_KEYS
    }
    return LanguagePack(
        code=code,
        patterns=patterns,
        parts=parts,
        buzzwords=Prefiltered(_alternation(data["buzzwords"])),
        needs_topics=Prefiltered(_alternation(data["needs_topics"], prefix=True)),
        pronouns=frozenset(data["pronouns"]),
        subject_pronouns=frozenset(data["subject_pronouns"]),
        question_words=frozenset(data["question_words"]),
        aux_verbs=frozenset(data["aux_verbs"]),
        fillers=frozenset(data["fillers"]),
        stopwords=frozenset(data["stopwords"]),
    )
