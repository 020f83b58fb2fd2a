"""The guide to take away: the flowchart drawn from the matter's steps, the QR only when the
hall has an online guide, and printing on the thermal roll (real ESC/POS into the simulator)
or on the A4 printer (a real PDF), off the GUI thread."""

from __future__ import annotations

import itertools
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from app.catalog import get_guide
from printers.simulator.blocks import Cut, QrBlock, TextBlock
from printers.simulator.registry import get_simulator
from tests.ui_lookup.conftest import COMPANY
from tests.ui_lookup.touch import tap

LTD = "11510822008123013A4010010010010"  # 有限责任公司设立登记
LINK = "https://zwfw.example.gov.cn/guide/{impl_code}"
_names = itertools.count()


def _open(qtbot, w, code: str = COMPANY) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(w.guide_shown, timeout=10_000):
        w.open_guide(code)


@pytest.mark.parametrize("code", [COMPANY, LTD])
def test_flowchart_has_a_node_per_step_in_order(qtbot, make_lookup, demo_store, code) -> None:  # type: ignore[no-untyped-def]
    w = make_lookup()
    _open(qtbot, w, code)
    steps = get_guide(demo_store, code, public=True)["steps"]
    nodes = w.flowchart.step_nodes()
    assert [n.title for n in nodes] == [s["name"] for s in steps]
    assert len(nodes) == (4 if code == COMPANY else 3)
    # Drawn on screen: the chart's scene is in the view and the view is visible.
    assert w.flowchart.isVisible() and w.flowchart.scene().itemsBoundingRect().height() > 0


def test_flowchart_for_the_next_guide_replaces_the_last(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    w = make_lookup()
    _open(qtbot, w, COMPANY)
    _open(qtbot, w, LTD)
    assert [n.title for n in w.flowchart.step_nodes()] == ["受理", "审查决定", "送达"]


def test_no_qr_without_a_configured_link(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    w = make_lookup()
    _open(qtbot, w)
    assert not w.qr.isVisible() and not w.qr_caption.isVisible()
    w2 = make_lookup(lookup_guide_url="ftp://not-a-web-link/{impl_code}")
    _open(qtbot, w2)
    assert not w2.qr.isVisible()


def test_qr_takes_the_guide_away_when_a_link_is_configured(qtbot, make_lookup, tmp_path) -> None:  # type: ignore[no-untyped-def]
    zxingcpp = pytest.importorskip("zxingcpp")
    w = make_lookup(lookup_guide_url=LINK)
    _open(qtbot, w)
    assert w.qr.isVisible()
    path = tmp_path / "qr.png"
    assert w.qr.pixmap().save(str(path))
    texts = [r.text for r in zxingcpp.read_barcodes(Image.open(path))]
    assert texts == [LINK.format(impl_code=COMPANY)]


def _texts(blocks) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(b.text for b in blocks if isinstance(b, TextBlock))


def test_print_on_the_thermal_printer_sends_the_guide_as_escpos(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    name = f"lookup{next(_names)}"
    w = make_lookup(ticket_printer=f"sim://{name}", lookup_print="thermal",
                    lookup_guide_url=LINK)  # fmt: skip
    _open(qtbot, w)
    with qtbot.waitSignal(w.printed, timeout=15_000):
        tap(w.print_button)
    jobs = get_simulator(name).tickets()
    assert len(jobs) == 1
    job = jobs[0]
    text = _texts(job)
    assert "办事指南" in text and "企业设立登记" in text
    assert "合伙协议（必要，原件1份 复印件0份" in text.replace("\n", "")
    assert "受理条件" in text and "承诺时限" in text and "0839-7212315" in text
    assert [b.payload for b in job if isinstance(b, QrBlock)] == [LINK.format(impl_code=COMPANY)]
    assert isinstance(job[-1], Cut)
    assert "已打印" in w.hint.text() and w.print_button.isEnabled()


def test_a_printer_out_of_paper_is_said_in_chinese_and_nothing_is_lost(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    name = f"lookupfail{next(_names)}"
    w = make_lookup(ticket_printer=f"sim://{name}?state=paper_out", lookup_print="thermal")
    _open(qtbot, w)
    with qtbot.waitSignal(w.print_failed, timeout=15_000) as failed:
        tap(w.print_button)
    assert "缺纸" in failed.args[0]
    assert "未能打印" in w.hint.text()
    assert w.pages.currentWidget() is w.guide_page and "合伙协议" in w.guide.toPlainText()
    assert w.print_button.isEnabled()
    assert get_simulator(name).print_bytes == 0  # nothing half-printed


def _pages(pdfinfo: str) -> int:
    return int(next(ln for ln in pdfinfo.splitlines() if ln.startswith("Pages:")).split()[1])


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip


def test_print_on_a4_prints_the_guide_pages(qtbot, make_lookup, demo_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.lookup.guide_print import guide_pdf, guide_sheet

    out = tmp_path / "a4"
    out.mkdir()
    w = make_lookup(lookup_print="a4", a4_printer=f"file://{out}")
    _open(qtbot, w)
    with qtbot.waitSignal(w.printed, timeout=30_000) as printed:
        tap(w.print_button)
    # What went to the printer: the guide's pages, painted by QPrinter (file:// keeps them).
    printed_pdf = Path(printed.args[0])
    assert printed_pdf.parent == out and printed_pdf.read_bytes().startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(printed_pdf)], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "Pages:" in info and "A4" in info
    # The document those pages come from, with its text.
    sheet = guide_sheet(get_guide(demo_store, COMPANY, public=True), hall_name="青川县政务服务中心",
                        link=None)  # fmt: skip
    source = tmp_path / "guide.pdf"
    source.write_bytes(guide_pdf(sheet))
    text = _pdf_text(source)
    for part in ("办事指南", "企业设立登记", "受理条件", "合伙协议", "原件", "复印件",
                 "不收费", "0839-7212315", "设定与实施依据"):  # fmt: skip
        assert part in text, part
    assert text.index("申请材料") < text.index("办理时限") < text.index("设定与实施依据")
    source_info = subprocess.run(["pdfinfo", str(source)], capture_output=True, text=True,
                                 check=True).stdout  # fmt: skip
    assert _pages(info) == _pages(source_info) >= 1


def test_no_print_button_when_printing_is_switched_off(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    w = make_lookup(lookup_print="")
    _open(qtbot, w)
    assert not w.print_button.isVisible()
