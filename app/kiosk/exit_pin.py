"""The kiosk's exit PIN: chosen by the administrator (first run, or ``yichuang kiosk pin set``),
kept only as an argon2 hash in the kiosk PC's settings file. Hashing is slow on purpose; it
never runs inside a database write (the PIN is not in the database at all)."""

from __future__ import annotations

from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app import settings as settings_mod
from app.errors import InvalidInput

_hasher = PasswordHasher()
MIN_LEN, MAX_LEN = 6, 12


def validate(pin: str, again: str | None = None) -> str:
    pin = pin.strip()
    if not pin.isdigit() or not MIN_LEN <= len(pin) <= MAX_LEN:
        raise InvalidInput(f"退出密码应为 {MIN_LEN}–{MAX_LEN} 位数字")
    if len(set(pin)) == 1 or pin in "0123456789" or pin in "9876543210":
        raise InvalidInput("退出密码过于简单（相同或连续的数字），请另选")
    if again is not None and again.strip() != pin:
        raise InvalidInput("两次输入的密码不一致，请重新输入")
    return pin


def hash_pin(pin: str) -> str:
    return _hasher.hash(validate(pin))


def check(stored_hash: str, typed: str) -> bool:
    if not stored_hash or not typed:
        return False
    try:
        return _hasher.verify(stored_hash, typed)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def save(pin: str, again: str | None = None, path: Path | None = None) -> str:
    """Validate, hash (outside any transaction), then write the hash to the settings file."""
    digest = _hasher.hash(validate(pin, again))
    settings_mod.save({"kiosk_pin_hash": digest}, path)
    return digest
