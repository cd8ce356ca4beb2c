"""The act model as plain data: linear layers over tf-idf features, read with numpy alone.

Two views of a turn are fitted and their probabilities averaged: one over every feature, one
over words, word pairs and context only (no character n-grams), which errs differently.
Training (trainer.core.acts.training) fits them with scikit-learn and writes `model.npz`: the
feature names once, as UTF-8 text, with their idf; per view the rows of the names it reads and
one weight column per label (float16, kept as its two byte planes, which compress far better,
as HDF5's shuffle filter does); then one threshold per label; and the objection reader of the
prospect's line (trainer.core.acts.objection) as one more such layer with a single column.
Loading uses `allow_pickle=False`, so the file is data, never code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import repeat
from pathlib import Path

import numpy as np

from trainer.core.acts.features import PREVIOUS_GRAMS, TURN_GRAMS, Grams, word_features
from trainer.core.acts.objection import LINE_GRAMS, PREFIX, line_parts, line_word_features
from trainer.core.errors import KnownError

MODEL_PATH = Path(__file__).resolve().parent / "model.npz"
# Which features each view reads (by prefix); "" reads all. Training and reading share it.
VIEWS: dict[str, tuple[str, ...]] = {"all": (), "words": ("c:",)}
# The prefixes of the features `word_features` and `line_word_features` give a single word.
WORD_LEVEL = ("w:", "c:", f"{PREFIX}w:", f"{PREFIX}c:")
OBJECTION = "objection"  # the name of the objection reader's layer in the model file


class ModelMissing(KnownError):
    """The shipped model file is absent or unreadable (a broken install): one line, no trace."""


def encode_names(names: list[str]) -> np.ndarray:
    """Feature names as one UTF-8 text, a line each (a tenth of a fixed-width string array)."""
    if any("\n" in name for name in names):
        raise ValueError("a feature name holds a line break")
    return np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8)


def decode_names(data: np.ndarray) -> list[str]:
    text = data.tobytes().decode("utf-8")
    return text.split("\n") if text else []


def pack_weights(weights: np.ndarray, dropped_bits: int = 0) -> np.ndarray:
    """float16 weights (rows x labels) as their low and high byte planes (2 x rows x labels).

    `dropped_bits` rounds each weight to nearest with that many fewer mantissa bits, so the
    low plane compresses: four cost at most 0.8% of a weight's size, and about a fifth of
    the model file.
    """
    w16 = np.ascontiguousarray(weights, dtype="<f2")
    if dropped_bits:
        bits = w16.view("<u2").astype(np.uint32) + (1 << (dropped_bits - 1))
        w16 = (bits & (0xFFFF << dropped_bits & 0xFFFF)).astype("<u2").view("<f2")
    return np.ascontiguousarray(w16.view(np.uint8).reshape(*w16.shape, 2).transpose(2, 0, 1))


def unpack_weights(planes: np.ndarray) -> np.ndarray:
    if planes.ndim != 3 or planes.shape[0] != 2 or planes.dtype != np.uint8:
        raise ValueError("the weights are not two byte planes")
    return np.ascontiguousarray(planes.transpose(1, 2, 0)).view("<f2")[..., 0]


def in_view(feature: str, view: str) -> bool:
    return not feature.startswith(VIEWS[view]) if VIEWS[view] else True


@dataclass(frozen=True)
class View:
    """One linear layer: its idf and a weight column per label, over the rows of the features
    it reads (`rows[f]` is feature f's row here, -1 where the view does not read it)."""

    rows: np.ndarray
    idf: np.ndarray
    weights: np.ndarray  # view rows x labels
    bias: np.ndarray

    def logits(self, turn: np.ndarray, feature: np.ndarray, tf: np.ndarray, n: int) -> np.ndarray:
        """Sublinear tf-idf, l2-normalised per turn, times the weights, for n turns at once.

        `turn`, `feature` and `tf` list each distinct (turn, feature) pair, sorted by turn.
        """
        z = np.tile(self.bias, (n, 1))
        rows = np.take(self.rows, feature)  # (`take` gathers rows faster than indexing)
        keep = rows >= 0
        if not keep.all():  # (the view of every feature reads all of a turn's)
            turn, rows, tf = turn[keep], rows[keep], tf[keep]
        if rows.size:
            values = tf * np.take(self.idf, rows)
            norms = np.sqrt(np.bincount(turn, weights=values * values, minlength=n))
            values /= np.take(norms, turn).astype(np.float32)
            first = np.flatnonzero(np.concatenate(([True], turn[1:] != turn[:-1])))
            contrib = np.take(self.weights, rows, axis=0)
            contrib *= values[:, None]
            z[turn[first]] += np.add.reduceat(contrib, first, axis=0)
        return z


# Every family of word n-grams a turn or a prospect line has (see `Grams`).
GRAM_FAMILIES = (*TURN_GRAMS, *PREVIOUS_GRAMS, *LINE_GRAMS)
_GAP = "\n"  # stands between two runs of words: no feature name holds a line break


@dataclass(frozen=True)
class GramTables:
    """The n-gram features of the index by their words: each word's id, and per family the
    sorted keys of its grams (word ids as digits of base `base`) with their rows."""

    ids: dict[str, int]
    base: int  # one more than the number of words: the id of a word no gram holds
    keys: dict[str, np.ndarray]
    rows: dict[str, np.ndarray]

    @classmethod
    def of(cls, index: dict[str, int]) -> GramTables:
        """The tables of an index's gram features (about a fifth of a second, once)."""
        sizes = {prefix: n for prefix, n, _ in GRAM_FAMILIES}
        grams: dict[str, tuple[list[list[str]], list[int]]] = {p: ([], []) for p in sizes}
        for name, row in index.items():
            colon = name.find(":") + 1
            prefix = name[:colon]
            if prefix in sizes:
                words = name[colon:].split(" ")
                if len(words) == sizes[prefix]:
                    grams[prefix][0].append(words)
                    grams[prefix][1].append(row)
        ids: dict[str, int] = {}
        digits = {
            prefix: [[ids.setdefault(w, len(ids)) for w in words] for words in runs]
            for prefix, (runs, _) in grams.items()
        }
        base = len(ids) + 1
        keys, rows = {}, {}
        for prefix, n in sizes.items():
            places = base ** np.arange(n - 1, -1, -1, dtype=np.int64)
            key = np.array(digits[prefix], np.int64).reshape(-1, n) @ places
            order = np.argsort(key)
            keys[prefix] = key[order]
            rows[prefix] = np.array(grams[prefix][1], np.int64)[order]
        return cls(ids, base, keys, rows)

    def lookup(self, runs: list[tuple[int, Grams]]) -> tuple[np.ndarray, np.ndarray]:
        """The (owner, row) of every gram the model knows in the runs, each (owner, run) one
        of a turn's runs of words; a gram counts as often as its family says."""
        by_families: dict[tuple[tuple[str, int, int], ...], list[tuple[int, Grams]]] = {}
        for owner, run in runs:
            by_families.setdefault(run.families, []).append((owner, run))
        owners, rows = [], []
        for families, group in by_families.items():
            words: list[str] = []
            for _, run in group:
                words += run.words
                words.append(_GAP)
            ids = np.fromiter(map(self.ids.get, words, repeat(self.base - 1)), np.int64, len(words))
            owner = np.repeat([o for o, _ in group], [len(run.words) + 1 for _, run in group])
            for prefix, n, weight in families:
                table = self.keys[prefix]
                if len(ids) < n or not table.size:
                    continue
                span = len(ids) - n + 1
                key = ids[:span].copy()
                for k in range(1, n):
                    key *= self.base
                    key += ids[k : k + span]
                at = np.minimum(np.searchsorted(table, key), table.size - 1)
                hit = np.flatnonzero(np.take(table, at) == key)
                found_rows = np.take(self.rows[prefix], np.take(at, hit))
                found_owners = np.take(owner, hit)
                rows += [found_rows] * weight
                owners += [found_owners] * weight
        if not rows:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        return np.concatenate(owners), np.concatenate(rows)


Turn = tuple[list[str], list[str], list[Grams]]


@dataclass(frozen=True)
class Features:
    """Every feature any view reads, by name, with each word's features looked up once."""

    index: dict[str, int]
    # Per way of making a word's features (the turn model's, the objection reader's), each
    # word's rows.
    _caches: dict[Callable[[str], tuple[str, ...]], dict[str, tuple[int, ...]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @cached_property
    def _phrase_index(self) -> dict[str, int]:
        """The index without the features of single words (which `word_rows` looks up) and of
        word n-grams (which `_grams` does): one feature in twenty, so the lookups of a call's
        other features miss the processor's cache less."""
        grams = tuple(prefix for prefix, _, _ in GRAM_FAMILIES)
        return {f: i for f, i in self.index.items() if not f.startswith(WORD_LEVEL + grams)}

    @cached_property
    def _grams(self) -> GramTables:
        return GramTables.of(self.index)

    def word_rows(
        self, word: str, make: Callable[[str], tuple[str, ...]] = word_features
    ) -> tuple[int, ...]:
        cache = self._caches.setdefault(make, {})
        rows = cache.get(word)
        if rows is None:
            get = self.index.get
            rows = tuple(i for f in make(word) if (i := get(f)) is not None)
            if len(cache) < 100_000:
                cache[word] = rows
        return rows

    def counts(
        self, turns: list[Turn], make: Callable[[str], tuple[str, ...]] = word_features
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each distinct (turn, feature) pair of the turns and its sublinear term frequency;
        each word stands for the features `make` gives it, each run of words for its n-grams.
        """
        get = self._phrase_index.get
        known = self._caches.setdefault(make, {}).get
        size = len(self.index)
        rows: list[int] = []
        lengths: list[int] = []
        runs: list[tuple[int, Grams]] = []
        unknown = repeat(-1)  # the row of a feature the model never saw, dropped below
        for number, (feature_names, words, grams) in enumerate(turns):
            start = len(rows)
            rows += map(get, feature_names, unknown)  # (no Python loop: the map runs in C)
            for w in words:
                found = known(w)
                rows += found if found is not None else self.word_rows(w, make)
            lengths.append(len(rows) - start)
            runs += zip(repeat(number), grams)
        # One sortable key per (turn, feature); 32-bit keys sort about twice as fast.
        key = np.int32 if len(turns) * size < 2**31 else np.int64
        ids = np.fromiter(rows, dtype=key, count=len(rows))
        seen = ids >= 0
        owner = np.repeat(np.arange(len(turns), dtype=key), lengths)[seen]
        gram_owner, gram_rows = self._grams.lookup(runs)
        arr = np.concatenate((owner * key(size) + ids[seen], (gram_owner * size + gram_rows)))
        arr = arr.astype(key, copy=False)
        arr.sort()
        starts = np.flatnonzero(np.concatenate(([True], arr[1:] != arr[:-1]))) if arr.size else arr
        counts = np.diff(np.append(starts, arr.size)).astype(np.float32)
        turn, feature = np.divmod(arr[starts], size)
        return turn, feature, (1.0 + np.log(counts)).astype(np.float32)


@dataclass(frozen=True)
class ActModel:
    labels: tuple[str, ...]
    features: Features
    views: tuple[View, ...]
    thresholds: np.ndarray
    version: str
    objection: View

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> ActModel:
        try:
            with np.load(path, allow_pickle=False) as data:
                names = decode_names(data["names"])
                index = {feature: i for i, feature in enumerate(names)}
                idf = data["idf"].astype(np.float32)

                def layer(name: str) -> View:
                    own = data[f"{name}.rows"]
                    rows = np.full(len(index), -1, dtype=np.int64)
                    rows[own] = np.arange(len(own))
                    return View(
                        rows=rows,
                        idf=idf[own],
                        weights=unpack_weights(data[f"{name}.weights"]).astype(np.float32),
                        bias=data[f"{name}.bias"].astype(np.float32),
                    )

                return cls(
                    labels=tuple(data["labels"].tolist()),
                    features=Features(index),
                    views=tuple(layer(name) for name in VIEWS),
                    thresholds=data["thresholds"].astype(np.float32),
                    version=str(data["version"][0]),
                    objection=layer(OBJECTION),
                )
        except (OSError, KeyError, ValueError, IndexError, UnicodeDecodeError) as exc:
            raise ModelMissing(
                f"the act model {path} cannot be read ({exc}); reinstall trainer"
            ) from exc

    def probabilities(
        self, feature_names: list[str], words: list[str] = (), grams: list[Grams] = ()
    ) -> dict[str, float]:
        """Each label's probability for one turn.

        `words` stand for their own word and character features (looked up once per word and
        cached), `grams` for their word n-grams; `feature_names` are the rest.
        """
        return self.probabilities_many([(feature_names, list(words), list(grams))])[0]

    def probabilities_many(self, turns: list[Turn]) -> list[dict[str, float]]:
        """The same for many turns at once: one pass of array work per view for a whole call."""
        counts = self.features.counts(turns)
        p = sum(sigmoid(v.logits(*counts, len(turns))) for v in self.views) / len(self.views)
        return [dict(zip(self.labels, row, strict=True)) for row in p.tolist()]

    def objection_probabilities(self, lines: list[str], code: str) -> list[float]:
        """For each prospect line, how likely it is a no, a brush-off or an objection."""
        if not lines:
            return []
        parts = [line_parts(line, code) for line in lines]
        counts = self.features.counts(parts, line_word_features)
        return sigmoid(self.objection.logits(*counts, len(lines)))[:, 0].tolist()

    def idf(self, feature: str, default: float) -> float:
        """How telling a feature is (its idf in the view of every feature), or `default`."""
        row = self.features.index.get(feature)
        view = self.views[0]
        at = int(view.rows[row]) if row is not None else -1
        return float(view.idf[at]) if at >= 0 else default

    @cached_property
    def max_idf(self) -> float:
        return float(self.views[0].idf.max()) if len(self.views[0].idf) else 1.0

    @cached_property
    def threshold_map(self) -> dict[str, float]:
        """Each label's own decision threshold (tuned by cross-validation on the training part)."""
        return {label: float(self.thresholds[i]) for i, label in enumerate(self.labels)}


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))


@cache
def shipped_model() -> ActModel:
    return ActModel.load(MODEL_PATH)
