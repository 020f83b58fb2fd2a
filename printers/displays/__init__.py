"""Window LED screens (窗口屏) and evaluation pads (评价器): generic frames, pty simulators."""

from printers.displays.factory import SimulatedLed, SimulatedRatingPad, open_led, open_rating_pad
from printers.displays.led import GenericLineLed, LedConfig, LedDisplay, led_frame
from printers.displays.line_frames import LineFrameConfig, decode_frames, encode_frame
from printers.displays.rating_pad import (
    GenericRatingPad,
    RatingPad,
    RatingPadConfig,
    key_frame,
    prompt_frame,
)
from printers.displays.satisfaction import (
    SATISFACTION_LABELS,
    key_label,
    satisfaction_code,
    satisfaction_label,
)
from printers.displays.simulators import LedSimulator, RatingPadSimulator

__all__ = [
    "SATISFACTION_LABELS",
    "GenericLineLed",
    "GenericRatingPad",
    "LedConfig",
    "LedDisplay",
    "LedSimulator",
    "LineFrameConfig",
    "RatingPad",
    "RatingPadConfig",
    "RatingPadSimulator",
    "SimulatedLed",
    "SimulatedRatingPad",
    "decode_frames",
    "encode_frame",
    "key_frame",
    "key_label",
    "led_frame",
    "open_led",
    "open_rating_pad",
    "prompt_frame",
    "satisfaction_code",
    "satisfaction_label",
]
