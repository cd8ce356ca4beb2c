"""`trainer` / `trainer app`: open the desktop app, or say in one line why it cannot start."""

from __future__ import annotations

import argparse
import ctypes.util
import os
import sys

from trainer.core.errors import KnownError

INSTALL_HINT = "run scripts/setup, or: pip install PySide6-Essentials"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("app", help="open the desktop app (the default)")
    parser.set_defaults(handler=run_app)


def platform_problem(env: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """Qt aborts the whole process when its display plugin cannot load; catch the usual causes first."""
    env = dict(os.environ) if env is None else env
    platform = platform or sys.platform
    if not platform.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if chosen and chosen not in ("xcb", "wayland", "wayland-egl"):
        return None  # offscreen, vnc, eglfs...: the user chose it on purpose
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); start it "
            "from a desktop session, or use the command line (`trainer rehearse`, `trainer --help`)"
        )
    uses_xcb = chosen == "xcb" or (not chosen and not env.get("WAYLAND_DISPLAY"))
    if uses_xcb and ctypes.util.find_library("xcb-cursor") is None:
        return "Qt needs the library libxcb-cursor0 to open a window on X11: sudo apt install libxcb-cursor0"
    return None


def _import_error_message(exc: ImportError) -> str:
    name = exc.name or ""
    if name.startswith(("PySide6", "shiboken6")):
        return f"the desktop app needs PySide6, which is not installed ({exc}); {INSTALL_HINT}"
    text = str(exc)
    if ".so" in text or "DLL" in text:
        return (
            f"Qt could not load a system library ({text}); on Debian/Ubuntu: "
            "sudo apt install libegl1 libgl1 libxkbcommon0 libxcb-cursor0"
        )
    return f"the desktop app could not start ({text}); {INSTALL_HINT}"


def run_app(args: argparse.Namespace | None = None) -> int:
    problem = platform_problem()
    if problem:
        raise KnownError(problem)
    try:
        from trainer.ui.app import run
    except ImportError as exc:
        raise KnownError(_import_error_message(exc)) from None
    return int(run(None) or 0)
