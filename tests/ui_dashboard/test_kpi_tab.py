""""Which windows were slowest last month?" in a few clicks: the supervisor signs in, opens the
KPI tab, picks last month by window, sorts by the 90% wait, double-clicks the slowest window's
figure for the tickets behind it, and exports the workbook, which opens with the same figures
as the engine's report. On a store with a real history (conftest.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt

from app.reports.charts import wait_distribution
from app.reports.kpi import (
    FIGURES,
    KpiQuery,
    allowed_halls,
    compute,
    drill,
    format_value,
    kpi_report,
)
from app.settings import Settings
from app.store import hall_facts
from ui.app_main import make_app
from ui.common.worker import wait_idle
from ui.dashboard.dashboard_window import DashboardWindow
from ui.dashboard.sign_in_gate import SupervisorSignInDialog


def _signed_in_window(qtbot, store, settings) -> DashboardWindow:  # type: ignore[no-untyped-def]
    """As ui/app_main.py does: the gate first, then the window for whoever got through."""
    gate = SupervisorSignInDialog(store, settings, hall_facts(store)[0])
    qtbot.addWidget(gate)
    gate.show()
    qtbot.keyClicks(gate.work_no, "Q0022")
    qtbot.keyClicks(gate.password, "yc-lead-1")
    qtbot.keyClick(gate.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gate.actor is not None, timeout=15_000)
    w = DashboardWindow(store, settings, hall_name=hall_facts(store)[0], departments=[],
                        actor=gate.actor)  # fmt: skip
    qtbot.addWidget(w)
    w.resize(1920, 1080)
    w.show()
    qtbot.waitUntil(lambda: w.kpi.report is not None, timeout=15_000)
    return w


def _click_tab(qtbot, w: DashboardWindow, title: str) -> None:  # type: ignore[no-untyped-def]
    bar = w.tabs.tabBar()
    i = next(i for i in range(w.tabs.count()) if w.tabs.tabText(i) == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
    assert w.tabs.currentIndex() == i


def _shown(w: DashboardWindow) -> dict[str, list[str]]:
    """The table as the supervisor reads it: row label → the figures' texts."""
    m = w.kpi.proxy
    return {m.index(r, 0).data(): [m.index(r, c).data() for c in range(1, m.columnCount())]
            for r in range(m.rowCount())}  # fmt: skip


