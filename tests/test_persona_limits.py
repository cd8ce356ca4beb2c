"""Persona files are bounded: size (checked before reading), texts, ids. A file over a limit is
the usual `file:line: field: problem` line, and the other personas stay available."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.cli import main
from trainer.core import persona as persona_module
from trainer.core.persona import (
    MAX_FILE_BYTES,
    MAX_ID_CHARS,
    MAX_TEXT_CHARS,
    WINDOWS_RESERVED,
    PersonaError,
    load_catalog,
    load_persona,
    parse_persona,
)
from trainer.paths import BUILTIN_PERSONAS, persona_folders, user_personas_dir

SHIPPED = ["busy-ceo-da", "grumpy-ceo-en", "grumpy-ceo-sv", "tire-customer-da"]
SOURCE = (BUILTIN_PERSONAS / "grumpy-ceo-en.yaml").read_text(encoding="utf-8")
ID_LINE = 2  # `id: grumpy-ceo-en` in the shipped file
HYPOTHESIS = settings(
    derandomize=True,
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
ONE_LINE = re.compile(r"^[^\n]+:\d+: [\w.]+: [^\n]+$")


def with_id(persona_id: str) -> str:
    return SOURCE.replace("id: grumpy-ceo-en", f"id: {persona_id}", 1)


def padded(size: int) -> str:
    """A valid persona made big by comment lines, as an exported or generated file might be."""
    filler = "# " + "x" * 78 + "\n"
    return with_id("padded") + filler * (size // len(filler) + 1)


def test_a_big_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "big.yaml"
    path.write_text(padded(2 * 1024 * 1024), encoding="utf-8")
    opened: list[Path] = []
    real_open = Path.open
    monkeypatch.setattr(
        Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k)
    )
    started = time.monotonic()
    with pytest.raises(PersonaError) as caught:
        load_persona(path)
    assert time.monotonic() - started < 5
    assert opened == []
    message = str(caught.value)
    assert re.match(
        rf"{re.escape(str(path))}: the file is 20\d\d KB, more than the 256 KB", message
    )
    assert "\n" not in message


def test_a_file_just_under_the_limit_still_loads(tmp_path):
    path = tmp_path / "fits.yaml"
    path.write_text(padded(MAX_FILE_BYTES - 1024)[: MAX_FILE_BYTES - 10], encoding="utf-8")
    assert path.stat().st_size <= MAX_FILE_BYTES
    assert load_persona(path).id == "padded"


def test_parse_persona_bounds_text_from_elsewhere_too():
    with pytest.raises(PersonaError, match="more than the 256 KB"):
        parse_persona(padded(MAX_FILE_BYTES + 10), "bundle.zip:persona")


def test_a_big_file_in_the_folder_costs_the_list_nothing(capsys):
    folder = user_personas_dir()
    (folder / "huge.yaml").write_text(padded(4 * 1024 * 1024), encoding="utf-8")
    (folder / "mine.yaml").write_text(with_id("my-ceo"), encoding="utf-8")
    started = time.monotonic()
    assert main(["personas", "list", "--json"]) == 0
    assert time.monotonic() - started < 10  # was 43 s for an 18.6 MB file
    captured = capsys.readouterr()
    errors = captured.err.strip().splitlines()
    assert len(errors) == 1 and re.search(r"huge.yaml: the file is 41\d\d KB", errors[0])
    import json

    ids = {row["id"] for row in json.loads(captured.out)}
    assert ids == {*SHIPPED, "my-ceo"}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
def test_a_pipe_named_like_a_persona_does_not_block_the_list(capsys):
    os.mkfifo(user_personas_dir() / "pipe.yaml")
    catalog = load_catalog(persona_folders())
    assert set(catalog.personas) == set(SHIPPED)
    assert "not a regular file" in str(catalog.errors[0])


@HYPOTHESIS
@given(name=st.sampled_from(sorted(WINDOWS_RESERVED)))
def test_windows_reserved_ids_are_refused(name):
    with pytest.raises(PersonaError) as caught:
        parse_persona(with_id(name), "p.yaml")
    message = str(caught.value)
    assert ONE_LINE.match(message), message
    assert message.startswith(f"p.yaml:{ID_LINE}: id: ") and "reserved" in message


@HYPOTHESIS
@given(length=st.integers(min_value=MAX_ID_CHARS + 1, max_value=6000))
def test_long_ids_are_refused(length):
    with pytest.raises(PersonaError) as caught:
        parse_persona(with_id("a" * length), "p.yaml")
    message = str(caught.value)
    assert ONE_LINE.match(message) and len(message) < 400
    assert message.startswith(f"p.yaml:{ID_LINE}: id: ") and f"at most {MAX_ID_CHARS}" in message


ids = st.from_regex(r"\A[a-z0-9][a-z0-9-]{0,63}\Z").filter(lambda i: i not in WINDOWS_RESERVED)


@HYPOTHESIS
@given(persona_id=ids)
def test_ordinary_ids_are_accepted(persona_id):
    # quoted: YAML reads a bare 123 or null as a number or nothing
    assert parse_persona(with_id(f'"{persona_id}"')).id == persona_id


def test_ids_that_merely_contain_a_reserved_name_are_fine():
    for persona_id in ("con-ceo", "aux1", "com10", "nul-2", "console"):
        assert parse_persona(with_id(persona_id)).id == persona_id


@HYPOTHESIS
@given(
    field=st.sampled_from(["display_name", "situation", "trainee_brief", "role"]),
    extra=st.integers(min_value=1, max_value=20_000),
)
def test_overlong_texts_are_refused_with_their_line(field, extra):
    lines = SOURCE.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(f"{field}:"))
    # replace the whole (possibly folded) value with one long plain scalar
    end = at + 1
    while end < len(lines) and lines[end].startswith("  "):
        end += 1
    lines[at:end] = [f"{field}: " + "y" * (MAX_TEXT_CHARS + extra)]
    with pytest.raises(PersonaError) as caught:
        parse_persona("\n".join(lines), "p.yaml")
    message = str(caught.value)
    assert ONE_LINE.match(message) and len(message) < 400
    assert message.startswith(f"p.yaml:{at + 1}: {field}: ")
    assert f"at most {MAX_TEXT_CHARS} characters" in message


def test_a_reserved_id_file_leaves_the_others_available(capsys):
    (user_personas_dir() / "con.yaml").write_text(with_id("con"), encoding="utf-8")
    (user_personas_dir() / "long.yaml").write_text(with_id("x" * 5000), encoding="utf-8")
    (user_personas_dir() / "mine.yaml").write_text(with_id("my-ceo"), encoding="utf-8")
    catalog = load_catalog(persona_folders())
    assert set(catalog.personas) == {*SHIPPED, "my-ceo"}
    assert len(catalog.errors) == 2
    assert all(ONE_LINE.match(str(e)) for e in catalog.errors)


def test_check_says_it_in_one_line_and_exits_1(tmp_path, capsys):
    bad = tmp_path / "con.yaml"
    bad.write_text(with_id("con"), encoding="utf-8")
    assert main(["personas", "check", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"{bad}:{ID_LINE}: id: ") and err.count("\n") == 0


def test_a_file_that_is_not_utf8_is_one_line(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(with_id("latin").replace("Larry Graham", "Lärry").encode("latin-1"))
    with pytest.raises(PersonaError) as caught:
        load_persona(path)
    assert "not UTF-8" in str(caught.value) and "\n" not in str(caught.value)


def test_the_limits_are_the_documented_ones():
    assert persona_module.MAX_FILE_BYTES == 256 * 1024
    assert {"con", "prn", "aux", "nul", "com1", "com9", "lpt1", "lpt9"} <= WINDOWS_RESERVED
