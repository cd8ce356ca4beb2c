"""Acts: the learned, multilingual reading of what a trainee turn does (needs question, pitch, ...)."""

from trainer.core.acts.reading import Reading, read_turn
from trainer.core.acts.times import AgreedTime, read_time
from trainer.core.acts.vocabulary import ACTS, LABELS

__all__ = ["ACTS", "LABELS", "AgreedTime", "Reading", "read_time", "read_turn"]
