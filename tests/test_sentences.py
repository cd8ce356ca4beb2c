"""The streaming sentence splitter, fed the way an LLM streams: in odd little pieces."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.core.sentences import SentenceSplitter, split_text, strip_markdown


def stream(text: str, size: int = 3, **kwargs) -> list[str]:
    """Feed `text` in chunks of `size` characters and collect everything emitted."""
    splitter = SentenceSplitter(**kwargs)
    out: list[str] = []
    for i in range(0, len(text), size):
        out += splitter.feed(text[i : i + size])
    return out + splitter.flush()


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("sv", "Jag har möte. Ring mig sen!", ["Jag har möte.", "Ring mig sen!"]),
        ("sv", "Det kostar 29.95 kr. Billigt?", ["Det kostar 29.95 kr.", "Billigt?"]),
        ("sv", "Vi pratar t.ex. om Excel. Okej?", ["Vi pratar t.ex. om Excel.", "Okej?"]),
        ("sv", "Vi ses kl. 15 i morgon. Passar det?", ["Vi ses kl. 15 i morgon.", "Passar det?"]),
        (
            "sv",
            "Vi har bl.a. lastbilar, dvs. tunga fordon. Ja.",
            ["Vi har bl.a. lastbilar, dvs. tunga fordon.", "Ja."],
        ),
        (
            "sv",
            "Vi kör gods, möbler osv. Vad vill du?",
            ["Vi kör gods, möbler osv.", "Vad vill du?"],
        ),
        ("sv", "Det är ärende nr. 4. Klart.", ["Det är ärende nr. 4.", "Klart."]),
        ("sv", "Vänta… Vad sa du?", ["Vänta…", "Vad sa du?"]),
        ("sv", 'Han sa "nej." Sen gick han.', ['Han sa "nej."', "Sen gick han."]),
        ("da", "Vi ses den 1. maj. Passer det?", ["Vi ses den 1. maj.", "Passer det?"]),
        (
            "da",
            "Prisen er 3,5 mio. kr. i alt. Nej tak.",
            ["Prisen er 3,5 mio. kr. i alt.", "Nej tak."],
        ),
        ("da", "Vi har f.eks. fire dæk. Ring igen!", ["Vi har f.eks. fire dæk.", "Ring igen!"]),
        ("da", "Ikke nu. Måske i næste uge?", ["Ikke nu.", "Måske i næste uge?"]),
        ("en", "It costs $29.95 a month. Too much.", ["It costs $29.95 a month.", "Too much."]),
        ("en", "Ask Dr. Smith, e.g. tomorrow. Bye!", ["Ask Dr. Smith, e.g. tomorrow.", "Bye!"]),
        ("en", "No. I'm busy. Really?! Yes.", ["No.", "I'm busy.", "Really?!", "Yes."]),
        ("en", "We are 45. That is all.", ["We are 45.", "That is all."]),
        ("en", "Wait... what?", ["Wait... what?"]),
    ],
)
def test_splits_sentences_in_each_language(language, text, expected):
    assert stream(text, 1, language=language) == expected
    assert stream(text, 4, language=language) == expected
    assert split_text(text, language) == expected


def test_waits_for_the_next_character_before_cutting():
    splitter = SentenceSplitter(language="en")
    assert splitter.feed("It costs $29.") == []  # could be a decimal
    assert splitter.feed("95") == []
    assert splitter.feed(". ") == []  # a full stop, but nothing has followed it yet
    assert splitter.feed("Bye") == ["It costs $29.95."]
    assert splitter.pending == "Bye"
    assert splitter.flush() == ["Bye"]
    assert splitter.flush() == []


def test_abbreviation_is_not_cut_while_waiting():
    splitter = SentenceSplitter(language="sv")
    assert splitter.feed("Vi kör t.ex. ") == []
    assert splitter.feed("Excel. ") == []
    assert splitter.feed("Ja") == ["Vi kör t.ex. Excel."]


def test_early_first_fragment_only_once():
    text = "Jag är på väg in i ett möte, så gör det kort, tack. Vad gäller det, egentligen?"
    got = stream(text, 2, language="sv", first_fragment_words=5)
    assert got == [
        "Jag är på väg in i ett möte,",
        "så gör det kort, tack.",
        "Vad gäller det, egentligen?",
    ]
    # Too few words before the comma: no early cut.
    assert stream("Nej, tack. Hej då.", 2, language="sv", first_fragment_words=5) == [
        "Nej, tack.",
        "Hej då.",
    ]
    # A decimal comma is not a break.
    assert (
        stream(
            "Det kostar ungefär tre komma 3,5 miljoner. Ja.",
            1,
            language="sv",
            first_fragment_words=3,
        )[0]
        == "Det kostar ungefär tre komma 3,5 miljoner."
    )


def test_markdown_is_not_spoken():
    text = "**Nej.** Läs [vår sida](http://x.se) och `koden`.\n\n- Första punkten\n- Andra punkten\n# Rubrik\nSlut."
    assert stream(text, 5, language="sv") == [
        "Nej.",
        "Läs vår sida och koden.",
        "Första punkten",
        "Andra punkten",
        "Rubrik",
        "Slut.",
    ]
    assert strip_markdown("***mycket*** _viktigt_ ## ") == "mycket viktigt"


def test_numbered_list_items_are_separate_and_keep_no_number():
    text = "Två saker:\n1. Ring tidigt.\n2. Fråga mer."
    assert stream(text, 3, language="sv") == ["Två saker:", "Ring tidigt.", "Fråga mer."]


def test_never_emits_empty_or_punctuation_only_sentences():
    assert stream("...  !  ", 2) == []
    assert stream("Ja. ... Nej.", 1) == ["Ja.", "Nej."]
    assert stream("**  **", 1) == []


def test_reset_forgets_pending_text():
    splitter = SentenceSplitter()
    splitter.feed("Half a sent")
    splitter.reset()
    assert splitter.flush() == []


sentence = st.text(alphabet="abcdefghij åäö", min_size=1, max_size=20).filter(lambda s: s.strip())


@settings(max_examples=60, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=5), st.integers(min_value=1, max_value=7))
def test_chunking_never_changes_the_result(words, size):
    text = " ".join(f"{w.strip().capitalize()}." for w in words)
    whole = split_text(text, "sv")
    assert stream(text, size, language="sv") == whole
    assert " ".join(whole) == " ".join(text.split())
