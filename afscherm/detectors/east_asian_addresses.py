"""LOCATION: an address in Japan or Korea as its own script writes it: Japan's postcode after its mark
(``〒810-0042``), a Japanese address from the prefecture or city down to its block numbers (``福岡市中央区赤坂2-4-17``,
``大阪府豊中市``), a Korean address from the province or city down to its road and number (``경기도 성남시 분당구 느티로
51``).

Japanese and Korean families in the Netherlands write a parent's address at home into a chat or a form for a parcel,
an emergency contact or a municipality's registration (tuning_126). Neither script sets capitals, and the gazetteer
knows Dutch places only, so no rule found them. The units of the address say what it is: a Japanese address names its
prefecture (都, 道, 府, 県), its city, ward, town or village (市, 区, 町, 村, 郡) and ends in the block numbers
(``2-4-17``, ``3丁目5番``); a Korean one names its province (도) or city (시), its district (구, 군) and its road (로,
길) with the building's number. A run of Chinese characters counts only with two such units in order (a prefecture
before a city, a city before a ward) or a unit and the block numbers after it, so that a word holding 市 (``市場``,
market) is none.

>>> text = "send to 〒810-0042 福岡市中央区赤坂2-4-17 ok? 우리집 주소 경기도 성남시 분당구 느티로 51 304동"
>>> [text[f.start : f.end] for f in east_asian_addresses(text, None, [])]
['〒810-0042', '福岡市中央区赤坂2-4-17', '경기도 성남시 분당구 느티로 51']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding

if TYPE_CHECKING:
    from spacy.tokens import Doc

RECOGNIZER = "EastAsianAddress"
SCORE = 0.85
_JAPANESE_POSTCODE = re.compile(r"〒[ \t\u3000]?\d{3}[-\u2212\u2010\uff0d]\d{4}(?!\d)")
_KANJI = "\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fc\u30f6"
_BLOCKS = r"\d{1,4}(?:(?:[-\u2212\u2010\uff0dの]|丁目|番地?)\d{1,4}){0,3}(?:号)?"
_JAPANESE_ADDRESS = re.compile(
    rf"(?<![{_KANJI}])(?:(?P<pref>[{_KANJI}]{{1,4}}?[都道府県])(?P<city>[{_KANJI}]{{1,6}}?[市区町村郡])"
    rf"|(?P<unit>[{_KANJI}]{{1,6}}?[市区町村郡]))"
    rf"(?:[{_KANJI}]{{1,6}}?[区町村])?(?:[{_KANJI}]{{0,8}}?(?P<blocks>{_BLOCKS}))?"
)
_KOREAN_ADDRESS = re.compile(
    r"(?<![\uac00-\ud7af])(?:[\uac00-\ud7af]{1,5}(?:도|특별시|광역시)[ \t]+)?[\uac00-\ud7af]{1,4}[시군][ \t]+"
    r"[\uac00-\ud7af]{1,4}[구군읍면](?:[ \t]+[\uac00-\ud7af0-9]{1,10}(?:로|길)[ \t]*\d{1,4}(?:-\d{1,4})?(?!\d))?"
    r"(?![\uac00-\ud7af])"
)


def east_asian_addresses(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` and the Japanese and Korean addresses of ``text`` (see the module's note)."""
    out = list(findings)
    if re.search(r"[\u3005\u4e00-\u9fff]", text):
        out += [Finding(*m.span(), "LOCATION", SCORE, RECOGNIZER) for m in _JAPANESE_POSTCODE.finditer(text)]
        for m in _JAPANESE_ADDRESS.finditer(text):
            if m.group("pref") is not None or m.group("blocks") is not None:
                out.append(Finding(*m.span(), "LOCATION", SCORE, RECOGNIZER))
    elif "〒" in text:
        out += [Finding(*m.span(), "LOCATION", SCORE, RECOGNIZER) for m in _JAPANESE_POSTCODE.finditer(text)]
    if re.search(r"[\uac00-\ud7af][시군][ \t]", text):
        out += [Finding(*m.span(), "LOCATION", SCORE, RECOGNIZER) for m in _KOREAN_ADDRESS.finditer(text)]
    return out
