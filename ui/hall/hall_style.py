"""Look of the hall display: dark background, very large light type, read from 10 m away.
Pixel sizes: the screen is a known 1920×1080 panel."""

AMBER = "#ffc400"

HALL_QSS = f"""
QWidget#hall {{ background: #0a1422; }}
QWidget#hallHeader {{ background: #8e1417; }}
QLabel#hallName {{ color: white; font-size: 50px; font-weight: bold; }}
QLabel#clock {{ color: white; font-size: 42px; font-weight: bold; }}
QLabel#callBanner {{ color: {AMBER}; font-size: 76px; font-weight: bold; background: #13243b;
    border-radius: 12px; padding: 4px 20px; }}
QLabel#callBanner[flash="true"] {{ color: #0a1422; background: {AMBER}; }}
QFrame#windowCard {{ background: #14263f; border-radius: 12px; }}
QFrame#windowCard[flash="true"] {{ background: {AMBER}; }}
QLabel#cardTitle {{ color: #e6ecf5; font-size: 44px; font-weight: bold; }}
QLabel#voiceOff {{ color: #0a1422; background: {AMBER}; font-size: 34px; font-weight: bold;
    border-radius: 8px; padding: 2px 14px; }}
QLabel#cardNumber {{ color: {AMBER}; font-size: 84px; font-weight: bold; }}
QLabel#cardNumber[state="idle"] {{ color: #4d5f78; }}
QLabel#cardNumber[state="paused"] {{ color: #9aa7b8; font-size: 44px; }}
QFrame#windowCard[flash="true"] QLabel {{ color: #0a1422; }}
QLabel#sectionTitle {{ color: #8fb3e0; font-size: 36px; font-weight: bold; }}
QLabel#recentRow {{ color: white; font-size: 46px; font-weight: bold; }}
QLabel#recentRow[latest="true"] {{ color: {AMBER}; }}
QFrame#recentPanel {{ background: #101d31; border-radius: 12px; }}
QLabel#waitChip {{ color: white; font-size: 32px; font-weight: bold; background: #1b3252; border-radius: 8px;
    padding: 4px 14px; }}
QWidget#tickerBar {{ background: #8e1417; }}
"""
