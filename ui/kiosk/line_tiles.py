"""The home screen's tiles, one per service line, reflowed to the screen's width."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.kiosk.wording import tile_wait_text
from app.queue.views import LineStatus

TILE_MIN_W = 440
TILE_H = 200


def closed_reason(line: LineStatus) -> str | None:
    if line.closed_today:  # holiday or weekend: the reason comes from the calendar (Chinese)
        return line.closed_today
    if not line.open_now:
        return QCoreApplication.translate("LineTile", "未到办理时间（%s）") % line.hours_text
    if line.cap_left <= 0 and line.daily_cap:
        return QCoreApplication.translate("LineTile", "今日号已取完，请明天再来")
    return None


class LineTile(QPushButton):
    def __init__(self, line: LineStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lineTile")
        self.setMinimumSize(TILE_MIN_W, TILE_H)
        self.setMaximumHeight(TILE_H + 60)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 18, 24, 18)
        self.name_label = QLabel()
        self.name_label.setObjectName("tileName")
        self.hint_label = QLabel()
        self.hint_label.setObjectName("tileHint")
        self.hint_label.setWordWrap(True)
        self.info_label = QLabel()
        self.info_label.setObjectName("tileInfo")
        self.info_label.setWordWrap(True)
        for label in (self.name_label, self.hint_label, self.info_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(label)
        self.update_line(line)

    def update_line(self, line: LineStatus, hint: str = "") -> None:
        self.line = line
        self.name_label.setText(line.name)
        if hint:
            self.hint_label.setText(self.tr("如：%s") % hint)
        self.hint_label.setVisible(bool(self.hint_label.text()))
        self.name_label.setProperty("long", len(line.name) > 8)
        reason = closed_reason(line)
        if reason:
            self.info_label.setText(reason)
        else:
            self.info_label.setText(tile_wait_text(line.waiting, line.est_wait_minutes))
        self.setEnabled(reason is None)
        for label in (self.name_label, self.hint_label, self.info_label):
            label.setProperty("closed", reason is not None)
            label.style().unpolish(label)
            label.style().polish(label)


class TileGrid(QWidget):
    """Columns follow the width: 2 on a portrait kiosk, 3–4 on a landscape one."""

    chosen = Signal(str)  # line code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setSpacing(24)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.tiles: dict[str, LineTile] = {}
        self.hints: dict[str, str] = {}
        self._columns = 0

    def set_hints(self, hints: dict[str, str]) -> None:
        self.hints = dict(hints)
        for code, tile in self.tiles.items():
            tile.update_line(tile.line, self.hints.get(code, ""))

    def set_lines(self, lines: list[LineStatus]) -> None:
        codes = [ln.code for ln in lines]
        if codes != list(self.tiles):
            for tile in self.tiles.values():
                tile.deleteLater()
            self.tiles = {}
            for ln in lines:
                tile = LineTile(ln, self)
                tile.update_line(ln, self.hints.get(ln.code, ""))
                tile.clicked.connect(lambda _=False, c=ln.code: self.chosen.emit(c))
                self.tiles[ln.code] = tile
            self._columns = 0
        else:
            for ln in lines:
                self.tiles[ln.code].update_line(ln, self.hints.get(ln.code, ""))
        self._reflow()

    def columns_for(self, width: int) -> int:
        return max(1, min(4, (width + 24) // (TILE_MIN_W + 24)))

    def _reflow(self) -> None:
        columns = self.columns_for(self.width())
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles.values():
            self._grid.removeWidget(tile)
        for i, tile in enumerate(self.tiles.values()):
            self._grid.addWidget(tile, i // columns, i % columns)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._reflow()
