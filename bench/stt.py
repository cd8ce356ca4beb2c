"""Speech recognition per language: word accuracy and real-time factor of each recogniser here.

    python bench/stt.py [--json]

Each language's lines are spoken by the best voice on this machine (a Piper voice when one is
installed for the language, else espeak-ng), played into a PulseAudio null sink and recorded
from its monitor with the app's own Player and Recorder: the real recording path, device rate
and all. Every installed offline recogniser then transcribes the same recordings: Whisper (the
language's default model when it is on this machine, else the largest one here, named in the
output) and pocketsphinx (English only). Word accuracy is 1 - word error rate over all lines;
the real-time factor is transcription time over audio length (below 1 is faster than speech).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LINES = {
    "en": [
        "Hi Larry, this is Anna calling about your deliveries.",
        "How do you plan your routes today?",
        "What happens when a driver calls in sick?",
        "Could we talk again on Thursday morning?",
        "I am not calling to sell you anything.",
        "What would make your week a little easier?",
    ],
    "sv": [
        "Hej Lars, jag heter Anna och ringer om era leveranser.",
        "Hur planerar ni era rutter i dag?",
        "Vad händer när en chaufför blir sjuk?",
        "Kan vi höras igen på torsdag förmiddag?",
        "Jag ringer inte för att sälja något.",
        "Vad skulle göra din vecka lite enklare?",
    ],
    "da": [
        "Hej Mette, jeg hedder Anna og ringer om jeres rengøring.",
        "Hvordan planlægger I jeres opgaver i dag?",
        "Hvad sker der, når en medarbejder bliver syg?",
        "Kan vi tale sammen igen på torsdag formiddag?",
        "Jeg ringer ikke for at sælge noget.",
        "Hvad ville gøre din uge lidt lettere?",
    ],
}


def words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.lower())


def word_errors(reference: list[str], hypothesis: list[str]) -> int:
    """Word-level edit distance (substitutions, deletions, insertions)."""
    previous = list(range(len(hypothesis) + 1))
    for i, ref in enumerate(reference, 1):
        current = [i]
        for j, hyp in enumerate(hypothesis, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref != hyp)))
        previous = current
    return previous[-1]


def record_lines(language: str, synth, player, mic) -> tuple[str, list]:
    """Each line spoken into the null sink and recorded from its monitor."""
    from trainer.voice.tts import VoiceSpec, choose_voice, voice_label

    voice = choose_voice(synth.voices, language)
    label = voice_label(voice)
    engine = "Piper" if voice is not None and voice.id.startswith("piper:") else "espeak-ng"
    recordings = []
    for line in LINES[language]:
        clip = synth.synthesize(line, VoiceSpec(voice.id if voice else None, language=language))
        mic.begin()
        time.sleep(0.1)
        player.play(clip).done.wait(clip.seconds + 10)
        time.sleep(player.latency + 0.3)
        recordings.append((line, mic.end()))
    return f"{label} ({engine})" if engine == "espeak-ng" else label, recordings


def score(transcriber, recordings) -> dict:
    errors = total = 0
    spent = audio = 0.0
    heard = []
    for line, recording in recordings:
        start = time.perf_counter()
        text = transcriber.transcribe(recording).text
        spent += time.perf_counter() - start
        audio += recording.seconds
        reference = words(line)
        errors += word_errors(reference, words(text))
        total += len(reference)
        heard.append(text)
    return {
        "word_accuracy": round(max(0.0, 1 - errors / total), 3),
        "real_time_factor": round(spent / audio, 3),
        "heard": heard,
    }


def whisper_for(language: str):
    """The language's default Whisper model if here, else the largest one here (or None)."""
    from trainer.voice.models import DEFAULT_WHISPER, WHISPER_MODELS, locate, packaged_available
    from trainer.voice.stt import WhisperTranscriber

    here = [s for s in WHISPER_MODELS.values() if locate(s) or packaged_available(s)]
    if not here:
        return None
    default = WHISPER_MODELS[DEFAULT_WHISPER[language]]
    spec = default if default in here else here[-1]
    transcriber = WhisperTranscriber(spec, language)
    transcriber.prepare()  # fetch (join the packaged parts) and load before timing
    transcriber.transcribe(recording_warmup())  # the first decode loads the VAD model too
    return transcriber


def recording_warmup():
    import numpy as np

    from trainer.voice.audio import Recording

    tone = (0.3 * np.sin(np.arange(16000) * 2 * np.pi * 220 / 16000)).astype(np.float32)
    return Recording(tone, 16000, 0.0, 1.0)


def run() -> dict:
    from tests.support.audio_server import setup_null_sink, teardown
    from trainer.voice.audio import Player, Recorder
    from trainer.voice.models import DEFAULT_WHISPER
    from trainer.voice.stt import WHISPER_THREADS, PocketSphinxTranscriber
    from trainer.voice.tts import Synthesizer

    server = setup_null_sink()
    result: dict = {
        "benchmark": "speech recognition on synthesised speech through a null sink",
        "whisper": {"compute_type": "int8", "cpu_threads": WHISPER_THREADS},
    }
    try:
        with Synthesizer() as synth, Player() as player, Recorder() as mic:
            if not mic.ready.wait(10):
                raise RuntimeError("the null sink's monitor gave no audio")
            for language in ("en", "sv", "da"):
                voice, recordings = record_lines(language, synth, player, mic)
                entry: dict = {"voice": voice, "lines": len(recordings), "recognisers": {}}
                whisper = whisper_for(language)
                if whisper is not None:
                    name = whisper.spec.name if whisper.spec else "whisper"
                    entry["recognisers"][name] = score(whisper, recordings)
                    entry["default"] = name
                    entry["whisper_default_for_language"] = DEFAULT_WHISPER[language]
                if language == "en":
                    entry["recognisers"]["pocketsphinx"] = score(
                        PocketSphinxTranscriber(), recordings
                    )
                    entry.setdefault("default", "pocketsphinx")
                best = entry["recognisers"].get(entry.get("default", ""), {})
                entry["word_accuracy"] = best.get("word_accuracy")
                entry["real_time_factor"] = best.get("real_time_factor")
                result[language] = entry
    finally:
        teardown(server)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON only")
    args = parser.parse_args(argv)
    from trainer.voice.models import WHISPER_MODELS, locate

    if not any(locate(s) for s in WHISPER_MODELS.values()):
        # Join the packaged model in a scratch data folder, not the user's.
        os.environ["TRAINER_DATA_DIR"] = tempfile.mkdtemp(prefix="trainer-bench-")
    try:
        result = run()
    except Exception as exc:  # no sound server, no voice: one line, not a traceback
        print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
        return 1
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        for language in ("en", "sv", "da"):
            entry = result[language]
            print(f"{language}: voice {entry['voice']}")
            for name, r in entry["recognisers"].items():
                print(
                    f"  {name:14} word accuracy {r['word_accuracy']:.2f}"
                    f"  real-time factor {r['real_time_factor']:.2f}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
