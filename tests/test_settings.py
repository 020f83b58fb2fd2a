"""Settings precedence (command line > YICHUANG_* environment > TOML file > default) and the
messages for a bad value or an unknown key."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import InvalidInput
from app.settings import default_db_url, load


def _toml(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "yichuang.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_command_line_beats_environment_beats_file_beats_default(tmp_path: Path) -> None:
    config = _toml(
        tmp_path,
        'db = "sqlite:///file.db"\nwindow_no = 3\nhall_code = "FILE"\nlockout_minutes = 30\n'
        "count_acceptance_day = true\n",
    )
    env = {"YICHUANG_WINDOW_NO": "5", "YICHUANG_HALL_CODE": "ENV", "YICHUANG_ELDERLY_AGE": "65"}
    s = load({"window_no": 7, "db": None}, config_file=config, environ=env)

    assert s.window_no == 7  # command line
    assert s.hall_code == "ENV" and s.elderly_age == 65  # environment, converted to int
    assert s.db == "sqlite:///file.db" and s.lockout_minutes == 30  # file
    assert s.count_acceptance_day is True
    assert s.lockout_attempts == 5 and s.language == "zh_CN"  # defaults
    assert s.config_path == config and not s.uses_default_store


def test_config_file_named_by_environment_and_defaults_without_one(tmp_path: Path) -> None:
    config = _toml(tmp_path, 'hall_code = "QC01"\n')
    assert load(environ={"YICHUANG_CONFIG": str(config)}).hall_code == "QC01"

    s = load(environ={"YICHUANG_CONFIG": str(tmp_path / "absent.toml")})
    assert (s.hall_code, s.window_no, s.demo) == ("", 0, True)
    assert s.uses_default_store and s.db_url == default_db_url()


def test_environment_booleans_in_chinese_and_english(tmp_path: Path) -> None:
    absent = str(tmp_path / "absent.toml")
    assert load(environ={"YICHUANG_CONFIG": absent, "YICHUANG_DEMO": "否"}).demo is False
    assert load(environ={"YICHUANG_CONFIG": absent, "YICHUANG_DEMO": "off"}).demo is False
    assert load(environ={"YICHUANG_CONFIG": absent, "YICHUANG_DEMO": "是"}).demo is True


def test_bad_values_name_the_setting_and_where_it_came_from(tmp_path: Path) -> None:
    config = _toml(tmp_path, 'window_no = "三号"\n')
    with pytest.raises(InvalidInput) as err:
        load(config_file=config, environ={})
    assert err.value.message == f"设置项 window_no（来自配置文件 {config}）应为整数，实际为“三号”"

    with pytest.raises(InvalidInput, match="lockout_minutes（来自环境变量）应为整数，实际为“15m”"):
        load(config_file=_toml(tmp_path, ""), environ={"YICHUANG_LOCKOUT_MINUTES": "15m"})
    with pytest.raises(InvalidInput, match="demo（来自命令行）应为是/否"):
        load({"demo": "maybe"}, config_file=_toml(tmp_path, ""), environ={})

    # A command-line value overrides a bad file value only for that key; the file is still read.
    config = _toml(tmp_path, "window_no = true\n")
    with pytest.raises(InvalidInput, match="window_no（来自配置文件"):
        load(config_file=config, environ={})
    assert load({"window_no": 2}, config_file=config, environ={}).window_no == 2


def test_unknown_key_missing_file_and_broken_toml(tmp_path: Path) -> None:
    config = _toml(tmp_path, 'hall_code = "QC01"\nwindow = 3\nprinter = "x"\n')
    with pytest.raises(InvalidInput, match="中有未知设置项：printer、window"):
        load(config_file=config, environ={})
    with pytest.raises(InvalidInput, match="找不到配置文件"):
        load(config_file=tmp_path / "nope.toml", environ={})
    with pytest.raises(InvalidInput, match="格式错误"):
        load(config_file=_toml(tmp_path, "window_no = = 3\n"), environ={})
