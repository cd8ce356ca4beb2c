"""Finding sound devices, and saying in one line why there is no sound when there is none.

`import sounddevice` raises OSError when PortAudio is missing and the device list is read once
at import, so everything goes through `sounddevice_module()` and `refresh()` here. On Linux the
`pulse`, `pipewire` or `default` device is preferred by name: the raw ALSA hardware devices
usually refuse a second client and often the sample rate too.
"""

from __future__ import annotations

import ctypes.util
import logging
import shutil
import sys
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Literal

from trainer.core.errors import KnownError

Kind = Literal["input", "output"]
PREFERRED_NAMES = ("pulse", "pipewire", "default")


class AudioUnavailable(KnownError):
    """No sound: the message says what is missing and what to do, in one line."""


@dataclass(frozen=True)
class Device:
    index: int
    name: str
    samplerate: int
    channels: int


@cache
def _import_sounddevice() -> ModuleType:
    try:
        import sounddevice
    except OSError:
        raise AudioUnavailable(
            "Text only: the PortAudio library is missing (install libportaudio2)."
        ) from None
    except ImportError:
        raise AudioUnavailable(
            "Text only: the sounddevice package is missing (pip install sounddevice)."
        ) from None
    return sounddevice


def sounddevice_module() -> ModuleType:
    """The sounddevice module, or AudioUnavailable saying PortAudio is missing."""
    return _import_sounddevice()


def refresh() -> None:
    """Re-read the device list (PortAudio reads it once; a server started later is missed)."""
    sd = sounddevice_module()
    try:
        sd._terminate()
        sd._initialize()
    except sd.PortAudioError as exc:
        logging.getLogger(__name__).info("PortAudio did not start: %s", exc)
        raise AudioUnavailable(
            "Text only: the sound system did not start. Check that PulseAudio or PipeWire is "
            "running, then try again in File → Audio…"
        ) from None


def list_devices(kind: Kind) -> list[Device]:
    """Devices that can record (input) or play (output), in PortAudio's order."""
    sd = sounddevice_module()
    key = f"max_{kind}_channels"
    try:
        infos = sd.query_devices()
    except sd.PortAudioError:
        return []
    return [
        Device(i, info["name"], int(info["default_samplerate"] or 48000), int(info[key]))
        for i, info in enumerate(infos)
        if info[key] > 0
    ]


def pick_device(kind: Kind, wanted: str = "") -> Device:
    """The device the user chose by name, else the sound server's, else the system default."""
    devices = list_devices(kind)
    what = "microphone" if kind == "input" else "speaker"
    if not devices:
        raise AudioUnavailable(
            f"Text only: no {what} found (connect one or start PulseAudio/PipeWire)."
        )
    if wanted:
        for dev in devices:
            if dev.name == wanted:
                return dev
        for dev in devices:
            if wanted.lower() in dev.name.lower():
                return dev
    if sys.platform.startswith("linux"):
        for name in PREFERRED_NAMES:
            for dev in devices:
                if dev.name.lower() == name:
                    return dev
    sd = sounddevice_module()
    try:
        default = sd.default.device[0 if kind == "input" else 1]
    except (TypeError, IndexError, sd.PortAudioError):
        default = -1
    for dev in devices:
        if dev.index == default:
            return dev
    return devices[0]


def espeak_missing() -> bool:
    """pyttsx3 speaks through espeak-ng on Linux; without it there is no voice."""
    if not sys.platform.startswith("linux"):
        return False
    return not (
        ctypes.util.find_library("espeak-ng")
        or ctypes.util.find_library("espeak")
        or shutil.which("espeak-ng")
    )


def output_unavailable_reason(wanted: str = "") -> str | None:
    """None when the prospect can speak; otherwise the one line the window shows."""
    if espeak_missing():
        return "Text only: espeak-ng is not installed (install the espeak-ng package)."
    try:
        pick_device("output", wanted)
    except AudioUnavailable as exc:
        return str(exc)
    return None


def input_unavailable_reason(wanted: str = "") -> str | None:
    """None when push-to-talk can record; otherwise one line saying why typing is the way."""
    try:
        pick_device("input", wanted)
    except AudioUnavailable as exc:
        return str(exc).replace("Text only", "Typing only")
    return None
