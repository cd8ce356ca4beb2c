"""Piper voices as a separate program: the packaged English voice speaks, a killed process is
started again, rate maps to Piper's phoneme length, and a missing voice falls back to espeak-ng."""

from __future__ import annotations

import pytest

from tests.support.voice_models import piper_english  # noqa: F401
from trainer.voice.audio import rms_level
from trainer.voice.piper import length_scale
from trainer.voice.tts import Synthesizer, VoiceSpec, voice_label

JOE = "piper:en_US-joe-medium"


@pytest.fixture(scope="module")
def synth(piper_english):
    with Synthesizer() as s:
        yield s


def test_the_piper_voice_is_listed_and_speaks(synth):
    joe = next(v for v in synth.voices if v.id == JOE)
    assert voice_label(joe) == "English (US), Joe (Piper)" and joe.gender == "male"
    clip = synth.synthesize("I am on my way into a meeting.", VoiceSpec(JOE, language="en"))
    assert clip.rate == 22050 and 1.0 < clip.seconds < 5.0 and rms_level(clip.samples) > 0.3


def test_rate_and_a_restart_after_a_crash(synth):
    text = "We run freight around Stockholm and most of it works."
    slow = synth.synthesize(text, VoiceSpec(JOE, 70, language="en"))
    fast = synth.synthesize(text, VoiceSpec(JOE, 140, language="en"))
    assert slow.seconds > fast.seconds * 1.4 and length_scale(125) == 0.8
    proc = synth._piper[("en_US-joe-medium", 140)]
    proc._proc.kill()
    proc._proc.wait()
    again = synth.synthesize("Still here.", VoiceSpec(JOE, 140, language="en"))
    assert again.seconds > 0.3 and synth._piper[("en_US-joe-medium", 140)] is not proc


def test_a_voice_not_on_this_machine_falls_back_to_espeak(synth):
    clip = synth.synthesize(
        "Hej, vad gäller saken?", VoiceSpec("piper:sv_SE-nst-medium", language="sv")
    )
    assert clip.rate == 22050 and clip.seconds > 0.5  # espeak-ng's Swedish said it
