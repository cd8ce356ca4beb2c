"""Piper neural voices, run as a program of their own (`python -m piper` or `piper`).

piper-tts is GPL-3.0 and this project is MIT, so it is an optional extra that the app only
ever starts as a separate process, the way it runs espeak-ng. One process per voice (and
speed) stays up for the call: loading a voice takes a second or two, a sentence then takes a
fraction of its own length. Each sentence goes in as one line on its standard input; Piper
writes one WAV per line into a private folder and names it on its standard error.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections import deque
from pathlib import Path

from trainer.core.errors import KnownError

STARTUP_SECONDS = 30.0  # the first sentence waits for the voice to load as well
SENTENCE_SECONDS = 15.0
_WROTE = re.compile(r"Wrote (.+\.wav)\s*$")


class PiperError(KnownError):
    """The Piper voice failed; the caller falls back to espeak-ng or text."""


def piper_command() -> list[str] | None:
    """How to start Piper here: the installed module, else a `piper` program on PATH."""
    if importlib.util.find_spec("piper") is not None:
        return [sys.executable, "-m", "piper"]
    program = shutil.which("piper")
    return [program] if program else None


def piper_installed() -> bool:
    return piper_command() is not None


def length_scale(rate: int) -> float:
    """Our rate (percent of normal) as Piper's phoneme length: 125 % speed is 0.8."""
    return round(100.0 / max(50, min(200, rate)), 3)


class PiperProcess:
    """One running Piper voice; `synthesize` one sentence at a time (callers serialise)."""

    def __init__(self, model: Path, rate: int = 100) -> None:
        self.model = Path(model)
        self.rate = rate
        self._proc: subprocess.Popen | None = None
        self._out: queue.Queue[str | None] = queue.Queue()
        self._errors: deque[str] = deque(maxlen=5)
        self._tmp: tempfile.TemporaryDirectory | None = None
        self._started = False

    def start(self) -> PiperProcess:
        command = piper_command()
        if command is None:
            raise PiperError("Piper is not installed (pip install 'trainer[piper]').")
        config = self.model.with_name(self.model.name + ".json")
        self._tmp = tempfile.TemporaryDirectory(prefix="trainer-piper-")
        args = [*command, "-m", str(self.model), "-d", self._tmp.name]
        args += ["--length-scale", str(length_scale(self.rate))]
        if config.is_file():
            args += ["-c", str(config)]
        try:
            self._proc = subprocess.Popen(
                args,
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                bufsize=1,
            )
        except OSError as exc:
            raise PiperError(f"Piper would not start ({exc}).") from None
        threading.Thread(target=self._read_errors, name="trainer-piper", daemon=True).start()
        return self

    def _read_errors(self) -> None:
        assert self._proc is not None and self._proc.stderr is not None
        for line in self._proc.stderr:
            match = _WROTE.search(line)
            if match:
                self._out.put(match.group(1))
            elif line.strip():
                self._errors.append(line.strip())
        self._out.put(None)  # the process ended

    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def synthesize(self, text: str):
        """One sentence to a Clip (samples at the voice's own rate)."""
        from trainer.voice.tts import read_clip

        if not self.alive():
            raise PiperError(self._why("Piper is not running"))
        line = " ".join(text.split())
        try:
            assert self._proc is not None and self._proc.stdin is not None
            self._proc.stdin.write(line + "\n")
            self._proc.stdin.flush()
        except (OSError, ValueError):
            raise PiperError(self._why("Piper stopped")) from None
        limit = SENTENCE_SECONDS + len(line) * 0.05 + (0 if self._started else STARTUP_SECONDS)
        try:
            path = self._out.get(timeout=limit)
        except queue.Empty:
            self.close()
            raise PiperError("Piper stopped answering; it was stopped.") from None
        if path is None:
            raise PiperError(self._why("Piper ended"))
        self._started = True
        try:
            return read_clip(path, text)
        except Exception as exc:
            raise PiperError(f"Piper wrote no sound ({exc}).") from None
        finally:
            with contextlib.suppress(OSError):
                os.unlink(path)

    def _why(self, what: str) -> str:
        last = self._errors[-1] if self._errors else ""
        return f"{what} ({last[:160]})." if last else f"{what}."

    def close(self) -> None:
        if self._proc is not None:
            with contextlib.suppress(OSError, ValueError):
                if self._proc.stdin is not None:
                    self._proc.stdin.close()  # Piper ends at the end of its input
            try:
                self._proc.wait(2)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(2)
            self._proc = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
