"""How close two texts are in meaning, cheaply: cosine over character n-grams of content words.

Inflections and compounds share n-grams ("leveranser" / "leveransen", "vagtplan" /
"vagtplanlægning"), and the act model's idf weights make rare, telling n-grams count more
than common ones. Used to find which hidden need a question is about.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

from trainer.core.acts.features import tokens
from trainer.core.acts.model import shipped_model
from trainer.core.language import lang_data, language_code

_SIZES = (3, 4, 5)


@lru_cache(maxsize=4096)
def profile(text: str, lang: str) -> dict[str, float]:
    """Idf-weighted character n-grams of the text's content words, l2-normalised."""
    code = language_code(lang)
    stop = frozenset(lang_data(code).get("stopwords") or ())
    model = shipped_model()
    fallback = model.max_idf
    grams: Counter[str] = Counter()
    for w in tokens(text):
        if len(w) < 3 or w in stop or w == "?":
            continue
        marked = f"<{w}>"
        grams.update(marked[i : i + n] for n in _SIZES for i in range(len(marked) - n + 1))
    weighted = {}
    for g, c in grams.items():
        idf = model.idf(f"c:{g}", fallback)
        weighted[g] = (1.0 + math.log(c)) * idf
    norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
    return {g: v / norm for g, v in weighted.items()}


def similarity(a: str, b: str, lang: str) -> float:
    pa, pb = profile(a, lang), profile(b, lang)
    if len(pa) > len(pb):
        pa, pb = pb, pa
    return sum(v * pb.get(g, 0.0) for g, v in pa.items())
