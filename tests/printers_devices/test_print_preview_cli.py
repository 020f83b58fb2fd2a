"""``yichuang print preview``: writes the PDF and reports its path."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from app.cli import print_preview


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="yichuang")
    parser.add_argument("--json", action="store_true")
    print_preview.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.func(args))


@pytest.mark.parametrize("kind", ["receipt", "notice", "refusal", "pause", "extension", "result"])
def test_preview_writes_pdf(kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"{kind}.pdf"
    assert run(["--json", "print", "preview", kind, "--out", str(out)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["path"] == str(out.resolve()) and out.read_bytes().startswith(b"%PDF")
