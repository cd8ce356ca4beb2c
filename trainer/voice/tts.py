"""Speech synthesis: pyttsx3 in a process of its own, one sentence in, one sound file out.

Piper's neural voices (an optional extra, see `piper`) join the list when installed: their ids
start with "piper:" and they are preferred when one fits the persona; espeak-ng stays the
voice that needs nothing, and the fallback when a Piper voice fails.

pyttsx3 is not thread-safe, its run loop stays broken after one exception and it hangs on some
platforms when driven from a worker thread. So it lives in a spawned process with one engine;
the app sends it a sentence and a fresh file name, and reads the file with soundfile (taking
the sample rate from the header: 22050 Hz WAV from espeak-ng, AIFF on macOS, the voice's own
format on Windows). A watchdog kills and restarts a worker that hangs or dies.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import wave
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import numpy as np

from trainer.core.errors import KnownError

STARTUP_TIMEOUT = 20.0
MIN_SENTENCE_TIMEOUT = 10.0
WORKER_UTTERANCE_TIMEOUT = 30.0
ESPEAK_NORMAL_WPM = 175  # espeak-ng's own default speed


class TTSError(KnownError):
    """The speech voice failed; the call goes on in text."""


# -- voices: matching per-driver language forms to sv/da/en ---------------------------------


@dataclass(frozen=True)
class VoiceInfo:
    id: str
    name: str
    languages: tuple[str, ...]
    gender: str | None = None


def normalise_language(tag: object) -> str:
    """'gmq/sv', 'sv_SE', 'sv-SE', b'\\x05sv' and 'Swedish' forms all become 'sv'."""
    if isinstance(tag, bytes):
        tag = tag.decode("utf-8", "ignore")
    text = str(tag or "").strip().lstrip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09").lower()
    text = text.rsplit("/", 1)[-1].replace("_", "-")
    base = text.split("-", 1)[0]
    names = {"swedish": "sv", "danish": "da", "english": "en", "svenska": "sv", "dansk": "da"}
    return names.get(base, base)


def voice_language(voice: VoiceInfo) -> str:
    langs = [normalise_language(lang) for lang in voice.languages if lang]
    return langs[0] if langs else normalise_language(voice.id)


_LANGUAGE_NAMES = {"sv": "Swedish", "da": "Danish", "en": "English"}


def voice_label(voice: VoiceInfo | None) -> str:
    """A voice as people name it: "Danish, female"; not the driver's id ("gmq/da")."""
    if voice is None:
        return "the system's default voice"
    if voice.id.startswith(PIPER_PREFIX):
        return voice.name
    code = voice_language(voice)
    language = _LANGUAGE_NAMES.get(code, code.upper() if len(code) <= 3 else code)
    tag = _full_tag(voice)
    if code == "en" and tag in ("en-gb", "en-us"):
        language += " (UK)" if tag == "en-gb" else " (US)"
    gender = (voice.gender or "").lower()
    return f"{language}, {gender}" if gender in ("female", "male") else language


def _full_tag(voice: VoiceInfo) -> str:
    tag = voice.languages[0] if voice.languages else voice.id
    if isinstance(tag, bytes):
        tag = tag.decode("utf-8", "ignore")
    return str(tag).rsplit("/", 1)[-1].replace("_", "-").lower()


def choose_voice(voices: list[VoiceInfo], language: str, gender: str = "any") -> VoiceInfo | None:
    """The best voice for a language: plain language first ('sv', 'en-gb'), the wanted gender
    preferred, regional variants ('en-gb-scotland') last."""
    language = normalise_language(language)
    matches = [v for v in voices if voice_language(v) == language]
    if not matches:
        return None

    def rank(v: VoiceInfo) -> tuple[int, int, int, int, str]:
        tag = _full_tag(v)
        gender_miss = 0 if gender == "any" or (v.gender or "").lower() == gender else 1
        plain = 0 if tag == language else 1 if tag in {"en-gb", "en-us", "sv-se", "da-dk"} else 2
        # A natural (Piper) voice of the right gender first; espeak-ng, which can sound either
        # way, before a Piper voice of the wrong one.
        tier = (2 if gender_miss else 0) if v.id.startswith(PIPER_PREFIX) else 1
        return (tier, plain, gender_miss, len(tag), v.id)

    return sorted(matches, key=rank)[0]


