"""Store problems with a Chinese message for the operator."""

from __future__ import annotations


class StoreError(Exception):
    exit_code = 5

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
