"""The lookup touchscreen's look: large type, tiles and finger-sized buttons."""

LOOKUP_QSS = """
QMainWindow, QWidget#page { background: #f7f3ee; }
QWidget#bannerRow { background: #a61b1b; }
QLabel#banner { background: #a61b1b; color: white; font-size: 30pt; font-weight: bold;
                padding: 18px; }
QPushButton#tile { background: white; border: 2px solid #d8c7b5; border-radius: 14px;
                   font-size: 24pt; padding: 18px; min-height: 150px; color: #5a1010; }
QPushButton#tile:pressed { background: #f6d5d1; }
QPushButton#deptTile { background: white; border: 2px solid #d8c7b5; border-radius: 12px;
                       font-size: 20pt; padding: 12px; min-height: 110px; color: #5a1010; }
QPushButton#deptTile:pressed { background: #f6d5d1; }
QPushButton#nav { font-size: 20pt; padding: 10px 36px; min-height: 70px; background: white;
                  border: 2px solid #a61b1b; border-radius: 10px; color: #a61b1b; }
QPushButton#nav:pressed { background: #f6d5d1; }
QListView { font-size: 20pt; background: white; border: 1px solid #ddd; }
QListView::item { padding: 18px; border-bottom: 1px solid #eee; }
QListView::item:selected { background: #f6d5d1; color: #222; }
QTextBrowser { font-size: 18pt; background: white; border: 1px solid #ddd; }
QLineEdit#searchField { font-size: 28pt; padding: 10px; min-height: 70px; background: white;
                        border: 2px solid #a61b1b; border-radius: 10px; }
QLabel#title { font-size: 24pt; font-weight: bold; color: #5a1010; padding: 6px; }
QLabel#hint { font-size: 20pt; color: #444; padding: 8px 14px; background: #efe6dc; }
QLabel#qrCaption { font-size: 14pt; color: #555; }
QLabel#prompt { font-size: 24pt; } QLabel#message { font-size: 18pt; color: #a61b1b; }
QPushButton#key, QPushButton#keyOk { font-size: 26pt; min-height: 80px; }
"""
