"""Entry point of ``yichuang``: the command line, plus the GUI roles that need Qt."""

from __future__ import annotations

import argparse
import sys

from app.cli.main import run


def _gui(role: str, args: argparse.Namespace) -> int:
    from ui.app_main import run_role  # Qt is imported only when a window is wanted

    return run_role(role, args)


def main() -> None:
    sys.exit(run(gui=_gui))


if __name__ == "__main__":  # the PyInstaller entry script (build.spec)
    main()
