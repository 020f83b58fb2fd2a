"""Entry point of ``yichuang``: the command line, plus the GUI roles that need Qt."""

from __future__ import annotations

import argparse
import sys

from app.cli.main import run


def _gui(role: str, args: argparse.Namespace) -> int:
    from app.logfile import start_role_log
    from ui import supervisor

    start_role_log(role, verbose=bool(getattr(args, "verbose", False)))
    if supervisor.wanted(role):  # kiosk and hall display: restarted after a crash
        return supervisor.supervise(role)
    from ui.app_main import run_role  # Qt is imported only when a window is wanted

    return run_role(role, args)


def main() -> None:
    sys.exit(run(gui=_gui))


if __name__ == "__main__":  # the PyInstaller entry script (build.spec)
    main()
