"""How well the reading of questions agrees with expert labels on the shared corpus, as JSON.

The corpus (../shared/corpus beside the repository) holds human dialogues in which experts
labelled every sentence; `labels.trainee_needs_inquiry_count` counts the persuader's inquiries
about the other person. We compare our per-dialogue count with it by Spearman rank correlation,
next to the plain question-mark count as a baseline.

    python bench/corpus_agreement.py [--corpus DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from trainer.core.scoring import score_transcript
from trainer.core.scoring.analysis import CallAnalysis
from trainer.core.transcript import Transcript, Turn

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def _ranks(values: list[float]) -> np.ndarray:
    """Average ranks (ties share the mean rank), as Spearman needs."""
    arr = np.asarray(values, dtype=float)
    order = arr.argsort(kind="mergesort")
    ranks = np.empty(len(arr))
    ranks[order] = np.arange(1, len(arr) + 1)
    for value in np.unique(arr):
        tied = arr == value
        ranks[tied] = ranks[tied].mean()
    return ranks


def spearman(a: list[float], b: list[float]) -> float:
    """Pearson correlation of the ranks; 0.0 when either side has no spread."""
    ra, rb = _ranks(a), _ranks(b)
    if ra.std() == 0 or rb.std() == 0:
        return 0.0
    return float(np.corrcoef(ra, rb)[0, 1])


def load_dialogue(path: Path) -> tuple[Transcript, dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    turns = [
        Turn(speaker=t["speaker"], text=t.get("text") or "")
        for t in data.get("turns", [])
        if t.get("speaker") in ("trainee", "prospect")
    ]
    language = data.get("language") or "en"
    return Transcript(language=language, turns=turns), data.get("labels") or {}


def agreement(corpus: Path) -> dict:
    files = sorted(corpus.glob("*.json"))
    if not files:
        raise SystemExit(f"corpus_agreement: no *.json dialogues in {corpus}")
    rows = []
    for path in files:
        transcript, labels = load_dialogue(path)
        metrics = score_transcript(transcript).metrics
        # The experts' "inquiries" include asking whether the other knows the charity, which
        # trainer reads as heard_of_us: count those questions too for a like-for-like measure.
        inquiries = sum(
            max(1, len(v.events.questions))
            for v in CallAnalysis(transcript).trainee_turns
            if v.events and (v.events.needs_questions or v.events.heard_of_us)
        )
        marks = sum(t.text.count("?") for t in transcript.turns if t.speaker == "trainee")
        rows.append(
            {
                "file": path.name,
                "expert": labels.get("trainee_needs_inquiry_count", 0),
                "needs_questions": metrics["needs_questions"],
                "inquiries": inquiries,
                "questions": metrics["questions"],
                "question_marks": marks,
            }
        )
    expert = [r["expert"] for r in rows]
    return {
        "dialogues": len(rows),
        "spearman_needs_questions": round(
            spearman([r["needs_questions"] for r in rows], expert), 3
        ),
        "spearman_inquiries": round(spearman([r["inquiries"] for r in rows], expert), 3),
        "spearman_questions": round(spearman([r["questions"] for r in rows], expert), 3),
        "spearman_question_marks_baseline": round(
            spearman([r["question_marks"] for r in rows], expert), 3
        ),
        "rows": rows,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rows", action="store_true", help="include one row per dialogue")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus_agreement: no corpus folder at {args.corpus}", file=sys.stderr)
        return 2
    result = agreement(args.corpus)
    if not args.rows:
        result.pop("rows")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
