"""The SAM reader driver against the simulator over a real pseudo-terminal."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from printers.errors import DeviceError
from printers.idcard import IdCardData, IdCardReaderSimulator, open_reader, sample_card
from printers.idcard import frames as f


@pytest.fixture
def sim() -> Iterator[IdCardReaderSimulator]:
    with IdCardReaderSimulator(sample_card()) as device:
        yield device  # type: ignore[misc]


def test_find_select_read_over_pty(sim: IdCardReaderSimulator) -> None:
    reader = open_reader(sim.url)
    try:
        card = reader.read_card()
    finally:
        reader.close()
    assert card == sample_card()
    assert card is not None and card.name == "王晓明" and card.id_number.endswith("X")
    assert sim.received == [f.FIND_CARD, f.SELECT_CARD, f.READ_BASE]


def test_no_card_returns_none(sim: IdCardReaderSimulator) -> None:
    sim.remove_card()
    reader = open_reader(sim.url)
    try:
        assert reader.read_card(timeout=0) is None
    finally:
        reader.close()


def test_read_failure_raises_chinese_device_error(sim: IdCardReaderSimulator) -> None:
    sim.fail(f.READ_BASE, 0x41)
    reader = open_reader(sim.url)
    try:
        with pytest.raises(DeviceError, match="读卡失败，请重新放卡"):
            reader.read_card()
    finally:
        reader.close()


def test_fingerprint_read_and_long_term_card(sim: IdCardReaderSimulator) -> None:
    old = IdCardData(
        name="李桂兰",
        sex_code="2",
        nation_code="01",
        birth_date=date(1950, 2, 3),
        address="河南省邓州市",
        id_number="411381195002030026",
        authority="邓州市公安局",
        valid_from=date(2012, 1, 1),
        valid_to=None,
        photo_wlt=bytes(1024),
    )
    sim.insert_card(old)
    sim.fingerprint = bytes(range(256)) * 2
    reader = open_reader(sim.url + "&fingerprint=1")
    try:
        card = reader.read_card()
    finally:
        reader.close()
    assert card is not None and card.valid_to is None and card.fingerprint == sim.fingerprint
    assert sim.received[-1] == f.READ_BASE_FP


def test_sim_url_gives_a_working_reader() -> None:
    reader = open_reader("sim://")
    try:
        assert reader.read_card() == sample_card()
    finally:
        reader.close()


def test_vendor_sdk_missing_library_is_a_clear_error(tmp_path: Path) -> None:
    reader = open_reader(f"sdk://{tmp_path}/libsdtapi.so")
    with pytest.raises(DeviceError, match="未找到读卡器厂商驱动"):
        reader.read_card()


STUB = r"""
#include <string.h>
static const unsigned char TEXT[256] = {%s};
int SDT_OpenPort(int p) { return p == 1001 ? 0x90 : 0x01; }
int SDT_ClosePort(int p) { return 0x90; }
int SDT_StartFindIDCard(int p, unsigned char *m, int o) { return 0x9F; }
int SDT_SelectIDCard(int p, unsigned char *m, int o) { return 0x90; }
int SDT_ReadBaseMsg(int p, unsigned char *t, unsigned int *tl, unsigned char *ph,
                    unsigned int *pl, int o) {
    memcpy(t, TEXT, 256); *tl = 256; memset(ph, 0x57, 1024); *pl = 1024; return 0x90; }
"""


@pytest.mark.skipif(shutil.which("cc") is None, reason="needs a C compiler for the SDK stub")
def test_vendor_sdk_binding_reads_a_card(tmp_path: Path) -> None:
    from printers.idcard.card_data import encode_card

    text = ",".join(str(b) for b in encode_card(sample_card()))
    src = tmp_path / "stub.c"
    src.write_text(STUB % text)
    lib = tmp_path / "libsdtapi.so"
    subprocess.run(["cc", "-shared", "-fPIC", "-o", str(lib), str(src)], check=True)
    reader = open_reader(f"sdk://{lib}?port=1001")
    try:
        card = reader.read_card()
    finally:
        reader.close()
    assert card is not None
    assert card.id_number == sample_card().id_number and card.photo_wlt == b"\x57" * 1024
