"""Speech synthesis: voice choice per language and the real pyttsx3/espeak-ng worker process."""

from __future__ import annotations

import os
import signal

import numpy as np
import pytest

from trainer.voice.audio import rms_level
from trainer.voice.tts import (
    Synthesizer,
    VoiceInfo,
    VoiceSpec,
    choose_voice,
    normalise_language,
    voice_spec_for,
)


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("gmq/sv", "sv"),
        ("sv_SE", "sv"),
        ("sv-SE", "sv"),
        (b"\x05sv", "sv"),
        ("da_DK", "da"),
        ("gmq/da", "da"),
        ("en-GB-x-rp", "en"),
        ("gmw/en-us", "en"),
        ("Swedish", "sv"),
        ("", ""),
    ],
)
def test_normalise_language_forms(tag, expected):
    assert normalise_language(tag) == expected


VOICES = [
    VoiceInfo("gmw/en-gb-scotland", "English (Scotland)", ("en-gb-scotland",), "Male"),
    VoiceInfo("gmw/en-us", "English (America)", ("en-us",), "Male"),
    VoiceInfo("com.apple.voice.Alva", "Alva", ("sv_SE",), "VoiceGenderFemale"),
    VoiceInfo("HKEY\\Microsoft\\Bengt", "Microsoft Bengt", ("sv-SE",), "male"),
    VoiceInfo("gmq/da", "Danish", ("da",), "Male"),
]


def test_choose_voice_matches_language_and_prefers_gender():
    assert choose_voice(VOICES, "en").id == "gmw/en-us"  # a plain variant before a regional one
    assert choose_voice(VOICES, "sv", "male").id == "HKEY\\Microsoft\\Bengt"
    assert choose_voice(VOICES, "da", "female").id == "gmq/da"  # the only Danish voice
    assert choose_voice(VOICES, "fi") is None


def test_voice_spec_uses_persona_hints_and_user_override(catalog):
    persona = catalog.get("grumpy-ceo-sv")
    voices = [*VOICES, VoiceInfo("gmq/sv", "Swedish", ("sv",), "Male")]
    spec = voice_spec_for(persona, voices)
    assert spec.voice_id in {"gmq/sv", "HKEY\\Microsoft\\Bengt"}
    assert spec.rate == persona.voice.rate
    override = {persona.id: {"voice": "com.apple.voice.Alva", "rate": 80}}
    assert voice_spec_for(persona, voices, override) == VoiceSpec(
        "com.apple.voice.Alva", 80, language="sv"
    )
    # An override naming a voice this machine lacks falls back to the persona's language.
    gone = {persona.id: {"voice": "no-such-voice", "rate": 500}}
    spec = voice_spec_for(persona, voices, gone)
    assert spec.voice_id in {"gmq/sv", "HKEY\\Microsoft\\Bengt"} and spec.rate == 200


def test_a_piper_voice_of_the_right_gender_comes_first():
    joe = VoiceInfo("piper:en_US-joe-medium", "English (US), Joe (Piper)", ("en-us",), "male")
    voices = [*VOICES, joe]
    assert choose_voice(voices, "en", "male").id == joe.id
    assert choose_voice(voices, "en", "any").id == joe.id
    # A woman's part: espeak-ng's female variant before a Piper man's voice.
    assert choose_voice(voices, "en", "female").id == "gmw/en-us"


@pytest.fixture(scope="module")
def synth():
    with Synthesizer(timeout=5.0) as s:
        yield s


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Jag är på väg in i ett möte, så gör det kort."),
        ("da", "Jeg har ikke tid lige nu, ring igen i næste uge."),
        ("en", "I am on my way into a meeting, so make it quick."),
    ],
)
def test_each_language_has_a_voice_that_speaks(synth, language, text):
    voice = choose_voice(synth.voices, language)
    assert voice is not None, f"no {language} voice"
    clip = synth.synthesize(text, VoiceSpec(voice.id))
    assert clip.rate > 8000
    assert 1.0 < clip.seconds < 10.0
    assert rms_level(clip.samples) > 0.3
    assert clip.text == text


def test_rate_is_percent_of_normal(synth):
    text = "Vi kör gods i Stockholmsområdet och det mesta fungerar."
    voice = choose_voice(synth.voices, "sv").id
    slow = synth.synthesize(text, VoiceSpec(voice, 60))
    fast = synth.synthesize(text, VoiceSpec(voice, 180))
    assert slow.seconds > fast.seconds * 1.8


def _espeak(synth) -> list:
    return [v for v in synth.voices if not v.id.startswith("piper:")]


def test_female_variant_sounds_different(synth):
    voice = choose_voice(_espeak(synth), "en").id
    male = synth.synthesize("Hello there.", VoiceSpec(voice))
    female = synth.synthesize("Hello there.", VoiceSpec(voice, female_variant=True))
    n = min(len(male.samples), len(female.samples))
    assert not np.allclose(male.samples[:n], female.samples[:n])


def test_never_sends_empty_text(synth):
    for text in ["", "   ", "…", "**"]:
        with pytest.raises(ValueError):
            synth.synthesize(text)


def test_crashed_worker_is_restarted(synth):
    before = synth.restarts
    os.kill(synth.pid, signal.SIGKILL)
    clip = synth.synthesize("Still here.", VoiceSpec(choose_voice(_espeak(synth), "en").id))
    assert clip.seconds > 0.3
    assert synth.restarts == before + 1


def test_hung_worker_is_killed_by_the_watchdog():
    with Synthesizer(timeout=1.0) as s:
        first = s.pid
        os.kill(first, signal.SIGSTOP)  # alive but silent: a hang
        clip = s.synthesize("After the hang.")
        assert clip.seconds > 0.3
        assert s.pid != first and s.restarts == 1
