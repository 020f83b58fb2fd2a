"""Pinyin keys for search (``yyzz`` finds 营业执照), computed once when a matter is stored."""

from __future__ import annotations


def pinyin_keys(text: str) -> tuple[str, str]:
    """(full pinyin without spaces, initials), lower case; non-Han characters kept as typed."""
    # pypinyin loads its phrase dictionary on import (~0.5 s): only pay for it when needed.
    from pypinyin import Style, lazy_pinyin

    syllables = [p.lower() for p in lazy_pinyin(text, errors="default") if p.strip()]
    initials = [p.lower() for p in lazy_pinyin(text, style=Style.FIRST_LETTER) if p.strip()]
    keep = lambda s: "".join(ch for ch in s if ch.isalnum())  # noqa: E731
    return keep("".join(syllables)), keep("".join(initials))
