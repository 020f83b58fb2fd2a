"""Simulated ESC/POS printer: byte parser, status answers, PNG renderer, pty/TCP servers."""

from printers.simulator.blocks import (
    BarcodeBlock,
    Block,
    Cut,
    Feed,
    Init,
    QrBlock,
    RasterBlock,
    TextBlock,
    UnknownCommand,
)
from printers.simulator.printer import CablePulled, SimulatedPrinter
from printers.simulator.registry import get_simulator
from printers.simulator.servers import PtySimulator, TcpSimulator
from printers.simulator.state import PrinterState

__all__ = [
    "BarcodeBlock",
    "Block",
    "CablePulled",
    "Cut",
    "Feed",
    "Init",
    "PrinterState",
    "PtySimulator",
    "QrBlock",
    "RasterBlock",
    "SimulatedPrinter",
    "TcpSimulator",
    "TextBlock",
    "UnknownCommand",
    "get_simulator",
]
