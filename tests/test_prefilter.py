"""The prefilter never turns away text its pattern matches, and it reads the strings it should."""

from __future__ import annotations

import re

import pytest

from trainer.core.acts.times import _lang
from trainer.core.acts.training import load_corpus
from trainer.core.language import PATTERN_KEYS, normalise, pack
from trainer.core.prefilter import Prefiltered, passes, required_strings


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"tell me (about|more)", ("tell me ",)),
        (r"(we'?re|we are|i'?m|i am) not (looking|interested)", (" not ",)),
        (r"\b(?:monday|tuesday)\b", ("monday", "tuesday")),
        (r"(no|nope|nah) thanks", (" thanks",)),
        (r"(?:ab|ac)d", ("abd", "acd")),
        (r"send (me |us )?(e ?mail|info)", ("send ",)),
    ],
)
def test_reads_the_strings_a_match_holds(pattern: str, needs: tuple[str, ...]) -> None:
    assert required_strings(re.compile(pattern)) == needs


@pytest.mark.parametrize("pattern", [r"\d+", r"[a-z]+", r"(?i)hello", r"^(no|nope)\b", r"a?b?", ""])
def test_no_test_where_none_is_known_or_worth_it(pattern: str) -> None:
    assert required_strings(re.compile(pattern)) == ()
    assert passes((), "anything")


def test_prefiltered_acts_as_its_pattern() -> None:
    p = Prefiltered(re.compile(r"\bcall (you|me) back\b"))
    assert p.search("i'll call you back at two").group(0) == "call you back"
    assert p.search("we'll ring you later") is None
    assert [m.group(1) for m in p.finditer("call me back or call you back")] == ["me", "you"]
    assert p.sub("X", "no calls here") == "no calls here"
    assert p.sub("X", "call me back") == "X"


def _texts() -> list[tuple[str, str]]:
    """Real turns and prospect lines of every language, normalised as the readers see them."""
    out = []
    for e in load_corpus("train")[::3]:
        out += [(e.lang, normalise(e.text)), (e.lang, normalise(e.previous))]
    return out


def test_never_turns_away_a_match_in_the_corpus() -> None:
    """Every word-list and time pattern, on a third of the training corpus: wherever the
    pattern matches, its prefilter lets the text through."""
    texts = _texts()
    for code in ("sv", "da", "en"):
        lines = [t for lang, t in texts if lang == code]
        patterns = [p for key in PATTERN_KEYS for _, p in pack(code).parts[key]]
        spec = _lang(code)
        patterns += [v.pattern for v in vars(spec).values() if isinstance(v, Prefiltered)]
        patterns += [p.pattern for p, _ in spec.holidays]
        matched = 0
        for pattern in patterns:
            needs = required_strings(pattern)
            for line in lines:
                if pattern.search(line):
                    matched += 1
                    assert passes(needs, line), (code, pattern.pattern, line)
        assert matched > 1000  # the check saw real matches, not an empty corpus
