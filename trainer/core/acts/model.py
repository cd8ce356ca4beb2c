"""The act model as plain data: linear layers over tf-idf features, read with numpy alone.

Two views of a turn are fitted and their probabilities averaged: one over every feature, one
over words, word pairs and context only (no character n-grams), which errs differently.
Training (trainer.core.acts.training) fits them with scikit-learn and writes `model.npz`:
per view the feature names, idf weights, one weight column per label; then one threshold per
label. Loading uses `allow_pickle=False`, so the file is data, never code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

import numpy as np

from trainer.core.acts.features import word_features
from trainer.core.errors import KnownError

MODEL_PATH = Path(__file__).resolve().parent / "model.npz"
# Which features each view reads (by prefix); "" reads all. Training and reading share it.
VIEWS: dict[str, tuple[str, ...]] = {"all": (), "words": ("c:",)}


class ModelMissing(KnownError):
    """The shipped model file is absent or unreadable (a broken install): one line, no trace."""


def in_view(feature: str, view: str) -> bool:
    return not feature.startswith(VIEWS[view]) if VIEWS[view] else True


@dataclass(frozen=True)
class View:
    """One linear layer: its features, their idf, a weight column per label, the biases."""

    index: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray  # features x labels
    bias: np.ndarray
    _cache: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    def word_rows(self, word: str) -> tuple[int, ...]:
        """The rows of a word's own features, looked up once (words recur)."""
        rows = self._cache.get(word)
        if rows is None:
            get = self.index.get
            rows = tuple(i for f in word_features(word) if (i := get(f)) is not None)
            if len(self._cache) < 100_000:
                self._cache[word] = rows
        return rows

    def logits(self, turns: list[tuple[list[str], list[str]]]) -> np.ndarray:
        """Sublinear tf-idf, l2-normalised per turn, times the weights: one pass for all turns."""
        get = self.index.get
        size = len(self.idf)
        keys: list[int] = []
        for k, (feature_names, words) in enumerate(turns):
            base = k * size
            keys += [base + i for f in feature_names if (i := get(f)) is not None]
            for w in words:
                keys += [base + i for i in self.word_rows(w)]
        z = np.tile(self.bias, (len(turns), 1))
        if keys:
            arr = np.array(keys, dtype=np.int64)
            arr.sort()
            starts = np.flatnonzero(np.concatenate(([True], arr[1:] != arr[:-1])))
            counts = np.diff(np.append(starts, arr.size)).astype(np.float32)
            turn, rows = np.divmod(arr[starts], size)
            values = (1.0 + np.log(counts)) * self.idf[rows]
            norms = np.sqrt(np.bincount(turn, weights=values * values, minlength=len(turns)))
            values /= norms[turn].astype(np.float32)
            contrib = self.weights[rows] * values[:, None]
            first = np.flatnonzero(np.concatenate(([True], turn[1:] != turn[:-1])))
            z[turn[first]] += np.add.reduceat(contrib, first, axis=0)
        return z


@dataclass(frozen=True)
class ActModel:
    labels: tuple[str, ...]
    views: tuple[View, ...]
    thresholds: np.ndarray
    version: str

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> ActModel:
        try:
            with np.load(path, allow_pickle=False) as data:
                views = tuple(
                    View(
                        index={n: i for i, n in enumerate(data[f"{name}.features"].tolist())},
                        idf=data[f"{name}.idf"].astype(np.float32),
                        weights=data[f"{name}.weights"].astype(np.float32),
                        bias=data[f"{name}.bias"].astype(np.float32),
                    )
                    for name in VIEWS
                )
                return cls(
                    labels=tuple(data["labels"].tolist()),
                    views=views,
                    thresholds=data["thresholds"].astype(np.float32),
                    version=str(data["version"][0]),
                )
        except (OSError, KeyError, ValueError) as exc:
            raise ModelMissing(
                f"the act model {path} cannot be read ({exc}); reinstall trainer"
            ) from exc

    def probabilities(self, feature_names: list[str], words: list[str] = ()) -> dict[str, float]:
        """Each label's probability for one turn.

        `words` stand for their own word and character features (looked up once per word and
        cached); `feature_names` are the rest.
        """
        return self.probabilities_many([(feature_names, words)])[0]

    def probabilities_many(
        self, turns: list[tuple[list[str], list[str]]]
    ) -> list[dict[str, float]]:
        """The same for many turns at once: one pass of array work per view for a whole call."""
        p = sum(sigmoid(view.logits(turns)) for view in self.views) / len(self.views)
        return [dict(zip(self.labels, row, strict=True)) for row in p.tolist()]

    @cached_property
    def threshold_map(self) -> dict[str, float]:
        """Each label's own decision threshold (tuned by cross-validation on the training part)."""
        return {label: float(self.thresholds[i]) for i, label in enumerate(self.labels)}


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))


@cache
def shipped_model() -> ActModel:
    return ActModel.load(MODEL_PATH)
