"""Fit the act model on the labelled corpus in assets/acts/train and write model.npz.

    python -m trainer.core.acts.training      # fit, tune, write the shipped model (scripts/train-acts)

Needs the `train` extra (scikit-learn). The held-out part (assets/acts/heldout) is never read
here: regularisation and each label's threshold are tuned by cross-validation on the training
part, grouped by situation so that lines of one made-up call never sit on both sides.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from trainer.core.acts.model import (
    MODEL_PATH,
    OBJECTION,
    VIEWS,
    decode_names,
    encode_names,
    in_view,
    pack_weights,
    sigmoid,
)
from trainer.core.acts.objection import line_features
from trainer.core.acts.reading import decide, turn_features
from trainer.core.acts.vocabulary import LABELS
from trainer.core.language import language_code

CORPUS = Path(__file__).resolve().parents[3] / "assets" / "acts"
# The parts never used to fit or tune anything (assets/acts/GUIDELINES.md says who wrote each).
TEST_PARTS = ("heldout", "outside", "later", "unheard")
C_GRID = (20.0, 40.0)
FOLDS = 5
VERSION = "acts-5"
# Mantissa bits each stored weight gives up (of float16's ten): 4 of 7,478 test and training
# turns read otherwise than with three, and the file is a fifth smaller than with none.
WEIGHT_BITS_DROPPED = 4
# The objection reader's regularisation (set, not tuned: its lines are few and short).
OBJECTION_C = 10.0


@dataclass(frozen=True)
class Example:
    lang: str
    text: str
    previous: str
    acts: frozenset[str]
    situation: str


class CorpusError(ValueError):
    pass


def load_corpus(part: str, root: Path = CORPUS) -> list[Example]:
    """Every example of one part ("train" or "heldout"), all languages, in file order."""
    out: list[Example] = []
    for path in sorted((root / part).glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                acts = frozenset(row["acts"])
                unknown = acts - set(LABELS)
                if unknown:
                    raise CorpusError(f"unknown act {sorted(unknown)[0]!r}")
                if row["acts"] != sorted(acts):
                    raise CorpusError("acts are not sorted, or one is listed twice")
                out.append(
                    Example(
                        row["lang"], row["text"], row.get("previous") or "", acts, row["situation"]
                    )
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise CorpusError(f"{path.name}:{n}: {exc}") from exc
    return out


@dataclass(frozen=True)
class ProspectLine:
    """A prospect's line and whether it is a no, a brush-off or an objection a dig may follow."""

    lang: str
    text: str
    objection: bool


def load_prospect_lines(part: str, root: Path = CORPUS) -> list[ProspectLine]:
    """The labelled prospect lines of one part of `assets/acts/prospect/` ("train" or "check")."""
    out: list[ProspectLine] = []
    for path in sorted((root / "prospect" / part).glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row["objection"], bool):
                    raise CorpusError("objection is not true or false")
                if not isinstance(row["text"], str) or not row["text"].strip():
                    raise CorpusError("text is not a line of words")
                out.append(ProspectLine(language_code(row["lang"]), row["text"], row["objection"]))
            except (ValueError, KeyError, TypeError) as exc:
                raise CorpusError(f"prospect/{part}/{path.name}:{n}: {exc}") from exc
    return out


def answered_lines(examples: list[Example]) -> list[ProspectLine]:
    """The prospect lines the turns answer, where their labels tell what the line was: a dig
    answers a no; a follow-up that is no dig builds on a line that was none."""
    kinds: dict[tuple[str, str], bool] = {}
    for e in examples:
        if not e.previous.strip() or not e.acts & {"dig_behind_no", "follow_up"}:
            continue
        key = (language_code(e.lang), e.previous.strip())
        kinds[key] = kinds.get(key, False) or "dig_behind_no" in e.acts
    return [ProspectLine(lang, text, no) for (lang, text), no in kinds.items()]


def _fit_objection(lines: list[ProspectLine]):
    """The objection reader over the lines: its vectorizer, weights (one column) and bias."""
    vectorizer = _vectorizer()
    x = vectorizer.fit_transform([line_features(p.text, p.lang) for p in lines])
    y = np.array([[p.objection] for p in lines], dtype=np.int8)
    weights, bias = _fit(x, y, OBJECTION_C)
    return vectorizer, weights, bias


