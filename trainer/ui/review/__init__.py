"""The trainer's Review workspace: the session list, one session's evidence and feedback, progress."""

from trainer.ui.review.workspace import ReviewWorkspace

__all__ = ["ReviewWorkspace"]