def test_slowest_windows_last_month_drill_and_export(
    qtbot, qapp, history_store, history_url, last_month, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(db=history_url)
    make_app(settings)
    w = _signed_in_window(qtbot, history_store, settings)
    _click_tab(qtbot, w, "效能指标")
    page = w.kpi
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.period.choice.setCurrentIndex(page.period.choice.findData("last_month"))
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.dimension.setCurrentIndex(page.dimension.findData("window"))
    assert page.period.range() == last_month
    assert page.query is not None and page.query.by == "window"

    # What the engine says for the same question, row by row and figure by figure.
    boss = w.actor
    scope = allowed_halls(history_store, boss)
    expected = kpi_report(history_store, settings, KpiQuery(*last_month, by="window",
                                                            hall_ids=scope))  # fmt: skip
    assert len(expected.rows) >= 3 and expected.total.tickets_issued > 20
    shown = _shown(w)
    assert len(shown) == len(expected.rows) + 1
    for row in [*expected.rows, expected.total]:
        assert shown[row.label] == [format_value(f, getattr(row, f)) for f, _t, _k in FIGURES]

    # Before any click the rows are in a person's order: 1号窗口, 2号窗口 … 10号窗口, 合计 last.
    proxy = page.proxy
    first = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert first == [*(r.label for r in expected.rows), "合计"]
    numbered = [int(t.split("号")[0]) for t in first if t[:1].isdigit()]
    assert len(numbered) >= 2 and numbered == sorted(numbered)

    # Sort by the 90% wait, slowest first: a click on its header, a second for descending.
    col = page.figure_column("wait_p90_min")
    header = page.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(col) + header.sectionSize(col) // 2, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    if header.sortIndicatorOrder() != Qt.SortOrder.DescendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert header.sortIndicatorSection() == col
    proxy = page.proxy
    labels = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    timed = [r for r in expected.rows if r.wait_p90_min is not None]
    slowest = max(timed, key=lambda r: r.wait_p90_min or 0)
    assert labels[0] == slowest.label
    assert labels[-1] == "合计"  # the total stays last, whichever way
    p90s = [r.wait_p90_min for r in sorted(expected.rows, key=lambda r: labels.index(r.label))]
    known = [v for v in p90s if v is not None]
    assert known == sorted(known, reverse=True)

    # Double-click the slowest window's 90% wait: the tickets behind it, slowest first.
    index = proxy.index(0, col)
    table = page.table
    table.scrollTo(index)
    spot = table.visualRect(index).center()
    # A real double-click: press and release, then the second press Qt reports as a double.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.waitUntil(lambda: page.drill is not None, timeout=5_000)
    dlg = page.drill
    assert dlg is not None
    qtbot.waitUntil(lambda: dlg.count.text().startswith("共"), timeout=15_000)
    behind = drill(history_store, settings, page.query, slowest.key, "wait_p90_min")
    assert dlg.count.text() == f"共 {len(behind)} 条" and len(behind) > 0
    assert dlg.windowTitle() == f"明细：{slowest.label} · 90%等候(分)"
    shown_refs = [dlg.model.index(r, 1).data() for r in range(dlg.model.rowCount())]
    assert shown_refs == [ln.ref for ln in behind]
    assert "等候" in dlg.model.index(0, 4).data()
    dlg.close()

    # Export the workbook; it opens with the figures the table showed.
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    ex = page.export
    assert ex is not None
    target = tmp_path / "上月效能.xlsx"
    ex.path.setText(str(target))
    with qtbot.waitSignal(ex.done, timeout=60_000) as done:
        qtbot.mouseClick(ex.go, Qt.MouseButton.LeftButton)
    assert done.args == [str(target)]
    assert ex.message.text() == f"已导出：{target}"
    assert ex.steps and ex.steps[-1] == "保存"  # the progress dialog followed the work
    assert ex.progress is None and ex.go.isEnabled()
    wb = load_workbook(target)
    sheet = wb["按窗口"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][1:] == tuple(t for _f, t, _k in FIGURES)
    by_label = {r[0]: r[1:] for r in rows[1:] if r[0]}
    for row in [*expected.rows, expected.total]:
        got = by_label[row.label]
        for (f, _t, _k), cell in zip(FIGURES, got, strict=True):
            want = getattr(row, f)
            if want is None:
                assert cell is None, (row.label, f)
            else:
                assert abs(float(cell) - float(want)) < 1e-9, (row.label, f, cell, want)
    totals = {r[0]: r[1] for r in wb["合计"].iter_rows(min_row=3, values_only=True)}
    assert totals["取号数"] == expected.total.tickets_issued
    assert totals["受理"] == expected.total.cases_accepted
    wait_idle()


def test_export_errors_are_chinese_and_change_nothing(
    qtbot, qapp, history_store, history_url, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(db=history_url)
    make_app(settings)
    w = _signed_in_window(qtbot, history_store, settings)
    _click_tab(qtbot, w, "效能指标")
    with qtbot.waitSignal(w.kpi.loaded, timeout=15_000):
        w.kpi.period.pick("last_month")
    qtbot.mouseClick(w.kpi.export_button, Qt.MouseButton.LeftButton)
    ex = w.kpi.export
    assert ex is not None
    ex.path.setText(str(tmp_path / "没有这个文件夹" / "a.xlsx"))
    qtbot.mouseClick(ex.go, Qt.MouseButton.LeftButton)
    assert ex.message.text().startswith("文件夹不存在")
    (tmp_path / "报表.xlsx").mkdir()  # a folder where the file should go
    ex.path.setText(str(tmp_path / "报表.xlsx"))
    with qtbot.waitSignal(ex.failed, timeout=60_000):
        qtbot.mouseClick(ex.go, Qt.MouseButton.LeftButton)
    assert ex.message.text().startswith("导出失败：无法写入文件")
    assert "已有同名文件夹" in ex.message.text()
    assert ex.go.isEnabled() and ex.progress is None
    assert w.kpi.report is not None  # the figures on screen stay
    wait_idle()


def test_pdf_report_is_written_with_progress(
    qtbot, qapp, history_store, history_url, last_month, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(db=history_url)
    make_app(settings)
    w = _signed_in_window(qtbot, history_store, settings)
    page = w.kpi
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.period.pick("last_month")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    ex = page.export
    assert ex is not None
    ex.path.setText(str(tmp_path / "月报"))
    qtbot.mouseClick(ex.pdf, Qt.MouseButton.LeftButton, pos=QPoint(8, ex.pdf.height() // 2))
    assert ex.pdf.isChecked()
    assert ex.path.text().endswith("月报.pdf")
    with qtbot.waitSignal(ex.done, timeout=120_000):
        qtbot.mouseClick(ex.go, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "月报.pdf"
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5_000
    assert len(ex.steps) >= 3
    wait_idle()


def test_a_custom_range_backwards_is_refused(qtbot, qapp, history_store, history_url) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(db=history_url)
    make_app(settings)
    w = _signed_in_window(qtbot, history_store, settings)
    page = w.kpi
    shown = page.report
    page.period.end.setDate(page.period.start.date().addDays(-3))
    assert page.period.choice.currentData() == "custom"
    assert page.status.text().startswith("结束日期")
    assert page.report is shown  # what was on screen stays
    wait_idle()


def test_charts_draw_the_period_and_a_bar_drills_down(
    qtbot, qapp, history_store, history_url, last_month
) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(db=history_url)
    make_app(settings)
    w = _signed_in_window(qtbot, history_store, settings)
    _click_tab(qtbot, w, "统计图表")
    charts = w.charts
    with qtbot.waitSignal(charts.loaded, timeout=15_000):
        charts.period.pick("last_month")
    assert charts.data is not None
    total = kpi_report(history_store, settings, charts.data.query).total
    per_hour = charts.views["per_hour"].chart().series()[0]
    sets = per_hour.barSets()
    assert [s.label() for s in sets] == ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
    drawn = sum(s.at(i) for s in sets for i in range(s.count()))
    assert drawn == total.tickets_issued
    waits = charts.views["waits"].chart().series()[0].barSets()[0]
    engine = wait_distribution(history_store, settings, charts.data.query)
    assert [waits.at(i) for i in range(waits.count())] == [n for _label, n in engine]
    assert sum(n for _label, n in engine) > 0
    ratings = charts.views["ratings"].chart().series()[0].barSets()[0]
    assert ratings.at(list(charts.data.ratings).index("未评价")) == charts.data.ratings["未评价"]
    # The busiest bar: a click lists exactly the tickets taken in that hour of that weekday.
    wd, i = max(((wd, i) for wd in range(7) for i in range(sets[wd].count())),
                key=lambda p: sets[p[0]].at(p[1]))  # fmt: skip
    sets[wd].clicked.emit(i)
    dlg = charts.drill
    assert dlg is not None
    qtbot.waitUntil(lambda: dlg.count.text().startswith("共"), timeout=15_000)
    assert dlg.count.text() == f"共 {int(sets[wd].at(i))} 条"
    hour = charts.hours[i]
    assert all(f" {hour:02d}:" in dlg.model.index(r, 2).data() for r in range(dlg.model.rowCount()))
    assert dt.date.fromisoformat(dlg.model.index(0, 2).data()[:10]).weekday() == wd
    # A rating bar lists that level's ratings; a day of the trend the cases concluded then.
    level = max(charts.data.ratings, key=lambda k: charts.data.ratings[k])
    ratings.clicked.emit(list(charts.data.ratings).index(level))
    rated = charts.drill
    assert rated is not None and rated is not dlg
    qtbot.waitUntil(lambda: rated.count.text().startswith("共"), timeout=15_000)
    assert rated.count.text() == f"共 {charts.data.ratings[level]} 条"
    assert all(f"；{level}（" in rated.model.index(r, 4).data() for r in range(rated.model.rowCount()))
    done = compute(history_store, settings, charts.data.query).concluded_by_day()
    day = max(done, key=lambda d: done[d][0])
    charts.drill_day(day)
    concluded = charts.drill
    assert concluded is not None and concluded is not rated
    qtbot.waitUntil(lambda: concluded.count.text().startswith("共"), timeout=15_000)
    assert concluded.count.text() == f"共 {done[day][0]} 条"
    assert {concluded.model.index(r, 2).data()[:10] for r in range(concluded.model.rowCount())} == {
        day.isoformat()}  # fmt: skip
    wait_idle()


def test_a_period_without_tickets_shows_zeros_and_exports(
    qtbot, qapp, history_store, history_url, last_month, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Early on the 1st, 本月 has no ticket yet: by window its queue figures are zeros (not an
    error), and its workbook is written all the same."""
    settings = Settings(db=history_url)
    make_app(settings)
    w = _signed_in_window(qtbot, history_store, settings)
    page = w.kpi
    empty = last_month[1] + dt.timedelta(days=40)  # well after the history, nothing there
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.period.end.setDate(empty + dt.timedelta(days=6))  # the end first: never reversed
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.period.start.setDate(empty)
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.dimension.setCurrentIndex(page.dimension.findData("window"))
    assert page.query is not None and page.query.start == empty and page.query.by == "window"
    shown = _shown(w)
    assert list(shown)[-1] == "合计"
    # No ticket in any row, so no waiting time either (cases still open may show on their rows).
    assert all(figs[0] == "0" and figs[3] == "—" for figs in shown.values())
    expected = kpi_report(history_store, settings, page.query)
    assert len(shown) == len(expected.rows) + 1
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    ex = page.export
    assert ex is not None
    ex.path.setText(str(tmp_path / "空.xlsx"))
    with qtbot.waitSignal(ex.done, timeout=60_000):
        qtbot.mouseClick(ex.go, Qt.MouseButton.LeftButton)
    totals = {r[0]: r[1] for r in load_workbook(tmp_path / "空.xlsx")["合计"].iter_rows(
        min_row=3, values_only=True)}  # fmt: skip
    assert totals["取号数"] == 0
    wait_idle()
