"""The bundled CJK font, loaded at start so no screen depends on the OS fonts (a kiosk image
with no Chinese font would otherwise show boxes)."""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtGui import QFont, QFontDatabase

FONT_FILE = "wqy-microhei.ttc"
_family: str | None = None


def load_cjk_font() -> str:
    """Register the font with Qt once and return its family name."""
    global _family
    if _family is None:
        with as_file(files("resources").joinpath("fonts", FONT_FILE)) as path:
            font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            raise RuntimeError(f"cannot load bundled font {FONT_FILE}")
        _family = families[0]
    return _family


def ui_font(point_size: int = 11, *, bold: bool = False) -> QFont:
    font = QFont(load_cjk_font(), point_size)
    font.setBold(bold)
    return font