def objection_out_of_fold(
    examples: list[Example], written: list[ProspectLine]
) -> list[float | None]:
    """The objection reader's probability for each example's prospect line, from a reader that
    never saw that example's situation (so the act model learns to trust it as much as it
    deserves on lines it has not seen), with the same folds as `out_of_fold`."""
    from sklearn.model_selection import GroupKFold

    out: list[float | None] = [None] * len(examples)
    groups = [e.situation for e in examples]
    for train, test in GroupKFold(n_splits=FOLDS).split(examples, groups=groups):
        vectorizer, weights, bias = _fit_objection(
            written + answered_lines([examples[i] for i in train])
        )
        asked = [i for i in test if examples[i].previous.strip()]
        docs = [line_features(examples[i].previous, language_code(examples[i].lang)) for i in asked]
        if not docs:
            continue
        z = (vectorizer.transform(docs) @ weights + bias)[:, 0]
        for i, p in zip(asked, sigmoid(z).tolist(), strict=True):
            out[i] = p
    return out


def augmented(examples: list[Example]) -> list[Example]:
    """The examples the model is fitted on. The features read every line as a recogniser
    writes it, so a typed line and its lower-case unpunctuated form are one example."""
    return list(examples)


def _vectorizer():
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer=lambda doc: doc, sublinear_tf=True, min_df=2, dtype=np.float32)


def targets(examples: list[Example]) -> np.ndarray:
    return np.array([[label in e.acts for label in LABELS] for e in examples], dtype=np.int8)


def _fit(x, y: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray]:
    """One regularised logistic regression per label; columns of weights and the biases."""
    from sklearn.linear_model import LogisticRegression

    weights = np.zeros((x.shape[1], y.shape[1]), dtype=np.float32)
    bias = np.zeros(y.shape[1], dtype=np.float32)
    for j in range(y.shape[1]):
        if y[:, j].min() == y[:, j].max():
            bias[j] = 10.0 if y[0, j] else -10.0
            continue
        model = LogisticRegression(
            C=c, solver="liblinear", class_weight="balanced", max_iter=2000, random_state=0
        )
        model.fit(x, y[:, j])
        weights[:, j] = model.coef_[0]
        bias[j] = model.intercept_[0]
    return weights, bias


def out_of_fold(examples: list[Example], docs: list[list[str]], c: float) -> np.ndarray:
    """Probabilities for every training example from a model that never saw its situation."""
    from sklearn.model_selection import GroupKFold

    y = targets(examples)
    groups = [e.situation for e in examples]
    probs = np.zeros(y.shape, dtype=np.float32)
    for train, test in GroupKFold(n_splits=FOLDS).split(docs, y, groups):
        vec = _vectorizer()
        x = vec.fit_transform([docs[i] for i in train])
        w, b = _fit(x, y[train], c)
        xt = vec.transform([docs[i] for i in test])
        probs[test] = 1.0 / (1.0 + np.exp(-(xt @ w + b)))
    return probs


