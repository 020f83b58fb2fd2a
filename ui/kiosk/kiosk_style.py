"""Look of the kiosk: read at arm's length by people of every age, touched with a finger.
Sizes are in pixels because the kiosk screen is known (1080×1920 or 1920×1080) and point sizes
would depend on the panel's reported DPI."""

RED = "#b3191c"
BLUE = "#0b4a8f"
GREY = "#c9cfd4"

KIOSK_QSS = f"""
QWidget#kiosk {{ background: #f4f1ea; }}
QWidget#kioskHeader {{ background: {RED}; }}
QLabel#hallName {{ color: white; font-size: 46px; font-weight: bold; }}
QLabel#clock {{ color: white; font-size: 34px; }}
QLabel#prompt {{ color: #222; font-size: 44px; font-weight: bold; }}
QLabel#banner {{ color: {RED}; font-size: 32px; font-weight: bold; }}
QLabel#hint {{ color: #444; font-size: 28px; }}
QPushButton#lineTile {{ background: {BLUE}; border: none; border-radius: 18px; }}
QPushButton#lineTile:pressed {{ background: #072f5c; }}
QPushButton#lineTile:disabled {{ background: {GREY}; }}
QLabel#tileName {{ color: white; font-size: 46px; font-weight: bold; }}
QLabel#tileName[long="true"] {{ font-size: 38px; }}
QLabel#tileHint {{ color: #dce8f7; font-size: 26px; }}
QLabel#tileInfo {{ color: #ffe082; font-size: 32px; font-weight: bold; }}
QLabel#tileName[closed="true"], QLabel#tileInfo[closed="true"],
QLabel#tileHint[closed="true"] {{ color: #4a4a4a; }}
QWidget#priorityBar {{ background: {RED}; border-radius: 16px; }}
QLabel#priorityText {{ color: white; font-size: 40px; font-weight: bold; }}
QLabel#ticketWhere {{ color: #111; font-size: 46px; font-weight: bold; }}
QLabel#question {{ color: #111; font-size: 48px; font-weight: bold; }}
QPushButton#bigButton {{ background: #e8a317; color: #1a1a1a; font-size: 40px; font-weight: bold;
    border: none; border-radius: 16px; min-height: 120px; padding: 0 40px; }}
QPushButton#bigButton:pressed {{ background: #b57d0c; }}
QPushButton#bigButton:checked {{ background: {RED}; color: white; }}
QPushButton#plainButton {{ background: white; color: #222; font-size: 36px; border: 3px solid #888;
    border-radius: 16px; min-height: 110px; padding: 0 36px; }}
QPushButton#key {{ background: white; color: #111; font-size: 52px; font-weight: bold;
    border: 2px solid #999; border-radius: 14px; min-height: 120px; min-width: 150px; }}
QPushButton#key:pressed {{ background: #ddd; }}
QPushButton#keyOk {{ background: #2e7d32; color: white; font-size: 44px; font-weight: bold;
    border: none; border-radius: 14px; min-height: 120px; min-width: 150px; }}
QLabel#keypadDisplay {{ background: white; color: #111; font-size: 56px; font-weight: bold;
    border: 3px solid {BLUE}; border-radius: 12px; padding: 10px 20px; min-height: 90px; }}
QLabel#ticketNumber {{ color: {RED}; font-size: 260px; font-weight: bold; }}
QLabel#ticketLine {{ color: #111; font-size: 56px; font-weight: bold; }}
QLabel#ticketInfo {{ color: #222; font-size: 44px; }}
QLabel#ticketAttention {{ color: {BLUE}; font-size: 52px; font-weight: bold; }}
QLabel#printNotice {{ color: white; background: {RED}; font-size: 36px; font-weight: bold;
    border-radius: 12px; padding: 18px; }}
QLabel#printOk {{ color: #2e7d32; font-size: 34px; }}
QLabel#cardStatus {{ color: #222; font-size: 34px; background: white; border: 3px dashed {BLUE};
    border-radius: 14px; padding: 20px; }}
QLabel#message {{ color: {RED}; font-size: 34px; font-weight: bold; }}
"""
