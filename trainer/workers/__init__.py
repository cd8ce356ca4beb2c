"""Glue between Qt and the blocking parts: background tasks and the streaming reply worker."""

from trainer.workers.tasks import run_task, wait_for_tasks

__all__ = ["run_task", "wait_for_tasks"]
