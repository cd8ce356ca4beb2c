"""Expected failures that the user sees as one line, never as a traceback."""


class KnownError(Exception):
    """An expected failure with a message written for the user (what is wrong, what to do)."""
