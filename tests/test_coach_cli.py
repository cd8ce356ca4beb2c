"""`trainer rehearse --lines` with coaching: /hint and /rewind, and the JSON they add."""

from __future__ import annotations

import json

from trainer.cli import main
from trainer.store import Store

LINES = [
    "Hi Larry, this is Anna from Acme. Have you heard of us?",
    "/rewind",
    "/hint",
    "Hi Larry, Anna from Acme. I know I'm calling out of the blue, may I take 30 seconds?",
    "/hint",
    "How do you plan your deliveries today?",
]


def _run(tmp_path, capsys, lines, *extra) -> tuple[int, dict | str]:
    path = tmp_path / "lines.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["rehearse", "--persona", "grumpy-ceo-en", "--engine", "scripted",
                 "--lines", str(path), *extra])  # fmt: skip
    out = capsys.readouterr().out
    return code, (json.loads(out) if "--json" in extra else out)


def test_hint_and_rewind_in_the_json_result(tmp_path, capsys):
    code, result = _run(tmp_path, capsys, LINES, "--json")
    assert code == 0
    texts = [t["text"] for t in result["turns"]]
    assert LINES[0] not in texts and LINES[3] in texts  # the rewound line is gone
    assert result["rewinds"] == 1
    assert [h["before_turn"] for h in result["hints"]] == [1, 3]
    for hint in result["hints"]:
        assert len(hint["lines"]) == 3 and len(set(hint["lines"])) == 3
    assert set(result["hints"][0]["lines"]).isdisjoint(result["hints"][1]["lines"])
    # Patience as the call stands: the rewound "have you heard of us?" cost nothing.
    history = result["patience_history"]
    assert all(set(h) == {"turn", "delta", "reason"} for h in history)
    assert not any("heard of us" in h["reason"] for h in history)
    assert result["patience"] == 45 + sum(h["delta"] for h in history)
    assert all(result["turns"][h["turn"]]["speaker"] == "trainee" for h in history)
    moments = result["score"]["moments"]
    assert moments and all(set(m) == {"turn", "said", "instead", "why", "points"} for m in moments)
    assert [m["points"] for m in moments] == sorted((m["points"] for m in moments), reverse=True)
    for m in moments:
        assert m["said"] in result["turns"][m["turn"]]["text"]
    assert result["score"]["drill"]["kind"] in ("replay", "focus")
    # The store holds the call as it stands, without the rewound exchange.
    with Store() as store:
        stored = store.get_transcript(result["session_id"])
    assert [t.text for t in stored.turns] == texts


def test_a_call_without_commands_reports_no_coaching(tmp_path, capsys):
    code, result = _run(tmp_path, capsys, [LINES[3], LINES[5]], "--json")
    assert code == 0 and result["hints"] == [] and result["rewinds"] == 0
    assert result["patience_history"] and isinstance(result["patience"], int)


def test_a_rewind_takes_back_the_prospects_hang_up(tmp_path, capsys):
    lines = [
        "Hi Larry, have you heard of us?",
        "We at Acme are market leaders in creative marketing communication with a B2B focus, "
        "delivering holistic best-in-class synergies and value-adding end-to-end solutions "
        "for innovative companies that want scalable, seamless growth.",
        "/rewind",
        "/rewind",
        "Hi Larry, Anna from Acme. I'm calling because we help hauliers plan routes in peak season.",
    ]
    code, result = _run(tmp_path, capsys, lines, "--json")
    assert code == 0 and result["rewinds"] == 2 and result["outcome"] != "hung_up"
    assert [t["speaker"] for t in result["turns"]][:3] == ["prospect", "trainee", "prospect"]


def test_text_output_shows_hints_rewinds_and_the_moments(tmp_path, capsys):
    code, out = _run(tmp_path, capsys, LINES)
    assert code == 0
    assert "Hint:\n  1. " in out and "(rewound to turn 2)" in out
    assert "The moments that cost most:" in out and "Drill: " in out


def test_nothing_to_rewind_is_one_line(tmp_path, capsys):
    path = tmp_path / "lines.txt"
    path.write_text("/rewind\nHi Larry, Anna from Acme.\n", encoding="utf-8")
    assert main(["rehearse", "--persona", "grumpy-ceo-en", "--engine", "scripted",
                 "--lines", str(path), "--json"]) == 0  # fmt: skip
    captured = capsys.readouterr()
    assert captured.err.strip().count("\n") == 0 and "/rewind" in captured.err
    assert json.loads(captured.out)["rewinds"] == 0
