"""Who is at the Review tab and what they may do: a trainer reviews, a trainee reads.

On a team's PostgreSQL server the role is the server's (`Store.role`) and the server enforces
it. On this computer's own SQLite file nothing can be enforced (whoever runs the app owns the
file), so the role is this computer's choice, asked once in the Review tab and kept in the
settings: it decides which controls the app offers, so that a trainee reading feedback is never
offered controls that would change it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

TRAINER, TRAINEE, UNDECIDED = "trainer", "trainee", ""

# Marked for translation here, translated when shown (the interface's language may change).
LINES = {
    "owner": QT_TRANSLATE_NOOP(
        "Roles",
        "Database owner: you can comment, override scores, mark calls reviewed and delete "
        "them, and set up the team.",
    ),
    TRAINER: QT_TRANSLATE_NOOP(
        "Roles", "Trainer: you can comment, override scores, mark calls reviewed and delete them."
    ),
    TRAINEE: QT_TRANSLATE_NOOP(
        "Roles",
        "Trainee: you can read your calls and the feedback on them; reviewing is your trainer's.",
    ),
    UNDECIDED: QT_TRANSLATE_NOOP(
        "Roles",
        "Who uses Trainer on this computer? A trainer reviews calls: comments, overrides scores, "
        "marks calls reviewed, deletes them. A trainee reads their calls and the feedback on "
        "them. Until you choose, calls are shown read-only.",
    ),
}
ON_SERVER = QT_TRANSLATE_NOOP(
    "Roles",
    "Set by your team's database server, which enforces it: it refuses what your role may not do.",
)
ON_THIS_COMPUTER = QT_TRANSLATE_NOOP(
    "Roles",
    "This computer's own database: the role is this computer's choice (File → Settings → "
    "Role), not a lock. For roles a server enforces, use a team database.",
)


@dataclass(frozen=True)
class Role:
    """The person at the Review tab: their role, whether a server enforces it, what they may do."""

    name: str  # "trainer", "owner", "trainee", or "" while this computer has not said
    on_server: bool

    @property
    def can_review(self) -> bool:
        """Comment, override, mark reviewed and delete."""
        return self.name in (TRAINER, "owner")

    @property
    def undecided(self) -> bool:
        return self.name == UNDECIDED

    def line(self) -> str:
        """'Trainer: you can comment, …': who you are and what you may do, in one line."""
        return QCoreApplication.translate("Roles", LINES.get(self.name, LINES[TRAINEE]))

    def where(self) -> str:
        """Who decides the role, for the line's tooltip."""
        return QCoreApplication.translate(
            "Roles", ON_SERVER if self.on_server else ON_THIS_COMPUTER
        )


def role_for(store, chosen: str) -> Role:
    """The server's role on a team database; this computer's choice (`chosen`) on its own file."""
    server = getattr(store, "role", "local")
    if server != "local":
        return Role(server, on_server=True)
    return Role(chosen if chosen in (TRAINER, TRAINEE) else UNDECIDED, on_server=False)


def chosen_role() -> str:
    """This computer's choice as stored in the settings ("" until made or when unreadable)."""
    from trainer.core.errors import KnownError
    from trainer.settings import load_settings

    try:
        return load_settings(secrets=False).role
    except KnownError:
        return UNDECIDED


class RoleChanges(QObject):
    """Told when this computer's role is chosen, so every open view follows at once."""

    changed = Signal(str)


_changes: RoleChanges | None = None


def role_changes() -> RoleChanges:
    """The one notifier (created on the GUI thread on first use)."""
    global _changes
    if _changes is None:
        _changes = RoleChanges()
    return _changes


def choose(role: str) -> None:
    """Keep this computer's role and tell the open views; OSError when it cannot be saved."""
    from trainer.settings import save_role

    save_role(role)
    role_changes().changed.emit(role)
