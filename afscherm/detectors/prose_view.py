"""The text the NER model reads: the same string with machine noise blanked out.

Names and places are words; JSON punctuation, identifiers, hashes, timestamps and numbers only cost
the model time (support data is full of them) and sometimes fool it. Blanking them with spaces keeps
every offset, so the model's entities index the original text unchanged.
"""

from __future__ import annotations

import re

# JSON/markup punctuation, and any token that contains a digit (ids, hashes, timestamps, amounts).
_NOISE = re.compile(r'[{}\[\]"=|<>]+|(?<![\w@])(?=[\w.:+/-]*\d)[\w.:+/-]+')


def prose_view(text: str) -> str:
    """``text`` with non-prose characters replaced by spaces (same length, same offsets)."""
    return _NOISE.sub(lambda m: " " * (m.end() - m.start()), text)
