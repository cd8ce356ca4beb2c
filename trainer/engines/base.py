"""The engine protocol lives in the core (the call loop depends on it); re-exported here."""

from trainer.core.engine import Engine

__all__ = ["Engine"]
