"""``yichuang devices …`` through the real argparse dispatcher."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from app.cli.main import run


def test_devices_list_json_mentions_simulator(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["devices", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["simulator"] == "sim://"
    assert "generic-58" in [p["name"] for p in data["printer_profiles"]]
    assert isinstance(data["serial_ports"], list)


def test_test_printer_on_simulator_writes_png(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "test.png"
    code = run(
        [
            "devices",
            "test",
            "printer",
            "sim://cli-ok",
            "--profile",
            "generic-58",
            "--out",
            str(out),
            "--hall",
            "城关镇便民服务中心",
        ]
    )
    assert code == 0
    assert "打印机状态：打印机正常" in capsys.readouterr().out
    with Image.open(out) as png:
        assert png.width == 384 + 32


def test_test_printer_reports_fault_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["devices", "test", "printer", "sim://cli-fault?state=cover_open"])
    assert code != 0
    assert "打印机上盖打开" in capsys.readouterr().err


def test_test_printer_over_pty(capsys: pytest.CaptureFixture[str]) -> None:
    from printers.simulator import PtySimulator

    with PtySimulator() as sim:
        assert run(["devices", "test", "printer", sim.url, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] and data["status"] == "打印机正常" and data["bytes_sent"] > 300
    assert any(getattr(b, "text", "") == "T001" for b in sim.printer.blocks)
