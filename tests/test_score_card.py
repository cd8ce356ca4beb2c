"""The score card widget on the offscreen platform."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.core.scoring import score_transcript
from trainer.core.transcript import load_transcript

pytestmark = pytest.mark.gui
CALIBRATION = Path(__file__).parent / "calibration"


@pytest.fixture
def card(qtbot):
    from trainer.ui.score_card import ScoreCard

    widget = ScoreCard()
    qtbot.addWidget(widget)
    widget.resize(900, 720)
    return widget


def _payload(catalog, name):
    transcript = load_transcript(CALIBRATION / f"{name}.json")
    return transcript, score_transcript(transcript, catalog.get(transcript.persona)).to_json()


def test_shows_both_scores_criteria_and_three_tips(card, catalog):
    transcript, payload = _payload(catalog, "sv_pitch")
    card.show_score(payload, transcript)
    assert str(payload["needs"]["score"]) in card.needs_tile.value.text()
    assert "BEHOV" in card.needs_tile.title.text()
    assert str(payload["overall"]) in card.overall_tile.value.text()
    items = card.criterion_items()
    assert len(items) == 14
    heard = next(i for i in items if i.text(0).startswith('Inget "har du hört'))
    # evidence index 1 is shown as #2: people count turns from 1
    assert heard.text(1).startswith("0/10") and heard.text(2) == "#2"
    assert "Replik #2 (säljaren)" in heard.toolTip(0)
    assert card.tips_label.text().count("<p") == 3


def test_a_swedish_call_reads_swedish_all_over_the_card(card, catalog):
    """The card describes the call, so every label on it speaks the call's language."""
    transcript, payload = _payload(catalog, "sv_pitch")
    card.show_score(payload, transcript)
    tiles = [t.title.text() for t in (card.needs_tile, card.time_tile, card.overall_tile)]
    assert tiles == ["BEHOV", "TID", "TOTALT"]
    header = card.tree.headerItem()
    assert [header.text(i) for i in range(3)] == ["Kriterium", "Poäng", "Repliker"]
    assert card.tips_title.text() == "TRE SAKER ATT ÄNDRA TILL NÄSTA SAMTAL"
    footer = card.footer.text()
    assert "längsta repliken" in footer and "Poängmodell" in footer
    for english in ("Overall", "Criterion", "Points", "Turns", "longest", "question", "Scorer"):
        assert english not in footer + "".join(tiles) + header.text(0) + header.text(2)


@pytest.mark.parametrize(
    ("code", "count", "expected"),
    [
        ("da", 1, "1 åbent spørgsmål om situationen."),
        ("da", 2, "2 åbne spørgsmål om situationen."),
        ("sv", 1, "1 öppen fråga om situationen."),
        ("sv", 3, "3 öppna frågor om situationen."),
        ("en", 1, "1 open question about their situation."),
        ("en", 2, "2 open questions about their situation."),
    ],
)
def test_counts_take_the_right_singular_or_plural(code, count, expected):
    from trainer.core.scoring.texts import texts

    assert texts(code)["open_questions"].note("good", open=count) == expected


def test_the_footer_counts_in_the_calls_language(card, catalog):
    transcript, payload = _payload(catalog, "sv_pitch")
    payload["metrics"] = {**payload["metrics"], "needs_questions": 1}
    card.show_score(payload, transcript)
    assert "1 behovsfråga." in card.footer.text()
    payload["metrics"]["needs_questions"] = 2
    card.show_score(payload, transcript)
    assert "2 behovsfrågor." in card.footer.text()


def test_every_language_has_the_same_card_words():
    from trainer.core.scoring.texts import texts

    keys = {code: set(texts(code).card) for code in ("sv", "da", "en")}
    assert keys["sv"] == keys["da"] == keys["en"]


def test_clicking_a_criterion_emits_its_first_turn(card, catalog, qtbot):
    transcript, payload = _payload(catalog, "en_pitch")
    card.show_score(payload, transcript)
    push = next(i for i in card.criterion_items() if i.text(0).startswith("No meeting push"))
    with qtbot.waitSignal(card.turn_clicked) as blocker:
        card.tree.itemClicked.emit(push, 0)
    assert blocker.args == [5]
    clean = next(i for i in card.criterion_items() if i.text(2) == "")
    with qtbot.assertNotEmitted(card.turn_clicked):
        card.tree.itemClicked.emit(clean, 0)


def test_rendering_a_good_call_and_a_judge_fallback(card, catalog, tmp_path):
    transcript, payload = _payload(catalog, "en_good")
    payload["judge"] = {"fallback": True, "message": "No LLM is set up; deterministic score only."}
    card.show_score(payload, transcript)
    assert "LLM judge: No LLM" in card.footer.text()
    assert "Nothing to change" in card.tips_label.text() or card.tips_label.text().count("<p")
    path = tmp_path / "card.png"
    assert card.grab().save(str(path))
    assert path.stat().st_size > 1000


def test_a_criterion_the_call_gave_no_occasion_for_reads_n_a(card, catalog):
    from trainer.exchange.evidence import points_text

    transcript, payload = _payload(catalog, "en_monologue")
    criteria = [c for g in ("needs", "time") for c in payload[g]["criteria"]]
    not_applicable = [c for c in criteria if c.get("applicable") is False]
    assert not_applicable  # a monologue met no "no" to dig behind
    card.show_score(payload, transcript)
    shown = {item.text(0): item.text(1) for item in card.criterion_items()}
    for crit in not_applicable:
        assert shown[crit["name"]] == points_text(crit) == "n/a"
    scored = next(c for c in criteria if c.get("applicable") is not False)
    assert points_text(scored) == f"{scored['score']}/{scored['max']}"
    assert shown[scored["name"]].startswith(points_text(scored))