def _f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = int((y & pred).sum())
    fp = int(((1 - y) & pred).sum())
    fn = int((y & (1 - pred)).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def predictions(examples: list[Example], probs: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """Decisions as the app makes them (context acts need a previous line)."""
    limits = dict(zip(LABELS, thresholds.tolist(), strict=True))
    out = np.zeros(probs.shape, dtype=np.int8)
    for i, e in enumerate(examples):
        chosen = decide(dict(zip(LABELS, probs[i].tolist(), strict=True)), limits, e.previous)
        out[i] = [label in chosen for label in LABELS]
    return out


# Each threshold is the best on the F1 curve averaged over this many grid steps either side:
# the peak of a plateau, not a spike one refit moves (chosen by a split-half check of CV).
THRESHOLD_SMOOTHING = 3


def _thresholds(examples: list[Example], y: np.ndarray, probs: np.ndarray) -> np.ndarray:
    grid = np.arange(0.2, 0.81, 0.025)
    w = THRESHOLD_SMOOTHING
    window = np.ones(2 * w + 1) / (2 * w + 1)
    out = np.full(y.shape[1], 0.5, dtype=np.float32)
    for j in range(y.shape[1]):
        scores = np.array([_f1(y[:, j], (probs[:, j] >= t).astype(np.int8)) for t in grid])
        smooth = np.convolve(np.pad(scores, w, mode="edge"), window, mode="valid")
        out[j] = grid[int(np.argmax(smooth))]
    return out


def macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    return float(np.mean([_f1(y[:, j], pred[:, j]) for j in range(y.shape[1])]))


# Weights this small move hardly any probability enough to change an act (on the four test
# parts macro-F1 moves by at most 0.002 against pruning below 0.02); as zeros they compress away,
# keeping the model file under 5 MB.
PRUNE_BELOW = 0.03


def _view_docs(docs: list[list[str]], view: str) -> list[list[str]]:
    return [[f for f in d if in_view(f, view)] for d in docs]


def _fit_view(
    docs: list[list[str]], y: np.ndarray, c: float, view: str
) -> tuple[dict[str, float], dict[str, np.ndarray]]:
    """The view's feature names with their idf, and its arrays for the model file."""
    vectorizer = _vectorizer()
    x = vectorizer.fit_transform(_view_docs(docs, view))
    weights, bias = _fit(x, y, c)
    return _layer(vectorizer, weights, bias, view)


def _layer(
    vectorizer, weights: np.ndarray, bias: np.ndarray, name: str
) -> tuple[dict[str, float], dict[str, np.ndarray]]:
    """A fitted layer as the model file keeps it: the names it reads with their idf, and its
    pruned float16 weights and biases."""
    weights[np.abs(weights) < PRUNE_BELOW] = 0.0
    names = vectorizer.get_feature_names_out()
    keep = np.abs(weights).max(axis=1) > 0
    idf = vectorizer.idf_[keep].astype(np.float32)
    return dict(zip(names[keep].tolist(), idf.tolist(), strict=True)), {
        f"{name}.weights": pack_weights(weights[keep].astype(np.float16), WEIGHT_BITS_DROPPED),
        f"{name}.bias": bias,
    }


def train(
    examples: list[Example], written: list[ProspectLine] | None = None, report=None
) -> dict[str, np.ndarray]:
    """Pick C and thresholds by grouped cross-validation of the averaged views, then fit on
    everything; `written` are the labelled prospect lines (by default `prospect/train`)."""
    examples = augmented(examples)
    written = load_prospect_lines("train") if written is None else written
    said_no = objection_out_of_fold(examples, written)
    docs = [
        turn_features(e.text, e.lang, e.previous, p) for e, p in zip(examples, said_no, strict=True)
    ]
    y = targets(examples)
    best = None
    for c in C_GRID:
        probs = np.mean([out_of_fold(examples, _view_docs(docs, v), c) for v in VIEWS], axis=0)
        thresholds = _thresholds(examples, y, probs)
        score = macro_f1(y, predictions(examples, probs, thresholds))
        if report:
            report(f"C={c}: cross-validated macro-F1 {score:.3f}")
        if best is None or score > best[0]:
            best = (score, c, thresholds)
    _, c, thresholds = best
    model: dict[str, np.ndarray] = {"labels": np.array(LABELS)}
    fitted = {view: _fit_view(docs, y, c, view) for view in VIEWS}
    fitted[OBJECTION] = _layer(*_fit_objection(written + answered_lines(examples)), OBJECTION)
    # Each name is stored once, with its idf (a feature's document frequency is the same in
    # every view); a view lists the rows of the names it reads.
    idf = {name: value for own, _ in fitted.values() for name, value in own.items()}
    names = list(idf)
    at = {name: i for i, name in enumerate(names)}
    model["names"] = encode_names(names)
    model["idf"] = np.array([idf[n] for n in names], dtype=np.float32)
    for view, (own, arrays) in fitted.items():
        model[f"{view}.rows"] = np.array([at[n] for n in own], dtype=np.int32)
        model.update(arrays)
    model["thresholds"] = thresholds
    model["version"] = np.array([f"{VERSION} C={c} views={'+'.join(VIEWS)}"])
    return model


def save_model(path: Path, model: dict[str, np.ndarray]) -> None:
    """The arrays as an .npz that np.load reads, compressed with LZMA (about 13% smaller than
    np.savez_compressed)."""
    import io
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_LZMA) as archive:
        for name, array in model.items():
            data = io.BytesIO()
            np.lib.format.write_array(data, array, allow_pickle=False)
            archive.writestr(f"{name}.npy", data.getvalue())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=MODEL_PATH)
    parser.add_argument(
        "--check",
        action="store_true",
        help="fit again and compare with the model file instead of writing it (exit 1 if it differs)",
    )
    args = parser.parse_args(argv)
    try:
        examples = load_corpus("train")
        written = load_prospect_lines("train")
    except (CorpusError, OSError) as exc:
        print(f"train: {exc}", file=sys.stderr)
        return 2
    model = train(examples, written, report=lambda line: print(line, file=sys.stderr))
    if args.check:
        with np.load(args.output, allow_pickle=False) as shipped:
            same = (
                shipped.files
                and set(shipped.files) == set(model)
                and all(np.array_equal(shipped[k], model[k]) for k in model)
            )
        print(f"{args.output}: {'the same' if same else 'DIFFERS from'} a fit on the corpus")
        return 0 if same else 1
    save_model(args.output, model)
    print(
        f"wrote {args.output} ({len(decode_names(model['names']))} features, "
        f"{len(examples)} examples, {model['version'][0]})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
