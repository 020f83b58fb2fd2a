"""The dashboard's style sheet: the desk style and its figure boxes."""

from __future__ import annotations

from ui.common.style import DESK_QSS

DASH_QSS = DESK_QSS + """
QLabel#kpiValue { font-size: 22pt; font-weight: bold; color: #8b1a1a; }
QLabel#kpiName { color: #555; }
QLabel#section { font-weight: bold; }
QWidget#kpi { background: white; border: 1px solid #e2d6cc; border-radius: 8px; }
QLabel#calendarBanner { background: #fff3cd; color: #7a4a00; padding: 6px; }
QTableView#kpiTable { font-size: 10pt; }
QTableView#kpiTable QHeaderView::section { padding: 2px 3px; font-size: 10pt; }
QLabel#signedIn { color: #555; padding: 0 8px; }
"""
