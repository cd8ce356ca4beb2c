"""Live coaching, Qt-free: the call's stage, the panel's numbers and tip, hints, rewind, and
after the call the moments that cost most with one drill.

The coach reads the same acts and the same scorer as the prospect and the score card, so
what it says during the call is what the score will say afterwards.
"""

from trainer.core.coach.drill import Drill, pick_drill
from trainer.core.coach.hints import HintLines, accept_llm_lines, hint_messages, offline_hints
from trainer.core.coach.live import LiveNumbers, TipClock, live_numbers, pick_tip, turn_level
from trainer.core.coach.moments import CoachReview, Moment, costly_moments, review
from trainer.core.coach.rewind import Rewinder, Rewound
from trainer.core.coach.stage import STAGES, Stage, call_stage

__all__ = [
    "STAGES",
    "CoachReview",
    "Drill",
    "HintLines",
    "LiveNumbers",
    "Moment",
    "Rewinder",
    "Rewound",
    "Stage",
    "TipClock",
    "call_stage",
    "costly_moments",
    "live_numbers",
    "accept_llm_lines",
    "hint_messages",
    "offline_hints",
    "pick_drill",
    "pick_tip",
    "review",
    "turn_level",
]
