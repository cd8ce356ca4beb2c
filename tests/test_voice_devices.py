"""No sound, no problem: each missing part gives one line saying what to install."""

from __future__ import annotations

import sys

import pytest

from trainer.voice import devices


@pytest.fixture
def fresh_import(monkeypatch):
    devices._import_sounddevice.cache_clear()
    yield
    devices._import_sounddevice.cache_clear()


def test_missing_sounddevice_is_one_line(monkeypatch, fresh_import):
    monkeypatch.setitem(sys.modules, "sounddevice", None)  # import fails
    reason = devices.output_unavailable_reason()
    assert reason == "Text only: the sounddevice package is missing (pip install sounddevice)."
    assert devices.input_unavailable_reason().startswith("Typing only:")


def test_missing_portaudio_is_one_line(monkeypatch, fresh_import):
    import builtins

    real_import = builtins.__import__

    def no_portaudio(name, *args, **kwargs):
        if name == "sounddevice":
            raise OSError("PortAudio library not found")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_portaudio)
    with pytest.raises(devices.AudioUnavailable) as err:
        devices.sounddevice_module()
    assert "libportaudio2" in str(err.value) and "\n" not in str(err.value)


def test_missing_espeak_is_one_line(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(devices.ctypes.util, "find_library", lambda name: None)
    monkeypatch.setattr(devices.shutil, "which", lambda name: None)
    assert devices.output_unavailable_reason() == (
        "Text only: espeak-ng is not installed (install the espeak-ng package)."
    )


def test_no_device_is_one_line(monkeypatch):
    monkeypatch.setattr(devices, "list_devices", lambda kind: [])
    assert devices.input_unavailable_reason() == (
        "Typing only: no microphone found (connect one or start PulseAudio/PipeWire)."
    )
    with pytest.raises(devices.AudioUnavailable, match="no speaker found"):
        devices.pick_device("output")


def test_named_device_wins_then_the_sound_server(monkeypatch):
    found = [
        devices.Device(0, "HDA Intel PCH: ALC (hw:0,0)", 48000, 2),
        devices.Device(1, "pulse", 44100, 32),
        devices.Device(2, "default", 44100, 32),
    ]
    monkeypatch.setattr(devices, "list_devices", lambda kind: found)
    monkeypatch.setattr(sys, "platform", "linux")
    assert devices.pick_device("output").name == "pulse"
    assert devices.pick_device("output", "HDA Intel PCH: ALC (hw:0,0)").index == 0
    assert devices.pick_device("output", "alc").index == 0  # part of the name is enough


def test_audio_errors_and_voices_are_named_in_plain_words():
    from trainer.voice.audio import _open_error
    from trainer.voice.tts import VoiceInfo, voice_label

    raw = RuntimeError("Illegal combination of I/O devices [PaErrorCode -9993]")
    message = str(_open_error(raw, "speaker"))
    assert "PaErrorCode" not in message and "Illegal" not in message
    assert message.startswith("Text only: no speaker answered") and "File → Audio" in message
    assert voice_label(VoiceInfo("gmq/da", "Danish", ("gmq/da",), "female")) == "Danish, female"
    assert voice_label(VoiceInfo("gmw/en-GB", "English", ("en-gb",), None)) == "English (UK)"
    assert voice_label(VoiceInfo("sv", "sv", ("sv_SE",), "male")) == "Swedish, male"
    assert voice_label(None) == "the system's default voice"
