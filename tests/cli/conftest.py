"""The command line run in-process, as an operator (and the demo's administrator) runs it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli.main import run


@pytest.fixture
def cli(demo_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("YICHUANG_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.delenv("YICHUANG_DB", raising=False)
    monkeypatch.setenv("YICHUANG_ADMIN", "Q0024")
    monkeypatch.setenv("YICHUANG_ADMIN_PASSWORD", "admin-demo-1")
    monkeypatch.setenv("YICHUANG_QUEUE_ENFORCE_HOURS", "0")

    def call(*args: str, db: str | None = demo_url) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = run([*args, *(["--db", db] if db else [])])
        except SystemExit as exc:  # argparse refuses an argument before the command runs
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return call
