"""The persona loader under random input: YAML-ish text, mutated shipped files, random bytes.
Whatever the file holds, the result is a persona or one `file:...` line, never a traceback."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.core.persona import Persona, PersonaError, load_persona, parse_persona
from trainer.paths import BUILTIN_PERSONAS

SHIPPED = sorted(p.read_text(encoding="utf-8") for p in BUILTIN_PERSONAS.glob("*.yaml"))
FUZZ = settings(
    derandomize=True,
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Pieces that make YAML parsers and schema checks take unusual paths.
TOKENS = [
    "- ",
    ": ",
    "\n",
    "  ",
    "    ",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "&a ",
    "*a",
    "<<: *a\n",
    "? ",
    "|\n",
    ">-\n",
    "'",
    '"',
    "# c\n",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "%TAG ! tag:x,2000:\n",
    "!!binary ",
    "!!python/object:os.system ",
    "!!float ",
    "!!int ",
    "!!set ",
    "!!omap ",
    "!local ",
    "2024-13-45",
    "2001-12-14t21:59:43.10-05:00",
    "1e999",
    "0x1F",
    "0o17",
    "~",
    "null",
    "true",
    "no",
    ".nan",
    "\t",
    "\x00",
    "\x07",
    "\ufeff",
    "\u2028",
    "\ud7ff",
    "😀",
    "id",
    "id: con",
    "id: grumpy-ceo-en",
    "lines",
    "greeting",
    "hidden_needs",
    "patience",
    "start: 500",
    "language: xx",
    "voice: {rate: 9999}",
    "=",
    "\\",
    "\r\n",
    "\r",
]

yamlish = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=8)), max_size=60).map(
    "".join
)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A shipped persona with a few random cuts, insertions, swaps and repeats."""
    text = draw(st.sampled_from(SHIPPED))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        n = len(text)
        at = draw(st.integers(min_value=0, max_value=n))
        end = draw(st.integers(min_value=at, max_value=min(n, at + 200)))
        kind = draw(st.sampled_from(["delete", "insert", "replace", "repeat", "truncate"]))
        piece = draw(st.one_of(st.sampled_from(TOKENS), st.text(max_size=20)))
        if kind == "delete":
            text = text[:at] + text[end:]
        elif kind == "insert":
            text = text[:at] + piece + text[at:]
        elif kind == "replace":
            text = text[:at] + piece + text[end:]
        elif kind == "repeat":
            text = text[:end] + text[at:end] * draw(st.integers(1, 5)) + text[end:]
        else:
            text = text[:at]
    return text


def check(outcome: object, where: str) -> None:
    if isinstance(outcome, Persona):
        return
    assert isinstance(outcome, PersonaError), outcome
    message = str(outcome)
    assert message.startswith(f"{where}"), message
    assert "\n" not in message and "\r" not in message, message
    assert len(message) < len(where) + 400, message


def attempt(text: str, where: str = "p.yaml") -> object:
    try:
        return parse_persona(text, where)
    except PersonaError as exc:  # anything else escapes and fails the test
        return exc


@FUZZ
@given(text=yamlish)
def test_yamlish_text_is_a_persona_or_one_line(text):
    check(attempt(text), "p.yaml")


@FUZZ
@given(text=mutated())
def test_mutated_shipped_files_are_a_persona_or_one_line(text):
    check(attempt(text), "p.yaml")


@settings(FUZZ, max_examples=100)
@given(raw=st.one_of(st.binary(max_size=3000), mutated().map(lambda t: t.encode("utf-8"))))
def test_any_bytes_on_disk_are_a_persona_or_one_line(tmp_path: Path, raw: bytes):
    path = tmp_path / "fuzz.yaml"
    path.write_bytes(raw)
    try:
        outcome: object = load_persona(path)
    except PersonaError as exc:
        outcome = exc
    check(outcome, str(path))


def test_known_traps_are_one_line():
    """Inputs found by hand and by the fuzzer that once escaped as other exceptions."""
    for text in [
        "a: 2024-13-45",  # a date Python cannot hold: ValueError inside the YAML library
        "a: \x07",  # a control character: a reader error without a line mark
        "!!binary ÿ",
        "? [a, b]\n: c",  # a mapping key that is a list
        "{[1]: 2}",
        "id: x\n\n\ngreeting\n: [",
        "&a [*a]",
        "\n: \n",
        "? |\n  multi\n  line\n: key",  # a multi-line unknown field name
    ]:
        check(attempt(text), "p.yaml")
