"""Resident ID-card readers (二代证): SAM UART protocol, vendor SDK and a pty simulator."""

from printers.idcard.card_data import IdCardData, decode_card, encode_card, parse_base_info
from printers.idcard.nations import NATIONS, SEXES, nation_name, sex_label
from printers.idcard.reader import CardReader, SamSerialReader, SimulatedReader, open_reader
from printers.idcard.simulator import IdCardReaderSimulator, sample_card
from printers.idcard.vendor_sdk import VendorSdkReader

__all__ = [
    "NATIONS",
    "SEXES",
    "CardReader",
    "IdCardData",
    "IdCardReaderSimulator",
    "SamSerialReader",
    "SimulatedReader",
    "VendorSdkReader",
    "decode_card",
    "encode_card",
    "nation_name",
    "open_reader",
    "parse_base_info",
    "sample_card",
    "sex_label",
]
