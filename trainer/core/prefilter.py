"""Which strings every match of a regular expression holds: a cheap test before a regex scan.

A pattern such as "(can|may|could) i (call|ring) you" is tried by the regex engine at every
position of a turn, a few microseconds a search, and the word lists and the time reader search
hundreds of patterns a call. A match of it must hold " i " and one of "call" or "ring", and a
test for a few substrings costs a tenth of the scan. The strings are read from the pattern's
parse tree, so the test can never turn away text the pattern would match.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from itertools import product

try:  # the regex parser of the standard library (public as sre_parse before Python 3.11)
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]

# Past this many spellings a run of the pattern is not spelt out (a class, a long product).
_MOST = 64
_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}


def required_strings(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Strings of which every match of `pattern` holds one; () when no such test is known
    (the pattern may match anything, ignores case, or its words are not spelt out)."""
    if pattern.flags & re.IGNORECASE:
        return ()
    try:
        tree = list(sre_parse.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError):  # pragma: no cover (it compiled once already)
        return ()
    if tree and str(tree[0][0]) == "AT" and str(tree[0][1]) == "AT_BEGINNING":
        return ()  # tried at the start alone: nothing to save
    return _needs(tree) or ()


def passes(needs: tuple[str, ...], text: str) -> bool:
    """Whether `text` may match the pattern that `needs` was read from."""
    if not needs:
        return True
    for string in needs:  # noqa: SIM110 (a plain loop: no generator per call)
        if string in text:
            return True
    return False


def _spellings(item: tuple) -> set[str] | None:
    """Every string one parse item matches, if few; None if many or unknown."""
    op, av = item
    name = str(op)
    if name == "LITERAL":
        return {chr(av)}
    if name in _ZERO_WIDTH:
        return {""}
    if name == "SUBPATTERN":
        if av[1] & re.IGNORECASE:
            return None
        return _sequence_spellings(list(av[-1]))
    if name == "BRANCH":
        out: set[str] = set()
        for alternative in av[1]:
            found = _sequence_spellings(list(alternative))
            if found is None:
                return None
            out |= found
        return out if len(out) <= _MOST else None
    if name in _REPEATS:
        low, high, sub = av
        inner = _sequence_spellings(list(sub))
        if inner is None or high > 1:
            return None
        return inner | {""} if low == 0 else inner
    if name == "IN" and all(str(o) == "LITERAL" for o, _ in av):
        return {chr(a) for _, a in av}
    return None


def _sequence_spellings(items: list[tuple]) -> set[str] | None:
    out = {""}
    for item in items:
        found = _spellings(item)
        if found is None:
            return None
        out = {a + b for a, b in product(out, found)}
        if len(out) > _MOST:
            return None
    return out


def _needs(items: list[tuple]) -> tuple[str, ...] | None:
    """The best set of strings that a match of this sequence must hold one of, if any."""
    candidates: list[set[str]] = []
    run: set[str] | None = {""}  # the spellings of the items since the last break
    literal = ""  # the plain letters since the last item that is not one

    def close() -> None:
        if run is not None and "" not in run:
            candidates.append(run)

    for item in items:
        name = str(item[0])
        if name == "LITERAL":
            literal += chr(item[1])
        elif name not in _ZERO_WIDTH:
            if literal:
                candidates.append({literal})
            literal = ""
        found = _spellings(item)
        if found is not None and run is not None:
            joined = {a + b for a, b in product(run, found)}
            if len(joined) <= _MOST:
                run = joined
                continue
        close()
        run = found if found is not None else {""}
        if found is None:
            inner = _inner_needs(item)
            if inner:
                candidates.append(set(inner))
    close()
    if literal:
        candidates.append({literal})
    if not candidates:
        return None
    # Each string costs a test, and four letters pick out text about as well as more.
    best = max(candidates, key=lambda c: (min(min(map(len, c)), 4) / len(c), min(map(len, c))))
    return _fewest(best)


def _inner_needs(item: tuple) -> tuple[str, ...] | None:
    """What an item that is not spelt out must hold: a group's, a branch's or a repeat's."""
    op, av = item
    name = str(op)
    if name == "SUBPATTERN":
        return None if av[1] & re.IGNORECASE else _needs(list(av[-1]))
    if name == "BRANCH":
        out: set[str] = set()
        for alternative in av[1]:
            found = _needs(list(alternative))
            if not found:
                return None
            out |= set(found)
        return _fewest(out)
    if name in _REPEATS and av[0] >= 1:
        return _needs(list(av[2]))
    return None


def _fewest(strings: set[str]) -> tuple[str, ...]:
    """The strings without those holding another of them ("no" covers "nope")."""
    kept: list[str] = []
    for string in sorted(strings, key=lambda s: (len(s), s)):
        if not any(k in string for k in kept):
            kept.append(string)
    return tuple(kept)


class Prefiltered:
    """A compiled pattern that skips its scan of text lacking every string a match needs."""

    __slots__ = ("pattern", "needs")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needs = required_strings(pattern)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if passes(self.needs, text) else None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if passes(self.needs, text) else iter(())

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.pattern.sub(repl, text) if passes(self.needs, text) else text

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos)  # anchored: nothing to skip
