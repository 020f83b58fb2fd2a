"""Device faults with a Chinese message a clerk or applicant can act on."""

from __future__ import annotations


class DeviceError(Exception):
    """A device could not do what was asked. ``str(err)`` is the Chinese message."""

    def __init__(self, message: str, *, code: str = "device") -> None:
        super().__init__(message)
        self.message = message
        self.code = code
