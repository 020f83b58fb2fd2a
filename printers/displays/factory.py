"""Open a window screen or rating pad by URL (``serial://``, ``socket://``, ``sim://``)."""

from __future__ import annotations

from urllib.parse import urlsplit

from printers.displays.led import GenericLineLed, LedConfig
from printers.displays.rating_pad import GenericRatingPad, RatingPadConfig
from printers.displays.simulators import LedSimulator, RatingPadSimulator
from printers.idcard.link import open_link


class SimulatedLed(GenericLineLed):
    """``sim://``: the generic driver talking to an in-process LedSimulator over a pty."""

    def __init__(self, config: LedConfig | None = None) -> None:
        self.simulator = LedSimulator(config).start()
        super().__init__(open_link(self.simulator.url), config)

    def close(self) -> None:
        super().close()
        self.simulator.stop()


class SimulatedRatingPad(GenericRatingPad):
    def __init__(self, config: RatingPadConfig | None = None) -> None:
        self.simulator = RatingPadSimulator(config).start()
        super().__init__(open_link(self.simulator.url), config)

    def close(self) -> None:
        super().close()
        self.simulator.stop()


def open_led(url: str, config: LedConfig | None = None) -> GenericLineLed:
    if urlsplit(url).scheme == "sim":
        return SimulatedLed(config)
    return GenericLineLed(open_link(url), config)


def open_rating_pad(url: str, config: RatingPadConfig | None = None) -> GenericRatingPad:
    if urlsplit(url).scheme == "sim":
        return SimulatedRatingPad(config)
    return GenericRatingPad(open_link(url), config)
