"""A real sound server for tests: PulseAudio with a null sink whose monitor is the microphone.

Whatever is played goes into the null sink; recording from its monitor gets it back, so tests
hear the real synthesised speech through sounddevice without a sound card. The fixture starts a
private PulseAudio for this test run (its own runtime folder through PULSE_RUNTIME_PATH, so a
desktop's sound server and other test runs on the same machine are left alone; as root
PulseAudio warns but runs per-user with --system=false) and stops it at the end. Without the
pulseaudio program it uses a running server (e.g. PipeWire's), adding a null sink there and
routing only this process to it (PULSE_SINK/PULSE_SOURCE). No server at all: audio tests are
skipped with the reason, except under CI=true, where that is a failure.

Usage in a test module:
    from tests.support.audio_server import audio_server  # noqa: F401
    pytestmark = pytest.mark.audio
    def test_x(audio_server): ...
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

SINK = f"trainer_test_{os.getpid()}"


@dataclass
class AudioServer:
    sink: str
    source: str
    started_here: bool
    module_id: str


def _pactl(*args: str, timeout: float = 5.0) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["pactl", *args], capture_output=True, text=True, timeout=timeout, check=False
    )


def _server_up() -> bool:
    try:
        return _pactl("info", timeout=3).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


START_COMMANDS = [
    # Per-user daemon without the desktop modules (no udev, no ALSA card): fast and quiet.
    [
        "pulseaudio", "--daemonize=yes", "--system=false", "--exit-idle-time=-1", "-n",
        "--load=module-native-protocol-unix", "--log-target=stderr",
    ],
    # The distribution's default script, in case the minimal one is refused.
    ["pulseaudio", "--daemonize=yes", "--system=false", "--exit-idle-time=-1"],
]  # fmt: skip


def start_server() -> tuple[bool, str]:
    """Make sure a PulseAudio-compatible server answers; (started_here, reason if it failed)."""
    if shutil.which("pactl") is None:
        return False, "pactl not found (install pulseaudio-utils)"
    if shutil.which("pulseaudio") is None:
        if _server_up():
            return False, ""
        return (
            False,
            "no sound server runs and pulseaudio is not installed (apt install pulseaudio)",
        )
    runtime = Path(tempfile.mkdtemp(prefix="trainer-pulse-"))
    os.environ["PULSE_RUNTIME_PATH"] = str(runtime)
    errors = []
    for cmd in START_COMMANDS:
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=20, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            errors.append(str(exc))
            continue
        for _ in range(50):
            if _server_up():
                return True, ""
            time.sleep(0.1)
        lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("E:")]
        errors.append(lines[-1] if lines else f"exit {proc.returncode}")
    os.environ.pop("PULSE_RUNTIME_PATH", None)
    shutil.rmtree(runtime, ignore_errors=True)
    if _server_up():  # a desktop server we may share (with our own null sink)
        return False, ""
    return False, "pulseaudio would not start: " + "; ".join(errors)


def setup_null_sink() -> AudioServer:
    """Start the server if needed, add a null sink and route this process's audio through it."""
    started, reason = start_server()
    if reason:
        raise RuntimeError(reason)
    res = _pactl(
        "load-module", "module-null-sink", f"sink_name={SINK}",
        "rate=48000", "channels=1", f"sink_properties=device.description={SINK}",
    )  # fmt: skip
    if res.returncode != 0:
        raise RuntimeError(f"could not load a null sink: {res.stderr.strip()}")
    source = f"{SINK}.monitor"
    os.environ["PULSE_SINK"] = SINK
    os.environ["PULSE_SOURCE"] = source
    if started:  # our own server: make it the default for every client too
        _pactl("set-default-sink", SINK)
        _pactl("set-default-source", source)
    # PortAudio read the device list when sounddevice was imported: read it again now.
    from trainer.voice import devices

    with contextlib.suppress(devices.AudioUnavailable):
        devices.refresh()
    return AudioServer(SINK, source, started, res.stdout.strip())


def teardown(server: AudioServer) -> None:
    _pactl("unload-module", server.module_id)
    os.environ.pop("PULSE_SINK", None)
    os.environ.pop("PULSE_SOURCE", None)
    if server.started_here:  # our private server (PULSE_RUNTIME_PATH still points at it)
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            subprocess.run(["pulseaudio", "--kill"], timeout=10, check=False)
        runtime = os.environ.pop("PULSE_RUNTIME_PATH", None)
        if runtime:
            shutil.rmtree(runtime, ignore_errors=True)


def _unavailable(reason: str):
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"audio server required in CI: {reason}", pytrace=False)
    pytest.skip(f"no audio server: {reason}")


@pytest.fixture(scope="session")
def audio_server():
    """A running PulseAudio with this process's default sink/source on a null sink."""
    try:
        server = setup_null_sink()
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        _unavailable(str(exc))
        return
    from trainer.voice import devices

    reason = devices.output_unavailable_reason() or devices.input_unavailable_reason()
    if reason:
        teardown(server)
        _unavailable(f"sound server up but PortAudio cannot use it: {reason}")
    yield server
    teardown(server)
