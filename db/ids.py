"""Time-ordered UUIDs (RFC 9562 version 7).

Python 3.11's ``uuid`` has no ``uuid7`` (it arrives in 3.14), and rows from many halls meet in
the county database, so keys must never collide and should sort by creation time to keep
B-tree inserts local. The layout is 48 bits of Unix milliseconds, then random bits.
"""

from __future__ import annotations

import os
import time
import uuid


def uuid7() -> uuid.UUID:
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= ((rand >> 62) & 0xFFF) << 64  # 12 bits rand_a
    value |= 0b10 << 62  # variant
    value |= rand & ((1 << 62) - 1)  # 62 bits rand_b
    return uuid.UUID(int=value)
