"""Readers that only work through the vendor SDK (libsdtapi.so / sdtapi.dll, libtermb.so).

The conventional sdtapi C signatures (shared by Huashi, Shensi, Jinglun …):

    int SDT_OpenPort(int iPort);                                   // 0x90 ok
    int SDT_ClosePort(int iPort);
    int SDT_StartFindIDCard(int iPort, unsigned char *pucManaInfo, int iIfOpen);  // 0x9F ok
    int SDT_SelectIDCard(int iPort, unsigned char *pucManaMsg, int iIfOpen);      // 0x90 ok
    int SDT_ReadBaseMsg(int iPort, unsigned char *pucCHMsg, unsigned int *puiCHMsgLen,
                        unsigned char *pucPHMsg, unsigned int *puiPHMsgLen, int iIfOpen);

Return codes are the SAM status bytes (SW3), so the same Chinese messages apply.
Ports: 1–16 serial COM1–16, 1001–1016 USB.
"""

from __future__ import annotations

import ctypes
import os
from typing import Any

from printers.errors import DeviceError
from printers.idcard import frames as f
from printers.idcard.card_data import PHOTO_LEN, TEXT_LEN, IdCardData, decode_card
from printers.idcard.reader import poll_for_card

MSG_NO_DRIVER = "未找到读卡器厂商驱动（{path}），请安装读卡器随附的驱动程序或在设置中改用串口地址"


class VendorSdkReader:
    def __init__(self, library_path: str, *, port: int = 1001) -> None:
        self.library_path = library_path
        self.port = port
        self._lib: Any = None
        self._opened = False

    def _load(self) -> Any:
        # Loaded lazily: a hall without this reader must not fail at start-up.
        if self._lib is None:
            loader = getattr(ctypes, "WinDLL", ctypes.CDLL) if os.name == "nt" else ctypes.CDLL
            try:
                lib = loader(self.library_path)
            except OSError as exc:
                raise DeviceError(
                    MSG_NO_DRIVER.format(path=self.library_path), code="idcard_no_sdk"
                ) from exc
            c_int, c_buf = ctypes.c_int, ctypes.c_char_p
            c_len = ctypes.POINTER(ctypes.c_uint)
            for name, args in {
                "SDT_OpenPort": [c_int],
                "SDT_ClosePort": [c_int],
                "SDT_StartFindIDCard": [c_int, c_buf, c_int],
                "SDT_SelectIDCard": [c_int, c_buf, c_int],
                "SDT_ReadBaseMsg": [c_int, c_buf, c_len, c_buf, c_len, c_int],
            }.items():
                try:
                    func = getattr(lib, name)
                except AttributeError as exc:
                    raise DeviceError(
                        f"读卡器驱动 {self.library_path} 缺少函数 {name}，驱动版本不兼容",
                        code="idcard_bad_sdk",
                    ) from exc
                func.argtypes, func.restype = args, c_int
            self._lib = lib
        return self._lib

    def _ensure_open(self) -> Any:
        lib = self._load()
        if not self._opened:
            rc = lib.SDT_OpenPort(self.port)
            if rc != f.SW_OK:
                raise DeviceError(
                    f"无法打开身份证读卡器端口 {self.port}：{f.status_message(rc)}",
                    code="idcard_open",
                )
            self._opened = True
        return lib

    def read_once(self) -> IdCardData | None:
        lib = self._ensure_open()
        mana = ctypes.create_string_buffer(8)
        rc = lib.SDT_StartFindIDCard(self.port, mana, 0)
        if rc == f.SW_NO_CARD:
            return None
        if rc != f.SW_FIND_OK:
            raise DeviceError(f.status_message(rc), code=f"idcard_sw_{rc:02x}")
        rc = lib.SDT_SelectIDCard(self.port, mana, 0)
        if rc == f.SW_NO_CARD:
            return None
        if rc != f.SW_OK:
            raise DeviceError(f.status_message(rc), code=f"idcard_sw_{rc:02x}")
        text = ctypes.create_string_buffer(TEXT_LEN + 16)
        photo = ctypes.create_string_buffer(PHOTO_LEN + 16)
        text_len, photo_len = ctypes.c_uint(0), ctypes.c_uint(0)
        rc = lib.SDT_ReadBaseMsg(
            self.port, text, ctypes.byref(text_len), photo, ctypes.byref(photo_len), 0
        )
        if rc != f.SW_OK:
            raise DeviceError(f.status_message(rc), code=f"idcard_sw_{rc:02x}")
        return decode_card(text.raw[: text_len.value], photo.raw[: photo_len.value])

    def read_card(self, timeout: float = 0.0) -> IdCardData | None:
        return poll_for_card(self.read_once, timeout)

    def close(self) -> None:
        if self._lib is not None and self._opened:
            self._lib.SDT_ClosePort(self.port)
            self._opened = False
