"""`trainer personas`: checking files gives `file:line: message`, a bad file never hides the good ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainer.cli import main
from trainer.paths import BUILTIN_PERSONAS, user_personas_dir

SHIPPED = ["busy-ceo-da", "grumpy-ceo-en", "grumpy-ceo-sv", "tire-customer-da"]
SOURCE = BUILTIN_PERSONAS / "grumpy-ceo-en.yaml"


def _lines() -> list[str]:
    return SOURCE.read_text(encoding="utf-8").splitlines()


def _line_of(prefix: str, lines: list[str] | None = None) -> int:
    lines = lines or _lines()
    return next(i for i, line in enumerate(lines, 1) if line.startswith(prefix))


def _write(folder: Path, name: str, lines: list[str]) -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _broken(tmp_path: Path, kind: str) -> tuple[Path, int, str]:
    """A copy of a shipped persona with one defect; returns the file, the line, the words expected."""
    lines = _lines()
    if kind == "bad yaml":
        at = _line_of("role:")
        lines[at - 1] = "role: CEO: and owner"
        return _write(tmp_path, "bad-yaml.yaml", lines), at, "not valid YAML"
    if kind == "missing nested field":
        at = _line_of("  greeting:")
        del lines[at - 1]
        return (
            _write(tmp_path, "missing.yaml", lines),
            _line_of("lines:"),
            "lines.greeting: required field is missing",
        )
    if kind == "missing top field":
        at = _line_of("company:")
        del lines[at - 1]
        return (
            _write(tmp_path, "no-company.yaml", lines),
            _line_of("id:"),
            "company: required field is missing",
        )
    if kind == "wrong type":
        at = _line_of("patience:")
        lines[at - 1] = lines[at - 1].replace("start: 45", "start: lots")
        return _write(tmp_path, "wrong-type.yaml", lines), at, "patience.start:"
    if kind == "unknown field":
        at = _line_of("direction:") + 1
        lines.insert(at - 1, "moood: grumpy")
        return _write(tmp_path, "unknown.yaml", lines), at, "moood: unknown field"
    raise AssertionError(kind)


def test_check_accepts_every_shipped_persona(capsys):
    files = sorted(str(p) for p in BUILTIN_PERSONAS.glob("*.yaml"))
    assert main(["personas", "check", *files]) == 0
    out = capsys.readouterr().out.splitlines()
    assert sorted(out) == [f"ok: {pid}" for pid in SHIPPED]


@pytest.mark.parametrize(
    "kind", ["bad yaml", "missing nested field", "missing top field", "wrong type", "unknown field"]
)
def test_check_names_file_and_line_of_the_defect(tmp_path, capsys, kind):
    path, line, words = _broken(tmp_path, kind)
    assert main(["personas", "check", str(path)]) == 1
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert captured.out == ""
    assert "\n" not in err and "Traceback" not in err
    assert err.startswith(f"{path}:{line}: "), err
    assert words in err


def test_check_of_a_missing_file_is_one_line(tmp_path, capsys):
    assert main(["personas", "check", str(tmp_path / "nope.yaml")]) == 1
    assert capsys.readouterr().err.strip() == f"{tmp_path / 'nope.yaml'}: no such file"


def test_list_shows_valid_personas_when_one_user_file_is_broken(tmp_path, capsys):
    broken, line, _ = _broken(user_personas_dir(), "wrong type")
    own = _lines()
    own[_line_of("id:") - 1] = "id: my-own-ceo"
    own[_line_of("display_name:") - 1] = "display_name: Own Boss"
    own_path = _write(user_personas_dir(), "my-own-ceo.yaml", own)

    assert main(["personas", "list", "--json"]) == 0
    captured = capsys.readouterr()
    rows = json.loads(captured.out)
    assert [r["id"] for r in rows] == sorted([*SHIPPED, "my-own-ceo"])
    mine = next(r for r in rows if r["id"] == "my-own-ceo")
    assert mine == {
        "id": "my-own-ceo",
        "name": "Own Boss",
        "role": "CEO",
        "company": mine["company"],
        "language": "en",
        "direction": "outbound",
        "file": str(own_path),
    }
    assert f"{broken}:{line}: patience.start" in captured.err

    assert main(["personas", "list"]) == 0
    table = capsys.readouterr().out
    assert "tire-customer-da" in table and "inbound" in table and "Own Boss" in table


def test_path_prints_the_user_folder_inside_the_data_folder(isolated_env, capsys):
    assert main(["personas", "path"]) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed == isolated_env / "personas"
    assert printed.is_dir()