@dataclass(frozen=True)
class VoiceSpec:
    """What the worker needs for one sentence: a voice id (or None for the default) and a rate
    in percent of the driver's normal rate (our own scale; the worker maps it per driver)."""

    voice_id: str | None = None
    rate: int = 100
    female_variant: bool = False
    language: str = ""  # for an espeak-ng fallback when a Piper voice fails


PIPER_PREFIX = "piper:"


def piper_voice_infos(models_folder: str = "") -> list[VoiceInfo]:
    """The Piper voices usable on this machine now (Piper installed, the voice's files here)."""
    from trainer.voice.models import PIPER_MODELS, locate
    from trainer.voice.piper import piper_installed

    if not piper_installed():
        return []
    return [piper_voice_info(spec) for spec in PIPER_MODELS.values() if locate(spec, models_folder)]


def piper_voice_info(spec) -> VoiceInfo:
    tag = spec.name.split("-", 1)[0].replace("_", "-").lower()
    return VoiceInfo(PIPER_PREFIX + spec.name, f"{spec.label} (Piper)", (tag,), spec.gender)


def voice_spec_for(
    persona: Any, voices: list[VoiceInfo], overrides: dict | None = None
) -> VoiceSpec:
    """Voice and rate for a persona: the user's override first, then the persona's hints."""
    hints = getattr(persona, "voice", None)
    gender = getattr(hints, "gender", "any")
    rate = int(getattr(hints, "rate", 100))
    override = (overrides or {}).get(getattr(persona, "id", ""), {}) or {}
    if override.get("rate"):
        rate = int(override["rate"])
    rate = max(50, min(200, rate))
    language = normalise_language(getattr(persona, "language", "en"))
    wanted = override.get("voice")
    if wanted and any(v.id == wanted for v in voices):
        return VoiceSpec(wanted, rate, language=language)
    voice = choose_voice(voices, language, gender)
    if voice is None:
        return VoiceSpec(None, rate, language=language)
    # espeak-ng lists only male voices; its "+f3" variant gives a female one.
    female = (
        gender == "female"
        and (voice.gender or "").lower() != "female"
        and not voice.id.startswith(PIPER_PREFIX)
    )
    return VoiceSpec(voice.id, rate, female_variant=female, language=language)


@dataclass
class Clip:
    """Mono float32 samples with their rate, and the sentence they say."""

    samples: np.ndarray
    rate: int
    text: str = ""

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate if self.rate else 0.0


def read_clip(path: str | Path, text: str = "") -> Clip:
    import soundfile

    data, rate = soundfile.read(str(path), dtype="float32", always_2d=True)
    return Clip(data.mean(axis=1).astype(np.float32), int(rate), text)


# -- the worker process -------------------------------------------------------------------


def _driver_name() -> str | None:
    return "nsss" if sys.platform == "darwin" else None


def _has_frames(path: str) -> bool:
    """True when the file holds sound (AIFF and other formats are trusted as written)."""
    if not path.endswith(".wav"):
        return os.path.exists(path)
    try:
        with wave.open(path, "rb") as f:
            return f.getnframes() > 0
    except (OSError, EOFError, wave.Error):
        return False


