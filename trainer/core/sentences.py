"""Streaming sentence splitter: text deltas in, whole sentences out, ready to be spoken.

Speech can start as soon as the first sentence of a reply is complete, so the splitter is fed
the reply piece by piece. A full stop only ends a sentence once the next non-space character
has arrived: until then "$29" + ".95" or "kl." + " 15" cannot be told from a real end. Decimals,
Danish ordinals ("1. maj") and per-language abbreviations ("t.ex.", "f.eks.", "Dr.") never cut.
Markdown is stripped from what comes out, because a speech voice reads "**" aloud.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from trainer.core.language import word_list

TERMINATORS = ".!?…"
CLOSERS = "\"'”’»)]}*_`"
SOFT_BREAKS = ",;:—–"

# Abbreviations come from the language files (trainer/core/lang/*.yaml). never_final ones are always
# followed by more of the same sentence ("Dr. Berg", "kl. 15", "t.ex. Excel"); may_end ones may end a
# sentence, so they cut only when the next word starts with a capital letter ("... osv. Vi ...").
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`+|~~)(?=\S)(.+?)(?<=\S)\1")
_MD_LINE_PREFIX = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s*|[-*+]\s+|\d{1,3}[.)]\s+)", re.MULTILINE)
_MD_LEFTOVER = re.compile(r"[*_`#~]+")
_SPACES = re.compile(r"\s+")


def strip_markdown(text: str) -> str:
    """Plain speakable text: no emphasis marks, headings, bullets, code ticks or link targets."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_LINE_PREFIX.sub("", text)
    for _ in range(2):  # nested emphasis such as ***word***
        text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_LEFTOVER.sub("", text)
    return _SPACES.sub(" ", text).strip()


@dataclass
class SentenceSplitter:
    """Feed deltas with `feed`, get finished sentences; call `flush` when the reply ends.

    `first_fragment_words`: when set, the very first piece may be cut early at a comma (or
    semicolon, colon, dash) once it has at least that many words, so speech starts sooner.
    """

    language: str = "en"
    first_fragment_words: int | None = None
    markdown: bool = True
    _buffer: str = ""
    _emitted: int = 0
    _never_final: frozenset[str] = field(init=False, repr=False)
    _may_end: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Abbreviations of all three languages are common in mixed business talk.
        self._never_final = frozenset(word_list("abbreviations_never_final"))
        self._may_end = frozenset(word_list("abbreviations_may_end"))

    def feed(self, delta: str) -> list[str]:
        """Add text; return the sentences that are now known to be complete, in order."""
        if not delta:
            return []
        self._buffer += delta
        out: list[str] = []
        while True:
            cut = self._find_cut()
            if cut is None:
                break
            piece, self._buffer = self._buffer[:cut], self._buffer[cut:]
            self._emit(piece, out)
        return out

    def flush(self) -> list[str]:
        """The reply ended: whatever is left is the last sentence."""
        out: list[str] = []
        piece, self._buffer = self._buffer, ""
        self._emit(piece, out)
        return out

    def reset(self) -> None:
        self._buffer, self._emitted = "", 0

    @property
    def pending(self) -> str:
        """Text received but not yet emitted (e.g. to show what was cut off)."""
        return self._buffer.lstrip()

    # -- internals -------------------------------------------------------------------------

    def _emit(self, piece: str, out: list[str]) -> None:
        text = strip_markdown(piece) if self.markdown else _SPACES.sub(" ", piece).strip()
        if text and any(ch.isalnum() for ch in text):
            out.append(text)
            self._emitted += 1
        elif text and out:  # stray punctuation such as a lone "…": keep it with its sentence
            out[-1] = f"{out[-1]} {text}".strip()

    def _find_cut(self) -> int | None:
        buf = self._buffer
        n = len(buf)
        i = 0
        while i < n:
            ch = buf[i]
            if ch in TERMINATORS:
                j = i
                while j < n and buf[j] in TERMINATORS:
                    j += 1
                while j < n and buf[j] in CLOSERS:
                    j += 1
                k = j
                while k < n and buf[k].isspace():
                    k += 1
                if k >= n:
                    return None  # the next non-space character has not arrived yet
                if k > j and self._is_boundary(buf, i, j, k):
                    return j
                i = j
                continue
            if ch == "\n":
                cut = self._line_break_cut(buf, i)
                if cut == -1:
                    return None
                if cut is not None:
                    return cut
            if (
                self.first_fragment_words
                and self._emitted == 0
                and ch in SOFT_BREAKS
                and (cut := self._early_cut(buf, i)) is not None
            ):
                return cut
            i += 1
        return None

    def _is_boundary(self, buf: str, start: int, end: int, nxt: int) -> bool:
        """Decide whether the terminator run buf[start:end] ends a sentence; buf[nxt] follows."""
        run = buf[start:end].rstrip(CLOSERS)
        following = buf[nxt]
        if "?" in run or "!" in run:
            return True
        if following.islower():
            return False  # "Wait... what?", "3,5 mio. kr. i alt": the sentence goes on
        if run != ".":
            return True  # "…" or "..." before a capital
        before = buf[:start]
        m = _WORD_BEFORE.search(before)
        word = m.group(1) if m else ""
        if not word:
            return True
        if word.isdigit():
            # "1. maj", "den 3. juni": an ordinal when lower case follows; "1. Ring" in a
            # numbered list or "vi är 45. Det" ends a sentence. A bare number alone is a list mark.
            if not before[: len(before) - len(word)].strip():
                return False
            return not (following.islower() or following.isdigit())
        key = word.lower().rstrip(".")
        if key in self._never_final:
            return False
        if key in self._may_end or (len(key) == 1 and key.isalpha() and word.isupper()):
            # "osv. Vi ..." ends; "J. Berg" (an initial) does not; "etc. and" does not.
            return following.isupper() and len(key) > 1
        return True

    def _line_break_cut(self, buf: str, i: int) -> int | None:
        """A blank line or a new list item ends the text before it; -1 means 'wait for more'."""
        rest = buf[i + 1 :]
        if not rest.strip():
            return -1 if buf[:i].strip() else None
        if not buf[:i].strip():
            return None
        stripped = rest.lstrip(" \t")
        line = buf[:i].rsplit("\n", 1)[-1].lstrip()
        if line.startswith("#"):
            return i + 1  # a heading is a line of its own
        if (
            rest.startswith("\n")
            or re.match(r"([-*+]|\d{1,3}[.)])\s", stripped)
            or stripped.startswith("#")
        ):
            return i + 1
        return None

    def _early_cut(self, buf: str, i: int) -> int | None:
        """Cut the first piece at a soft break once it is long enough to be worth speaking."""
        head = buf[:i]
        if len(head.split()) < (self.first_fragment_words or 0):
            return None
        if buf[i] == "," and i + 1 < len(buf) and buf[i + 1].isdigit():
            return None  # "3,5": a decimal comma
        k = i + 1
        while k < len(buf) and buf[k].isspace():
            k += 1
        if k >= len(buf) or k == i + 1:
            return None
        return i + 1


def split_text(text: str, language: str = "en") -> list[str]:
    """All sentences of a finished text (the non-streaming case)."""
    splitter = SentenceSplitter(language=language)
    return splitter.feed(text) + splitter.flush()
