"""One stylesheet for the desk roles: calm colours, large enough type for a long shift."""

DESK_QSS = """
QWidget { font-size: 11pt; }
QLineEdit, QComboBox { padding: 4px 6px; min-height: 26px; }
QPushButton { padding: 6px 14px; min-height: 26px; }
QPushButton#primary { background: #c0392b; color: white; border: none; border-radius: 4px; }
QPushButton#primary:disabled { background: #d9a19b; }
QLabel#error { color: #c0392b; }
QLabel#title { font-size: 16pt; font-weight: bold; color: #8b1a1a; }
QTableView { gridline-color: #e5e5e5; selection-background-color: #f6d5d1;
             selection-color: black; }
QHeaderView::section { background: #f3f3f3; padding: 4px; border: none;
                       border-bottom: 1px solid #ddd; }
"""
