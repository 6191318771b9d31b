"""PERSON: a chat export's sender written in Hangul, kana or Chinese characters (``14/09/2026, 20:41 - 유미경 권사님:``,
``2026. 9. 26. 오전 9:02 - 황보람:``, ``[29-09-26 08:02:51] ~ 소연:``).

A phone shows a contact by the name its owner saved, in whatever script; Korean and Japanese families save each other
in Hangul and kanji, and a WhatsApp export writes that name between the message's stamp and a colon (tuning_126). The
rules for chat labels read letters with capitals only: a Korean or Japanese name has none, and no name list holds it.
In a text holding two such headers or more (a stamp with its clock, a dash or a bracket, the label and a colon), a
label of one to three words in these scripts is a person's name, unless it is a word for kin (``엄마``, ``お母さん``),
the owner's "me" or a role. A church's or a company's title after the name (``권사님``, ``목사님``: a word ending in
님) is no part of it, and a parent saved by their child's name (``하율맘 소연``: Ha-yul's mum, So-yeon) is two names.

>>> text = "14/09/2026, 20:41 - 유미경 권사님: 안녕\\n14/09/2026, 20:44 - 하율맘 소연: 네\\n14/09/26, 20:45 - 엄마: 응"
>>> [text[f.start : f.end] for f in CaselessSenderRecognizer().find(text)]
['유미경', '하율', '소연']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from afscherm.detectors.findings import Finding
from afscherm.detectors.person_name import KIN_WORD_SET
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE = 0.85
_CASELESS = "\uac00-\ud7af\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
# A message's header at a line start: its stamp (in brackets, or ending in the clock and a dash), perhaps the "~" an
# iPhone sets before a number's name, a label and a colon.
_STAMP = (
    r"(?m)^[ \t]*(?:\[[^\]\n]{4,30}\][ \t]*"
    # (KakaoTalk's export on a phone writes a comma after the clock: "2026. 12. 20. 오후 9:16, 안지수 : ...",
    # tuning_136)
    r"|[^\n\[\]:]{0,26}?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?[ \t]*[-\u2013,][ \t]*)(?:~[ \t\u00a0\u202f]*)?"
)
_LABEL = r"[^\n:]{1,40}"
_NAME = rf"[{_CASELESS}]{{1,12}}(?:[ \t][{_CASELESS}]{{1,12}}){{0,2}}"
# The other exports' headers, whose label no colon closes (tuning_136): LINE's text export, the clock and the sender
# between tabs ("21:04\t강민혁\tnot yet"); KakaoTalk's on a computer, the sender (in brackets or not) before the
# bracketed clock ("[윤서진] [오후 2:03] ..."); Telegram's copied messages, the sender and a comma before the bracketed
# date and clock ("이수경, [21.09.2026 10:14]").
_OTHER_FORMATS = (
    r"(?m)^[ \t]*\d{1,2}:\d{2}(?::\d{2})?\t(?P<name>LABEL)\t",
    r"(?m)^[ \t]*\[?(?P<name>LABEL)\]?[ \t]+\[(?:오전|오후|[AaPp][Mm])?[ \t]?\d{1,2}:\d{2}\]",
    r"(?m)^[ \t]*(?P<name>LABEL),[ \t]+\[\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\]",
)
_HEADERS = (
    re.compile(_STAMP + _LABEL + r":[ \t]"),
    *(re.compile(f.replace("LABEL", r"[^\n:\t\[\]]{1,40}?")) for f in _OTHER_FORMATS),
)
_CASELESS_SENDERS = (
    re.compile(_STAMP + rf"(?P<name>{_NAME})[ \t]*:[ \t]"),
    *(re.compile(f.replace("LABEL", _NAME)) for f in _OTHER_FORMATS),
)
# a title after the name (Korean: a word ending in 님, 권사님, 목사님, 선생님)
_TITLE = "님"
# a parent saved by the child's name: 하율맘, 서아엄마, 하율아빠
_PARENT_OF = re.compile(r"(?P<child>[\uac00-\ud7af]{1,3})(?:맘|엄마|아빠)")
# the owner's "me", a group's or a desk's label, no name
_NO_NAMES = frozenset("나 저 내 我 私 僕 나야 관리자 고객센터 상담원 공지 管理者 公式 お知らせ".split())


class CaselessSenderRecognizer(DutchRecognizer):
    """The senders of a chat export saved in Hangul, kana or Chinese characters (see the module's note)."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("PERSON",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        if not re.search(f"[{_CASELESS}]", text) or sum(len(h.findall(text)) for h in _HEADERS) < 2:
            return []
        out: list[Finding] = []
        for m in (m for sender in _CASELESS_SENDERS for m in sender.finditer(text)):
            words = [(w.start() + m.start("name"), w.group()) for w in re.finditer(r"\S+", m.group("name"))]
            if len(words) > 1 and words[-1][1].endswith(_TITLE):
                words = words[:-1]
            for at, word in words:
                if word.endswith(_TITLE) or word in KIN_WORD_SET or word in _NO_NAMES:
                    continue
                parent = _PARENT_OF.fullmatch(word)
                if parent is not None:
                    out.append(Finding(at, at + parent.end("child"), "PERSON", SCORE, self.name))
                    continue
                out.append(Finding(at, at + len(word), "PERSON", SCORE, self.name))
        # (one line may match two formats: each word once, in the text's order, for _joined)
        return _joined(text, sorted({(f.start, f.end): f for f in out}.values(), key=lambda f: f.start))


def _joined(text: str, found: list[Finding]) -> list[Finding]:
    """Words of one label found one by one, joined where only a blank is between them (``森川 奈緒美``); a parent's
    label's two names stay apart (the child's name ends before 맘)."""
    out: list[Finding] = []
    for f in found:
        if out and text[out[-1].end : f.start] in (" ", "\t"):
            out[-1] = Finding(out[-1].start, f.end, "PERSON", SCORE, f.recognizer)
        else:
            out.append(f)
    return out