def _worker_main(conn: Connection) -> None:
    """Runs in the spawned process: one pyttsx3 engine, requests one at a time until 'quit'."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)  # pyttsx3 prints "Audio saved to ..." for every file
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    try:
        import pyttsx3

        engine = pyttsx3.init(_driver_name())
        normal_rate = float(engine.getProperty("rate") or 200)
        voices = [
            (v.id, v.name or v.id, [str(x) for x in (v.languages or [])], v.gender)
            for v in engine.getProperty("voices")
        ]
        driver = type(engine.proxy._driver).__module__.rsplit(".", 1)[-1]
        finished = threading.Event()
        engine.connect("finished-utterance", lambda **_kw: finished.set())
        espeak_cli = shutil.which("espeak-ng") if driver == "espeak" else None
    except Exception as exc:  # a missing espeak-ng or a broken driver
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", voices, normal_rate, driver))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg[0] == "quit":
            return
        _, req, text, voice_id, rate, female, path = msg
        try:
            if driver == "espeak" and espeak_cli:
                _espeak_cli(espeak_cli, text, voice_id, rate, female, path)
            else:
                _pyttsx3_save(engine, finished, text, voice_id, rate, normal_rate, path)
            conn.send(("done", req, path))
        except Exception as exc:
            conn.send(("error", req, f"{type(exc).__name__}: {exc}"))


def _pyttsx3_save(engine, finished, text, voice_id, rate, normal_rate, path) -> None:
    if voice_id:
        engine.setProperty("voice", voice_id)
    engine.setProperty("rate", int(round(normal_rate * rate / 100)))
    for _attempt in range(3):
        finished.clear()
        engine.save_to_file(text, path)
        engine.runAndWait()
        # Some drivers return from runAndWait while the file is still being written on
        # their own thread: wait for the end-of-utterance callback too.
        finished.wait(WORKER_UTTERANCE_TIMEOUT)
        if _has_frames(path):
            return


def _espeak_cli(program: str, text, voice_id, rate, female, path) -> None:
    """espeak-ng itself, the engine pyttsx3 drives on Linux.

    pyttsx3's espeak driver (2.99) writes the file before appending the last audio buffer it
    received, so short sentences come out empty and others lose their end; its voice and rate
    changes also race espeak-ng's command queue. The program renders the same voices reliably.
    """
    voice = (voice_id or "en") + ("+f3" if female else "")
    wpm = int(round(ESPEAK_NORMAL_WPM * rate / 100))
    subprocess.run(
        [program, "-v", voice, "-s", str(wpm), "-b", "1", "-w", path],
        input=text.encode("utf-8"),
        capture_output=True,
        timeout=WORKER_UTTERANCE_TIMEOUT,
        check=True,
    )


_MAIN_LOCK = threading.Lock()


@contextlib.contextmanager
def _main_module_hidden():
    """Spawn re-imports the parent's __main__ in the child: for `python -m trainer` or a script
    without a main guard that would start the app (or the script) again. The worker needs
    nothing from __main__, so the child is told there is none."""
    main = sys.modules.get("__main__")
    with _MAIN_LOCK:
        saved = {
            k: main.__dict__[k] for k in ("__spec__", "__file__") if main and k in main.__dict__
        }
        try:
            if main is not None:
                main.__dict__["__spec__"] = None
                main.__dict__.pop("__file__", None)
            yield
        finally:
            if main is not None:
                main.__dict__.update(saved)


_SPEAKABLE = re.compile(r"\w", re.UNICODE)


@dataclass
class Synthesizer:
    """Owns the worker process; `synthesize` is safe to call from any one thread at a time."""

    timeout: float = MIN_SENTENCE_TIMEOUT
    _proc: Any = None
    _conn: Connection | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _ids: itertools.count = field(default_factory=itertools.count)
    _tmp: tempfile.TemporaryDirectory | None = None
    voices: list[VoiceInfo] = field(default_factory=list)
    driver: str = ""
    restarts: int = 0
    models_folder: str = ""  # the user's own folder of Piper voices (Settings → Audio)
    _piper: dict = field(default_factory=dict)  # (voice name, rate) -> PiperProcess
    _espeak_down: str = ""  # why espeak-ng is not there (Piper voices may still be)

    def start(self) -> Synthesizer:
        """Spawn the worker and wait until its engine is up (or raise TTSError).

        Without espeak-ng the Piper voices on this machine (if any) are enough."""
        piper = piper_voice_infos(self.models_folder)
        with self._lock:
            try:
                self._start_locked()
            except TTSError as exc:
                if not piper:
                    raise
                self._espeak_down = str(exc)
        self.voices = [*self.voices, *piper]
        return self

    def add_voice(self, voice: VoiceInfo) -> None:
        """A Piper voice fetched while the app runs."""
        if all(v.id != voice.id for v in self.voices):
            self.voices = [*self.voices, voice]

    def warm(self, spec: VoiceSpec) -> None:
        """Load a Piper voice now (a second or two) so the first sentence does not wait for it."""
        if spec.voice_id and spec.voice_id.startswith(PIPER_PREFIX):
            with self._lock, contextlib.suppress(TTSError):
                self._piper_process(spec)

    def _piper_process(self, spec: VoiceSpec):
        from trainer.voice.models import PIPER_MODELS, locate
        from trainer.voice.piper import PiperError, PiperProcess

        name = (spec.voice_id or "")[len(PIPER_PREFIX) :]
        key = (name, spec.rate)
        proc = self._piper.get(key)
        if proc is not None and proc.alive():
            return proc
        model_spec = PIPER_MODELS.get(name)
        folder = locate(model_spec, self.models_folder) if model_spec else None
        if folder is None:
            raise TTSError(f"the Piper voice {name} is not on this machine")
        if proc is not None:
            proc.close()
            self.restarts += 1
        try:
            proc = PiperProcess(folder / f"{name}.onnx", spec.rate).start()
        except PiperError as exc:
            raise TTSError(str(exc)) from None
        self._piper[key] = proc
        return proc

    def _piper_say(self, text: str, spec: VoiceSpec) -> Clip:
        from trainer.voice.piper import PiperError

        for attempt in range(2):
            proc = self._piper_process(spec)
            try:
                return proc.synthesize(text)
            except PiperError as exc:
                proc.close()
                if attempt:
                    raise TTSError(f"the Piper voice failed: {exc}") from None
        raise AssertionError("unreachable")

    def _start_locked(self) -> None:
        if self._proc is not None:
            if self._proc.is_alive():
                return
            self._kill_locked()  # it died between sentences: start a fresh one
            self.restarts += 1
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="trainer-tts-")
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_worker_main, args=(child,), name="trainer-tts", daemon=True)
        with _main_module_hidden():
            proc.start()
        child.close()
        if not parent.poll(STARTUP_TIMEOUT):
            proc.kill()
            raise TTSError("Text only: the speech voice did not start (is espeak-ng installed?).")
        try:
            msg = parent.recv()
        except EOFError:
            msg = ("failed", "the speech process ended at once")
        if msg[0] != "ready":
            proc.join(1)
            raise TTSError(f"Text only: the speech voice did not start ({msg[1]}).")
        _, voices, _rate, self.driver = msg
        self.voices = [VoiceInfo(i, n, tuple(langs), g) for i, n, langs, g in voices]
        self._proc, self._conn = proc, parent

    def synthesize(self, text: str, spec: VoiceSpec | None = None) -> Clip:
        """One sentence to samples. Never sends an empty string; restarts a hung worker once."""
        text = text.strip()
        if not _SPEAKABLE.search(text):
            raise ValueError("nothing to say")
        spec = spec or VoiceSpec()
        with self._lock:
            if spec.voice_id and spec.voice_id.startswith(PIPER_PREFIX):
                try:
                    return self._piper_say(text, spec)
                except TTSError:
                    if self._espeak_down:
                        raise
                    # espeak-ng in the same language says it rather than nobody
                    fallback = choose_voice(
                        [v for v in self.voices if not v.id.startswith(PIPER_PREFIX)],
                        spec.language or "en",
                    )
                    spec = VoiceSpec(fallback.id if fallback else None, spec.rate)
            if self._espeak_down:
                raise TTSError(self._espeak_down)
            for attempt in range(2):
                self._start_locked()
                try:
                    return self._ask(text, spec)
                except TTSError:
                    self._kill_locked()
                    self.restarts += 1
                    if attempt:
                        raise
        raise AssertionError("unreachable")

    def _ask(self, text: str, spec: VoiceSpec) -> Clip:
        assert self._conn is not None and self._tmp is not None
        req = next(self._ids)
        suffix = ".aiff" if sys.platform == "darwin" else ".wav"
        path = str(Path(self._tmp.name) / f"s{os.getpid()}-{req}{suffix}")
        limit = max(self.timeout, len(text) * 0.05)
        try:
            self._conn.send(("say", req, text, spec.voice_id, spec.rate, spec.female_variant, path))
            while True:
                if not self._conn.poll(limit):
                    raise TTSError("the speech voice stopped answering; it was restarted")
                msg = self._conn.recv()
                if msg[1] == req:
                    break  # an answer to an older, abandoned request is skipped
        except (EOFError, OSError, BrokenPipeError):
            raise TTSError("the speech voice crashed; it was restarted") from None
        if msg[0] != "done":
            raise TTSError(f"the speech voice failed: {msg[2]}")
        try:
            return read_clip(path, text)
        except Exception as exc:
            raise TTSError(f"the speech voice wrote no sound ({exc})") from None
        finally:
            with contextlib.suppress(OSError):
                os.unlink(path)

    def _kill_locked(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.join(2)
        if self._conn is not None:
            self._conn.close()
        self._proc = self._conn = None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def close(self) -> None:
        with self._lock:
            for proc in self._piper.values():
                proc.close()
            self._piper.clear()
            if self._conn is not None:
                with contextlib.suppress(OSError, BrokenPipeError):
                    self._conn.send(("quit",))
            if self._proc is not None:
                self._proc.join(2)
            self._kill_locked()
            if self._tmp is not None:
                self._tmp.cleanup()
                self._tmp = None

    def __enter__(self) -> Synthesizer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()
