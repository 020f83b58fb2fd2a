"""``yichuang complaint file|list|assign|answer|status`` on a real SQLite file."""

from __future__ import annotations

import json

import pytest

from app.cli.main import run
from db.engine import Store


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("migrated_url", ["sqlite"], indirect=True)
def test_a_phone_complaint_from_filing_to_the_complainants_answer(
    hall: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--db", hall.url)
    code, out, err = cli(capsys, "complaint", "file", "--name", "张三丰", "--phone", "12",
                         "--content", "差", *db)  # fmt: skip
    assert code == 2 and out == "" and "联系电话" in err and "至少 5 个字" in err
    assert "Traceback" not in err
    with pytest.raises(SystemExit) as exit_:  # argparse: a usage error
        run(["complaint", "file", "--name", "张三丰", "--phone", "1", "--content", "x",
             "--window", "两", *db])  # fmt: skip
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "窗口号“两”应为 1–999 的整数" in err and "Traceback" not in err
    code, out, _ = cli(capsys, "complaint", "file", "--name", "张三丰", "--phone", "13800138000",
                       "--content", "窗口人员午休提前离岗", "--channel", "phone", "--window",
                       "2", "--json", *db)  # fmt: skip
    receipt = json.loads(out)
    number, password = receipt["number"], receipt["password"]
    assert code == 0 and number.startswith("TST01-") and len(password) == 6
    code, out, _ = cli(capsys, "complaint", "list", *db)
    assert code == 0 and number in out and "未分派" in out and "窗口人员午休提前离岗" in out
    code, out, _ = cli(capsys, "complaint", "assign", number, "--to", "C002", *db)
    assert code == 0 and "承办：C002" in out
    code, out, _ = cli(capsys, "complaint", "answer", number, "--text", "经查属实，已通报批评", *db)
    assert code == 0 and "已答复" in out
    code, out, _ = cli(capsys, "complaint", "list", *db)
    assert out.strip() == "没有待答复的投诉"
    code, out, _ = cli(capsys, "complaint", "status", number, "--password", password, *db)
    assert code == 0 and "张*丰" in out and "经查属实，已通报批评" in out and "13800138000" not in out
    code, out, err = cli(capsys, "complaint", "status", number, "--password", "000000", *db)
    assert code == 4 and out == "" and "投诉编号或查询密码错误" in err
