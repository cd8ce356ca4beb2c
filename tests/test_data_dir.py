"""A data folder that cannot be created is one line (what is wrong, what to do) and a non-zero
exit for every command, and a message box in the app: never an OSError traceback."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from trainer import paths
from trainer.cli import main

COMMANDS = [
    ["personas", "list"],
    ["personas", "path"],
    ["sessions", "list"],
    ["rehearse", "--persona", "grumpy-ceo-en", "--lines", os.devnull],
]


def _bad_folders(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Folders nobody can create, root included, with the words the message must contain."""
    blocker = tmp_path / "x" / "file"
    blocker.parent.mkdir()
    blocker.write_text("not a folder")
    return {
        "under a file": (blocker / "sub", f"{blocker} is a file"),
        "is a file": (blocker, "is a file, not a folder"),
        "a system folder": (Path("/sys/trainer-data"), "cannot create the data folder"),
    }


@pytest.mark.parametrize("case", ["under a file", "is a file", "a system folder"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_every_command_says_in_one_line_what_is_wrong(tmp_path, monkeypatch, capsys, case, command):
    folder, words = _bad_folders(tmp_path)[case]
    monkeypatch.setenv("TRAINER_DATA_DIR", str(folder))
    code = main(command)
    err = capsys.readouterr().err.strip()
    assert code != 0
    assert err.count("\n") == 0, err
    assert err.startswith("trainer: ") and words in err and str(folder) in err
    assert "TRAINER_DATA_DIR" in err  # what to do


def test_the_installed_command_exits_non_zero_without_a_traceback(tmp_path):
    folder, _ = _bad_folders(tmp_path)["under a file"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRAINER_", "OPENAI_"))}
    env["TRAINER_DATA_DIR"] = str(folder)
    done = subprocess.run(
        [sys.executable, "-m", "trainer", "personas", "list"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        f"trainer: cannot create the data folder {folder}: {folder.parent} is a file; "
        "set TRAINER_DATA_DIR to a folder you can write to"
    ]


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root may write into a read-only folder; the /sys case covers it"
)
def test_a_read_only_parent_is_one_line(tmp_path, monkeypatch, capsys):
    parent = tmp_path / "locked"
    parent.mkdir()
    parent.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        monkeypatch.setenv("TRAINER_DATA_DIR", str(parent / "data"))
        assert main(["personas", "list"]) == 1
        err = capsys.readouterr().err.strip()
        assert "permission denied" in err and "\n" not in err
    finally:
        parent.chmod(0o700)


def test_data_dir_raises_a_known_error_not_an_os_error(tmp_path, monkeypatch):
    folder, _ = _bad_folders(tmp_path)["is a file"]
    monkeypatch.setenv("TRAINER_DATA_DIR", str(folder))
    with pytest.raises(paths.DataDirError):
        paths.data_dir()


@pytest.mark.gui
def test_the_app_shows_the_line_in_a_message_box(tmp_path, monkeypatch, qapp):
    from PySide6.QtWidgets import QMessageBox

    from trainer.ui import app

    folder, words = _bad_folders(tmp_path)["under a file"]
    monkeypatch.setenv("TRAINER_DATA_DIR", str(folder))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "critical",
        staticmethod(lambda _parent, title, text: shown.append((title, text))),
    )
    assert app.run([]) == 1
    assert len(shown) == 1
    title, text = shown[0]
    assert words in text and "TRAINER_DATA_DIR" in text and "\n" not in text
