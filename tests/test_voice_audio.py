"""Real audio: synthesised speech played through sounddevice into a PulseAudio null sink and
recorded back from its monitor."""

from __future__ import annotations

import time

import numpy as np
import pytest

from tests.support.audio_server import audio_server  # noqa: F401
from trainer.voice.audio import Player, Recorder, resample, rms_level
from trainer.voice.devices import input_unavailable_reason, output_unavailable_reason, pick_device
from trainer.voice.tts import Clip, Synthesizer, VoiceSpec, choose_voice

pytestmark = pytest.mark.audio

FRAME = 0.05


def voiced_seconds(samples: np.ndarray, rate: int, threshold: float = 0.01) -> float:
    """Seconds of 50 ms frames louder than `threshold` RMS: how much speech came through."""
    n = int(rate * FRAME)
    frames = samples[: len(samples) // n * n].reshape(-1, n)
    return float((np.sqrt((frames**2).mean(axis=1)) > threshold).sum() * FRAME)


def test_resample_keeps_duration_and_pitch():
    rate = 22050
    t = np.arange(rate) / rate
    tone = np.sin(2 * np.pi * 440 * t).astype(np.float32)
    out = resample(tone, rate, 48000)
    assert len(out) == 48000 and out.dtype == np.float32
    spectrum = np.abs(np.fft.rfft(out))
    assert abs(int(np.argmax(spectrum)) - 440) <= 1  # 1 Hz bins over one second
    assert resample(tone, rate, rate) is not None and len(resample(tone[:0], rate, 8000)) == 0


def test_level_meter_scale():
    assert rms_level(np.zeros(100, np.float32)) == 0.0
    assert rms_level(np.ones(100, np.float32)) == 1.0
    quiet = rms_level(np.full(100, 0.01, np.float32))
    assert 0.2 < quiet < 0.5


@pytest.fixture(scope="module")
def synth():
    with Synthesizer() as s:
        yield s


@pytest.fixture
def recorder(audio_server):
    with Recorder() as rec:
        assert rec.ready.wait(10), "the monitor source delivered nothing"
        yield rec


def english(synth: Synthesizer, text: str) -> Clip:
    return synth.synthesize(text, VoiceSpec(choose_voice(synth.voices, "en").id))


def test_devices_found_by_name_on_the_sound_server(audio_server):
    assert output_unavailable_reason() is None
    assert input_unavailable_reason() is None
    assert pick_device("output").name in {"pulse", "pipewire", "default"}
    assert pick_device("output", "no such device").name in {"pulse", "pipewire", "default"}


def test_speech_played_is_heard_on_the_monitor(synth, recorder):
    clip = english(synth, "Hello, this is the grumpy chief executive speaking.")
    start = recorder.begin()
    with Player() as player:
        log = player.play(clip, "hello")
        assert log.done.wait(15)
        time.sleep(0.4)  # let the device buffer drain into the monitor
    rec = recorder.end()
    assert rec.started_at == start and rec.ended_at > start
    assert log.started_at is not None and log.finished_at is not None
    assert log.blocks_played == log.blocks_total
    heard = voiced_seconds(rec.samples, rec.rate)
    assert heard > 0.6 * voiced_seconds(clip.samples, clip.rate)
    assert rms_level(rec.samples) > 0.3
    # Kept audio is exactly what went out.
    assert len(player.played_samples(clip, log)) >= len(
        resample(clip.samples, clip.rate, player.rate)
    )


def test_stop_silences_the_speaker_mid_sentence(synth, recorder):
    clip = english(
        synth,
        "This is a very long sentence that goes on and on about logistics, "
        "route planning, drivers, trucks, customers and the weather in Stockholm.",
    )
    assert clip.seconds > 4
    recorder.begin()
    with Player() as player:
        log = player.play(clip, "long")
        while log.started_at is None:
            time.sleep(0.01)
        time.sleep(1.0)
        player.stop()
        assert log.done.is_set() and log.finished_at is None
        stopped_blocks = log.blocks_played
        time.sleep(1.0)  # silence from here on
        rec = recorder.end()
        assert log.blocks_played == stopped_blocks  # nothing more went out after the stop
    assert 0 < stopped_blocks < log.blocks_total
    tail = rec.samples[-int(0.5 * rec.rate) :]
    assert rms_level(tail) == 0.0
    assert voiced_seconds(rec.samples, rec.rate) < clip.seconds / 2


def test_recorder_keeps_only_what_push_to_talk_gates(synth, recorder):
    clip = english(synth, "Only this part counts.")
    with Player() as player:
        player.play(clip).done.wait(10)  # played while the key is up: not kept
        time.sleep(0.5)
        recorder.begin()
        time.sleep(0.5)
        rec = recorder.end()
    assert rec.seconds < 1.5
    assert recorder.elapsed() == 0.0 and not recorder.recording


def test_a_burst_of_pulls_gets_silence_not_the_speech(audio_server):
    """After an underrun PortAudio may pull far faster than real time: speech is handed out no
    faster than real time (plus a little slack), so none of it is rushed into a long buffer."""
    from trainer.voice.audio import PACE_SLACK

    with Player() as player:
        player.stop()
        tone = np.full(player.rate * 2, 0.5, np.float32)  # two seconds
        log = player.play(Clip(tone, player.rate), "burst")
        with player._lock:  # stand in for the device's callback, pulling 50 blocks at once
            out = np.zeros((player.block, 1), np.float32)
            given = 0
            for _ in range(50):
                player._fill(out)
                given += int(out[0, 0] != 0)
        assert given * player.block <= player.rate * (PACE_SLACK + 0.05)
        assert log.done.wait(5)  # ... and the rest still plays, in real time
        assert log.blocks_played == log.blocks_total
