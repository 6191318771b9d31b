"""DATE_OF_BIRTH: a real calendar date, reported only after a birth label or in a person's record.

Every date in the text is a candidate (one compiled pattern: Dutch, ISO and ``y/m/d``, English ``March 4,
1990``, French and German month names); only those with ``geboren``, ``geboortedatum``, ``geb.``, ``DOB``,
a ``birth_date`` key, ``né le``, ``Geburtsdatum`` ... shortly before them — on the same line or the line
above, as in ID-card OCR — are reported. Labels are read through OCR's ``rn`` for ``m`` and ``0`` for ``o``
(``Geboortedaturn``). The label must belong to this date: a date in between ends its reach, so in
``geboren op 1-2-1980, overleden op 3-4-2020`` only the first date is a birth date. Dates are also read as
transcripts and OCR write them: spoken (``veertien maart negentien eenentachtig``, ``de zeventiende mei``),
with OCR's letters for digits (``14-O3-1981``, ``14 rnaart 1981``), compact after a field label
(``dob=19860412``) and as Python prints them (``datetime.date(1988, 4, 9)``); a label OCR damaged further than
the pattern spells out is matched through ``context.fuzzy_label_near``.

Chats add their own writings (issue 12, tuning set 16): ``ben van 12 mei 1990`` at a turn's start, ``de 3e van de
4e 1987``, ``geboortedatum is 030487``, a birthday named after the date (``17 nov 93 is mn bday``, ``op 03-04-1987
jarig``), a second date that leaves out the verb (``is van 2 feb 95, ik van 9 okt 93``) and a date beside an age it
agrees with (``leeftijd 39 (3-4-1987)``); a chat export's time stamp (``[14-02-2024 08:13] Sanne:``) is never one.
Tuning set 19 adds the year of birth before the birthday (``geboren in '81, 14 maart``, also as the answer to a question
for the birth date; ``ik ben een 86'er, 12 juli`` and a date of that year later on the line) or after ``in`` behind it
(``geboren op 4 maart in 1993``), a month read as an ordinal (``de derde van de vijfde negentien negentig``),
OCR's S and B for 5 and 8 in a date's numbers (``O9 O8 197S``) and a label OCR split (``Gebo rtedatum``).

``birth_dates_in_records`` (a post-processor) adds the dates no label names: a date in one record with a
person's name or BSN — an SQL tuple, a CSV or pipe row, a comma-separated list (``mijn gegevens: Eva de Wit,
1981-03-14, Zwolle``) — is that person's date of birth, when it lies far enough back to be one and its
column's header (if the table has one) does not name it as another date; so is such a date written right after
a person's name (``mijn gegevens zijn Eva de Wit 14-03-1981``), and, however recent, a date right after a child's
name on a line about children (``de kinderen: luuk (14-2-2014) en fien (3-9-2017)``).
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from afscherm.detectors.context import fuzzy_label_near
from afscherm.detectors.fast_scan import by_first_character, trie_alternation
from afscherm.detectors.field_context import BORDER_LINE, SQL_ROW
from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer
from afscherm.detectors.text_facts import matches_from, per_text_cache, positions, text_facts

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE = 0.9
EARLIEST_YEAR = 1880
# Thailand counts its years from the Buddha's death, 543 before the common era (Buddhist era, BE): a Thai passport,
# work permit or family register gives a birth date as "2533-03-12" or "12-04-2530" (tuning_76, _85, _96, _99), and a
# copy of it keeps that year. A date whose year lies that much after a birth year of the common era is read in it; no
# other date of people's records has such a year.
BUDDHIST_ERA = 543
# Iran and Afghanistan count Solar Hijri years, from Nowruz (about 21 March) 621 years after the common era's: a
# tazkira or an Iranian passport gives a birth date year first as "1367/09/15" or "1360-05-12", and a register's column
# or an intake note copies it beside the Gregorian one (tuning_121). A date so written whose year is a birth year in
# that count (SOLAR_HIJRI_YEARS) is read in it: its first six months have 31 days, the next five 30, the last 29 or 30.
SOLAR_HIJRI_YEARS = (1280, 1405)  # (EARLIEST_YEAR - 621 + 21: from 1901)
SOLAR_HIJRI_OFFSET = 621
CORRECTION_REACH = 240  # characters after an impossible birth date in which its correction may follow
CONTEXT_CHARS = 80  # the label may sit on the line above the date (ID-card layout)
LABEL_ROW_CHARS = 160  # a row of labels ("Geboortedatum / Date of birth   Geslacht / Sex   Nationaliteit …")
TABLE_ROWS = 12  # rows of a table read up from a date to its row of labels
QUESTION_CHARS = 200  # a question on the line above ("… mag ik dan uw geboortedatum?") is read whole

MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "febr": 2,
    "maart": 3,
    "mrt": 3,
    "maa": 3,
    "mar": 3,
    "march": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "augustus": 8,
    "aug": 8,
    "august": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    "january": 1,
    "february": 2,
    # French and German (letters from abroad, foreign ID cards)
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    # (French abbreviations, as Belgian and Luxembourg documents print them beside Dutch or English: "19 FEB/FÉV 1961")
    "janv": 1, "fév": 2, "fev": 2, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "aoû": 8, "aou": 8, "déc": 12,
    "januar": 1, "februar": 2, "märz": 3, "maerz": 3, "dezember": 12, "dez": 12,
    # Frisian (a Frisian chat: "berne op 3 desimber 1984") and Polish in a date's genitive, with and without its
    # accents (Polish is the largest language of newcomers: "urodzony 5 października 1990")
    "jannewaris": 1, "febrewaris": 2, "maaie": 5, "juny": 6, "septimber": 9, "novimber": 11, "desimber": 12,
    # (and the Low Saxon of Drenthe, Stellingwerf, Twente and Groningen: "jao 12 jannewaori", "ze wordt 90 op 6 meert",
    # tuning_111; "jannewoare", "moart")
    "jannewaori": 1, "febrewaori": 2, "jannewarie": 1, "febrewarie": 2, "jannewoare": 1, "febrewoare": 2,
    "meert": 3, "moart": 3,
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7, "sierpnia": 8,
    "września": 9, "wrzesnia": 9, "października": 10, "pazdziernika": 10, "listopada": 11, "grudnia": 12,
    # Spanish and Portuguese, as a Colombian's or a Cape Verdean's chat writes a birth date ("nací el 14 de marzo de
    # 1993", tuning_44; "nasci em 3 de junho de 1988")
    # (April and August are "abril" and "agosto" in both)
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9,
    # (and the Spanish short forms a Latin American export writes: "12-ene-1999", tuning_89)
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,
    "octubre": 10, "noviembre": 11, "diciembre": 12, "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3,
    "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    # Turkish (with and without its letters: "1 temmuz 1956", tuning_53) and Ukrainian in a date's genitive ("12 березня
    # 2017", tuning_53)
    "ocak": 1, "şubat": 2, "subat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9, "ekim": 10, "kasım": 11, "kasim": 11, "aralık": 12,
    "aralik": 12,
    # Lithuanian in a date's genitive, with and without its letters ("1985 balandžio 22", tuning_63)
    "sausio": 1, "vasario": 2, "kovo": 3, "balandžio": 4, "balandzio": 4, "gegužės": 5, "geguzes": 5, "birželio": 6,
    "birzelio": 6, "liepos": 7, "rugpjūčio": 8, "rugpjucio": 8, "rugsėjo": 9, "rugsejo": 9, "spalio": 10,
    "lapkričio": 11, "lapkricio": 11, "gruodžio": 12, "gruodzio": 12,
    # Indonesian: the months Dutch spells otherwise ("lahir 17 Agustus 1949", tuning_61; "desember" is Papiamentu's too)
    "maret": 3, "agustus": 8,
    # Slovak and Czech in a date's genitive ("24. januára 1987", tuning_62), and Bosnian, Croatian and Serbian
    # ("17 maj 1992")
    "januára": 1, "januara": 1, "februára": 2, "februara": 2, "apríla": 4, "aprila": 4, "mája": 5, "júna": 6,
    "juna": 6, "júla": 7, "jula": 7, "augusta": 8, "septembra": 9, "októbra": 10, "oktobra": 10, "novembra": 11,
    "decembra": 12, "ledna": 1, "února": 2, "unora": 2, "března": 3, "brezna": 3, "dubna": 4, "května": 5,
    "kvetna": 5, "června": 6, "cervna": 6, "července": 7, "cervence": 7, "srpna": 8, "září": 9, "zari": 9,
    "října": 10, "rijna": 10, "listopadu": 11, "prosince": 12,
    "maj": 5, "avgust": 8, "septembar": 9, "oktobar": 10, "novembar": 11, "decembar": 12,
    "siječnja": 1, "veljače": 2, "ožujka": 3, "travnja": 4, "svibnja": 5, "lipnja": 6, "srpnja": 7, "kolovoza": 8,
    "rujna": 9, "studenoga": 11, "prosinca": 12,
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7, "серпня": 8,
    "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    # Bulgarian and Russian (the Russian in a date's genitive: "родена на 14 март 2001", tuning_56)
    "януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7, "август": 8, "септември": 9,
    "октомври": 10, "ноември": 11, "декември": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    # Papiamentu (Curaçao, Aruba, Bonaire: "8 di desèmber", tuning_56) and Cape Verdean Kriolu ("5 di maiu 1958",
    # tuning_55), with and without their accents
    "yanüari": 1, "yanuari": 1, "febrüari": 2, "febuari": 2, "aprel": 4, "yüni": 6, "yuni": 6, "yüli": 7, "yuli": 7,
    "ougùstùs": 8, "ougustus": 8, "sèptèmber": 9, "òktober": 10, "novèmber": 11, "desèmber": 12, "desember": 12,
    "janeru": 1, "fevereru": 2, "marsu": 3, "maiu": 5, "junhu": 6, "julhu": 7, "agostu": 8, "setembru": 9,
    "otubru": 10, "novembru": 11, "dezembru": 12,
    # Romanian ("3 martie 1991", tuning_58) and Latvian, in the nominative and as a date writes it ("19. februārī",
    # tuning_57)
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7, "septembrie": 9,
    "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    "janvārī": 1, "februārī": 2, "martā": 3, "aprīlī": 4, "maijā": 5, "jūnijā": 6, "jūlijā": 7, "augustā": 8,
    "septembrī": 9, "oktobrī": 10, "novembrī": 11, "decembrī": 12, "janvāris": 1, "februāris": 2, "marts": 3,
    "aprīlis": 4, "maijs": 5, "jūnijs": 6, "jūlijs": 7, "augusts": 8, "septembris": 9, "oktobris": 10,
    "novembris": 11, "decembris": 12,
    # Hungarian, written after the year ("1948. február 29", tuning_60)
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6, "július": 7, "augusztus": 8,
    "szeptember": 9, "október": 10,
    # Arabic: the Egyptian and Gulf months and the Levantine ones ("14 شباط 2022", tuning_57)
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "أغسطس": 8,
    "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4,
    "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
}  # fmt: skip
# OCR reads "m" as "rn" ("14 rnaart 1981") and "l" as "1" ("2 ju1i 1990"): month names match either way, and are
# looked up with "rn" read as "m" and "1" as "l" (a Polish month holds its own "rn": see _month).
_LITHUANIAN_MONTHS = (
    "sausio|vasario|kovo|baland[žz]io|gegu[žz][ėe]s|bir[žz]elio|liepos|rugpj[ūu][čc]io|rugs[ėe]jo|spalio|lapkri[čc]io"
    "|gruod[žz]io"
)


def _world_months() -> dict[str, list[tuple[str, int]]]:
    """The month names of other languages and calendars (``data/lexicons/months_world.tsv``: ``gennaio``,
    ``σεπτεμβρίου``, ``tháng ba``; ``farvardin``, ``meskerem``, ``ramadan``), each with its calendars and months."""
    path = Path(__file__).parent / "data" / "lexicons" / "months_world.tsv"
    out: dict[str, list[tuple[str, int]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            form, calendars, months = line.split("\t")
            out[form] = [(c, int(m)) for c, m in zip(calendars.split("|"), months.split("|"), strict=True)]
    return out


WORLD_MONTHS = _world_months()
_LISTED_MONTHS = dict(MONTHS)  # (the names above: the context rules below read these; see _WORLD_MONTH_NAMES)
# (their Gregorian months are read as the ones above are: "nato il 14 gennaio 1962", "sinh ngày 5 tháng ba 1990")
MONTHS.update({form: m for form, uses in WORLD_MONTHS.items() for c, m in uses if c == "gregorian"})
# The months of other calendars, read by _other_calendar_dates: the years of birth (1930 to now) each counts.
OTHER_CALENDAR_YEARS = {
    "persian": (1308, 1405),  # (Solar Hijri, Iran's and Afghanistan's, and the Kurdish months with its years)
    "hijri": (1348, 1448),
    "hebrew": (5690, 5787),
    "ethiopian": (1922, 2019),
    "coptic": (1646, 1743),
    "thai": (2473, 2569),  # (Thai papers count the Buddhist era's years: the Gregorian year plus 543)
    "nepali": (1986, 2083),
    "bengali": (1336, 1433),
}
_OTHER_MONTHS = {
    form: [u for u in uses if u[0] in OTHER_CALENDAR_YEARS]
    for form, uses in WORLD_MONTHS.items()
    if any(c in OTHER_CALENDAR_YEARS for c, _ in uses)
}
# (and a zero for an O in capitals: "O9 0KT/OCT l949", "23 NOV/N0V l958", tuning_89/_93)
_OCR_MONTH_LETTERS = {"m": "(?:m|rn)", "l": "[l1]", "o": "[o0]"}
_MONTH_NAMES = trie_alternation(_LISTED_MONTHS, lambda ch: _OCR_MONTH_LETTERS.get(ch) or re.escape(ch))
# Every month name, the world's too, read in a date's own pattern (_DATE) and a birthday named (_BIRTHDAY_NAMED)
# only: in each of the many other context patterns the whole list would cost a second and a half to compile.
_WORLD_MONTH_NAMES = trie_alternation(MONTHS, lambda ch: _OCR_MONTH_LETTERS.get(ch) or re.escape(ch))
# Where a month name can start (the long alternation is tried only there).
_MONTH_FIRST_LETTERS = "".join(sorted({m[0] for m in MONTHS} | {"r", "l", "0"}))  # (OCR: "rnaart", "1uli", "0KT")

# d-m-y with one separator kind (12-03-1985, 12/3/85, 12.03.1985), y-m-d likewise (1985-03-12, 1985/03/12),
# "12 maart 1985", "12 mrt. 1985", "12 MAA/MAR 1985" (Dutch ID cards print both languages), and d m y in
# spaces (OCR of an ID card's "12 03 1985", two-digit day and month). Led by a digit: a position that is no
# digit fails at once.
_DATE = re.compile(
    # (a dot may stand right before it after a word, a label's abbreviation: "geb.14-03-1981"; not after a digit)
    # (Tagalog writes the day as an ordinal, "ika-" before it: "ika-30 ng Abril", tuning_122)
    # (and a Japanese era's letter: "S22.11.3", see below)
    # (Hebrew joins its prefix "in" to a number by a hyphen: "נולדתי ב-12 באוקטובר 1990", tuning_155)
    r"(?=\d|ika-\d|[MTSHR]\d)(?:(?<![\w/-])|(?<=(?<!\w)[\u05d1\u05d4\u05dc\u05de\u05d5]-))(?<![\d.]\.)(?:"
    # spaces around the separators ("14 - 03 - 1981", OCR's "14-03 -1981"), a year as "'81"
    r"(?P<d>\d{1,2})[ \t]?(?P<sep>[-/.])[ \t]?(?P<m>\d{1,2})[ \t]?(?P=sep)[ \t]?"
    r"(?P<y>\d{4}|['\u2019\u2018]?\d{2}(?![:\w]))"
    # (a month or day of one digit, "1977-1-30" in a dump; a year of this or the last century, month and day in spaces,
    # "my birthday is 1998 06 19", tuning_56)
    # (Hungary writes a dot and a space after each part: "1939. 04. 02.", tuning_60)
    r"|(?P<iy>\d{4})(?P<isep>[-/.]|[ ](?<=(?:19|20)\d\d[ ])(?=\d\d[ ]\d\d(?!\d))"
    r"|\.[ ](?<=(?:19|20)\d\d\.[ ])(?=\d\d\.[ ]\d\d(?!\d)))"
    r"(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})"
    # (and the month by its name after the year: "1948. február 29")
    # (and Lithuania with "m." after the year and "d." after the day, or neither: "1979 m. liepos 30 d.", "1985
    # balandžio 22", tuning_63)
    r"|(?P<hy>(?:19|20)\d\d)(?:\.|[ \t]+m\.|(?=[ \t]+(?:"
    + _LITHUANIAN_MONTHS
    + r")[ \t]))[ \t]+(?P<hm>"
    + _MONTH_NAMES
    + r")[ \t]+(?P<hd>\d{1,2})(?:[ \t]+d\.|\.)?(?=\W|\Z)"
    # Latvian: the year, "gada", the day with its dot and the month ("1990. gada 21. augustā", tuning_83, tuning_87)
    r"|(?P<ly>(?:19|20)\d\d)\.?[ \t]+gada[ \t]+(?P<ld>\d{1,2})\.[ \t]*(?P<lm>" + _MONTH_NAMES + r")(?=\W|\Z)"
    # Chinese and Japanese: year, month and day, each before its sign ("1990年3月8日", tuning_51, tuning_52); Korean
    # with a space after each sign, the year perhaps in two digits ("1979년 3월 2일", "98년 11월 14일", tuning_136)
    # (the day's sign "號" or "号" as Taiwan and China say it too: "你生日 1999年4月2號", tuning_175)
    r"|(?P<cy>\d{4})年(?P<cm>\d{1,2})月(?P<cd>\d{1,2})[日號号]"
    # Mongolian: the year before "оны" (of the year), the month's number before "сарын" (of the month), then the day,
    # in Cyrillic or the Latin letters chats use ("1997 оны 3 сарын 14", "1958 ony 5 saryn 12", tuning_146)
    r"|(?P<gy>(?:19|20)\d\d)[ \t]+(?:оны|ony|onii)[ \t]+(?P<gm>\d{1,2})[ \t]+(?:сарын|saryn|sariin)[ \t]+"
    r"(?P<gd>\d{1,2})"
    # Kyrgyz, Kazakh and Uzbek: the year with its word ("жылы", "yil"), then the day and the month joined by a dash or
    # apart ("1994-жылы 2-мартта", "1990-yil 5-may", tuning_146)
    r"|(?P<uy>(?:19|20)\d\d)[- \t]?(?:жылы|жылғы|жылдын|yil|yili|yilda|йил|йили)[ \t]+(?P<ud>\d{1,2})[- \t]"
    r"(?P<um>" + _WORLD_MONTH_NAMES + r")"
    r"|(?P<ky>\d{4}|\d\d)[ \t]?년[ \t]?(?P<km>\d{1,2})[ \t]?월[ \t]?(?P<kd>\d{1,2})[ \t]?일"
    # Japan's era years as forms abbreviate them, the era's letter and the year in it ("S22.11.3" is 3 November 1947,
    # Showa 22; "H31.4.2", Heisei; "R2.5.9", Reiwa; tuning_139)
    r"|(?P<jera>[MTSHR])(?P<jy>\d{1,2})[./](?P<jm>\d{1,2})[./](?P<jd>\d{1,2})(?![\w.]|\.\d)"
    # a month name between spaces (dashes, slashes or dots too: "14-mrt-1981", "14/Mar/1981"; an ordinal day "14th",
    # "1ste"), the year in full, as "'81" or, as ID cards print it, "81" (not a clock time: "14 maart 12:30")
    # ("14th of March 1981"; "14MAR1981" as tickets and forms print it: no spaces, the month in capitals)
    # (Spanish and Portuguese "de" around the month: "14 de marzo de 1993")
    # (Papiamentu and Kriolu "di": "8 di desèmber")
    # (Kurmanji's "ê" after the day, "9ê hezîranê 1985", and Sorani's "ی", "٢١ی ئازار"; Tagalog's "ika-" and "ng",
    # "ika-5 ng Hulyo 1998": tuning_121, tuning_122; Tongan "ʻo" and Maori "o", "14 ʻo ʻEpeleli 1947", tuning_163;
    # Maltese "ta'", "5 ta' Frar 1957", "5 ta Frar 1957", tuning_166; Hausa "ga", "1 ga Afrilu 1986", tuning_174)
    r"|(?:ika-)?(?P<td>\d{1,2})(?:st|nd|rd|th|ste|de|e|ê|\u06cc)?"
    r"(?:\.?[ \t\u00a0]+(?:(?:of|de|di|ng|\u02bbo|o|ta['\u2019]?|ga)[ \t\u00a0]+)?|[-/.]|(?-i:(?=[A-Z]{3}\d)))"
    # (a passport's month in its state's language, in capitals, before the English one: "08 VAS/FEB 1994", a
    # Lithuanian passport's OCR, tuning_127; the month read is the one after the slash)
    r"(?:(?-i:[A-ZĀ-Ž]{3,5})/(?=(?-i:[A-Z]{3})))?"
    r"(?=[" + re.escape(_MONTH_FIRST_LETTERS) + r"])(?P<tm>" + _WORLD_MONTH_NAMES + r")\.?"
    # (a comma before a four-digit year: "14 maart, 1981"; "in" as said: "geboren op 4 maart(, ) in 1993")
    # (Kriolu's "di" before the year too: "12 di otubru di 1951")
    # (Thai papers' era before the year: "14 มีนาคม พ.ศ. 2534", the Buddhist era's 1991, tuning_147)
    r"(?:/(?:" + _MONTH_NAMES + r")\.?)?(?:[ \t\u00a0]+(?:del?|di)[ \t\u00a0]+(?=\d{4}|\d{2}(?!\d))"
    r"|[ \t\u00a0]+(?:พ\.[ \t]?ศ\.|ค\.[ \t]?ศ\.)[ \t\u00a0]*(?=\d{4})|[ \t\u00a0]+|[-/.]"
    r"|,[ \t\u00a0]*(?=\d{4})|(?<=(?-i:[A-Z]))(?=\d)"
    r"|,?[ \t\u00a0]+in[ \t\u00a0]+(?=\d{4}|['\u2019]\d{2}))"
    # OCR's l, I or O in a year ("14 MRT/MAR l98l")
    r"(?P<ty>\d{4}|[12lI][\dOlI]{3}|['\u2019\u2018]?\d{2}(?![:\w]))"
    # the month as a Roman numeral in capitals, as Central and Eastern Europe write it ("2.VIII.1946", "15 IX 1980",
    # "12. XI 1975", tuning_124); I, V and X alone only between dots or dashes ("3.X.1961", not "10 X 2000")
    # (or between slashes: "16/III/1951", tuning_149)
    r"|(?P<rd>\d{1,2})(?:\.[ \t]?|[ \t]|-|/)(?P<rm>(?-i:XII|XI|IX|VIII|VII|VI|IV|III|II|(?<=[./-])[IVX](?=[./-])))"
    r"(?:\.[ \t]?|[ \t]|-|/)(?P<ry>\d{4})"
    r"|(?P<sd>\d{2}) (?P<sm>\d{2}) (?P<sy>\d{4}|\d{2}(?![:\w]| \d))"
    # OCR glues the next field's label to a date ("14/03/1981Geslacht"): a capital may follow it
    # (but an ISO timestamp's "T10:22:33" makes it a time stamp's date; midnight, "T00:00:00.000Z", is how a database
    # stores a date without a time, a birth date among them: MongoDB's ISODate, a JSON export)
    r")(?!\d|[-/.]\d|(?-i:[a-z\u00e0-\u00ff_])|T(?!00:00(?::00(?:\.0{1,6})?)?(?:Z|[+-]0[0-2]:?00)?(?![\d:.]))\d)",
    re.IGNORECASE,
)
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# A one-digit day or month between spaces before a four-digit year ("14 3 1981"; the two-digit writing is _DATE's).
# (Led by the digit, the look-behind after it: the regex engine skips ahead to digits.)
_SPACED_DATE = re.compile(r"(?P<d>\d(?<![\w./-]\d)\d?) (?P<m>\d{1,2}) (?P<y>\d{4})(?![\w]|[-/.]\d| \d)")
# English month first ("March 4, 1990"): read only where an English label is (a pattern led by month names
# is tried at every letter).
_MONTH_FIRST = re.compile(
    # a month's first letter first: the long alternation is tried only there
    r"(?=[jfmasondr])(?<![\w./-])(?P<em>"
    + _MONTH_NAMES
    + r")\.?[ \t\u00a0]+(?P<ed>\d{1,2})(?:st|nd|rd|th)?,?[ \t\u00a0]+"
    r"(?P<ey>\d{4})"
    r"(?![\w]|[-/.]\d)",
    re.IGNORECASE,
)
_ENGLISH_HINTS = ("birth", "dob", "d.o.b", "born")
# What every birth label below holds, lower-cased: a text with none of them has no labelled birth date.
_LABEL_HINTS = (
    "geb",
    "dob",
    "d.o.b",
    "birth",
    "born",
    "né",
    "naissance",
    "bday",
    "b-day",
    "verjaardag",
    "jarig",
    "nacimiento",
    "nací",
    "naci",
    "nasci",
    "nascimento",
    "nascid",
    "nasceu",
    "nase dia",
    "nase na",
    "γεννήθηκε",
    "ipinanganak",
    "nasi na",
    "născut",
    "nascut",
    "dzim",
    "роден",
    "родил",
    "tarihi",
    "nascita",
    "nato il",
    "nata il",
    "naciste",
    "sinh",
    "rođ",
    "rodj",
    "paida",
    "cumplea",
    "anivers",
    "urodz",
    "ur.",
    "berne",
    # (Frisian: "bertedatum", "bertedei", "jierdei"; Chinese and Japanese)
    "berte",
    "jierdei",
    # (Indonesian "lahir", "tgl lahir")
    "lahir",
    # (Slovak and Czech; Lithuanian)
    "gimęs",
    "gimes",
    "gimusi",
    "gimimo",
    "narod",
    "naroz",
    "出生",
    "生日",
    "生年月日",
    "*",
    "°",
    "ben van",
    "is van",
    # (an adverb between: "ze is echt van 16 maart 1941")
    "echt van",
    "toch van",
    "wel van",
    "nog van",
    "dus van",
    "gewoon van",
    "zelf van",
    "trouwens van",
    "eigenlijk van",
    "ook van",
    # (a subordinate clause: "klopt het dat hij van 29 mei 2023 is?")
    "hij van",
    "ze van",
    ", van",  # a full name given with it: "Pieter Dekkers, van vijftien augustus achtentachtig"
    "g e b",  # a label spelled out letter by letter ("G e b o r e n", "G E B . D A T U M")
    "d o b",
)
# People whose date of birth a writer gives with "is van" ("mijn vrouw is van 9 augustus 1974").
_RELATIVES = (
    "vrouw|man|partner|moeder|vader|zoon|dochter|broer|zus|zoontje|dochtertje|kind|opa|oma|vriend|vriendin|echtgenote"
    "|echtgenoot|baby|kleinzoon|kleindochter"
    # the wider family ("En tante Jo?" / "31 december", "mijn schoonmoeder is van 4 mei 1950")
    "|tante|oom|neef|nicht|schoonmoeder|schoonvader|schoonzus|zwager|stiefvader|stiefmoeder"
)
# Children: "mijn dochter is van 3 juni 2015" is a birth date however recent.
_CHILDREN = re.compile(
    r"(?i)(?<![a-z])(?:zoon|zoons|zonen|dochter|dochters|zoontje|dochtertje|kind|kinderen|kids|baby|kleinzoon"
    r"|kleindochter|kleinkinderen)(?![a-z])"
)
# "mijn zoon is van 3 juni 2025 tot 10 juni op kamp": a period, not a birth date.
_UNTIL_AFTER = re.compile(r"[ \t]*(?:tot|t/m|t\.e\.m\.?|-|\u2013)[ \t]")
# Labels as people, forms, keys (``birth_date``, ``dateOfBirth``) and OCR (``Geboortedaturn``) write them.
_M = r"(?:m|rn)"
_O = r"[o0]"
_BIRTH_LABEL = re.compile(
    # (OCR glues a label to the value before it: "NaamKlant:Fleur BosmanGeb.datum:04-11-1990", a capital after a
    # lower-case letter)
    r"(?:(?<![a-z])|(?<=[a-z])(?-i:(?=G)))"
    r"(?:geb" + _O + _O + r"rte[\s_-]?dat(?:u|a)" + _M + r"|geb" + _O + _O + r"rtedag|geboren|geb\b\.?"
    # the plural, as a request for several ("ik heb nog de geboortedata nodig van Luuk en Daan")
    r"|geb" + _O + _O + r"rte-?data(?![a-z])"
    r"|gebdat|geb[\s_.-]dat|dob\b|d\.o\.b\b|date[\s_-]?of[\s_-]?birth|birth[\s_-]?date|birthday|bday\b|born\b"
    r"|geburtsdat(?:um|en)|geboren\s+am|n[ée](?:e|\(e\))?\s+le\b|date\s+de\s+naissance|verjaardag|jarig"
    # "Plaats en datum van geboorte", "Geboorteplaats en -datum"; Spanish, Italian, Polish forms
    r"|datum\s+van\s+geboorte|geboorteplaats\s+en\s+-?datum|fecha\s+de\s+nacimiento|data\s+di\s+nascita"
    r"|dat[aęe]\s+urodzenia|urodzon[ay]\b|ur\.|berne\b"
    # Lithuanian "gimęs", "gimusi", "gimimo data" (tuning_63)
    r"|gim[ęe]s|gimusi|gimimo\s+data"
    # Frisian: the birth date, the birthday ("fan elkenien de bertedatum ha", tuning_50); Chinese and Japanese: born,
    # birthday, date of birth (出生, 生日, 出生日期, 生年月日)
    r"|berte[\s_-]?dat(?:um|a)|bertedei|jierdei|出生|生日|生年月日"
    # Portuguese, Turkish (with and without its dotless letters) forms a Dutch desk receives
    # (and the date right after "nascida", "thais ferreira da silva, nascida 02/09/1990 em belo horizonte", tuning_54)
    r"|data\s+de\s+nascimento|nascid[oa](?:\s+em)?(?![a-z])|nasci(?:\s+em)?(?![a-z])|do[gğ]um\s+tarihi"
    # Spanish said in a chat: "nací el 14 de marzo de 1993", "nacida el ..." (tuning_44)
    r"|nac[ií]\s+el|nacid[oa]\s+el|naci[oó]\s+el"
    # Spanish "naciste el", Italian "nato il", "nata il", Vietnamese "sinh ngày", "ngày sinh" (fortieth session)
    r"|naciste\s+el|nat[oa]\s+il|sinh\s+ng[àa]y|ng[àa]y\s+sinh"
    # Croatian, Bosnian and Serbian "rođena", "rođ.", "rodjen"; Urdu "paidaish"; Spanish "cumpleaños", Portuguese
    # "aniversário" (tuning_69/70)
    r"|ro(?:đ|dj)en[aoi]?(?![a-z])|ro[đd]\.|paid[ae]i?sh|cumplea[ñn]os|anivers[áa]rio"
    # Kriolu "nasi na", Bulgarian "роден(а) на", Russian "родился", "родилась" (tuning_55/56)
    r"|nasi\s+na|роден[аи]?\s+на|родил(?:ся|ась)"
    # Portuguese "nasceu em", Kriolu "nase dia", Greek "γεννήθηκε (στις)", Tagalog "ipinanganak (noong)" (tuning_77/78)
    r"|nasceu(?:\s+(?:em|a|no\s+dia|dia))?|nase\s+(?:dia|na)(?![a-z])|γεννήθηκε(?:\s+στις)?"
    r"|ipinanganak(?:\s+(?:noong|sa))?"
    # Romanian "născut(ă) pe", Latvian "dzimis", "dzimusi", "dzimšanas diena ir"
    r"|n[ăa]scut[ăa]?(?:\s+(?:pe|la))?|dzimusi|dzimis|dzim[šs]anas\s+diena(?:\s+ir)?"
    # Indonesian "lahir" (born), "tanggal lahir", "tgl lahir" (tuning_61)
    r"|(?:(?:tanggal|tgl\.?)\s+)?lahir(?![a-z])"
    # Slovak and Czech: "dátum narodenia", "datum narození", "narodená", "narozen" (tuning_62)
    r"|d[áa]tum\s+narod(?:enia|zen[íi])|narod(?:en[ýyáa]|ena|il[ao]?)(?![a-z])|narozen[aá]?(?![a-z]))"
    # the genealogist's star right before the date ("Jan Jansen, *14-03-1981"), not a bullet or bold; the Belgian
    # degree sign ("° 14/03/1981"), not a temperature's or a number sign's (20°, n°)
    r"|(?<![\w*])\*[ \t]?$|(?<![\w°])°[ \t]?$"
    # a chat's "ik ben van 14 maart 1981", "mijn vrouw is van 9 augustus 1974", "(en) mijn vader van 3 maart 1948"
    # (the date must follow at once)
    # (a chat drops the "ik" at a turn's start: "sanne: ben van 12 mei 1990")
    r"|(?:(?m:^)|:)[ \t]*ben\s+van[ \t]+$"
    # (an adverb between: "ze is echt van 16 maart 1941", "hij is toch van ...")
    # (asked of the one spoken to: "jij bent toch van twaalf maart negentien achtentachtig?")
    r"|(?<![a-z])(?:(?:ik\s+ben|hij\s+is|zij\s+is|ze\s+is|jij\s+bent|je\s+bent|u\s+bent)"
    r"(?:\s+(?:echt|toch|wel|nog|dus|gewoon|zelf|trouwens|eigenlijk|ook))?"
    r"|(?:mijn|m'n|mn|zijn|haar|onze?|uw)\s+(?:" + _RELATIVES + r")(?:\s+is)?"
    # the relative named ("dochter eline is van 15-08-2011", "mijn man Erik is van 3 mei 1970")
    r"|(?<![a-z])(?:" + _RELATIVES + r")[ \t]+[a-zà-ÿ]{2,}[ \t]+is)\s+van[ \t]+$",
    re.IGNORECASE,
)

# Where a _BIRTH_LABEL match that is not anchored at the date can start, in the lower-cased text: the first letters of
# its label words ("geb" of every Dutch and German one, OCR's "geb0orte" too) and of "née le" (looked for apart).
_LABEL_LEADS = ("geb", "dob", "d.o.b", "date", "birth", "bday", "born", "verjaardag", "jarig", "datum", "fecha", "data",
                "urodzon", "ur.", "berne", "nascid", "nasci", "nac", "dogum", "doğum", "berte", "jierdei", "出生",
                "生日", "生年月日", "nasi", "роден", "родил", "născut", "nascut", "dzim", "lahir", "tanggal",
                "tgl", "dátum", "narod", "naroz", "gim", "nat", "sinh", "ngày", "ngay", "rođ", "rod", "paida",
                "cumplea", "anivers", "nasce", "nase", "γεννήθ", "ipinanganak")  # fmt: skip
# (a French form's "Né(e) le :" too)
_NEE_LE = re.compile(r"n[ée](?:e|\(e\))?\s+le")


@per_text_cache
def _label_leads(text: str) -> list[int]:
    """Every position of ``text`` where a label word of :data:`_BIRTH_LABEL` opens (see :data:`_LABEL_LEADS`), in
    order: found once per text with ``str.find``, where the pattern, led by look-behinds and case-insensitive, is tried
    at every position of each date's context."""
    lowered = text_facts(text).lowered
    found = {at for lead in _LABEL_LEADS for at in positions(lowered, lead)}
    found.update(m.start() for m in _NEE_LE.finditer(lowered))
    return sorted(found)


def _ends_like_a_person_or_sign(text: str, lo: int, end: int) -> bool:
    """``text[lo:end]`` ends (or ends before a final line break) in "van" or a star or degree sign and blanks: where
    a _BIRTH_LABEL alternative anchored at the date ("ik ben van", "*", "°") can match."""
    ends = (end, end - 1) if end - 1 >= lo and text[end - 1] == "\n" else (end,)
    for stop in ends:
        gap = stop
        while gap > lo and text[gap - 1] in " \t":
            gap -= 1
        if gap > lo and (text[gap - 1] in "*°" or text[max(lo, gap - 3) : gap].lower() == "van"):
            return True
    return False


def _world_birth_words() -> dict[str, str]:
    """The words of other languages that mark a date as a birth date (``data/lexicons/birth_words_world.tsv``:
    Albanian "ka lindur", Estonian "sünnipäev", Macedonian "роден", Nepali "janmadin", Korean "생일"), each with
    what it says: ``born``, ``birthday`` or ``birthdate``."""
    path = Path(__file__).parent / "data" / "lexicons" / "birth_words_world.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {row[0]: row[2] for row in rows if len(row) == 3}


# Scripts written without spaces between words (Thai, Lao, Burmese, Khmer, Japanese kana, Chinese; Korean, whose
# particles join the word: "생일은"): a form of theirs may stand inside a run of letters.
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_WORLD_BIRTH_WORDS = _world_birth_words()
# (a birthday's word names the party too, as "verjaardag" does: "sinh nhật bà ngoại năm nay là ... = 28/1/2026")
_WORLD_BIRTHDAYS = frozenset(form for form, kind in _WORLD_BIRTH_WORDS.items() if kind == "birthday")
_WORLD_BIRTH_UNSPACED = tuple(w for w in _WORLD_BIRTH_WORDS if _UNSPACED.search(w))
_WORLD_BIRTH_SPACED = [w for w in _WORLD_BIRTH_WORDS if not _UNSPACED.search(w)]
_WORD_EDGES = ".,:;!?()[]{}\"'“”‘’«»/"
# (the longest word of each spaced form: a text none of whose words is one holds none of them)
_WORLD_BIRTH_KEYS = frozenset(max(w.split(), key=len).strip(_WORD_EDGES) for w in _WORLD_BIRTH_SPACED)
_WORLD_BIRTH_LABEL = re.compile(
    r"(?i:(?<!\w)" + trie_alternation(_WORLD_BIRTH_SPACED) + r"(?!\w)|" + trie_alternation(_WORLD_BIRTH_UNSPACED) + ")"
)


@per_text_cache
def _world_birth_said(text: str) -> bool:
    """Whether ``text`` holds a word of :data:`_WORLD_BIRTH_LABEL` (searched where a form of an unspaced script is in
    it or one of its words is the longest of a form's words: few texts)."""
    lowered = text_facts(text).lowered
    if not any(form in lowered for form in _WORLD_BIRTH_UNSPACED) and not any(
        word.strip(_WORD_EDGES) in _WORLD_BIRTH_KEYS for word in lowered.split()
    ):
        return False
    return _WORLD_BIRTH_LABEL.search(text) is not None


def _birth_label_in(text: str, lo: int, start: int) -> re.Match[str] | None:
    """``_BIRTH_LABEL.search(text, lo, start)``: where no alternative anchored at ``start`` can match, the first match
    at a label word's position (:func:`_label_leads`), else (and in a text with a case oddity, see
    ``TextFacts.case_odd``) the search itself. Else a word of another language that says birth
    (:data:`_WORLD_BIRTH_LABEL`: "roden 14 септември 1991", "ditëlindja 3 mars")."""
    if text_facts(text).case_odd or _ends_like_a_person_or_sign(text, lo, start):
        found = _BIRTH_LABEL.search(text, lo, start)
    else:
        found = None
        leads = _label_leads(text)
        for i in range(bisect.bisect_left(leads, lo), len(leads)):
            at = leads[i]
            if at >= start:
                break
            found = _BIRTH_LABEL.match(text, at, start)
            if found is not None:
                break
    if found is None and _world_birth_said(text):
        found = _WORLD_BIRTH_LABEL.search(text, lo, start)
    return found


def _month_key(name: str) -> str:
    """A month name as MONTHS spells it: OCR's "rn" read as "m" and "1" as "l" ("rnaart", "ju1i")."""
    return name.lower().replace("rn", "m").replace("1", "l").replace("0", "o")


def _month(name: str) -> int:
    # (as written first: Polish "października" holds an "rn" of its own)
    lower = name.lower().replace("1", "l").replace("0", "o")
    return MONTHS[lower] if lower in MONTHS else MONTHS[lower.replace("rn", "m")]


# OCR's letters for digits in a date (``14-O3-1981``, ``l2.1O.1968``).
_OCR_DIGITS = str.maketrans("OolI", "0011")
_OCR_MIDDLE = re.compile(r"[-/.][\dOolI]{1,2}[-/.]")
# A compact date right after a field label (``dob=19860412``, ``BDAY:19790823``), and Python's
# ``datetime.date(1988, 4, 9)`` in stack-trace locals and REPL output.
_COMPACT_DATE = re.compile(r"(?P<y>(?:18|19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\w])")
_COMPACT_DMY = re.compile(r"(?P<d>[0-3]\d)(?P<m>[01]\d)(?P<y>(?:18|19|20)\d\d)(?![\w])")  # "geboortedatum 14031981"
_BEFORE_COMPACT = frozenset("=:\"' \t\n>")  # (">": an XML element's value, "<geboortedatum>19810522<")
_COMPACT_REACH = 24  # the label stands right before a compact date
# (Java's LocalDate.of(1994, 2, 17) and LocalDateTime.of(…) too: a Java object's toString or a test fixture in a log)
_PY_DATE = re.compile(
    r"(?:date(?:time)?|Date(?:Time)?\.of)\((?P<y>\d{4}), ?(?P<m>\d{1,2}), ?(?P<d>\d{1,2})(?:\)|, ?\d)"
)

# Dates read out in words (call transcripts): "veertien maart negentien eenentachtig", "de zeventiende mei
# negentien vierenzestig", "één januari tweeduizend twee", "drie december negentienhonderd zesenzeventig".
_UNIT = "een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen"
_TEEN = "tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien"
_TEN = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
# (a transcriber may write the compound apart: "vijf en twintig augustus")
_NUMBER_WORD = rf"(?:(?:{_UNIT})(?:en|ën|een| en )(?:{_TEN})|{_TEN}|{_TEEN}|{_UNIT}|nul)"
_APART = re.compile(rf"(?<![a-zé])({_UNIT}) en ({_TEN})(?![a-z])")
# ("nul vier" before "nul": a day read as two digits must not leave its "vier" to be read as the month)
_DAY_WORD = rf"(?:nul[\s,]+(?:{_UNIT})|eerste|derde|achtste|{_NUMBER_WORD}(?:ste|de)?)"
# a month read as an ordinal ("de derde van de vijfde negentien negentig")
_MONTH_ORDINAL = "eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde"
# Between a spoken date's parts: a pause, and a speaker's "eh" in it ("veertien maart eh negentien eenentachtig").
# (a transcript may join the words by hyphens: "twaalf-twaalf-tachtig")
_SPOKEN_GAP = r"(?:[\s,]+(?:(?:eh+m?|uh+m?)[\s,]+)?|-)"
_SPOKEN_DATE = re.compile(
    # a day word's first letter first: the pattern is tried only at such words
    rf"(?=[eadtvznéÉ\d])(?<!\w)(?:de\s+)?(?P<day>{_DAY_WORD}|\d{{1,2}}(?:e|ste|de)?){_SPOKEN_GAP}"
    # the month by name, or read out as a number ("twaalf, nul vier, negentien zevenenzestig") or an ordinal after
    # "van de" ("de derde van de vijfde")
    rf"(?:van\s+de\s+)?(?:(?P<month>{_MONTH_NAMES})"
    rf"|(?P<nmonth>{_MONTH_ORDINAL}|(?:nul[\s,]+)?(?:{_UNIT})|tien|elf|twaalf)){_SPOKEN_GAP}(?:in\s+)?"
    rf"(?P<year>(?:achttien|negentien|twintig)(?:[\s-]*honderd)?(?:[\s-]*(?:en\s+)?{_NUMBER_WORD})?"
    rf"|tweeduizend(?:[\s-]*(?:en\s+)?{_NUMBER_WORD})?"
    # digit by digit ("een negen acht een")
    rf"|(?:een|één|twee)[\s,]+(?:negen|nul)(?:[\s,]+(?:nul|{_UNIT})){{2}}"
    # the century left out: a word for 10-99 ("eenentachtig"); in digits after a spoken day ("de veertiende maart 1981")
    rf"|(?:{_UNIT})(?:en|ën|een)(?:{_TEN})|{_TEN}|{_TEEN}|(?:18|19|20)\d\d)(?!\w)",
    re.IGNORECASE,
)
_ORDINALS = {"eerste": "een", "derde": "drie", "achtste": "acht"}

# Dates read out in English (a call with a caller who switches to it: "fifteen June nineteen eighty-six", "Third of
# February, nineteen eighty-nine", "November five, ninety", tuning_81/83/84): the day a cardinal or an ordinal word,
# before the month ("of" between) or after it, and the year in words: a century and its rest ("nineteen eighty-six",
# "nineteen oh five"), "two thousand (and) five", or the rest alone ("ninety", "eighty-nine").
_EN_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
             "nineteen")  # fmt: skip
_EN_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_UNIT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_EN_TEEN_ORDINALS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                     "seventeenth", "eighteenth", "nineteenth")  # fmt: skip
_EN_VALUES = {w: i + 1 for i, w in enumerate(_EN_UNITS)} | {w: i + 1 for i, w in enumerate(_EN_UNIT_ORDINALS)}
_EN_VALUES |= {w: i + 10 for i, w in enumerate(_EN_TEENS)} | {w: i + 10 for i, w in enumerate(_EN_TEEN_ORDINALS)}
_EN_VALUES |= {w: 20 + 10 * i for i, w in enumerate(_EN_TENS)} | {"twentieth": 20, "thirtieth": 30}
_EN_NUMBER = (
    rf"(?:(?:{'|'.join(_EN_TENS)})[ -](?:{'|'.join(_EN_UNITS + _EN_UNIT_ORDINALS)})"
    rf"|{'|'.join(sorted(_EN_VALUES, key=len, reverse=True))})"
)
_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december")  # fmt: skip
_EN_YEAR = (
    rf"(?:(?:nineteen|eighteen|twenty)[ -](?:oh[ -](?:{'|'.join(_EN_UNITS)})|{_EN_NUMBER})"
    rf"|two[ -]thousand(?:[ -](?:and[ -])?{_EN_NUMBER})?|{_EN_NUMBER}|(?:18|19|20)\d\d)"
)
_EN_SPOKEN_DATE = re.compile(
    rf"(?i)(?<![\w-])(?:(?:the[ \t]+)?(?P<day>{_EN_NUMBER})(?:[ \t]+of)?[ \t]+(?P<month>{'|'.join(_EN_MONTHS)})"
    rf"|(?P<month2>{'|'.join(_EN_MONTHS)})[ \t]+(?:the[ \t]+)?(?P<day2>{_EN_NUMBER}))"
    rf",?[ \t]+(?P<year>{_EN_YEAR})(?![\w-])"
)


# A spoken English year's words, one of which every such date holds (most texts are read no further).
_EN_SPOKEN_HINTS = ("nineteen", "eighteen", "thousand", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                    "eighty", "ninety")  # fmt: skip


def _english_number(words: str) -> int | None:
    """0-99 from English words ("eighty-six", "twenty first", "oh five"), or None."""
    total = 0
    for word in re.split(r"[ -]+", words.lower()):
        if word in ("oh", "and"):
            continue
        if word not in _EN_VALUES:
            return None
        total += _EN_VALUES[word]
    return total


def _english_spoken_date(m: re.Match[str]) -> date | None:
    day = _english_number(m.group("day") or m.group("day2"))
    month = _EN_MONTHS.index((m.group("month") or m.group("month2")).lower()) + 1
    words = m.group("year").lower()
    if words[:1].isdigit():
        year: int | None = int(words)
    elif words.startswith("two") and "thousand" in words:
        rest = re.sub(r"^two[ -]thousand[ -]?(?:and[ -])?", "", words)
        year = 2000 + (_english_number(rest) or 0) if rest else 2000
    else:
        first, _, rest = words.replace("-", " ", 1).partition(" ")
        century = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}.get(first) if rest else None
        value = _english_number(rest) if century is not None else _english_number(words)
        if value is None:
            return None
        # the century left out: a year of the last century ("ninety", "eighty-nine"), as a caller says a birth year
        year = century + value if century is not None else 1900 + value
    if day is None or year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Dates read out in French (a caller's mother beside the phone, a Belgian or Congolese family: "quatorze octobre
# soixante et un", "vingt-trois novembre quatre-vingt-huit", "le premier mars mille neuf cent soixante-dix",
# tuning_132): the day a word (or "premier", "1er"), the month, and the year in words: a thousand and its rest, a
# century said "dix-neuf cent", or the rest alone (a year of the last century, as a birth year is said). Belgian
# "septante", "huitante", "octante", "nonante" too.
_FR_VALUES = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80,
    "octante": 80, "nonante": 90, "premier": 1, "1er": 1,
}  # fmt: skip
FRENCH_NUMBER_WORDS = "|".join(sorted(_FR_VALUES, key=len, reverse=True)) + "|cents?|mille|et"
_FR_WORD = FRENCH_NUMBER_WORDS
_FR_MONTHS = ("janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre",
              "octobre", "novembre", "décembre", "decembre")  # fmt: skip
_FR_MONTH_NUMBERS = (1, 2, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 12, 12)
_FR_SPOKEN_DATE = re.compile(
    rf"(?i)(?<![\w-])(?P<day>(?:{_FR_WORD})(?:[ \t-]+(?:{_FR_WORD})){{0,3}})[ \t]+(?P<month>{'|'.join(_FR_MONTHS)})"
    rf",?[ \t]+(?P<year>(?:{_FR_WORD})(?:[ \t-]+(?:{_FR_WORD})){{0,7}}|(?:18|19|20)\d\d)(?![\w-])"
)
# A spoken French month, one of which every such date holds (most texts are read no further).
_FR_HINTS = ("janvier", "vrier", "mars", "avril", "mai", "juin", "juillet", "ao", "septembre", "octobre", "novembre",
             "cembre")  # fmt: skip


def french_number(words: str) -> int | None:
    """A number from French words ("quatre-vingt-huit" 88, "soixante et onze" 71, "mille neuf cent soixante" 1960,
    "dix-neuf cent quatre-vingt-dix" 1990), or None when a word is none of them.

    >>> [french_number(w) for w in ("quatre-vingt-huit", "soixante et onze", "mille neuf cent soixante")]
    [88, 71, 1960]
    >>> french_number("dix-neuf cent quatre-vingt-dix"), french_number("vingt-trois"), french_number("bonjour")
    (1990, 23, None)
    """
    total, current, previous = 0, 0, ""
    for word in re.split(r"[ \t-]+", words.lower()):
        if word == "et":
            continue
        if word in ("vingt", "vingts") and previous == "quatre":
            current += 80 - 4  # "quatre-vingt": four twenties
        elif word in ("cent", "cents"):
            current = (current or 1) * 100
        elif word == "mille":
            total += (current or 1) * 1000
            current = 0
        elif word in _FR_VALUES:
            current += _FR_VALUES[word]
        else:
            return None
        previous = word
    return total + current


def _french_spoken_date(m: re.Match[str]) -> date | None:
    day, year = french_number(m.group("day")), m.group("year")
    value = int(year) if year[:1].isdigit() else french_number(year)
    if day is None or value is None or not 1 <= day <= 31:
        return None
    month = _FR_MONTH_NUMBERS[_FR_MONTHS.index(m.group("month").lower())]
    if value < 100:
        value += 1900  # the century left out: a year of the last century ("soixante et un")
    return _date_or_none(value, month, day)


_SPOKEN_YEARS = ("achttien", "negentien", "twintig", "tweeduizend")
# a year read digit by digit starts "een negen" or "twee nul"
# (a year of this century said as a word for 10-19: "vijftien, zes, twaalf")
# (" elf": not the "elf" of "zelf")
_TENS = tuple(_TEN.split("|"))  # (each ends in "tig")
_TENS_WORDS_REST = ("een negen", "één negen", "twee nul", "een, negen", "twee, nul", "tien", " elf", "\nelf", "twaalf")
# a spoken ordinal day ("de veertiende maart 1981", "de eerste mei"), whatever the year's writing
_DAY_ORDINALS = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
                 "elfde", "twaalfde", "tigste")  # fmt: skip
_ORDINAL_MONTH = re.compile(r"(?:ste|de)[\s,]+(?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)")
_FULL_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december")  # fmt: skip
# a day of one to nineteen in a word before a written month and a year in digits ("vier april 1941", as a chat
# types a date it was told): no spoken year nor word for 20-99 lets the spoken-date pattern run otherwise
_WORD_DAY_MONTH = re.compile(
    rf"(?<![a-zé])(?:{_UNIT}|{_TEEN})[ \t]+(?:{'|'.join(_FULL_MONTHS)})[ \t,]+(?:18|19|20)\d\d(?!\d)"
)

# The month and year every _WORD_DAY_MONTH match ends with (the same sub-pattern): led by the month names, which the
# regex engine skips ahead to, where _WORD_DAY_MONTH, led by a look-behind, is tried at every position.
_MONTH_AND_YEAR = re.compile(rf"(?:{'|'.join(_FULL_MONTHS)})[ \t,]+(?:18|19|20)\d\d(?!\d)")


# The words _WORD_DAY_MONTH takes for the day, and the letters it looks behind for: such a word is a whole run of them.
_DAY_NUMBER_WORDS = frozenset((*_UNIT.split("|"), *_TEEN.split("|")))
_DAY_WORD_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzé")


def _word_day_month(lowered: str) -> bool:
    """``_WORD_DAY_MONTH.search(lowered) is not None``: a _MONTH_AND_YEAR match (a _WORD_DAY_MONTH match ends with
    one, which no earlier one covers: no full month name is another's tail) with blanks before it and, before those,
    a run of the pattern's letters that is one of its day words (the look-behind's letters cannot stand before it).
    The word is read back from the month: not the pattern tried along the month's line up to its year."""
    for m in _MONTH_AND_YEAR.finditer(lowered):
        gap = m.start()
        while gap > 0 and lowered[gap - 1] in " \t":
            gap -= 1
        if gap == m.start():
            continue
        word = gap
        while word > 0 and lowered[word - 1] in _DAY_WORD_LETTERS:
            word -= 1
        if lowered[word:gap] in _DAY_NUMBER_WORDS:
            return True
    return False


def _spoken_value(words: str) -> int | None:
    """A number from 0 to 99 in one Dutch word (``vierenzestig``) or ordinal (``zeventiende``); digits too."""
    from afscherm.detectors.spoken_numbers import number_word_value

    word = _APART.sub(r"\1en\2", words.lower())
    if word[:1].isdigit():
        return int(re.sub(r"\D", "", word))
    word = _ORDINALS.get(word, word)
    value = number_word_value(word)
    if value is None and word.endswith(("ste", "de")):
        value = number_word_value(word.removesuffix("ste") if word.endswith("ste") else word.removesuffix("de"))
    return int(value) if value is not None else None


# Where a spoken year's words part: spaces, hundreds and thousands, and a century glued to the rest as a transcript
# may write it ("negentienzevenentachtig").
_SPOKEN_YEAR_PARTS = re.compile(
    r"[\s,-]+|(?<=honderd)|(?<=duizend)|(?=honderd)|(?<=^achttien)(?=\w)|(?<=^negentien)(?=\w)|(?<=^twintig)(?=\w)"
)


def _spoken_year(words: str) -> int | None:
    """``negentien eenentachtig`` 1981, ``negentienhonderd zesenzeventig`` 1976, ``tweeduizend twee`` 2002,
    ``negentienzevenentachtig`` 1987."""
    words = _APART.sub(r"\1en\2", words.lower())
    parts = [w for w in _SPOKEN_YEAR_PARTS.split(words) if w and w != "en"]
    digits = [_spoken_value(p) for p in parts] if len(parts) == 4 else []
    if digits and all(d is not None and d < 10 for d in digits):  # digit by digit
        return int("".join(str(d) for d in digits))
    if len(parts) == 1 and parts[0] not in ("achttien", "negentien", "twintig", "tweeduizend"):
        short = _spoken_value(parts[0])  # "eenentachtig": a two-digit year
        return _full_year(f"{short:02d}") if short is not None and short >= 10 else None
    if parts[0] == "tweeduizend":
        rest = parts[1:]
        base = 2000
    else:
        base = {"achttien": 1800, "negentien": 1900, "twintig": 2000}[parts[0]]
        rest = [w for w in parts[1:] if w != "honderd"]
    if not rest:
        return base if "honderd" in parts or base == 2000 else None
    value = _spoken_value(rest[0]) if len(rest) == 1 else None
    return base + value if value is not None and value < 100 else None


def _spoken_date(m: re.Match[str]) -> date | None:
    day, year = _spoken_value(m.group("day")), _spoken_year(m.group("year"))
    month = _month(m.group("month")) if m.group("month") else _spoken_value(m.group("nmonth").split()[-1].strip(","))
    if day is None and m.group("day").lower().startswith("nul"):
        day = _spoken_value(m.group("day").split()[-1].strip(","))
    if day is None or year is None or month is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


_COLUMN_GAP = re.compile(r" {3,}|\t")


def _blocks(line: str) -> list[tuple[int, int]]:
    """Extents of the parts of ``line`` set apart by wide gaps (three spaces or a tab)."""
    blocks, at = [], 0
    for gap in _COLUMN_GAP.finditer(line):
        blocks.append((at, gap.start()))
        at = gap.end()
    blocks.append((at, len(line)))
    return blocks


def _in_another_column(text: str, label: int, start: int, end: int) -> bool:
    """The label stands on the line above in a row of labels set apart by wide gaps (an ID card, a form), and the
    date sits under another of them: ``Afgiftedatum   Geboortedatum`` over ``01 JAN 2020`` labels the date of issue."""
    line_start = text.rfind("\n", 0, start) + 1
    if label >= line_start:
        return False  # on the date's own line
    above_start = text.rfind("\n", 0, label) + 1
    blocks = _blocks(text[above_start : text.find("\n", label)])
    if len(blocks) == 1:
        return False  # one label on the line: it is the date's
    column = (start - line_start, end - line_start)
    own = next((b for b in blocks if b[0] <= label - above_start < b[1]), None)
    under = [b for b in blocks if b[0] < column[1] and column[0] < b[1]]
    return own is not None and bool(under) and own not in under


# A label right before a date on its own line that names what date it is ("ingangsdatum", "Datum:", "afgiftedatum").
_OWN_DATE_LABEL = re.compile(r"(?i)[a-z]*(?:datum|date)[ \t]*:?[ \t]*$")


def _label_over_column(text: str, start: int, end: int) -> bool:
    """A birth label in the row of labels on the line above, in the block over the date's column (the second date of
    ``Afgiftedatum   Geboortedatum`` / ``01-01-2020   14-03-1981``, which the first date's label reach stops)."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return False
    own_label = _OWN_DATE_LABEL.search(text, max(line_start, start - 30), start)
    if own_label is not None and _BIRTH_LABEL.search(own_label.group()) is None:
        return False  # the date's own label names another date ("ingangsdatum 1 april 2026" under "geboren …")
    column = (start - line_start, end - line_start)
    # up the table's rows: a row above whose cell over the column holds a date too is another row of the same table
    # ("Naam   Geb.datum" / "Jansen   16-01-1991" / "Visser   01-07-1963"), read past to the row of labels
    for _ in range(TABLE_ROWS):
        if line_start == 0:
            return False
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above = text[above_start : line_start - 1]
        blocks = _blocks(above)
        over = [b for b in blocks if b[0] < column[1] and column[0] < b[1]]
        if len(blocks) < 2 or not over:
            return False
        if any(_BIRTH_LABEL.search(above, *b) for b in over):
            return True
        if not any(_DATE.search(above, *b) for b in over):
            return False
        line_start = above_start
    return False


def _label_too_recent(label: str, day: date) -> bool:
    """A weak label and a date too recent for it: "de verjaardag van oma op 12-03-2025" names the party, a star
    or "ik ben van" before a date of this decade an appointment or a list item."""
    label = label.lower()
    if label in ("verjaardag", "jarig") or label in _WORLD_BIRTHDAYS:
        return day.year >= date.today().year - 1
    if label.rstrip().endswith(" van") and _CHILDREN.search(label):
        return day > date.today()
    if label.startswith(("*", "°")) or label.rstrip().endswith(" van"):
        return day.year > date.today().year - MIN_AGE_YEARS
    return False


# "Ik ben op 14 maart 1981 in Zwolle geboren": the label after the date, a few words on (no death between).
# A date right after "geboren" is that label's ("overleden 3-4-2020, geboren 1940").
_BORN_AFTER = re.compile(
    r"(?i)(?:[ \t,]+(?!overleden|gestorven)[^\W\d_]+){0,3}?[ \t,]+geboren\b(?![ \t]*(?:op|in|:|,)?[ \t]*\d)"
    # a date a register holds as someone's birth date ("jullie hebben 14-03-1981 als geboortedatum", "staat 3-4-1990
    # als mijn geboortedatum"), the label right after it
    r"|[ \t]+als[ \t]+(?:(?:mijn|m'n|mn|zijn|z'n|haar|uw|je|jouw|de|hun)[ \t]+)?geboortedatum\b"
)


# A sentence that ends between the label and the date (after a word, not an abbreviation's dot: "geb. 14-03"): the
# date belongs to the next sentence ("Ik ben geboren in Deventer. Factuurdatum 12-03-2024"). A question mark does
# not end the label's reach (the answer follows it).
# (chats start sentences in lower case: "geboren in delft trouwens. afspraak staat op 03-04-2025")
_SENTENCE_END = re.compile(r"[^\W\d_]{4,}[.!][ \t]+(?=[^\W\d_])")


def _label_in_dates_sentence(text: str, label: re.Match[str], start: int) -> re.Match[str] | None:
    """The birth label of the date's sentence: ``label`` or, past each sentence end after it, the next label before
    the date ("wie is er jarig vandaag / Ilse! geboren 02-12-1994": the first label's sentence ended, the second's
    holds the date); None when the last sentence before the date has none."""
    found: re.Match[str] | None = label
    while found is not None:
        sentence_end = _SENTENCE_END.search(text, found.start(), start)
        if sentence_end is None:
            return found
        found = _BIRTH_LABEL.search(text, sentence_end.end(), start)
    return None


# A birth announced, then whose it is and the date: "Ons zoontje is geboren! Hugo Dekker, op 27 oktober 2026 in ...":
# the sentence ends after "geboren", but the next one holds only the name (capitalised words) before the date.
_BORN_THEN_NAMED = re.compile(
    r"(?i:geboren)[!.][ \t]+(?P<first>[A-Z][^\W\d_'-]+)"
    r"(?:[ \t]+(?:(?:van|de|der|den|ter|ten)[ \t]+)*[A-Z][^\W\d_'-]+){0,3}[ \t]*,?[ \t]*(?:op[ \t]+)?$"
)


def _born_then_named(text: str, start: int) -> bool:
    """A birth announced right before the name that opens the date's sentence (see :data:`_BORN_THEN_NAMED`): the
    name's first word a first name the list knows (not "Factuurdatum", "Op")."""
    m = _BORN_THEN_NAMED.search(text, max(0, start - 80), start)
    return m is not None and _next_of_kin_or_named(m.group("first"))


# A birth label in brackets right after the date: "14 maart 1981 (geboortedatum)", "14-03-1981 [dob]".
_LABEL_IN_BRACKETS = re.compile(
    r"(?i)[ \t]*[(\[][ \t]*(?:geb"
    + _O
    + _O
    + r"rtedat(?:u|a)"
    + _M
    + r"|geboren|geb\.?|dob|d\.o\.b\.?|date[ _]of[ _]birth"
    r"|birth[ _]?date)[ \t]*[)\]]"
)


# The date named a birthday right after it, in a chat: "17 nov 93 is mn bday", "3-4-1987 was haar geboortedatum".
_LABEL_AFTER = re.compile(
    # (", dat is mijn geb datum": the date first, then what it is)
    r"(?i)[ \t]*,?[ \t]*(?:(?:dat|die|het)[ \t]+)?(?:is|was)[ \t]+(?:mijn|m'n|mn|zijn|z'n|zn|haar|d'r|je|jouw|uw|onze?)"
    r"[ \t]+(?:geboortedatum|geboortedag|geb\.?[ \t]?datum|verjaardag|bday|b-day|birthday)(?![a-z])"
)
# "ik ben op 03-04-1987 jarig": the birthday named after a dated year.
_JARIG_AFTER = re.compile(r"(?i)[ \t]+(?:(?:ben|is)[ \t]+(?:ik|hij|ze|zij)[ \t]+)?jarig(?![a-z])")
# An age in years on the date's line ("lisa, 39 jaar, 3-4-1987", "leeftijd 39 (03-04-1987)"): the date is the birth
# date when the years since it are that age (one off either way: the text was written some time ago). Not a
# period ("sinds 15 jaar", "15 jaar geleden", "lid vanaf ...").
_AGE = re.compile(
    r"(?i)(?<![\w.,/:-])(?P<n>\d{2,3})[ \t]*(?:jaar|jr\.?|j\.)(?![a-z])"
    r"|leeftijd[ \t]*:?[ \t]*(?:is[ \t]+)?(?P<l>\d{2,3})(?!\d)"
    # an age said without its unit: "ik ben al 36 jeetje", "hij is 7" (tuning_44), ending its clause or before a word
    # that is no unit ("hij is 7 uur weg", "ik ben 36 euro kwijt" are none)
    r"|(?<![\w])(?:ik[ \t]+ben|hij[ \t]+is|zij[ \t]+is|ze[ \t]+is)[ \t]+(?:al[ \t]+|nu[ \t]+|pas[ \t]+)?"
    r"(?P<s>\d{1,3})(?![\d.,:/-])(?![ \t]*(?:uur|min|sec|euro|eur|€|%|kg|kilo|cm|km|meter|m\b|dagen|dag|weken"
    r"|week|maanden|maand|keer|x\b|punten|graden|minuten|procent|st\b|stuks))"
)
_AGE_HINTS = ("jaar", "jr", "j.", "leeftijd", "ik ben", " is ")
_PERIOD_WORDS = re.compile(r"(?i)(?<![a-z])(?:sinds|geleden|vanaf|ingang|lid|klant|dienst|contract|looptijd)(?![a-z])")


def _age_in_years(day: date, today: date) -> int:
    return today.year - day.year - ((today.month, today.day) < (day.month, day.day))


def _dates_beside_an_age(text: str) -> list[tuple[int, int]]:
    """Dates on the line of an age in years that the date's years agree with (see ``_AGE``)."""
    spans: list[tuple[int, int]] = []
    today = date.today()
    for age in _AGE.finditer(text):
        years = int(age.group("n") or age.group("l") or age.group("s"))
        if years < MIN_AGE_YEARS or years > 120:
            continue
        lo, hi = _line_span(text, age.start(), age.end())
        if _PERIOD_WORDS.search(text, lo, hi):
            continue
        for m in _DATE.finditer(text, lo, hi):
            day = _calendar_date(m)
            if day is not None and abs(_age_in_years(day, today) - years) <= 1:
                spans.append(m.span())
    return spans


# "geboren in '81, 14 maart", "ik ben van eenentachtig, veertien maart": the year of birth first (in digits or read
# out), the day and month of the birthday after it; also as a turn answering a question for the birth date on the
# line above ("wanneer bent u geboren?" / "klant: in drieënnegentig, op vier maart").
_YEAR_THEN_DAY = re.compile(
    r"(?i)(?:(?<![a-z])(?:geboren|geb\.?|ben[ \t]+van"
    # a relative's year first ("mijn vader is van 1952, 3 maart")
    r"|(?:mijn|m'n|mn|zijn|haar|onze?|uw)[ \t]+(?:" + _RELATIVES + r")[ \t]+is[ \t]+van)(?:[ \t]+(?:in|op))?[ \t]+"
    r"|(?P<answer>(?m:^)[^\n:]{1,30}:[ \t]*(?:(?:eh+m?|ja|nou)[ \t,]+)*(?:in[ \t]+)?))"
    rf"(?P<y>['\u2019]\d{{2}}|(?:18|19|20)\d{{2}}"
    rf"|(?P<wy>(?:negentien|tweeduizend)(?:[ \t-]*(?:en[ \t]+)?{_NUMBER_WORD})?|{_NUMBER_WORD}))"
    rf",?[ \t]+(?:op[ \t]+)?(?:de[ \t]+)?(?P<d>\d{{1,2}}|{_DAY_WORD})(?:e|ste|de)?[ \t]+"
    rf"(?P<m>{_MONTH_NAMES})\.?(?![a-z])"
)
# A year of birth as a chat states it ("ik ben een 86'er", "als 86-er", "geboren in 1986", "geboortejaar 1986"):
# a date in that year later on the same line is the date of birth ("..., 12 juli. dus 12-07-1986 voor het formulier").
_YEAR_OF_BIRTH = re.compile(
    r"(?i)(?<![a-z])(?:(?:een|als)[ \t]+(?P<er>\d{2})['\u2019-]?er(?![a-z])"
    r"|(?:geboren(?:[ \t]+in)?|geboortejaar[ \t]*:?)[ \t]+(?P<y>['\u2019]\d{2}|(?:18|19|20)\d{2})(?![\w.,/-]))"
)


# What every _YEAR_OF_BIRTH match without 'geboren' or 'geboortejaar' holds, in the lower-cased text: its "86'er".
# (None of these letters has a case-insensitive match that lower-casing misses: no i, k or s.) A cheap scan that spares
# the pattern most texts.
_ER_YEAR = re.compile(r"\d['\u2019-]?er")

# The birthday right after the stated year ("een 86'er, 12 juli"): its day and month, no year of their own.
_DAY_MONTH_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?P<d>\d{1,2})(?:e|ste|de)?[ \t]+(?P<m>"
    + _MONTH_NAMES
    + r")\.?(?![a-z]|[ \t]*,?[ \t]*['\u2019]?\d)"
)


def _asked_for_birth(text: str, line_start: int) -> bool:
    """The line above ``line_start`` asks for a birth date (a birth label and a question mark)."""
    above_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    above = text[above_start : max(above_start, line_start - 1)]
    return "?" in above and _BIRTH_LABEL.search(above) is not None


# Where a _YEAR_THEN_DAY match can start besides a line start (its answer): the first letters of its lead words, in
# the lower-cased text ("geb" of geboren/geb., "ben" of "ben van", the possessives before a relative).
_YEAR_THEN_DAY_LEADS = ("geb", "ben", "mijn", "m'n", "mn", "zijn", "haar", "onz", "uw")
# (a lead other than "geb" opens "ben van" or "<possessive> <relative> is van": a text without either phrase is tried at
# "geb" only)
_BEN_VAN = re.compile(r"ben[ \t]+van")
_IS_VAN = re.compile(r"is[ \t]+van")


def _year_then_day_matches(text: str) -> Iterator[re.Match[str]]:
    """``_YEAR_THEN_DAY.finditer(text)``, tried only at the starts of lines with a colon and at its lead words (the
    pattern opens with a look-behind and an alternation, which the regex engine would try at every position). A
    text with a case oddity (see ``TextFacts.case_odd``) is scanned whole."""
    facts = text_facts(text)
    if facts.case_odd:
        return _YEAR_THEN_DAY.finditer(text)
    lowered = facts.lowered
    starts = set(facts.colon_line_starts)  # an answer's speaker label ends in a colon on its line
    leads: tuple[str, ...] = _YEAR_THEN_DAY_LEADS[:1]
    if _BEN_VAN.search(lowered) is not None:
        leads += ("ben",)
    if _IS_VAN.search(lowered) is not None:
        leads += _YEAR_THEN_DAY_LEADS[2:]
    for lead in leads:
        starts.update(positions(lowered, lead))
    return matches_from(_YEAR_THEN_DAY, text, sorted(starts))


def _year_then_day(text: str) -> list[tuple[int, int]]:
    """Spans from the year to the month of ``_YEAR_THEN_DAY`` writings that make a possible date of birth."""
    spans: list[tuple[int, int]] = []
    for m in _year_then_day_matches(text):
        if m.group("answer") is not None and not _asked_for_birth(text, m.start()):
            continue
        year = _spoken_year(m.group("wy")) if m.group("wy") else _full_year(m.group("y").lstrip("'\u2019"))
        day_of_month = _spoken_value(m.group("d"))
        if year is None or day_of_month is None:
            continue
        if _date_or_none(year, _month(m.group("m")), day_of_month) is not None:
            spans.append((m.start("y"), m.end("m")))
    return spans


def _dates_in_the_birth_year(text: str) -> list[tuple[int, int]]:
    """Dates in the year of birth stated before them on their line (see ``_YEAR_OF_BIRTH``)."""
    spans: list[tuple[int, int]] = []
    for stated in _YEAR_OF_BIRTH.finditer(text):
        year = _full_year((stated.group("er") or stated.group("y")).lstrip("'\u2019"))
        _, hi = _line_span(text, stated.start(), stated.end())
        birthday = _DAY_MONTH_AFTER.match(text, stated.end())
        if birthday and _date_or_none(year, _month(birthday.group("m")), int(birthday.group("d"))) is not None:
            spans.append((birthday.start("d"), birthday.end("m")))
        for m in _DATE.finditer(text, stated.end(), hi):
            day = _calendar_date(m)
            if day is not None and day.year == year:
                spans.append(m.span())
    return spans


# A second date of birth that leaves out the verb of the first ("mijn vriendin is van 2 feb 95, ik van 9 okt 93"):
# a person and "van" right after a date of birth (the label's reach ends at that date, so it is asked for apart).
_GAPPED_VAN = re.compile(
    r"(?i)[ \t]*(?:[,;]|en\b)[ \t]*(?:en[ \t]+)?(?:ik|hij|zij|ze|(?:(?:mijn|m'n|mn|zijn|haar)[ \t]+)?(?:"
    + _RELATIVES
    # the relative by name too ("dochter eline is van 15-08-2011, zoon mats van 23-01-2014")
    + r")(?:[ \t]+[a-zà-ÿ]{2,})?)[ \t]+van[ \t]+"
)
# ... and by first name alone ("thijs is van 12-3-2016 en evi van 21 okt 2013"; the name is checked against the name
# list: not "en dat van 3 mei", "en ook van ...").
# (a role in brackets after the name: "ik ben zelf van 12-6-84, Wouter (vader) van 3 okt 1982")
_GAPPED_NAME_VAN = re.compile(
    r"[ \t]*(?:[,;]|en\b)[ \t]*(?:en[ \t]+)?(?P<who>[^\W\d_]{2,20})(?:[ \t]*\([^()\n]{1,24}\))?[ \t]+van[ \t]+"
)
# A person pronoun and "is"/"ben" right before a date ("die is 22 juli 2000", "ik ben 03-04-1987"), and the clause
# ending after it or hedged ("volgens mij", "geloof ik"): not "hij is 3 maart 1990 getrouwd".
# ("die is van ...": the one asked about, "Uw partner staat ook op de polis?" / "Ja, die is van 28 februari 1989")
_PERSON_IS = re.compile(
    r"(?i)(?<![a-z])(?:die|hij|zij|ze|ik|jij|je|u)[ \t]+(?:is|ben|bent)[ \t]+(?:(?:op|van)[ \t]+)?$"
)
# The same in a subordinate clause, the verb after the date ("klopt het dat hij van 29 mei 2023 is?", "of ze echt van
# 3-4-2019 is"): a person's date of birth, however recent, not a period ("van 3 mei tot ..." has no verb after it).
# (or a first name, checked against the list by ``_subclause_van``: "weet iedereen dat annemie eigenlijk van 14 maart
# 1977 is?", tuning_49)
_SUBCLAUSE_VAN = re.compile(
    r"(?i)(?<![\w-])(?:dat|of|omdat|want)[ \t]+(?:hij|zij|ze|ik|jij|je|u|die|(?P<name>[^\W\d_][^\W\d_'-]{1,20}))[ \t]+"
    r"(?:(?:echt|toch|wel|dus|zelf|ook|eigenlijk|trouwens)[ \t]+)?van[ \t]+$"
)
# "De mijne is", Frisian "mines is": the writer's own date, in a text that asked for birth dates within
# MINE_ASKED_CHARS characters before it (tuning_50: a sailing team's captain asking the crew's and giving his own).
# (English too, the verb left out after "and": "luana birthday is 12/05/1993 for the form? and mine 30/10/1989")
_MINE_IS = re.compile(
    r"(?i)(?<![\w-])(?:(?:de|die)[ \t]+)?(?:mijne|mines|myne|mine|die[ \t]+van[ \t]+mij)[ \t]+is[ \t]+$"
    r"|(?<![\w-])(?:and|en)[ \t]+(?:mine|de[ \t]+mijne|mijne)[ \t]+$"
)
MINE_ASKED_CHARS = 120
_VERB_AFTER = re.compile(r"(?i)[ \t]+(?:is|ben|bent|was)(?![\w-])")
# A person named by a first name and "is van" right before a date ("En Fenna is van 2 mei 2020 toch?", "joep is van
# 14-3-2016 en zit in groep 6"): that person's date of birth, however recent (the first name is checked against the
# name list: not "het is van 2 mei", "Dit is van ..."). The clause ends after the date or goes on with "en".
_FIRST_NAME_IS_VAN = re.compile(r"(?<![\w-])([^\W\d_][^\W\d_'-]{1,20})[ \t]+is[ \t]+van[ \t]+$")
# ... or by "hij"/"ze" ("ze is van 17 juni 2023 toch?"): a child's, however recent, when the date ends the clause (the
# label rule takes "ik ben van" a date of this decade for an appointment or a list item).
_HE_SHE_IS_VAN = re.compile(
    r"(?i)(?<![\w-])(?:hij|zij|ze)[ \t]+is[ \t]+(?:(?:echt|toch|wel|dus|zelf|trouwens|eigenlijk|ook)[ \t]+)?van[ \t]+$"
)
# ... or by a parent or relative, as family chats name them ("papa is toch van 9 januari 1944?", "mijn oma is van 3 mei
# 1931"; see _first_name_is_van's use).
_KIN_IS_VAN = re.compile(
    r"(?i)(?<![\w-])(?:(?:(?:mijn|m'n|mn|zijn|z'n|haar|onze|ons|je|jouw|uw)[ \t]+)?(?:papa|mama|pap|mam|pa|ma|"
    + _RELATIVES
    # the children as a family names them by their place among them ("de kleine is van 12-3-2021", "onze jongste ...")
    + r")|(?:(?:de|mijn|m'n|mn|onze|ons|jullie|je|jouw|uw)[ \t]+)(?:kleine|jongste|oudste|middelste|tweeling))"
    r"[ \t]+is[ \t]+(?:(?:echt|toch|wel|dus|zelf|trouwens|eigenlijk|ook)[ \t]+)?van[ \t]+$"
)
# ... or by a full name, a comma and "van" ("Klant: Pieter Dekkers, van vijftien augustus achtentachtig."): a caller
# giving someone's name and birth in one breath (two capitalised words or more, particles between).
# (the name opens the turn or follows "met"/"en"; its first word a listed first name, checked by the caller: "Garage
# Jansen, van 3 mei 2019" and "Rapport van Anna de Vries, van 3 mei 2019" name a firm or a document's date)
_FULL_NAME_COMMA_VAN = re.compile(
    r"(?:^|\n|:|(?<![\w])(?:met|en))[ \t]*(?P<first>[A-ZÀ-Ý][^\W\d_]+)"
    r"(?:[ \t]+(?:van|de|der|den|ter|ten|el|[A-ZÀ-Ý][^\W\d_]+)){0,3}"
    r"[ \t]+[A-ZÀ-Ý][^\W\d_'’-]+(?:-[A-ZÀ-Ý][^\W\d_]+)?,[ \t]*van[ \t]+$"
)
_AND_AFTER = re.compile(r"[ \t]+(?:en|maar)[ \t]")
# (an emoji ends a chat's clause as a full stop does: "de kleine is van 12-3-2021 😍")
_CLAUSE_ENDS = re.compile(
    r"(?i)[ \t]*(?:[,.!?;)\n]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]"
    r"|(?:volgens[ \t]+mij|geloof[ \t]+ik|denk[ \t]+ik|toch|of[ \t]+zo"
    # (said on someone's word: "die is van 3 mei 2001 zei ze", tuning_50)
    r"|(?:zei|zegt)[ \t]+(?:ze|zij|hij|die|ie|hem|haar))(?![a-z]))"
)
# A speaker correcting the birth date just given, in the same turn: "drie augustus tweeduizend twaalf. Nee wacht, dat
# is zijn broer. Dertien augustus …", "14-03-1981, sorry, 14-03-1982". The corrected date answers the same question.
# (bounded: at most 100 characters of one line between the two dates, the correction word among them; after it the
# speaker may say whose date that was and name the person again: "sorry, dat is die van zijn broer. Luuk is van …")
_CORRECTION_BETWEEN = re.compile(
    r"(?i)[^\n\d]{0,40}?(?<![a-z])(?:nee|neen|sorry|pardon|wacht|bedoel|correctie|excuus|oeps|verkeerd)(?![a-z])"
    r"[^\n\d]{0,60}"
)
# ... or said to be wrong, as a written correction says it ("als 21-4-1985, dat is fout: het is 21-4-1986", "... klopt
# niet, moet zijn ..."): the next date, when it is a slip's correction (see _a_correction_of: no later appointment).
_CORRECTION_STATED = re.compile(
    r"(?i)[^\n\d]{0,40}?(?<![a-z])(?:fout|onjuist|klopt[ \t]+niet|moet[ \t]+zijn|juiste|vergist"
    # (a register's answer to a request for correction: "stond uw geboortedatum als 13-06-1972; dit is nu 30-06-1972",
    # "... is gewijzigd in ...", "gecorrigeerd naar")
    r"|(?:dit|dat|het|deze|die)[ \t]+is[ \t]+nu"
    r"|(?:gecorrigeerd|gewijzigd|aangepast|veranderd|verbeterd)[ \t]+(?:naar|in))"
    r"(?![a-z])[^\n\d]{0,60}"
)
# A date said right after the birth date just given and corrected after it: "vier negen negenenveertig... 4 september
# 1943 bedoel ik" (only punctuation between the two; the correction word after the second).
_RIGHT_AFTER = re.compile(r"[ \t.,;\u2026-]{1,8}")
_CORRECTED_AFTER = re.compile(r"(?i)[ \t,]*(?:bedoel[ \t]+ik|sorry|pardon|excuus|correctie)(?![a-z])")
# Two people's birth dates listed after one label: "geboren 02-12-1993 resp. 19-07-1995" (respectively).
_RESPECTIVELY_BETWEEN = re.compile(r"(?i)[ \t]*[,;]?[ \t]*(?:resp\.?|respectievelijk)[ \t]*")
# A year of birth said and corrected into a whole date: "hij is van negentien vierendertig, nee, elf januari
# vierendertig", "ik ben van 1962, sorry, 3 mei 1961" (the label's reach ends at no date: a year alone is none).
_YEAR_CORRECTED_BEFORE = re.compile(
    r"(?i)(?<![a-z])(?:ik[ \t]+ben|(?:hij|zij|ze|die|u)[ \t]+(?:is|was|bent)"
    r"|(?:mijn|m'n|mn|zijn|haar|uw)[ \t]+(?:" + _RELATIVES + r")[ \t]+(?:is|was))[ \t]+van[ \t]+"
    rf"(?:(?:18|19|20)\d{{2}}|['\u2019]\d{{2}}|(?:negentien|tweeduizend)(?:[ \t-]*(?:en[ \t]+)?{_NUMBER_WORD})?)"
    r"[ \t]*[,.]?[ \t]*(?:(?:nee|neen|sorry|pardon|wacht|correctie)(?![a-z])[ \t,.]*){1,2}$"
)
# "de 3e van de 4e 1987": day and month as ordinals, as a chat types them.
_ORDINAL_DATE = re.compile(
    r"(?i)(?<!\w)(?:de[ \t]+)?(?P<d>\d{1,2})(?:e|ste|de)[ \t]+van[ \t]+de[ \t]+(?P<m>\d{1,2})(?:e|ste|de)"
    r"(?:[ \t]+maand)?,?[ \t]+(?P<y>\d{4}|['\u2019]?\d{2})(?![\w:]|[-/.]\d)"
)
# "geboortedatum is 030487": six digits (ddmmyy, or yymmdd when that is no date) right after a birth label only, as a
# form's field takes them.
_COMPACT_SHORT = re.compile(r"(?P<d>\d\d)(?P<m>[01]\d)(?P<y>\d\d)(?![\w]|[-/.,]\d)")
_SHORT_COMPACT_LABEL = re.compile(
    r"(?i)(?:geboortedatum|geb(?:oorte)?\.?[ \t]?datum|geboren|geb\.?|dob|d\.o\.b\.?|birth[ _]?date|date of birth)"
    # (a key's quotes around it and its value: "'dob': '670228'")
    r"(?:[ \t]+(?:is|was|op))?[\"']?[ \t]*[:=]?[ \t]*[\"']?$"
)


_NAMED_IS = re.compile(r"(?<![\w-])([^\W\d_][^\W\d_'-]{1,20})[ \t]+is[ \t]+$")


def _named_is(text: str, start: int) -> bool:
    """A listed first name (no common word) or a word of kinship, then "is", end right before ``start``."""
    m = _NAMED_IS.search(text, max(0, start - 28), start)
    if m is None:
        return False
    from afscherm.detectors.person_name import KIN_WORD_SET, common_words, is_first_name  # (it imports this module)

    who = m.group(1)
    kin = who.lower() in KIN_WORD_SET or who.lower() in ("opa", "oma", "papa", "mama", "pa", "ma")
    return kin or (is_first_name(who, lowercase_ok=True) and who.lower() not in common_words())


def _subclause_van(text: str, start: int) -> bool:
    """A subordinate clause's subject and "van" end right before ``start``, the subject a pronoun or a listed first name
    that is no common word (see ``_SUBCLAUSE_VAN``)."""
    m = _SUBCLAUSE_VAN.search(text, max(0, start - 44), start)
    if m is None or m.group("name") is None:
        return m is not None
    from afscherm.detectors.person_name import common_words, is_first_name  # (person_name imports this module)

    name = m.group("name")
    return is_first_name(name, lowercase_ok=True) and name.lower() not in common_words()


def _first_name_is_van(text: str, start: int) -> bool:
    """A listed first name (no common word) and "is van" end right before ``start`` (see ``_FIRST_NAME_IS_VAN``)."""
    m = _FIRST_NAME_IS_VAN.search(text, max(0, start - 36), start)
    if m is None:
        return False
    from afscherm.detectors.person_name import common_words, is_first_name  # (person_name imports this module)

    name = m.group(1)
    return is_first_name(name, lowercase_ok=True) and name.lower() not in common_words()


def _full_name_comma_van(text: str, start: int) -> bool:
    """A full name whose first word is a listed first name, a comma and "van" end right before ``start`` (see
    ``_FULL_NAME_COMMA_VAN``)."""
    m = _FULL_NAME_COMMA_VAN.search(text, max(0, start - 60), start)
    if m is None:
        return False
    from afscherm.detectors.person_name import is_first_name  # (person_name imports this module)

    return is_first_name(m.group("first"))


# A first name and its date in brackets, as a register lists children ("Jeugdpas voor kind(eren): Tess (11-02-2018)
# en Mats (27-09-2020)"): the date is that person's birth where the line lists two such pairs or names a child or a
# relative (not "aangepast door Jan (12-03-2024)", one name and a date of something done).
_NAME_BRACKETED_DATE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ \t]*\([ \t]*"
    r"(?P<date>(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4}))[ \t]*\)"
)
_KIN_ON_LINE = re.compile(r"(?i)(?<![a-z])(?:kind(?:eren)?|kids|zoon|dochter|(?:" + _RELATIVES + r"))(?![a-z])")


def bracketed_births(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(name span, date span) of each first name with its date of birth in brackets (see ``_NAME_BRACKETED_DATE``).

    >>> text = "Jeugdpas voor kind(eren): Tess (11-02-2018) en Mats (27-09-2020)"
    >>> [(text[slice(*n)], text[slice(*d)]) for n, d in bracketed_births(text)]
    [('Tess', '11-02-2018'), ('Mats', '27-09-2020')]
    >>> bracketed_births("Aangepast door Jan (12-03-2024)")
    []
    """
    from afscherm.detectors.person_name import is_first_name  # (person_name imports this module)

    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    today = date.today()
    for line in re.finditer(r"[^\n]+", text):
        pairs = [
            m
            for m in _NAME_BRACKETED_DATE.finditer(text, line.start(), line.end())
            if is_first_name(m.group("name"))
            and (day := _date_or_none(int(m.group("y")), int(m.group("m")), int(m.group("d")))) is not None
            and day < today
        ]
        if len(pairs) >= 2 or pairs and _KIN_ON_LINE.search(text, line.start(), line.end()):
            out += [(m.span("name"), m.span("date")) for m in pairs]
    return out


# Children listed by first name, each with a date ("tijn en olivier allebei mee. tijn 4 mei 2015, olivier 19-09-17"):
# a line holding two or more such pairs, each name listed (lower case too, no common word) and right before its date,
# opening the line, a clause or following "en", is a list of birth dates, the dates a year past at least (not "jan 3
# mei, piet 4 mei": no year; a rota's coming dates).
_NAME_BEFORE_DATE = re.compile(r"(?m)(?:^|[,;:.!?]|(?<![\w-])en)[ \t]*(?P<name>[^\W\d_][^\W\d_'-]{1,20})[ \t]+$")


def _named_before(text: str, start: int) -> bool:
    """A listed first name (no common word) opens a clause right before ``start`` (see ``_NAME_BEFORE_DATE``)."""
    m = _NAME_BEFORE_DATE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    from afscherm.detectors.person_name import common_words, is_first_name  # (person_name imports this module)

    name = m.group("name")
    return is_first_name(name, lowercase_ok=True) and name.lower() not in common_words()


def _listed_births(text: str, unlabelled: list[tuple[int, int, date]], found: list[Finding]) -> list[tuple[int, int]]:
    """The dates of ``unlabelled`` that a line lists with first names, two pairs or more (see ``_NAME_BEFORE_DATE``);
    a birth date ``found`` already counts as a pair where a name stands before it."""
    last_year = date.today().year - 1
    pairs = [(a, b) for a, b, day in unlabelled if day.year <= last_year and _named_before(text, a)]
    if not pairs:
        return []
    lines: dict[int, int] = {}
    for a, _ in pairs + [
        (f.start, f.end) for f in found if f.entity_type == "DATE_OF_BIRTH" and _named_before(text, f.start)
    ]:
        line = text.count("\n", 0, a)
        lines[line] = lines.get(line, 0) + 1
    return [(a, b) for a, b in pairs if lines[text.count("\n", 0, a)] >= 2]


# A second person's birth date after a first one found, the verb left out ("jovelyn geboren 03-09-1995, marites 17 jan
# 2000", tuning_43): on the same line, a comma or "en", one name (a listed first name, or a word no list and no
# dictionary knows), perhaps "op", then a whole date a year past at least, ending its clause.
_NEXT_NAMED = re.compile(
    r"[ \t]*(?:[,;]|[ \t]en)[ \t]+(?:en[ \t]+)?(?P<name>[^\W\d_][^\W\d_'-]{1,20})[ \t]+(?:op[ \t]+)?"
)


def _next_named_births(text: str, lowered: str, found: list[Finding]) -> list[tuple[int, int]]:
    """The dates that follow a birth date ``found`` as ``_NEXT_NAMED`` says."""
    from afscherm.detectors.name_slots import word_like  # (it reads person_name, which imports this module)
    from afscherm.detectors.person_name import is_first_name

    out: list[tuple[int, int]] = []
    starts: dict[int, tuple[int, date | None]] | None = None
    last_year = date.today().year - 1
    for f in found:
        m = _NEXT_NAMED.match(text, f.end)
        if m is None:
            continue
        name = m.group("name")
        if not (is_first_name(name, lowercase_ok=True) or (len(name) >= 4 and not word_like(name))):
            continue
        if starts is None:
            starts = {a: (b, day) for a, b, day in _candidates(text, lowered, False)}
        end, day = starts.get(m.end(), (0, None))
        if day is not None and EARLIEST_YEAR <= day.year <= last_year and _CLAUSE_ENDS.match(text, end):
            out.append((m.end(), end))
    return out


def _child_is_van(text: str, start: int, end: int, day: date) -> bool:
    """He or she is a past date that ends the clause ("ze is van 17 juni 2023 toch?"; not a period: "tot")."""
    return (
        day < date.today()
        and _HE_SHE_IS_VAN.search(text, max(0, start - 24), start) is not None
        and _UNTIL_AFTER.match(text, end) is None
        and _CLAUSE_ENDS.match(text, end) is not None
    )


def _ordinal_date(m: re.Match[str]) -> date | None:
    return _date_or_none(_full_year(m.group("y").lstrip("'\u2019")), int(m.group("m")), int(m.group("d")))


# A chat turn's or a transcript's answer that is the value alone: a speaker's header before it, nothing but
# punctuation after it on its line.
_HEAD_ONLY = re.compile(r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:[^\n:\d]{1,30}:)?[ \t]*")
_LINE_REST = re.compile(r"[ \t.!]*(?:\n|$)")


def _answer_alone(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` answers, alone on its turn's line, a birth-date question on the line above
    (``agent: geboortedatum?`` / ``klant: 120388``)."""
    # (a header is short: the line's start looked for within 64 characters, linear on a long line of numbers)
    line_start = text.rfind("\n", max(0, start - 64), start) + 1
    return (
        line_start > 0
        and _HEAD_ONLY.fullmatch(text, line_start, start) is not None
        and _LINE_REST.match(text, end) is not None
        and _asked_for_birth(text, line_start)
    )


def _short_compact_dates(text: str) -> list[tuple[int, int, date | None]]:
    """Six-digit dates (``030487``) with a birth label right before them, or answering a birth-date question alone."""
    found: list[tuple[int, int, date | None]] = []
    for m in _COMPACT_SHORT.finditer(text):
        start = m.start()
        if start == 0 or text[start - 1] not in _BEFORE_COMPACT or text[start - 1 : start].isdigit():
            continue
        if _SHORT_COMPACT_LABEL.search(text, max(0, start - _COMPACT_REACH), start) is None and not _answer_alone(
            text, start, m.end()
        ):
            continue
        day = _date_or_none(_full_year(m.group("y")), int(m.group("m")), int(m.group("d")))
        # or year first, as a machine-readable zone and the software that parses it write it (``'dob': '670228'``)
        day = day or _date_or_none(_full_year(m.group("d")), int(m.group("m")), int(m.group("y")))
        if day is not None:
            found.append((start, m.end(), day))
    return found


# A date said digit by digit and transcribed so ("2 2 0 3 6 5", "1 4 0 3 1 9 8 1"): six or eight single digits; or
# typed one to a box of a form, day, month and year parted by a spaced dash, slash or dot ("2 8 - 0 5 - 1 9 3 8").
# (led by the digit, what stands before it checked behind it: the regex engine skips ahead to digits)
_DIGIT_BY_DIGIT = re.compile(
    r"\d(?<![\w,.-]\d)(?<!\d \d) \d(?P<sep> [-/.] | )\d \d(?P=sep)\d \d(?: \d \d)?(?![\w-]| \d| [-/.] \d)"
)


def _digit_by_digit_dates(text: str) -> list[tuple[int, int, date | None]]:
    """Dates read out one digit at a time (day, month, year of two or four digits); a birth label or question
    before them makes them dates of birth, as for any date."""
    found: list[tuple[int, int, date | None]] = []
    for m in _DIGIT_BY_DIGIT.finditer(text):
        digits = "".join(c for c in m.group() if c.isdigit())
        year = int(digits[4:]) if len(digits) == 8 else _full_year(digits[4:])
        found.append((m.start(), m.end(), _checked(_date_or_none(year, int(digits[2:4]), int(digits[:2])))))
    return found


# A date and a clock time opening a line: a chat export's or a log's time stamp ("[14-02-2024 08:12] Sanne:",
# "2/7/24, 10:15 - Jordy:", "2024-02-14 08:12:00 INFO"), the day of the week before it perhaps (an SMS app's "di 15 sep
# 2026 18:40 · Riny:", tuning_118, where the landlord's question for birth dates made every header's date one).
_STAMP_BEFORE = re.compile(
    r"(?im)^[ \t]*\[?[ \t]*(?:(?:ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun|maandag|dinsdag|woensdag|donderdag"
    r"|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?[ \t]+)?$"
)


# A day and a month with no year, "om" and a clock time, alone on their line: Facebook Messenger's header under the
# speaker's name ("Øystein Haugland\n12 mrt. om 10:15\n...", tuning_116). A birth card's time comes with the year
# ("2 maart 2026 om 04:12") or words on the line ("geboren vannacht 2 maart om 04:12").
_STAMP_ALONE_AFTER = re.compile(r"\.?[ \t]+(?:om|at|um|à)[ \t]+\d{1,2}:\d{2}[ \t]*(?:\n|$)")
_YEAR_IN = re.compile(r"\d{4}|'\d\d")
_STAMP_AFTER = re.compile(r"[ \t]*,?[ \t]*\d{1,2}:\d{2}")


# The speaker first, then the date and the clock, then the colon that ends the header: "Hidde, 3 dec. 2026 om
# 10:20: ..." (a birth announcement's "Eva, 3 december 2026 om 10:14" has no colon closing it).
_SPEAKER_BEFORE = re.compile(r"[ \t]*[^\W\d_][^\n\d:,]{0,38},[ \t]*")
_SPEAKER_STAMP_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:om[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?[ \t]*:[ \t]")


# A Discord export's message header: the speaker, a dash, the date and the clock, nothing after them on the line
# ("yonas_b — 01-12-2026 10:05", "Hanneke | Kamerloket — 01-12-2026 10:19"; tuning_43, where a date of birth asked for
# in the message before made each header's date one); Facebook Messenger's and Marketplace's with a middle dot
# ("Tashi Phuntsok · 14 mrt 2026 16:40", tuning_120).
_DASHED_SPEAKER_BEFORE = re.compile(r"[^\n]{1,60}?[ \t]+[—–·-][ \t]*")
_STAMP_ENDS_LINE = re.compile(r"[ \t]*,?[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:\n|$)")


# A date, a clock time and what closes a message's header, whatever is before it: a bracket ("Галя, [17.03.2026
# 20:14]", Telegram's copy) or a colon ("Vesna · 22.03.2026. 20:14: ...", a forum's). (A birth announcement's time
# ends no header: "geboren 3 december 2026 om 10:14".)
_STAMP_CLOSED = re.compile(r"\.?[ \t]*,?[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:\]|:[ \t])")


# A chat export's day header: the date alone on its line with its weekday in Korean or Japanese after it
# ("2026년 12월 20일 일요일", KakaoTalk; "2026年12月20日(日)", LINE; tuning_136)
_DAY_HEADER_AFTER = re.compile(
    r"[ \t]*(?:[월화수목금토일]요일|[(（][月火水木金土日][)）]|[月火水木金土日]曜日)[ \t]*(?:\n|\Z)"
)


def _line_timestamp(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if _DAY_HEADER_AFTER.match(text, end) is not None and not text[line_start:start].strip():
        return True
    if _STAMP_CLOSED.match(text, end) is not None:
        return True
    if _STAMP_AFTER.match(text, end) is not None and _STAMP_BEFORE.match(text, line_start, start) is not None:
        return True
    if (
        _STAMP_ALONE_AFTER.match(text, end) is not None
        and not text[line_start:start].strip()
        and _YEAR_IN.search(text, start, end) is None
    ):
        return True
    if _STAMP_ENDS_LINE.match(text, end) is not None and _DASHED_SPEAKER_BEFORE.fullmatch(text, line_start, start):
        return True
    return (
        _SPEAKER_STAMP_AFTER.match(text, end) is not None
        and _SPEAKER_BEFORE.fullmatch(text, line_start, start) is not None
    )


def _checked(day: date | None) -> date | None:
    return day if day is not None and EARLIEST_YEAR <= day.year <= date.today().year else None


def _date_or_none(year: int, month: int, day: int) -> date | None:
    """The calendar date, if it exists and could be someone's birthday (``_checked``)."""
    try:
        return _checked(date(year, month, day))
    except ValueError:
        return None


def _ocr_dates(text: str) -> list[tuple[int, int, date | None]]:
    """Dates OCR wrote with letters for digits (``14-O3-1981``): around each month between separators that
    holds such a letter, the text read with those letters as digits (same offsets) holds a date, written with at
    least three real digits. (Looked for from the separators: a pattern led by digits or letters would be tried
    at nearly every position.)"""
    found: list[tuple[int, int, date | None]] = []
    for middle in _OCR_MIDDLE.finditer(text):
        lo, hi = max(0, middle.start() - 4), min(len(text), middle.end() + 5)
        window = text[lo:hi]
        repaired = window.translate(_OCR_DIGITS)
        if repaired == window:
            continue
        for m in _DATE.finditer(repaired):
            written = window[m.start() : m.end()]
            if written != m.group() and sum(c.isdigit() for c in written) >= 3:
                found.append((lo + m.start(), lo + m.end(), _calendar_date(m)))
    return found


# A number OCR wrote with letters for digits, as a whole word (tuning_19: ``O9 O8 197S``, ``17-O6-19B4``, ``O5 SEP/SEP
# 2OOO``): _OCR_DIGITS's letters and S for 5, B for 8, only in a word that also holds a real digit, so that a month
# name between such numbers ("SEP") stays a word.
_OCR_NUMBER = re.compile(r"(?<!\w)(?=[OolISB]*\d)(?=\d*[OolISB])[\dOolISB]{2,4}(?!\w)")
_OCR_NUMBER_DIGITS = str.maketrans("OolISB", "001158")
_OCR_NUMBER_REACH = 16  # a date's other numbers stand within this many characters of a damaged one
# What every _OCR_NUMBER match holds: one of its letters beside a digit. Led by the letters, a class the regex engine
# skips ahead to, where _OCR_NUMBER, led by a look-behind, is tried at every position; most texts have none.
_OCR_BESIDE_DIGIT = re.compile(r"[OolISB](?<=\d[OolISB])|[OolISB](?=\d)")
# OCR's "l" for "I" in a word of capitals, a month beside such numbers ("l7 MEl/MAY l988", tuning_56, tuning_59).
_OCR_CAPITAL_I = re.compile(r"(?<=[A-Z][A-Z])l(?![a-z])")


def _ocr_number_dates(text: str) -> list[tuple[int, int, date | None]]:
    """Dates around a number OCR damaged (see ``_OCR_NUMBER``): the text read with every such number's letters as
    digits (same offsets) holds a date over the damaged number, written with at least two real digits."""
    found: set[tuple[int, int, date | None]] = set()
    if _OCR_BESIDE_DIGIT.search(text) is None:
        return []
    for number in _OCR_NUMBER.finditer(text):
        lo, hi = max(0, number.start() - _OCR_NUMBER_REACH), min(len(text), number.end() + _OCR_NUMBER_REACH)
        window = text[lo:hi]
        repaired = _OCR_NUMBER.sub(lambda m: m.group().translate(_OCR_NUMBER_DIGITS), window)
        repaired = _OCR_CAPITAL_I.sub("I", repaired)
        for m in _DATE.finditer(repaired):
            written = window[m.start() : m.end()]
            if m.start() <= number.start() - lo < m.end() and sum(c.isdigit() for c in written) >= 2:
                found.add((lo + m.start(), lo + m.end(), _calendar_date(m)))
    return sorted(found, key=lambda c: (c[0], c[1]))


@per_text_cache
def _written_dates(text: str) -> tuple[tuple[re.Match[str], date | None], ...]:
    """Every ``_DATE`` match of ``text`` with its calendar date (see ``_calendar_date``), read once per text: the
    recogniser and, after its batch, the record post-processor read the same text (a string hashes once)."""
    return tuple((m, _calendar_date(m)) for m in _DATE.finditer(text))


def _candidates(
    text: str, lowered: str, english: bool, month_first: bool = False
) -> tuple[tuple[int, int, date | None], ...]:
    """Every date in ``text`` as (start, end, the calendar date or None), in text order: written dates, OCR-damaged
    numeric ones, compact ``yyyymmdd``, Python ``date(…)`` and spoken ones. (``lowered`` is ``text.lower()``.)
    ``english``: numbers read month first too (03/04/2001) and months named first ("March 4, 1990"); ``month_first``:
    the latter only (a month's name before its day and year is English whatever the label's language)."""
    # (read once per text and reading: the label rule, the '<name> is <date>' rules and the MRZ holder's post-processor
    # ask for the same text's dates, the last after the whole batch; this year is in the key, as a later year's date is
    # no birth date)
    readings = _candidate_readings(text)
    key: tuple[bool | None, bool | None, int] = (english, english or month_first, date.today().year)
    found = readings.get(key)
    if found is None:
        written = [(m.start(), m.end(), day or (_us_date(m) if english else None)) for m, day in _written_dates(text)]
        if key[1] and _MONTH_FIRST_TAIL.search(text) is not None:
            written += [(m.start(), m.end(), _calendar_date(m)) for m in _MONTH_FIRST.finditer(text)]
        # (of two readings at one place, the valid first)
        found = tuple(sorted(written + _other_candidates(text, lowered, key[2]), key=lambda c: (c[0], c[2] is None)))
        readings[key] = found
    return found


@per_text_cache
def _candidate_readings(
    text: str,
) -> dict[tuple[bool | None, bool | None, int], tuple[tuple[int, int, date | None], ...]]:
    """The text's dates as :func:`_candidates` read them, by (English, months first, this year); by (None, None, this
    year) those of :func:`_other_candidates`, the same in both readings."""
    return {}


# What every _MONTH_FIRST match ends with: a day and a year after a blank. Led by the blank, which the regex engine
# skips ahead to, where _MONTH_FIRST is tried at every letter: a text without one is not read for months first.
_MONTH_FIRST_TAIL = re.compile(r"[ \t\u00a0]\d{1,2}(?:st|nd|rd|th)?,?[ \t\u00a0]+\d{4}(?![\w]|[-/.]\d)", re.IGNORECASE)


def _other_candidates(text: str, lowered: str, _year: int) -> list[tuple[int, int, date | None]]:
    """The dates of :func:`_candidates` that are no ``_DATE`` nor ``_MONTH_FIRST`` match (the same in both
    readings, computed once per text and year)."""
    readings = _candidate_readings(text)
    key: tuple[bool | None, bool | None, int] = (None, None, _year)
    cached = readings.get(key)
    if cached is not None:
        return list(cached)
    found: list[tuple[int, int, date | None]] = []
    found += _ocr_dates(text)
    found += _ocr_number_dates(text)
    # a one-digit day or month between spaces, as said or OCR'd ("14 3 1981"), before a four-digit year
    found += [(m.start(), m.end(), _numbers_date(m)) for m in _SPACED_DATE.finditer(text)]
    if " van de " in lowered:
        found += [(m.start(), m.end(), _ordinal_date(m)) for m in _ORDINAL_DATE.finditer(text)]
    found += _short_compact_dates(text)
    found += _digit_by_digit_dates(text)
    # (a Python date's "date(", "datetime(", "Date.of(" or "DateTime.of(": a text without "te(", "me(" or ".of(" is not
    # scanned for it)
    py_date = "te(" in text or "me(" in text or ".of(" in text
    for pattern in (_COMPACT_DATE, _COMPACT_DMY, _PY_DATE) if py_date else (_COMPACT_DATE, _COMPACT_DMY):
        for m in pattern.finditer(text):
            if pattern is not _PY_DATE and (m.start() == 0 or text[m.start() - 1] not in _BEFORE_COMPACT):
                continue
            try:
                day: date | None = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                day = None
            start, end = (m.start("y"), m.end("d")) if pattern is _PY_DATE else m.span()
            found.append((start, end, _checked(day)))
    # a spoken date has a spoken year (or a word for 20-99 alone): most texts skip it
    # (the tests most texts fail first: "tig" ends every word for 20-99, "negen" and "nul" a year said digit by digit,
    # an ordinal's "de" or "ste" before a month is rarer than an ordinal)
    if (
        any(year in lowered for year in _SPOKEN_YEARS)
        or ("tig" in lowered and any(tens in lowered for tens in _TENS))
        or any(tens in lowered for tens in _TENS_WORDS_REST)
        or (
            _ORDINAL_MONTH.search(lowered) is not None
            and any(day in lowered for day in _DAY_ORDINALS)
            and any(month in lowered for month in _FULL_MONTHS)
        )
        or (any(month in lowered for month in _FULL_MONTHS) and _word_day_month(lowered))
    ):
        found += [(m.start(), m.end(), _checked(_spoken_date(m))) for m in _SPOKEN_DATE.finditer(text)]
    if any(month in lowered for month in _EN_MONTHS) and any(word in lowered for word in _EN_SPOKEN_HINTS):
        # (the article before the day stays outside the date: "Born the ninth of October, ...")
        found += [
            (m.start("day") if m.group("day") else m.start(), m.end(), _checked(_english_spoken_date(m)))
            for m in _EN_SPOKEN_DATE.finditer(text)
        ]
    if any(month in lowered for month in _FR_HINTS) and _FR_SPOKEN_DATE.search(text) is not None:
        found += [(m.start(), m.end(), _french_spoken_date(m)) for m in _FR_SPOKEN_DATE.finditer(text)]
    if _OCR_BESIDE_DIGIT.search(text) is not None:
        found += _ocr_compact_dates(text)
    readings[key] = tuple(found)
    return found


# A compact date OCR wrote with letters for digits ("Geb.datum: 1984O917", tuning_39 hw39-0027): a word of eight of
# _OCR_DIGITS' characters, at most OCR_COMPACT_LETTERS of them letters, that reads as a compact date once repaired,
# after what stands before a compact date (_BEFORE_COMPACT; its label decides, as for a clean one).
_OCR_COMPACT_WORD = re.compile(r"(?<![\w])[\dOolI]{8}(?!\w)")
OCR_COMPACT_LETTERS = 3


def _ocr_compact_dates(text: str) -> list[tuple[int, int, date | None]]:
    """Compact dates with OCR's letters for digits (see ``_OCR_COMPACT_WORD``).

    >>> text = "Geb.datum: 1984O917"
    >>> [(text[a:b], day) for a, b, day in _ocr_compact_dates(text)]
    [('1984O917', datetime.date(1984, 9, 17))]
    """
    out: list[tuple[int, int, date | None]] = []
    for m in _OCR_COMPACT_WORD.finditer(text):
        word = m.group()
        letters = sum(not c.isdigit() for c in word)
        if not 0 < letters <= OCR_COMPACT_LETTERS or m.start() == 0 or text[m.start() - 1] not in _BEFORE_COMPACT:
            continue
        repaired = word.translate(_OCR_DIGITS)
        for pattern in (_COMPACT_DATE, _COMPACT_DMY):
            c = pattern.fullmatch(repaired)
            if c is not None:
                try:
                    day: date | None = date(int(c.group("y")), int(c.group("m")), int(c.group("d")))
                except ValueError:
                    continue
                out.append((m.start(), m.end(), _checked(day)))
                break
    return out


# Long birth labels, matched through OCR damage the label pattern does not spell out (``Geb0ortedatuni``).
BIRTH_WORDS = ("geboortedatum", "geboren", "geburtsdatum", "birthdate", "dateofbirth")
_LABEL_PART = re.compile(r"[^\W_]{2,}")


def _split_label_near(text: str, lo: int, start: int) -> bool:
    """A long birth label that OCR split with a space (``Gebo rtedatum``): two words one space apart in
    ``text[lo:start]`` that, joined, are a label or an OCR-damaged one (``fuzzy_label_near``)."""
    parts = list(_LABEL_PART.finditer(text, lo, start))
    return any(
        second.start() == first.end() + 1 and _is_birth_label(first.group() + second.group())
        for first, second in zip(parts, parts[1:], strict=False)
    )


@lru_cache(maxsize=1 << 14)  # (the same word pairs stand before many dates: "geboren op", "de klant")
def _is_birth_label(word: str) -> bool:
    """``word`` is a long birth label or an OCR-damaged one (``fuzzy_label_near`` over the whole word)."""
    return fuzzy_label_near(word, len(word), BIRTH_WORDS, len(word))


# A label in letters spaced out, as a form prints it or OCR reads a letter-spaced one (``G e b o r e n :``): three
# single letters one space apart at least; the spaces between single letters go before the label is looked up.
_SPACED_OUT = re.compile(r"(?<![^\W\d_])[^\W\d_] [^\W\d_] [^\W\d_](?![^\W\d_])")
_SPACED_LETTER = re.compile(r"(?<![^\W\d_])([^\W\d_]) (?=[^\W\d_](?![^\W\d_]))")


def _spaced_label_near(text: str, lo: int, start: int) -> bool:
    """A birth label spelled out letter by letter in ``text[lo:start]`` (see :data:`_SPACED_OUT`)."""
    if _SPACED_OUT.search(text, lo, start) is None:
        return False
    return _BIRTH_LABEL.search(_SPACED_LETTER.sub(r"\1", text[lo:start])) is not None


# The year before each Japanese era's first (Meiji, Taisho, Showa, Heisei, Reiwa): its year n is this plus n
JAPANESE_ERAS = {"M": 1867, "T": 1911, "S": 1925, "H": 1988, "R": 2018}


def _full_year(year: str) -> int:
    """Two-digit years of birth: ``85`` is 1985, ``07`` is 2007 (not after this year)."""
    if len(year) == 4:
        return int(year)
    yy = int(year)
    this_year = date.today().year
    return 2000 + yy if 2000 + yy <= this_year else 1900 + yy


def _calendar_date(m: re.Match[str]) -> date | None:
    """The date ``m`` spells, if it exists in the calendar and could be someone's birthday."""
    try:
        g = m.groupdict()
        if g.get("em"):
            day = date(int(g["ey"]), _month(g["em"]), int(g["ed"]))
        elif g["d"]:
            day = date(_full_year(g["y"].lstrip("'\u2019\u2018")), int(g["m"]), int(g["d"]))
        elif g["iy"]:
            if SOLAR_HIJRI_YEARS[0] <= int(g["iy"]) <= SOLAR_HIJRI_YEARS[1]:
                return _solar_hijri(int(g["iy"]), int(g["im"]), int(g["id"]))
            day = date(int(g["iy"]), int(g["im"]), int(g["id"]))
        elif g.get("hy"):
            day = date(int(g["hy"]), _month(g["hm"]), int(g["hd"]))
        elif g.get("ly"):
            day = date(int(g["ly"]), _month(g["lm"]), int(g["ld"]))
        elif g["cy"]:
            day = date(int(g["cy"]), int(g["cm"]), int(g["cd"]))
        elif g.get("ky"):
            day = date(_full_year(g["ky"]), int(g["km"]), int(g["kd"]))
        elif g.get("gy"):
            day = date(int(g["gy"]), int(g["gm"]), int(g["gd"]))
        elif g.get("uy"):
            day = date(int(g["uy"]), _month(g["um"]), int(g["ud"]))
        elif g.get("jera"):
            day = date(JAPANESE_ERAS[g["jera"]] + int(g["jy"]), int(g["jm"]), int(g["jd"]))
        elif g["rd"]:
            day = date(int(g["ry"]), ROMAN_MONTHS.index(g["rm"]) + 1, int(g["rd"]))
        elif g["sd"]:
            day = date(_full_year(g["sy"]), int(g["sm"]), int(g["sd"]))
        else:
            year = g["ty"].lstrip("'\u2019\u2018").translate(_OCR_DIGITS)
            day = date(_full_year(year), _month(g["tm"]), int(g["td"]))
    except ValueError:
        return None
    if EARLIEST_YEAR + BUDDHIST_ERA <= day.year <= date.today().year + BUDDHIST_ERA:
        try:
            day = day.replace(year=day.year - BUDDHIST_ERA)
        except ValueError:
            return None
    return day if EARLIEST_YEAR <= day.year <= date.today().year else None


def _solar_hijri(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Solar Hijri one (see SOLAR_HIJRI_YEARS), to a day or so (Nowruz taken as 21 March).

    >>> _solar_hijri(1367, 9, 15), _solar_hijri(1360, 1, 1), _solar_hijri(1360, 7, 31)
    (datetime.date(1988, 12, 6), datetime.date(1981, 3, 21), None)
    """
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    days = (month - 1) * 31 if month <= 6 else 186 + (month - 7) * 30
    return _checked(date(year + SOLAR_HIJRI_OFFSET, 3, 21) + timedelta(days=days + day - 1))


def _numbers_date(m: re.Match[str]) -> date | None:
    """The date of a match with groups ``d``, ``m`` and a four-digit ``y``, if it is a possible birthday."""
    return _date_or_none(int(m.group("y")), int(m.group("m")), int(m.group("d")))


def _us_date(m: re.Match[str]) -> date | None:
    """Month first, as an English form writes it ("Date of birth: 03/14/1981"), when day-month cannot be meant."""
    if not m.group("d") or int(m.group("m")) <= 12:
        return None
    try:
        day = date(_full_year(m.group("y").lstrip("'\u2019\u2018")), int(m.group("d")), int(m.group("m")))
    except ValueError:
        return None
    return _checked(day)


# A live chat's turn header on a line of its own: a speaker and a time ("Esther (Klantenservice) 10:14", "[10:16]
# kevin", "kevin 10:16").
_TURN_HEADER = re.compile(r"[^\n]{0,40}?\[?\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]?(?:[ \t]+[^\n\d]{1,40})?[ \t]*")


# A request for a birth date that is no question ("voor je dossier mis ik nog je geboortedatum", "stuur je
# geboortedatum even"): the turn's last line names the birth date.
_BIRTH_DATE_ASKED = re.compile(
    r"(?i)geboorte-?data?(?:um)?(?![a-z])|geb\.?[ \t]?datum|date of birth|\bdob\b|bertedat(?:um|a)(?![a-z])"
)


def _question_before_header(text: str, own: int, start: int) -> int | None:
    """Start of a question that ends the turn before the date's turn, when only that turn's header stands between
    them ("mag ik uw geboortedatum?" / "kevin 10:16" / "3 april 1992"): the answer's label is the question. So is a
    request for the birth date without a question mark, when the date opens the answering turn's first line ("mis ik
    nog je geboortedatum" / "Sem 14:09" / "30-08-2001 en ..."), a courtesy before it at most ("Geen probleem: ...")."""
    if own <= 0:
        return None
    header = text.rfind("\n", 0, own)
    if header <= 0 or not _TURN_HEADER.fullmatch(text, header + 1, own):
        return None
    asked = max(text.rfind("\n", 0, header) + 1, header - QUESTION_CHARS)
    if text[header - 1] != "?" and (
        (text[own + 1 : start].strip() and _COURTESY_OPENER.fullmatch(text, own + 1, start) is None)
        or _BIRTH_DATE_ASKED.search(text, asked, header) is None
    ):
        return None
    return asked


# A courtesy before the date that answers a request ("Geen probleem: 30-11-1996", "tuurlijk, 3-4-1990").
_COURTESY_OPENER = re.compile(
    r"(?i)[ \t]*(?:geen[ \t]+probleem|prima|tuurlijk|natuurlijk|jazeker|ja|zeker|ok[eé]?|sure)[ \t]*[:,!.-]?[ \t]*"
)


def _context_start(text: str, start: int) -> int:
    """Start of the window searched for a birth label: this line and the one above, at most
    ``CONTEXT_CHARS`` characters."""
    lo = max(0, start - CONTEXT_CHARS)
    own = text.rfind("\n", 0, start)
    asked = _question_before_header(text, own, start)
    if asked is not None:
        return asked
    if own > 0 and text[own - 1] == "?":
        # a transcript's answer: the question for the date of birth may be a long turn on the line above
        lo = max(0, min(lo, own - QUESTION_CHARS))
    line = text.rfind("\n", lo, start)
    if line >= 0:
        above = text.rfind("\n", lo, line)
        # one blank line between a form's label and its value, as OCR sets blocks apart, is no line above (more
        # than one: the label belongs to something else)
        if above >= 0 and text[above + 1 : line].strip() == "":
            line, above = above, text.rfind("\n", lo, above)
        if above < 0 and lo > 0:
            # an ID card's row of labels over its row of values: the whole line above, if not too long
            above = text.rfind("\n", 0, line)
            if line - above > LABEL_ROW_CHARS:
                above = -1
            else:
                lo = above + 1
        lo = above + 1 if above >= 0 else lo
    return lo


# Between a birth date answered in a chat and the next turn's date: a turn that asks the same of someone else ("joris:
# en van fenna?", "en die van Bas", "en voor jou?") and the answering turn's speaker label.
_CHAT_HEAD = r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?[^\n:]{1,30}:[ \t]*"
_CORRECTION_NEXT_TURN = re.compile(
    rf"[^\n\d]{{0,20}}\n{_CHAT_HEAD}[^\n\d]{{0,20}}?(?<![a-z])"
    r"(?i:nee|neen|sorry|pardon|wacht|correctie|oeps|verkeerd|typo|foutje|bedoel)(?![a-z])[^\n\d]{0,40}"
)
_FOLLOW_UP_BETWEEN = re.compile(
    rf"[ \t.]*\n{_CHAT_HEAD}[Ee]n[ \t]+(?:die[ \t]+)?(?:van|voor)[ \t]+[^\n:]{{1,30}}\n{_CHAT_HEAD}"
    # (the answer may say whose it is first: "mam: en voor lisa?" / "daan: die is van 17-11-'92")
    r"(?:(?i:die|ze|zij|hij)[ \t]+is[ \t]+(?:van[ \t]+)?)?"
)

# ... or asked by "en <who> (dan)?" alone, the rest of the birth date's line a remark ("12-3-88 toch, weet ze dat niet
# meer" / "sanne: en lieke dan" / "thijs: 23/10/2019"): whose is asked must be a person (a first name the list knows, a
# relative, a pronoun: not "en de afspraak?"), and the answer a past date (see _asked_of_someone_else).
# (an acknowledgement may open the question: "timo: oké en karel?"; "u" is asked of too: "En die van u?")
_ACK_THEN_EN = r"(?:(?i:ok[eé]?|top|mooi|prima|dank[ \t]*je|thanks|ja|goed|fijn|super)[ \t]*[,.!]*[ \t]+)?[Ee]n[ \t]+"
_FOLLOW_UP_WHO = re.compile(
    rf"[^\n\d]{{0,60}}\n{_CHAT_HEAD}{_ACK_THEN_EN}(?:(?:die[ \t]+)?(?:van|voor)[ \t]+)?"
    r"(?:(?:mijn|m'n|mn|zijn|z'n|haar|d'r|je|jouw|uw|onze?)[ \t]+)?(?P<who>[^\W\d_]{2,20}|[Uu])(?![^\W\d_])"
    r"[^\n\d:]{0,30}\n"
    rf"{_CHAT_HEAD}(?:(?i:die|ze|zij|hij)[ \t]+is[ \t]+(?:van[ \t]+)?)?"
)
_ASKED_PRONOUNS = frozenset(("jij", "jou", "u", "jullie", "hij", "zij", "ze", "hem", "haar"))


# (Korean: the next turn, a name and its topic particle right before the date; see _korean_topic_answer)
_KOREAN_TOPIC_NEXT = re.compile(
    r"[^\n\d]{0,40}\n[^\n]{0,40}?(?<![\uac00-\ud7a3])(?P<who>[\uac00-\ud7a3]{2,4}?)(?:이는|는|은)[ \t]+"
)


def _korean_topic_answer(text: str, last_birth_date: int, start: int) -> bool:
    """Between a birth date and ``start``, the next turn's Korean name and topic particle only ("예린이는 ..."): the
    same question answered for another person (a name :mod:`hangul_names` reads as one)."""
    from afscherm.detectors.hangul_names import full_name, given_name

    m = _KOREAN_TOPIC_NEXT.fullmatch(text, last_birth_date, start)
    return m is not None and (given_name(m.group("who")) or full_name(m.group("who")))


def _asked_of_someone_else(text: str, last_birth_date: int, start: int) -> bool:
    """Between a birth date and ``start``, a turn asking "en <who>?" of a person and the answer's speaker label only
    (see :data:`_FOLLOW_UP_WHO`)."""
    m = _FOLLOW_UP_WHO.fullmatch(text, last_birth_date, start)
    if m is None:
        return False
    who = m.group("who")
    return who.lower() in _ASKED_PRONOUNS or _next_of_kin_or_named(who)


# A birth date offered for confirmation ("je geboortedatum, 29-06-1999 toch?") and a date opening the next turn: the
# answer, the same date or its correction ("lisa: 28-06-1999 😂"); not a turn that answers another question.
_CONFIRM_ANSWERED = re.compile(
    r"(?i)[ \t]*,?[ \t]*(?:(?:toch|of[ \t]+niet|klopt[ \t]+dat|right|of[ \t]+zo)[ \t]*)?\?+[ \t]*\n"
    rf"{_CHAT_HEAD}(?:(?:nee|neen|nope|ja|bijna|haha)[ \t]*[,.!]*[ \t]*(?:het[ \t]+is[ \t]+)?)?"
)
# A list of birth dates going on with whose is next, "van" first: "12-1-58. en van mama 7 april 1960" (a relative,
# or a first name the name list knows: "en van noor 3 mei 2016").
_AND_OF_NEXT = re.compile(
    r"(?i)[ \t]*[.,;]?[ \t]*en[ \t]+(?:die[ \t]+)?van[ \t]+(?:(?:mijn|m'n|mn|zijn|z'n|haar|d'r|onze?)[ \t]+)?"
    r"(?P<who>[^\W\d_]{2,20})[ \t]*[:,]?[ \t]*(?:is[ \t]+(?:het[ \t]+)?)?"
)
# ... or with "en mijn <relative>" opening the next turn or sentence, whose date ends it ("dmitri: sorry! 15/04/1987" /
# "dmitri: en mijn vrouw Olena moet er ook in, 2 december 1989")
_AND_MY_KIN_THEN = re.compile(
    rf"(?i)[^\n\d]{{0,60}}(?:\n{_CHAT_HEAD}|[ \t]*[.,;][ \t]*)(?:en|ook|plus)[ \t]+"
    rf"(?:mijn|m'n|mn|zijn|z'n|haar|d'r|onze?)[ \t]+(?P<kin>{_RELATIVES})(?![a-z])[^\n\d]{{0,50}}?[,:][ \t]*"
)
_PARENTS = frozenset(("mama", "papa", "mam", "pap", "ma", "pa", "moeder", "vader"))
# ... and, lines after a birth date, whose the next one is said first with a colon: "en voor mees: 5 juli 2022" (a
# relative or a first name the list knows; the date past, however recent: a child's).
_AND_FOR_WHOM = re.compile(
    r"(?i)(?<![a-z])en[ \t]+(?:die[ \t]+)?(?:voor|van)[ \t]+(?:(?:mijn|m'n|mn|zijn|z'n|haar|d'r|onze?)[ \t]+)?"
    r"(?P<who>[^\W\d_]{2,20})[ \t]*:[ \t]*$"
)
NEXT_ONE_REACH = 300  # characters between a birth date found and the next one's "en voor <who>:"


def _next_of_kin_or_named(word: str) -> bool:
    from afscherm.detectors.person_name import common_words, is_first_name  # (person_name imports this module)

    lowered = word.lower()
    if lowered in _PARENTS or re.fullmatch(_RELATIVES, lowered):
        return True
    return is_first_name(word, lowercase_ok=True) and lowered not in common_words()


def _a_correction_of(offered: date, answer: date) -> bool:
    """A date that can answer a birth date offered for confirmation: in the past, and the same or a close year (a
    slip of a day or a month) or the same day and month (a slip of the year); not a later appointment's date."""
    return answer < date.today() and (
        abs(answer.year - offered.year) <= 1 or (answer.month, answer.day) == (offered.month, offered.day)
    )


# "versie 3.9.16" reads as a date; a version word right before it says it is not one. ("v" as a word of its own:
# "ipv 12-02-2015", "i.p.v. 12-02-2015" put a date right, "t.o.v." compares one.)
_VERSION_BEFORE = re.compile(r"(?i)(?:versie|versiie|version|build|release|(?<![\w.])v)\.?\s*$")


# A driving licence (EU model) numbers its fields: "3." is the date and place of birth.
LICENCE = re.compile(r"(?i)rijbewijs|driving[ \t]+licen[cs]e|permis[ \t]+de[ \t]+conduire|f(?:ü|ue?)hrerschein")
_LICENCE_HINTS = ("rijbewijs", "licen", "permis", "hrerschein")
_LICENCE_BIRTH_FIELD = re.compile(r"(?:^|\n)[ \t]*3\.[ \t]*$")


def licence_text(lowered: str) -> bool:
    """The text is (the OCR of) a driving licence, whose numbered fields say what each value is."""
    return any(hint in lowered for hint in _LICENCE_HINTS) and LICENCE.search(lowered) is not None


# A driving licence's first three numbered fields on three lines, the third a date (of birth) as the EU model prints
# it: surname, given names (both in capitals, as the card prints them: not an agenda's "1. Opening"), date and place
# of birth.
LICENCE_LAYOUT = re.compile(
    r"(?m)^[ \t]*1\.[ \t]+[^\na-zà-ÿ\d]{2,40}\n[ \t]*2\.[ \t]+[^\na-zà-ÿ\d]{2,40}\n"
    r"[ \t]*3\.[ \t]+\d\d?[./-]\d\d?[./-]\d"
)


def licence_page(text: str, lowered: str) -> bool:
    """The text is a driving licence: it says so, or it has the licence's own layout where OCR read no heading
    (``RlJBEWlJS`` / ``1. VAN DER MOLEN`` / ``2. SASKIA`` / ``3. 30.09.1984 ALKMAAR``).

    >>> text = "RlJBEWlJS\n1. VAN DER MOLEN\n2. SASKIA\n3. 30.09.1984 ALKMAAR"
    >>> licence_page(text, text.lower()), licence_page("1. Opening\n2. Notulen\n3. 12-03 rondvraag", "")
    (True, False)
    """
    return licence_text(lowered) or ("\n3." in text and LICENCE_LAYOUT.search(text) is not None)


# An HL7 v2 PID segment up to its seventh field, the patient's date of birth (YYYYMMDD, a time may follow).
_HL7_PID_BIRTH = re.compile(
    r"(?m)(?<![^\s|])PID\|(?:[^|\n]{0,200}\|){6}(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)(?=\d{0,6}(?:[|^\s]|$))"
)


def _hl7_birth_dates(text: str) -> list[tuple[int, int]]:
    """PID-7 of an HL7 v2 patient segment (``PID|1||…||Bosman^Willem||19800101|M``): the patient's date of birth."""
    found: list[tuple[int, int]] = []
    for m in _HL7_PID_BIRTH.finditer(text):
        try:
            date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        found.append((m.start("y"), m.end("d")))
    return found


# A birthday without its year where the sentence says the person was born on it: "4 april is hij geboren", "ik ben
# geboren op 3 maart" (not "jarig op 4 april", nor a baby that "wordt geboren op" its due date). Led by the day's
# digits or by the verb before "geboren op" (read only in texts that say "geboren").
# (two digits that open a whole date are no year: "Nee, 19 januari. 19-01-1944 staat op zijn pas")
# (two digits and "jaar" after them are an age, not a year: "jarig, 19 april, 52 jaar die awwe", tuning_71)
_NO_YEAR = r"(?!\w)(?![ \t]*[,.]?[ \t]*(?:in[ \t]+)?(?:'?\d{2}(?!\d|[-/.]\d|[ \t]*(?:jaar|jr|years?)(?![a-z]))|\d{4}))"
_YEARLESS_BORN = re.compile(
    rf"(?i)(?:\d(?<![\w.,/-]\d)\d?[ \t]+(?P<month>{_MONTH_NAMES}){_NO_YEAR}[ \t]+(?:is|ben|was|werd)[ \t]+"
    r"(?:hij|ze|zij|ik|die|jij|je)[ \t]+geboren(?!\w)"
    rf"|\b(?:is|ben|was|werd)[ \t]+geboren[ \t]+op[ \t]+(?P<day2>\d{{1,2}})[ \t]+(?P<month2>{_MONTH_NAMES})"
    rf"{_NO_YEAR}"
    # (the chats mix English in: "she was born 12 nisan", "ahmed was born on the 27th of aylul", tuning_170; the
    # month any word, the world's month names looked up after: their alternation is too costly to compile here)
    r"|\b(?:was|were|am|is|are)[ \t]+born[ \t]+(?:on[ \t]+)?(?:the[ \t]+)?(?P<day3>\d{1,2})(?:st|nd|rd|th)?[ \t]+"
    rf"(?:of[ \t]+)?(?P<month3>[^\W\d_]{{3,12}}){_NO_YEAR})"
)


_YEARLESS_REACH = 60  # the day and month stand within this many characters of "geboren" (and a year after them)


def _yearless_birthdays(text: str, lowered: str) -> list[tuple[int, int]]:
    """Day and month said to be someone's birth without a year (see :data:`_YEARLESS_BORN`): the date's span. (Read
    only around each "geboren", found with str.find: the pattern opens with alternatives, no fast scan.)"""
    found: list[tuple[int, int]] = []
    matches: dict[int, re.Match[str]] = {}
    for verb in ("geboren", "born"):
        at = lowered.find(verb)
        while at >= 0:
            for m in _YEARLESS_BORN.finditer(text, max(0, at - _YEARLESS_REACH), at + _YEARLESS_REACH):
                matches.setdefault(m.start(), m)
            at = lowered.find(verb, at + 1)
    for m in matches.values():
        if m.group("month") is not None:
            start = m.start()
            end = m.end("month")
        elif m.group("month2") is not None:
            start, end = m.start("day2"), m.end("month2")
        else:
            start, end = m.start("day3"), m.end("month3")
        day = int(text[start:end].split()[0].rstrip("stndrh"))  # (an ordinal's "27th")
        month = MONTHS.get(_month_key(text[start:end].split()[-1]))
        if month is not None and _date_or_none(2000, month, day) is not None:  # (2000: a leap year)
            found.append((start, end))
    return found


# A birthday without its year on which someone turns an age, in one clause: the age gives the year, so the day and
# month are that person's date of birth ("opa op 3 februari 80 wordt", "hij wordt op 20 maart negen", "ze wordt
# vier op zeventien augustus", "ik ben op 26 oktober jarig en word dan 90"), or turned it ("ze is op 17 januari 8
# geworden", "Drieënveertig geworden, twaalf april"). Not after a comma ("jarig op 3 juni,
# word 8": a remark on its own), nor a party's date ("het feest is 5 januari, oma wordt 80").
# (no year after it, in digits or read out: "luna is van 23 mei tweeduizend eenentwintig" is a whole date)
# (Maltese "ta'" between the day and the month: "14 ta' Marzu", tuning_166)
_DAY_MONTH_BARE = rf"(?P<day>\d{{1,2}}|{_DAY_WORD})[ \t]+(?:ta['\u2019]?[ \t]+)?(?P<month>{_MONTH_NAMES})\.?"
_DAY_MONTH = rf"{_DAY_MONTH_BARE}{_NO_YEAR}(?![ \t,]+(?:negentien|tweeduizend|twintig))"
_AGE_WORD = rf"(?:\d{{1,3}}|{_NUMBER_WORD}|honderd)(?![\w-])"
# A day and month at a place (the year, if one follows, read apart: see ``_dates_on_the_papers``).
_DAY_MONTH_AT = re.compile(rf"(?i){_DAY_MONTH_BARE}(?![\w])")
_TURNING_AGE = re.compile(
    # (two digits right after the month are the age here, not a year: "op 3 februari 80 wordt")
    rf"(?i)(?<![\w-])(?:op[ \t]+)?{_DAY_MONTH_BARE}(?!\w)[ \t]+(?:{_AGE_WORD}[ \t]+(?:(?:wordt?|wurdt|wördt)|geworden)"
    rf"|jarig[ \t]+en[ \t]+(?:wordt?|wurdt|wördt)(?:[ \t]+dan)?[ \t]+{_AGE_WORD})(?![\w-])"
    rf"|(?<![\w-])(?:wordt?|wurdt|wördt)(?:[ \t]+(?:toch|dan|al|pas))?[ \t]+(?:op[ \t]+)?"
    rf"{_DAY_MONTH.replace('?P<', '?P<a_')}"
    # (an adverb before the age: "die wordt 2 december ook 60", "ze wordt 3 mei alweer 40")
    rf"(?:[ \t]+(?:ook|al|alweer|dan|pas|toch|eindelijk))?[ \t]+{_AGE_WORD}"
    # (not a price, a temperature or a count: "de huur wordt 3 mei ook 40 euro duurder")
    r"(?![ \t]*(?:euro|eur|\u20ac|graden|procent|%|cm|kg|kilo|km|meter|minuten|uur|stuks|mensen|gasten)(?![a-z]))"
    # (a chat's word between the age and the day: "oma wordt 85 hè op 14 december", tuning_45; a cry: "oma Loek wordt
    # 90!! op 9 februari", tuning_76)
    # (a dialect's verb and an adverb before the age: "mila weurt 3 op 9 juni", tuning_100; "ik word pas 47 op ...")
    rf"|(?<![\w-])(?:wordt?|wurdt|wördt|weurt|wuurt)(?:[ \t]+(?:pas|al|bijna|dan|toch))?[ \t]+{_AGE_WORD}!{{0,3}}"
    r"(?:[ \t]+(?:hè|he|hé|toch|hoor|joh|zeg|dus|al|ja|jaa))?[ \t]+op[ \t]+"
    rf"{_DAY_MONTH.replace('?P<', '?P<b_')}"
    # (the age reached, then the day: "Drieënveertig geworden, twaalf april", "8 geworden op 17 januari")
    rf"|(?<![\w-]){_AGE_WORD}[ \t]+geworden[ \t]*(?:,[ \t]*|[ \t]op[ \t]+){_DAY_MONTH.replace('?P<', '?P<c_')}"
    r"(?=[ \t]*(?:[,.!?;)\n]|$))"
    # (the age in two or three digits right after the day, where a year's two digits could stand, then nothing but a
    # sign, an emoji or "jaar": "opa wordt 3 januari 80 🎂", tuning_42)
    rf"|(?<![\w-])(?:wordt?|wurdt|wördt)(?:[ \t]+(?:trouwens|ook|al|dan|pas|toch|alweer))?[ \t]+(?:op[ \t]+)?"
    rf"{_DAY_MONTH_BARE.replace('?P<', '?P<d_')}[ \t]+\d{{2,3}}"
    # (or a chat's word: "Sjaantje wordt 7 okt 70 toch")
    r"(?=[ \t]*(?:(?:jaar|jier)(?![a-z])|(?:toch|hè|he|hoor|al|of[ \t]+zo)(?![a-z])|[,.!?;)\n]|$"
    r"|[\U0001F300-\U0001FAFF\u2600-\u27BF]))"
    # (English, in a chat that switches to it: "my mum turns 70 on 23 december", tuning_62; "i become 40 on 3 may",
    # tuning_83; Frisian's "wurdt" as "wordt", "jier" as "jaar": "Pake wurdt 12 maaie 80 jier", tuning_85; Twents'
    # "wördt": "opoe wördt 9 februari 85", tuning_87)
    # (an age a person reaches, not a sum: "the rent turns 650 on 1 march")
    # (the month first too, as American and Liberian English write it: "Ma Kebbeh turning 75 on april 14", tuning_164)
    rf"|(?<![\w-])(?:turns?|turning|becomes?)[ \t]+(?:\d{{1,2}}|1[01]\d)[ \t]+on[ \t]+(?:the[ \t]+)?"
    rf"(?:{_DAY_MONTH.replace('?P<', '?P<e_')}"
    rf"|(?P<g_month>{_MONTH_NAMES})\.?[ \t]+(?P<g_day>\d{{1,2}})(?:st|nd|rd|th)?{_NO_YEAR})"
    # (Swedish, Norwegian and Danish "fyller"/"fylder", Finnish "täyttää": "mormor fyller 75 den 9 juli", "fyller 90
    # 12. desember", "täyttää 70 4. huhtikuuta"; the Nordic dot after the day; tuning_167)
    rf"|(?<![\w-])(?:fyller|fylder|täyttää|täytän|täytät|tayttaa)[ \t]+{_AGE_WORD}(?:[ \t]+(?:år|vuotta|v))?[ \t]+"
    rf"(?:(?:den|på|on)[ \t]+)?(?P<h_day>\d{{1,2}})\.?[ \t]+(?P<h_month>{_MONTH_NAMES})\.?{_NO_YEAR}"
    # (Spanish "cumple (80) el 29 de diciembre", Kriolu and Portuguese "fazi anu 2 di novembru", "faz anos a 3 de
    # maio": tuning_52, tuning_62)
    # (the age inside Kriolu's "faze 3 anu dia 12 di otubru")
    r"|(?<![\w-])(?:cumple|cumplo|cumplirá|cumplira|fazi[ \t]+anu|(?:faz|faço|fazes)[ \t]+anos"
    r"|faz[ei]?[ \t]+\d{1,3}[ \t]+anu)"
    r"(?:[ \t]+\d{1,3}(?:[ \t]+años)?)?"
    rf"[ \t]+(?:(?:el|a|em|na|dia)[ \t]+)?(?P<f_day>\d{{1,2}})[ \t]+(?:de|di)[ \t]+(?P<f_month>{_MONTH_NAMES})"
    # (the age said after the day, no year: "mi mamá cumple 15 de agosto, 64 años", tuning_82)
    rf"(?:(?=,[ \t]*\d{{1,3}}[ \t]+(?:años|anos|anu)(?![\w-]))|{_NO_YEAR}(?![ \t]+de[ \t]+\d))"
)
# A person by first name and "is van" right before a day and month without a year ("noud is van 9 feb", "Kevin is
# van 30 juni als ik me niet vergis"): as with a year (``_FIRST_NAME_IS_VAN``), not a period ("tot", "t/m").
# (an adverb between, as with a year: "pim is toch van 15 november?", "sanne is echt van 3 mei"; the texts read
# for it say so: _is_van_said)
_NAMED_IS_VAN_DAY = re.compile(
    rf"(?i)(?<![\w-])([^\W\d_][^\W\d_'-]{{1,20}})[ \t]+is[ \t]+(?:(?:echt|toch|wel|gewoon)[ \t]+)?van[ \t]+"
    rf"{_DAY_MONTH}(?![ \t]*(?:tot|t/m|-|\u2013))"
)


# ... by "ik ben", "hij is", "ze is" ("ik ben van 24 oktober, en ik woon nu in beers", tuning_51), the clause ending
# with the date: not a period (nor "die is van 3 mei": a thing's date as often as a person's)
_PRONOUN_IS_VAN_DAY = re.compile(
    rf"(?i)(?<![\w-])(?:ik[ \t]+ben|(?:hij|zij|ze)[ \t]+is)[ \t]+"
    rf"(?:(?:echt|toch|wel|gewoon|zelf|trouwens|eigenlijk)[ \t]+)?van[ \t]+"
    rf"{_DAY_MONTH}(?=[ \t]*(?:[,.!?;)\n]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?:en|toch|hoor)(?![\w-])))"
)
# ... and a birthday that "is" a day and month ("mijn verjaardag is toch 9 jan", tuning_51; "his birthday is 9 juni")
_BIRTHDAY_IS_DAY = re.compile(
    rf"(?i)(?<![\w-])(?:verjaardag|birthday|bday)[ \t]+(?:is|was|valt)[ \t]+(?:(?:toch|op|dus|pas|eigenlijk|on)[ \t]+)*"
    rf"{_DAY_MONTH}"
)


_IS_VAN_WORDS = (" is", " toch", " echt", " wel", " gewoon", " ben", " zelf", " trouwens", " eigenlijk")


def _is_van_said(lowered: str) -> bool:
    """Whether a lower-cased text says "is van" or "<adverb> van" (see :data:`_NAMED_IS_VAN_DAY`): each " van " looked
    at once (a text holds few), not a scan of the text per word."""
    at = lowered.find(" van ")
    while at >= 0:
        if lowered.endswith(_IS_VAN_WORDS, 0, at):
            return True
        at = lowered.find(" van ", at + 4)
    return False


def _day_month_span(m: re.Match[str]) -> tuple[int, int] | None:
    """The day and month of a :data:`_TURNING_AGE` or :data:`_NAMED_IS_VAN_DAY` match, if they make a calendar day."""
    for prefix in ("", "a_", "b_", "c_", "d_", "e_", "f_", "g_", "h_"):
        if prefix + "day" not in m.re.groupindex or m.group(prefix + "day") is None:
            continue
        day = _spoken_value(m.group(prefix + "day"))
        month = MONTHS.get(_month_key(m.group(prefix + "month")))
        if day is None or month is None or _date_or_none(2000, month, day) is None:  # (2000: a leap year)
            return None
        spans = (m.span(prefix + "day"), m.span(prefix + "month"))
        return min(a for a, _ in spans), max(b for _, b in spans)  # (the month first too: "april 14")
    return None


# A question when someone's birthday is ("wanneer is noor jarig ook alweer", "wanneer ben jij jarig?") and the next
# turn opening with a day and month (a turn's header on a line of its own may stand between): the answer is that
# person's birthday. Not "ben je jarig volgende week?" (no "when"), nor a later turn.
_WHEN_BIRTHDAY = re.compile(
    r"(?i)(?<![a-z])wanneer[ \t][^\n?]{0,60}?(?<![a-z])(?:jarig|verjaardag)(?![a-z])[^\n]*(?:\n|\Z)"
)
# ... and a question whether someone has a birthday soon ("ben je jarig volgende week?") answered so: the day and month
# opening the next turn, after a yes or no ("jaa 14 november, word 30"), is that birthday too.
_WHETHER_BIRTHDAY = re.compile(r"(?i)(?<![a-z])(?:jarig|verjaardag)(?![a-z])[^\n?]{0,60}\?[ \t]*(?:\n|\Z)")
# ... or asked by a bare "(en) zijn verjaardag?", more said after it on its line ("En zijn verjaardag? Dan zet ik hem
# op de lijst." / "Dennis: Twee oktober."): answered as the whether-question is
_BIRTHDAY_NOUN_ASKED = re.compile(
    r"(?i)(?<![a-z])(?:en[ \t]+)?(?:zijn|z'n|zn|haar|d'r|je|jouw|uw)[ \t]+verjaardag[ \t]*\?[^\n?]*(?:\n|\Z)"
)
# (whose it is may be said: "Trudy is toch ook op Koningsdag jarig?" / "Nee joh, die is van 26 april, de dag ervoor")
_BIRTHDAY_ANSWER = re.compile(
    rf"(?i)(?:{_CHAT_HEAD})?(?:(?:ja+|jep|yes|klopt|nee|neen)(?:[ \t]+(?:joh|hoor|zeker))?[ \t]*[,!.]?[ \t]+)?"
    r"(?:ehm?[ \t,]+|op[ \t]+|(?:die|hij|ze|zij)[ \t]+is[ \t]+(?:(?:toch|pas|al)[ \t]+)?(?:van|op)[ \t]+)?"
    rf"{_DAY_MONTH}(?![\w-])"
)


# A question who has a birthday ("Voor de kerstlijst: wie is er jarig in december?") answered in the next turns, each
# a day and month after the one whose it is ("Pim: Ik, 21 december", "Roos: Hidde op 2 december, die was dus al"): a
# first name the list knows, a relative or "ik"; the day ends its clause.
_WHO_BIRTHDAY = re.compile(r"(?i)(?<![a-z])wie[ \t][^\n?]{0,40}?(?<![a-z])(?:jarig|verjaardag)(?![a-z])[^\n]*\n")
_WHO_ANSWER = re.compile(
    rf"(?i){_CHAT_HEAD}(?:(?P<who>[^\W\d_]{{2,20}})[ \t]*(?:,|[ \t]op|[ \t]is(?:[ \t]+(?:op|van))?)[ \t]+)?{_DAY_MONTH}"
    r"(?![\w-])"
)
WHO_ANSWER_TURNS = 3


def _who_birthday_answers(text: str) -> list[tuple[int, int]]:
    """Days and months answering who has a birthday (see :data:`_WHO_BIRTHDAY`) in the next WHO_ANSWER_TURNS lines."""
    found: list[tuple[int, int]] = []
    for q in _WHO_BIRTHDAY.finditer(text):
        if _PARTY_WORDS.search(text, text.rfind("\n", 0, q.start()) + 1, q.end()):
            continue  # "wie komt er op het feest van zijn verjaardag?"
        at = q.end()
        for _ in range(WHO_ANSWER_TURNS):
            m = _WHO_ANSWER.match(text, at)
            if m is not None and (m.group().endswith(".") or _ANSWER_ENDS.match(text, m.end()) is not None):
                who = m.group("who")
                whose = who is None or who.lower() == "ik" or _next_of_kin_or_named(who)
                if whose and (span := _day_month_span(m)) is not None:
                    found.append(span)
            at = text.find("\n", at) + 1
            if at <= 0:
                break
    return found


def _birthday_answers(text: str) -> list[tuple[int, int]]:
    """The day and month that answer a question when someone's birthday is (see :data:`_WHEN_BIRTHDAY`), or whether
    it is soon (:data:`_WHETHER_BIRTHDAY`; then the answer's clause ends after the date: not "nee, 14 maart is de
    vergadering")."""
    found: list[tuple[int, int]] = []
    questions = [(q, False) for q in _WHEN_BIRTHDAY.finditer(text)]
    questions += [(q, True) for q in _WHETHER_BIRTHDAY.finditer(text)]
    questions += [(q, True) for q in _BIRTHDAY_NOUN_ASKED.finditer(text)]
    for q, whether in questions:
        if _PARTY_WORDS.search(text, text.rfind("\n", 0, q.start()) + 1, q.end()):
            continue  # "wanneer is het feest van haar verjaardag?": the party's day
        at = q.end()
        line_end = text.find("\n", at)
        if line_end >= 0 and _TURN_HEADER.fullmatch(text, at, line_end) and not _DAY_MONTH_START.match(text, at):
            at = line_end + 1  # the answering turn's header on its own line ("Femke Ouwehand 10:21")
        m = _BIRTHDAY_ANSWER.match(text, at)
        # (a full stop the month's pattern took ends the clause too: "Twee oktober. Begint ...")
        if m is None or (whether and not m.group().endswith(".") and not _ANSWER_ENDS.match(text, m.end())):
            continue
        if (span := _day_month_span(m)) is not None:
            found.append(span)
    if "wie" in text.lower():
        found += _who_birthday_answers(text)
    return found


# A conversation about someone's birth (issue 12, tuning_36): a line that names a birth or birthday ("wanneer is wytske
# jarig", "Uw geboortedatum?", "van iedereen naam + geboortedatum nodig", "geboren 5 mei 1938 te burgum") opens it, and
# for TALK_LINES lines from there a date in an answer's place is a birth date, whatever its writing (a day and month,
# digits with or without a year): said of a person ("wytske is 9 april volgens mij", "oma was van 6 mei tante", "die van
# Khadija is juist 17 mei 1965", "ik ben 29/11", "noor is van 16-12 trouwens"), or, after a line that asks, opening a
# turn ("Ria Zwart: 30-9-61", "26 november ja", "ik! 17 november", "nee januari, 4 jan", "4 september oma! 3 september
# is ruben"). Not a date an event's word goes with in its clause ("12 mei 25 jaar getrouwd", "tot 1 december", "op 3
# juni de afspraak"), nor one in a later turn than TALK_LINES.
TALK_LINES = 6
WORLD_TALK_LINES = 2
_BIRTH_TALK = re.compile(
    r"(?i)(?<![a-z])(?:jarig|jaorig|jierdei|verjaardag(?:en|s(?:lijst(?:je)?|kalender|overzicht))?"
    r"|b-?day|birthday|geboorte-?data?(?:um)?|geb\.?[ \t]?datum"
    r"|geboren|bertedatum|geburtstag|date[ \t]+of[ \t]+birth|dob|hoe[ \t]+oud|geworden"
    # (Slovak and Czech: "datum narodenia", "datum narození", tuning_62)
    r"|narodenia|narozen[íi])(?![a-z])"
)
# a line that asks (a question mark, or a request's word)
_ASKS = re.compile(
    r"(?i)\?|(?<![a-z])(?:wanneer|welke|wie|wat|waar|hoe|weet|of|toch|alweer|nodig|vragen|vroegen|vraagt|noemen|graag|invullen|opgeven"
    r"|doorgeven|checken|wil|willen|moet|moeten)"
    r"(?![a-z])"
)
_TALK_HEAD = (
    r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?"
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*-[ \t]*)?"
    # (the speaker, and whose the answer is: "Gerard: ik en Anneke: 12/05/1956 en 7/11/1959"; a sender who is not in
    # the phone's contacts, "~ Tanneke:", or a number, "+31 6 27 48 13 09:", tuning_56)
    r"(?:(?:\*\*|~[ \t\u00a0\u202f]?)?[^\W\d_][^\n:*]{0,29}(?:\*\*)?:[ \t]*|\+?\d[\d \t-]{7,16}\d:[ \t]*){0,2}"
)
_INTERJECTION = (
    # (Indonesian "iya", Tagalog "oo", "opo" and its polite "po": "yes po 22/03", tuning_122)
    r"(?:(?:ja+|jep|yes|klopt|nee+|neen|joh|ik|oh?|ok[eé]?|sorry|oeps|haha|lol|wacht|eh+m?|uh+m?|dus|oja|o[ \t]+ja"
    r"|iya|oo|opo|po)"
    r"[ \t]*[,!.:]*[ \t]+)*"
)
# whose it is, then the verb ("wytske is", "oma was van", "die van Khadija is juist", "ik ben", "ze zijn van de")
_SAID_OF = (
    r"(?P<who>[^\W\d_][^\W\d_'-]{0,20}|die[ \t]+van[ \t]+[^\W\d_][^\W\d_'-]{1,20})[ \t]+"
    # (or what is registered or filled in: "die van khadija staat ook op 1-1", "ik heb 12 aug 1964 ingevuld", "Ik zie
    # hier 22-04-2002 staan")
    r"(?:is|was|ben|bent|zijn|staat|stond|staan|(?P<filled>heb|heeft|had|zie|zag))"
    # (a pause may stand in it, as a transcript writes it: "die is van... negen maart achtenveertig")
    r"(?:[ \t]+(?:toch|pas|al|gewoon|eigenlijk|juist|echt|ook|dus|wel|hier|nu|er))*(?:[ \t]+(?:van|op))?(?:[ \t]+de)?"
    r"(?:[.\u2026]+)?[ \t]+"
)
_TALK_DATE = (
    rf"(?P<date>(?:\d{{1,2}}|{_DAY_WORD})(?:e|ste|de)?[ \t]+(?:{_MONTH_NAMES})"
    r"(?:\.?[ \t]+(?:\d{4}|['\u2019]\d{2}))?"
    r"|\d{1,2}[-/.]\d{1,2}(?:[-/.](?:\d{4}|['\u2019]?\d{2}))?)(?![\w/-]|[.]\d)"
)
# what may end the date's clause: punctuation, an emoji, an aside ("ja", "toch", "volgens mij", "trouwens"), or one word
# before a stop ("oma was van 6 mei tante, niet 5", "8 maart sukkel.")
# (or an aside in brackets: "mijn zoon deniz is 17.11.2009 (hij speelt nu bes-bugel)", tuning_56)
_TALK_END = re.compile(
    r"[ \t]*(?:[,.!?;)\n]|\Z|[\U0001F300-\U0001FAFF\u2600-\u27BF]|[ \t]\((?![\d)])"
    r"|(?i:ja|toch|dus|dan|trouwens|volgens|geloof|denk|haha|lol|zonder|en|of|natuurlijk|hoor|zeker|joh|echt"
    r"|inderdaad)(?![\w])"
    r"|[^\W\d_]{2,20}[ \t]*(?:[,.!?;\n]|\Z))"
)
# ... or whose it is after it ("3 september is ruben")
_IS_WHOSE = re.compile(r"[ \t]+is[ \t]+([^\W\d_]{2,20})(?![\w-])")
# where an answer's date stands: opening the turn, or after whose it is
# (whose it is may stand before the date without a comma: "marit: lise-meike 3 jan", tuning_55)
_TALK_ANSWER = re.compile(
    rf"(?i){_TALK_HEAD}{_INTERJECTION}(?:(?P<said>{_SAID_OF})"
    # (not a weekday or a preposition: "ja vrijdag 7 november", "zondag 13 dec repetitie")
    r"|(?P<named>[^\W\d_]{2,20}(?:,[ \t]+|(?<!dag|tot|per)(?<!voor|rond)(?<!vanaf|sinds)(?<!om|op|na|en|of|ja)"
    r"(?:-[^\W\d_]{2,20})?[ \t]+(?=\d))))?"
)
_TALK_SAID = re.compile(rf"(?i)(?<![\w-]){_SAID_OF}")
_TALK_WRITTEN = re.compile(rf"(?i){_TALK_DATE}")
# (and a month named as another language names it, with the day's marks _DATE reads: "2 Maret", "9ê hezîranê 1985",
# "ika-30 ng Abril", tuning_121, tuning_122; any word, looked up in MONTHS: the world's names in one pattern cost a
# second and a half to compile)
_TALK_WORLD = re.compile(
    r"(?i)(?P<date>(?:ika-)?(?P<day>\d{1,2})(?:e|ste|de|ê|\u06cc)?[ \t]+(?:ng[ \t]+)?(?P<month>[^\W\d_]{3,14})"
    r"(?:\.?[ \t]+(?:\d{4}|['\u2019]\d{2}))?)(?![\w/-]|[.]\d)"
)
# a date said digit by digit in words, day, month and year ("Twee, twee, nul, vier, nul, drie", "nul zeven, nul drie,
# negen één"): six or eight digits
_DIGIT_WORD = "nul|een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen"
_DIGIT_WORD_VALUES = {"nul": 0, "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
                      "zeven": 7, "acht": 8, "negen": 9}  # fmt: skip
_SPOKEN_DIGITS = re.compile(
    rf"(?i)(?:{_DIGIT_WORD})(?:(?:[ \t]*,[ \t]*|[ \t]+)(?:{_DIGIT_WORD})){{5}}"
    rf"(?:(?:(?:[ \t]*,[ \t]*|[ \t]+)(?:{_DIGIT_WORD})){{2}})?(?![\w-])"
)
# between two dates of one answer ("12/05/1956 en 7/11/1959", "4 september oma! 3 september is ruben", "Twee, twee,
# nul, vier, nul, drie. Dus tweeëntwintig april 2003")
# (and whose the next date is: "23 jan en mn vrouw koba 1 juli", "04-05 en mijn zoon deniz is 17.11.2009", "lise-meike
# 3 jan, ik zelf 19-02", tuning_55/56)
_TALK_NEXT = re.compile(
    r"(?i)(?:[ \t]+[^\W\d_]{2,20})?[ \t]*(?:[,!.]+[ \t]+(?:(?:dus|en|of)[ \t]+)?|[ \t]+(?:en|of|dus)[ \t]+)"
    rf"(?:(?:ik[ \t]+zelf|ikzelf|zelf|die[ \t]+van[ \t]+[^\W\d_]{{2,20}}"
    rf"|(?:(?:mijn|mn|m'n|me|zijn|zn|z'n|haar|onze|ons)[ \t]+)?(?:{_RELATIVES})"
    r"(?:[ \t]+[^\W\d_]{2,20})?)(?:[ \t]+(?:is|was)(?:[ \t]+(?:van|op))?)?[ \t:]+)?"
)
_EVENT_WORDS = re.compile(
    r"(?i)feest|party|borrel|etentje|vier(?:en|t)|taart|uitnodig|getrouwd|trouw|afspraak|vergader|deadline|lever|bezorg"
    r"|factuur|betaal|vakantie|verhuis|overleden|begin|start|opstap|(?<![a-z])(?:tot|vanaf|sinds|per)(?![a-z])"
)
_YOUNG = re.compile(
    r"(?i)(?<![a-z])(?:zoon|zoontje|dochter|dochtertje|kind|kinderen|kids|baby|broertje|zusje|kleinzoon|kleindochter"
    # (a newborn: "geboren om 04:12, 3480 gram", "kraamzorg", "kraamvisite")
    r"|pasgeboren|kraam\w*|\d{4}[ \t]*gram)(?![a-z])"
)
YOUNG_REACH = 300
_DATE_NOUN = re.compile(r"(?i)dat|dob")
_PERSON_WORDS = frozenset(("ik", "jij", "je", "u", "hij", "zij", "ze", "die", "wij", "we"))


def _named_whose(named: str) -> bool:
    """Whether the word a _TALK_ANSWER match read before the date (``named``: "lise-meike ", "Tanneke, ") may name
    whose the date is: a listed first name, a kin word, or a word no dictionary holds (not "heb", "vrij").
    """
    from afscherm.detectors.person_name import common_words  # (person_name imports this module)

    word = named.strip(" \t,").lower()
    return _talk_whose(word) or all(part not in common_words() for part in word.split("-"))


def _talk_whose(who: str) -> bool:
    """``who`` may be a person: a pronoun, a kin word, a listed first name, or 'die van <name>'."""
    word = who.split()[-1]
    return word.lower() in _PERSON_WORDS or _next_of_kin_or_named(word)


def _spoken_digits_date(value: str) -> date | None:
    """The date that six or eight digits said in words spell, day first (see :data:`_SPOKEN_DIGITS`)."""
    digits = "".join(str(_DIGIT_WORD_VALUES[w]) for w in re.findall(_DIGIT_WORD, value.lower()))
    year = int(digits[4:]) if len(digits) == 8 else _full_year(digits[4:])
    return _date_or_none(year, int(digits[2:4]), int(digits[:2]))


_DATE_FIRSTS = frozenset("0123456789" + "eédtvznaEÉDTVZNA")  # (een/één, drie, twee, vier, zes, nul, acht, elf...)


def _talk_date_at(text: str, at: int, end: int) -> tuple[int, int] | None:
    """The span of a date written or said at ``at`` (before ``end``): read out in words (a spoken date, or digit by
    digit), a day and month, or digits."""
    if at >= end or text[at] not in _DATE_FIRSTS:
        return None  # (each writing opens with a digit or a number word's first letter)
    spoken = _SPOKEN_DATE.match(text, at, end)
    if spoken is not None and _checked(_spoken_date(spoken)) is not None:
        return spoken.span()
    digits = _SPOKEN_DIGITS.match(text, at, end)
    if digits is not None and _spoken_digits_date(digits.group()) is not None:
        return digits.span()
    written = _TALK_WRITTEN.match(text, at, end)
    if written is not None:
        return written.span("date")
    world = _TALK_WORLD.match(text, at, end)
    if world is None or (month := MONTHS.get(_month_key(world.group("month")))) is None:
        return None
    return world.span("date") if _date_or_none(2000, month, int(world.group("day"))) is not None else None


_FILLED_IN = re.compile(r"(?i)[ \t]+(?:ingevuld|opgegeven|doorgegeven|genoteerd|gezegd|gezet|staan)(?![a-z])")


def _talk_day_month(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(day, month) of a date :func:`_talk_date_at` found."""
    spoken = _SPOKEN_DATE.fullmatch(text, start, end)
    said = _spoken_date(spoken) if spoken is not None else None
    if said is None and _SPOKEN_DIGITS.fullmatch(text, start, end) is not None:
        said = _spoken_digits_date(text[start:end])
    return (said.day, said.month) if said is not None else _day_and_month(text[start:end])


def _restates(text: str, first: tuple[int, int], then: tuple[int, int]) -> bool:
    """The date at ``then`` says the day or the month of the one at ``first`` again ("Twee, twee, nul, vier, nul,
    drie. Dus tweeëntwintig april 2003"; not "12-03-1980. 14 april dus.")."""
    one, other = _talk_day_month(text, *first), _talk_day_month(text, *then)
    return one is not None and other is not None and (one[0] == other[0] or one[1] == other[1])


def _talk_date_ok(text: str, start: int, end: int) -> bool:
    """The date ``text[start:end]`` ends its clause, and no event's word stands in its clause."""
    whose = _IS_WHOSE.match(text, end)
    ended = _TALK_END.match(text, end) is not None or (whose is not None and _talk_whose(whose.group(1)))
    if not ended or _line_timestamp(text, start, end):
        return False  # (a chat export's time stamp: "2/11/26, 08:44 - Ria Zwart: ...")
    line_start = text.rfind("\n", 0, start) + 1
    if _OWN_DATE_LABEL.search(text, line_start, start) is not None:
        return False  # a form's field of another date ("Handtekening: R. Stoffels   Datum: 12-03-2024")
    return (
        _EVENT_WORDS.search(_clause_after(text, end)) is None
        and _EVENT_WORDS.search(text, max(line_start, start - 30), start) is None
    )


# a question about something else ends the conversation ("en de afspraak?", "En de brief?"; not "en de vader?")
_OTHER_ASKED = re.compile(r"(?i)(?<![a-z])en[ \t]+(?:de|het|je|jouw|uw|zijn|haar)[ \t]+([^\W\d_]+)[ \t]*\?")


def _talk_date_past(text: str, start: int, end: int, young: Callable[[], bool]) -> bool:
    """A date with its year lies in the past, and MIN_AGE_YEARS back unless a child's birth is talked of (``young``,
    asked only then); a day and month without one may be anyone's."""
    m = _DATE.match(text, start)
    if m is None or m.end() != end:
        return True  # (a day and month, no year)
    day = _calendar_date(m)
    if day is None or day >= date.today():
        return False
    return day.year <= date.today().year - MIN_AGE_YEARS or young()


# The words a _BIRTH_TALK match opens with, in the lower-cased text (the pattern opens with a look-behind: tried at
# these only), and the verbs a _SAID_OF match holds after whose it is (its first word is found from them).
_BIRTH_TALK_LEADS = ("jarig", "jaorig", "jierdei", "verjaardag", "bday", "b-day", "birthday", "geboren", "geboorte",
                     "geb.", "gebdatum", "geb datum", "geb\tdatum", "bertedatum", "geburtstag", "date ", "date\t",
                     "dob", "geworden", "narodenia", "narození", "narozeni")  # fmt: skip
# (one scan of the lower-cased text for them: the alternatives' first letters let the regex engine skip ahead)
# ("hoe oud" whole: its "hoe" is where _BIRTH_TALK would match; gathered by first letters, the engine tests each letter
# once per position)
_BIRTH_TALK_LEAD = re.compile(by_first_character([*(re.escape(w) for w in _BIRTH_TALK_LEADS), r"hoe[ \t]+oud"]))
# a form's field label, no conversation: the birth word before a colon, an equals sign, a bar or a column's gap
# ("Geboortedatum: 14-03-1981", "Geboortedatum / Date of birth   14 03 1981", "dob=1981-03-14")
_FIELD_AFTER = re.compile(r"[ \t]*(?:/[^\n:=|]{0,30})?(?:[:=|\t]|   )")
_SAID_VERB = re.compile(r"(?i)[ \t](?:is|was|ben|bent|zijn|staat|stond|staan|heb|heeft|had|zie|zag)(?=[ \t.\u2026])")
_WORD_BEFORE = re.compile(r"[^\W\d_][^\W\d_'-]{0,20}[ \t]+$")


def _talk_cues(text: str) -> Iterator[re.Match[str]]:
    facts = text_facts(text)
    if facts.case_odd:
        cues: Iterable[re.Match[str]] = _BIRTH_TALK.finditer(text)
    else:
        # (a lead that a longer one took in, "birth" of "birthoe oud", stands after a letter: no _BIRTH_TALK match
        # there)
        starts = [lead.start() for lead in _BIRTH_TALK_LEAD.finditer(facts.lowered)]
        cues = matches_from(_BIRTH_TALK, text, starts)
    if not _world_birth_said(text):
        return iter(cues)
    # (and another language's word for a birthday or a birth opens the talk as well: "ultahmu kapan sih?" / "2 Maret
    # mbak", "rojbûna te kengî ye?" / "9ê hezîranê 1985", tuning_121, tuning_122)
    return iter(sorted([*cues, *_WORLD_BIRTH_LABEL.finditer(text)], key=lambda m: m.start()))


def _said_of_in(text: str, at: int, end: int) -> Iterator[re.Match[str]]:
    """``_TALK_SAID.finditer(text, at, end)``, tried only at the word before each of its verbs and at 'die van' two
    words before that (the pattern opens with a look-behind and a word: no fast scan)."""
    starts: set[int] = set()
    for verb in _SAID_VERB.finditer(text, at, end):
        word = _WORD_BEFORE.search(text, max(at, verb.start() - 22), verb.start() + 1)
        if word is not None:
            starts.add(word.start())
            die = text.rfind("die", max(at, word.start() - 8), word.start())
            if die >= 0:
                starts.add(die)
    return matches_from(_TALK_SAID, text, sorted(starts))


_PARTY_HINTS = ("feest", "party", "borrel", "etentje", "vier", "taart", "uitnodig")  # (each _PARTY_WORDS match)


def _talk_lines(text: str) -> dict[int, tuple[int, bool, tuple[tuple[int, int], ...]]]:
    """The lines of the conversations about someone's birth (see :data:`_BIRTH_TALK`): for each line's start, its
    end, whether a line that asks opened it, and the asking lines' spans (where a child's birth may be asked)."""
    lines: dict[int, tuple[int, bool, tuple[tuple[int, int], ...]]] = {}
    facts = text_facts(text)
    last = -1
    for cue in _talk_cues(text):
        line_start = text.rfind("\n", 0, cue.start()) + 1
        if line_start == last:
            continue  # (a line is read whole: once)
        if _FIELD_AFTER.match(text, cue.end()) is not None:
            continue  # (another cue on its line may open talk: "voor de verjaardagslijst: wanneer ben jij jarig?")
        last = line_start
        line_end = text.find("\n", cue.end())
        line_end = len(text) if line_end < 0 else line_end
        line = facts.lowered[line_start:line_end]
        if (facts.case_odd or any(w in line for w in _PARTY_HINTS)) and _PARTY_WORDS.search(text, line_start, line_end):
            continue  # "wanneer is het feest van haar verjaardag?"
        # (a birth date's noun names the data asked for: "naam + geboortedatum voor de lijst"; not a form's field that
        # holds its value, "Geboortedatum: 14-03-1981"; a line that gives the birth date asks to confirm it, which the
        # slips' rules read: "geboortedatum 12-03-1988 toch?" / "14 maart, dan ben ik er")
        asks = _DATE.search(text, cue.end(), line_end) is None and (
            "?" in line
            or _DATE_NOUN.search(cue.group()) is not None
            or _ASKS.search(text, line_start, line_end) is not None
        )
        # (another language's word opens talk only on a line that asks, for the next WORLD_TALK_LINES lines: the
        # event words of its language are not known, and a question later on may be about an exam: "doğum tarihi 15
        # Nisan 1940" ... "ehliyet sınavın ne zaman, 12 Şubat mı?" / "evet 12 Şubat", tuning_67)
        world = cue.re is _WORLD_BIRTH_LABEL
        if world and not asks:
            last = -1  # (a word of the languages read above may still open talk on its line: "geboortedatum")
            continue
        asked: tuple[tuple[int, int], ...] = ((line_start, line_end),)
        at = line_end + 1
        for _ in range(WORLD_TALK_LINES if world else TALK_LINES):
            if at >= len(text):
                break
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            _, before, spans = lines.get(at, (end, False, ()))
            lines[at] = (end, asks or before, spans + asked)
            # (a question asked within it, the cue some turns up, is answered in the next lines too: "noor is geboren
            # om 04:12" / "welke datum zet je op het kaartje" / "2 december 2026 natuurlijk")
            if not asks and ("?" in facts.lowered[at:end] or _ASKS.search(text, at, end) is not None):
                asks, asked = True, (*asked, (at, end))
            # (after its answer, a line may ask about something else: the lines after it answer that)
            if text.find("?", at, end) >= 0:
                other = _OTHER_ASKED.search(text, at, end)
                if other is not None and not _next_of_kin_or_named(other.group(1)):
                    break
            at = end + 1
    return lines


def _birth_talk_dates(text: str) -> list[tuple[int, int]]:
    """Dates in an answer's place in a conversation about someone's birth (see :data:`_BIRTH_TALK`)."""
    found: list[tuple[int, int]] = []
    for at, (end, asks, asked) in sorted(_talk_lines(text).items()):
        # where an answer's date may stand, and whether it must be said to be filled in ("ik heb 12 aug 1964
        # ingevuld"; not "ik heb 4 mei vrij")
        places: list[tuple[int, bool]] = []
        # (two blank lines after the asking line: what follows is something else's, as for a birth label's value)
        if asks and asked and "\n\n\n" in text[max(hi for _, hi in asked) : at]:
            asks = False
        m = _TALK_ANSWER.match(text, at, end) if asks else None
        named = m.group("named") if m is not None else None
        if named is not None and "," not in named and not _named_whose(named):
            m = None  # (a verb or a word before the date, "ik heb 4 mei vrij": no one's name)
        if m is not None and (m.group("said") is None or _talk_whose(m.group("who"))):
            places.append((m.end(), m.group("filled") is not None))
            if m.group("named") is not None:
                places.append((m.start("named"), False))  # (or the word before the comma opens a date: "Eén, nul")
        places += [
            (m.end(), m.group("filled") is not None) for m in _said_of_in(text, at, end) if _talk_whose(m.group("who"))
        ]

        def young(at: int = at, end: int = end, asked: tuple[tuple[int, int], ...] = asked) -> bool:
            """A child's birth is asked (named in an asking line or the lines before it, "mijn dochter ... En haar
            geboortedatum?", or as a little brother or sister), or a child named in the answer's line."""
            return _CHILDREN.search(text, at, end) is not None or any(
                _a_childs_asked(text, lo, hi) or _YOUNG.search(text, max(0, lo - YOUNG_REACH), hi) is not None
                for lo, hi in asked
            )

        for place, filled in places:
            span = _talk_date_at(text, place, end)
            if span is not None and filled and _FILLED_IN.match(text, span[1]) is None:
                continue
            while span is not None and _talk_date_ok(text, *span):
                if _talk_date_past(text, *span, young):
                    found.append(span)
                gap = _TALK_NEXT.match(text, span[1], end)
                then = _talk_date_at(text, gap.end(), end) if gap is not None else None
                # (after a stop, only the same date said again: a sentence of its own may name another day)
                if gap is not None and then is not None and "." in gap.group() and not _restates(text, span, then):
                    then = None
                span = then
    return found


_DAY_MONTH_START = re.compile(rf"(?i){_DAY_MONTH}")
_ANSWER_ENDS = re.compile(r"[ \t]*(?:[,.!?)\n]|\Z|[\U0001F300-\U0001FAFF\u2600-\u27BF])")
_PARTY_WORDS = re.compile(r"(?i)feest|party|borrel|etentje|vier(?:en|t)|taart|uitnodig")
# A consequence after the day: the party follows from the birthday ("is jarig op 17 januari dus feest", tuning_72).
_SO_AFTER = re.compile(r"(?i)[ \t]*(?:dus|so|daarom)(?![a-z])")


# The words one of which every _TURNING_AGE match holds (most texts are read no further).
# (and the Nordic verbs: "fyller 75 den 9 juli", "täyttää 70")
_TURNING_HINTS = (
    *("word", "wurd", "wörd", "weurt", "wuurt", "turn", "becom", "cumpl", "faz", "faço"),
    *("fyll", "fyld", "täyt", "tayt"),
)
# (and the words of _LIST_BIRTHDAY_HINTS, for the lists of birthdays: "lista de aniversários", tuning_179)
_SAID_SO_HINTS = (*_TURNING_HINTS, "jarig", "verjaardag", "birthday", "bday", "anivers", "geburtstag", "compleanno")


def _birthdays_said_so(text: str, lowered: str, is_van: bool) -> list[tuple[int, int]]:
    """Days and months without a year that a sentence makes someone's date of birth: a birthday on which someone
    turns an age (:data:`_TURNING_AGE`), a person named by first name who "is van" that day (:data:`_NAMED_IS_VAN_DAY`).
    """
    from afscherm.detectors.person_name import common_words, is_first_name  # (person_name imports this module)

    found: list[tuple[int, int]] = []
    if any(w in lowered for w in _TURNING_HINTS):
        for m in _TURNING_AGE.finditer(text):
            span = _day_month_span(m)
            if span is not None:
                found.append(span)
    if "jarig" in lowered or "verjaardag" in lowered:
        found += _birthday_answers(text)
        found += _birthday_lists(text)
    found += _slashed_birthday_lists(text, lowered)
    if is_van:
        seen: set[tuple[int, int]] = set()
        for m in _NAMED_IS_VAN_DAY.finditer(text):
            name = m.group(1)
            if is_first_name(name, lowercase_ok=True) and name.lower() not in common_words():
                span = _day_month_span(m)
                # the list goes on with the next person's birthday, the verb's "van" left out ("noud is van 9 feb,
                # tygo is 2 maart"): one person's and one day and month each
                while span is not None and span not in seen:  # (each item once: a long list stays linear)
                    seen.add(span)
                    found.append(span)
                    nxt = _NEXT_NAMED_DAY.match(text, span[1])
                    if nxt is None or not is_first_name(nxt.group(1), lowercase_ok=True):
                        break
                    if nxt.group(1).lower() in common_words():
                        break
                    span = _day_month_span(nxt)
    if is_van:
        found += [span for m in _PRONOUN_IS_VAN_DAY.finditer(text) if (span := _day_month_span(m)) is not None]
    if "verjaardag" in lowered or "birthday" in lowered or "bday" in lowered:
        found += [span for m in _BIRTHDAY_IS_DAY.finditer(text) if (span := _day_month_span(m)) is not None]
    return found


# A birthday given without its year is a part of the birth date (the gold convention since the eighteenth session): a
# day and month named someone's birthday ("jarig op 14 maart", "mijn verjaardag is 12 mei", "de verjaardag van oma is
# 3 juni", "bday: 3/4"), named so right after them ("op 2 feb jarig", "12 mei is mijn verjaardag"), or said as a birth
# ("geboren 3 mei", "geb. op twaalf juni"). Not a party on it ("verjaardag op 12 mei vieren we"), a baby's due date
# ("wordt geboren op 23 oktober"), nor a date with its year (this year's birthday; the dated rules read the rest).
_AFTER_DAY_MONTH = (
    # (nor a year read out: "twee juni, achtenzestig"; not "een" nor "twee", which start other phrases)
    rf"{_NO_YEAR}(?![ \t,]+(?:(?:{_UNIT})(?:en|ën)(?:{_TEN})|{_TEN}|{_TEEN}|negentienhonderd|tweeduizend)(?!\w))"
    r"(?![ \t]*[-/.]?[ \t]*\d)"
)
_BIRTHDAY_NAMED = re.compile(
    # (German too: "mein geburtstag ist am 4. januar", tuning_49)
    # (Groningen's and Drenthe's, Twente's and Limburg's "joarig", "jaorig", "jaoreg": "Grietje is joarig op 2
    # december", tuning_106)
    r"(?i)(?<![a-z])(?:jarig|joarig|jaorig|jaoreg|verjaardag|jierdei|b-?day|birthday|geburtstag"
    # (the verb: "ds. Kranendonk verjaart 21 sept"; Italian "compie 77 il 3 maggio", "compleanno", fortieth session)
    # (Papiamentu's "kumpleaño": "pa bo kumpleaño 30 di yanüari", tuning_112)
    r"|verjaar(?:t|de|den)|compleanno|compie(?:[ \t]+\d{1,3})?[ \t]+il|[ck]umplea[ñn]os?|anivers[áa]rio"
    # (Malay and Indonesian "ulang tahun", as Moluccan families write it, "ulang taong", and its short "ultah"; Hindi
    # and Sarnami "janamdin", "janmdin": "bapa pung ulang taong 9 mei", tuning_113/_114)
    r"|ulang[ \t]+ta(?:hu|o)ng?|ultah|jan(?:a|ma)?mdin"
    # (Maltese "għeluq sninek", your birthday, with its possessive: "tiftakar li għeluq sninek 27 ta' April?",
    # tuning_166)
    r"|g(?:ħ|h)eluq[ \t]+snin(?:ek|u|ha|i|na|kom|hom)?"
    # (Hausa "ranar haihuwa", the day of birth, whose after it: "ranar haihuwar Abba 28 ga Fabrairu", tuning_174)
    r"|ranar[ \t]+haihuwa(?:ta|rsa|rta|r(?:[ \t]+[^\W\d_]{2,20})?)?"
    # (Afrikaans "verjaar" and "verjaarsdag": "ons Annelie verjaar op 3 Mei"; Setswana and Sesotho "letsatsi la
    # matsalo", the day of birth, whose between: "letsatsi la gagwe la matsalo 😢 13 Tlhakole"; isiZulu "usuku
    # lokuzalwa", isiXhosa "umhla wokuzalwa"; tuning_176)
    r"|verjaar(?:sdag)?|letsatsi[ \t]+la[ \t]+(?:[^\W\d_]{2,12}[ \t]+la[ \t]+)?(?:matsalo|tswalo)(?:[ \t]+ke)?"
    r"|usuku[ \t]+lokuzalwa|umhla[ \t]+wokuzalwa"
    # (French "anniversaire", the day after "le": "son anniversaire 😂 le 1er mai", tuning_180)
    r"|(?:son|mon|ton|ses|leur)[ \t]+anniversaire"
    # (Portuguese "faz anos", has a birthday, perhaps with the age: "ele faz 65 anos a 17 de novembro", "eu faço anos
    # a 9 de junho", tuning_179)
    r"|fa(?:z|ço|co|zes|zem)[ \t]+(?:\d{1,3}[ \t]+)?anos[ \t]+(?:a|em|no[ \t]+dia)"
    # (a list's heading with the day after its colon: "voor de verjaardagslijst: 3 april", tuning_68)
    r"|verjaardags?(?:lijst|kalender)(?=[ \t]*:))"
    # "de verjaardag van oma is 3 juni": whose, then the verb
    r"(?:[ \t]+van[ \t]+[^\W\d_]{2,20}(?:[ \t]+[^\W\d_]{2,20})?(?=[ \t]+(?:is|valt)(?![a-z])))?"
    # ("na mn verjaardag (28 aug 🎉)": the date in brackets after the word)
    # (an adverb after the verb: "haar verjaardag is pas 22 november", "jarig is ze toch 3 mei")
    # (a chat's cry or emoji after the word: "vrijdag is Kachi jarig!! 18 september 🎂", tuning_69; "ben dan net jarig
    # 😅 6 dec", tuning_63)
    r"(?:(?:[ \t]+(?:is|valt|op|on|ist|am|le|:)|:|!{1,3}|[ \t]*[\U0001F300-\U0001FAFF\u2600-\u27BF]{1,3})*"
    r"(?:[ \t]+(?:pas|al|ook|toch|dus|gewoon|eigenlijk|namelijk))?[ \t]+"
    r"|[ \t]*\([ \t]*)(?:de[ \t]+)?"
    # (Maltese "ta'" between the day and the month, and "fl-", "fit-" glued before the day: "birthday fl-14 ta' Marzu")
    rf"(?:(?:f(?:l|it|il|id)-)?(?P<day>\d{{1,2}}|{_DAY_WORD}(?=[ \t]))(?:er|e|ste|de|\.)?[ \t]+"
    rf"(?:(?:de|di|ta['\u2019]?|ga)[ \t]+)?(?P<month>{_WORLD_MONTH_NAMES})\.?"
    r"|(?P<dday>\d{1,2})[-/.](?P<nmonth>\d{1,2})"
    # (the month first, as English writes it: "lola's bday is dec 18", tuning_50)
    rf"|(?P<fmonth>{_MONTH_NAMES})\.?[ \t]+(?P<fday>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:.,]\d))"
    rf"{_AFTER_DAY_MONTH}(?![a-z])"
)
_DAY_MONTH_NAMED_AFTER = re.compile(
    # (in digits too: "coba is 11-12 jarig", tuning_53)
    rf"(?i)(?<![\w-])(?:op[ \t]+)?(?:{_DAY_MONTH_BARE}|(?P<dday>\d{{1,2}})[-/](?P<nmonth>\d{{1,2}}))"
    rf"{_AFTER_DAY_MONTH}"
    r"(?=[ \t]+(?:(?:ben|is|was|word|wordt)[ \t]+(?:ik|hij|ze|zij|je|jij|die)[ \t]+)?(?:(?:toch|al|ook)[ \t]+)?"
    r"jarig(?![a-z])"
    r"|[ \t]*,?[ \t]*(?:(?:dat|die|het)[ \t]+)?(?:is|was)[ \t]+(?:mijn|m'n|mn|zijn|z'n|zn|haar|d'r|je|jouw|uw|onze?)"
    r"[ \t]+(?:verjaardag|bday|b-day|birthday)(?![a-z]))"
)
# A day and month right before "geboren", the birth said after its day ("hij is op 7 JUNI geboren, niet januari",
# tuning_69): not a birth still to come ("de baby wordt op 3 mei geboren": see _DUE).
_DAY_MONTH_BORN_AFTER = re.compile(
    rf"(?i)(?<![\w-])(?:op[ \t]+)?{_DAY_MONTH_BARE}{_AFTER_DAY_MONTH}(?=[ \t]+geboren(?![a-z]))"
)
# (nor everyone's: "iedereen uit zn dorp is op 1 januari geboren", tuning_69)
_EVERYONE = re.compile(r"(?i)(?<![a-z])(?:iedereen|allemaal|everyone|everybody|niemand)(?![a-z])")
# The day and month after a comma, as an aside to the birthday ("ik ben dan jarig, 21 juni 😅 dus ik trakteer"), the
# date ending its clause (not "jarig, 5 juli is de vergadering").
_BIRTHDAY_COMMA_DAY = re.compile(
    # (a chat's particle before the comma: "je bent zondag jarig toch, 7 december?", tuning_56)
    # (or what was done with it: "hent heeft ook bertha haar verjaardag doorgegeven, 9 juli", tuning_66)
    rf"(?i)(?<![a-z])(?:jarig|verjaardag)(?:[ \t]+(?:toch|he|hè|hoor|trouwens|dan|dus|doorgegeven|opgegeven|genoteerd"
    r"|aangepast|veranderd|gewijzigd))?[ \t]*,[ \t]*(?:op[ \t]+)?"
    # (in digits too: "haruki is ook in juni jarig, 11-06. samen vieren?", tuning_72)
    rf"(?:{_DAY_MONTH_BARE}|(?P<dday>\d{{1,2}})[-/](?P<nmonth>\d{{1,2}}))"
    rf"{_AFTER_DAY_MONTH}(?![a-z])"
)
# (a birth announced with its day after a comma, the day ending its clause or its hour after it: "Mees is vannacht
# geboren, 1 november om 04:12"; not "in Zwolle geboren, 3 mei verhuisd")
_BORN_DAY_MONTH = re.compile(
    rf"(?i)(?<![a-z])(?:geboren|geb\.)[ \t]*(?:(?P<comma>[,!])|:)?(?:[ \t]+op)?[ \t]+"
    rf"{_DAY_MONTH_BARE}{_AFTER_DAY_MONTH}"
)
_BORN_DAY_ENDS = re.compile(r"[ \t]*(?:[,.!?;)\n]|\Z|om[ \t]+\d|[\U0001F300-\U0001FAFF\u2600-\u27BF])")
# before "geboren": a birth still to come (a due date), or a party's verb
_DUE = re.compile(r"(?i)(?<![a-z])(?:wordt|worden|word|zal|zullen|gaat|moet|moeten|uitgerekend)(?![a-z])")
# ("maar" opens the next clause: "haar verjaardag is pas 22 november maar het feestje is zaterdag")
# (an emoji ends a chat's clause as a full stop does: "ben jarig op 21 juni 🥳 feestje in westkapelle")
_CLAUSE_END = re.compile(r"[.!?;\n\u2600-\u27bf\U0001f300-\U0001faff]|,[ \t]|[ \t]maar[ \t]")


def _clause_after(text: str, at: int) -> str:
    """The rest of the clause from ``at`` (to a stop, a line's end or a comma), at most 60 characters."""
    m = _CLAUSE_END.search(text, at, at + 60)
    return text[at : m.start() if m else min(len(text), at + 60)]


# The words every _BIRTHDAY_NAMED, _BIRTHDAY_COMMA_DAY and _BORN_DAY_MONTH match opens with, in the lower-cased text
# (the patterns open with a look-behind, which the regex engine tries at every position; matches_from tries them at
# these words); a _DAY_MONTH_NAMED_AFTER match holds a _BIRTHDAY_WORDS word too.
_BIRTHDAY_WORDS = ("jarig", "joarig", "jaorig", "jaoreg", "verjaardag", "bday", "b-day", "birthday", "geburtstag",
                   "verjaar", "compleanno", "compie", "cumplea", "kumplea", "anivers", "ulang", "ultah",
                   "janamdin", "janmdin", "janmadin", "għeluq", "gheluq", "ranar", "letsatsi", "usuku",
                   "umhla", "faz", "faço", "faco", "son", "mon", "ton", "ses", "leur")  # fmt: skip
_BIRTH_WORDS_OPENING = ("geboren", "geb.")


def _opening_at(text: str, pattern: re.Pattern[str], words: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match opens with one of ``words`` (lower case, matched
    case-insensitively): tried only where they stand (all of a text with a case oddity: see ``TextFacts.case_odd``)."""
    facts = text_facts(text)
    if facts.case_odd:
        return pattern.finditer(text)
    lowered = facts.lowered
    return matches_from(pattern, text, sorted({at for word in words for at in positions(lowered, word)}))


# A list of birthdays under a heading that says so ("Jarig in december: Geert Pol op 7 december en Marchien Schutte op
# 23 december", tuning_46; "Jarig deze week: Anouk (12 mei), Bram (14 mei)"): each day and month after a name on the
# heading's line is that person's date of birth. The heading ends in a colon; the name is capitalised.
_BIRTHDAY_HEADING = re.compile(
    r"(?im)(?:^|(?<=[:.!] ))(?:[^\n:]{0,20}[ \t])?(?:jarig|verjaardagen)(?![\w])[^\n:]{0,30}:"
)
_LISTED_BIRTHDAY = re.compile(rf"[A-ZÀ-Ý][^\W\d_]{{1,20}}(?:[ \t]+op[ \t]+|[ \t]*\([ \t]*){_DAY_MONTH}")


def _birthday_lists(text: str) -> list[tuple[int, int]]:
    """Days and months in a list of birthdays (see ``_BIRTHDAY_HEADING``)."""
    found: list[tuple[int, int]] = []
    for heading in _BIRTHDAY_HEADING.finditer(text):
        end = text.find("\n", heading.end())
        for m in _LISTED_BIRTHDAY.finditer(text, heading.end(), len(text) if end < 0 else end):
            span = _day_month_span(m)
            if span is not None:
                found.append(span)
    return found


# A chat's list of birthdays, a name and its day and month each, the items apart by slashes, semicolons or middle dots
# ("Marvin Orellana 9 de marzo / Ixchel 23 de julio / Chepe 16 abril", tuning_171; "irmã Idalina 4 de maio · irmão
# Teodoro 18 de junho", tuning_179), in a text that speaks of birthdays: each
# day and month is that person's birthday. Three such items on a line at least (two could be any two dates).
_SLASHED_BIRTHDAY = re.compile(
    rf"(?<![\w'’-])[A-ZÀ-Ý][^\W\d_]{{1,20}}[ \t]+(?P<day>\d{{1,2}})[ \t]+(?:de[ \t]+)?(?P<month>{_MONTH_NAMES})"
    r"(?![\w'’-])(?![ \t]*\d)(?=[ \t]*(?:[/;|·•]|\n|$))"
)
_SLASHED_BIRTHDAY_ITEMS = 3
_LIST_BIRTHDAY_HINTS = ("cumple", "verjaardag", "jarig", "birthday", "bday", "anivers", "geburtstag", "compleanno")


def _slashed_birthday_lists(text: str, lowered: str) -> list[tuple[int, int]]:
    """Days and months of a chat's list of birthdays (see ``_SLASHED_BIRTHDAY``)."""
    if not any(sign in text for sign in "/;·•") or not any(hint in lowered for hint in _LIST_BIRTHDAY_HINTS):
        return []
    by_line: dict[int, list[tuple[int, int]]] = {}
    for m in _SLASHED_BIRTHDAY.finditer(text):
        span = _day_month_span(m)
        if span is not None:
            by_line.setdefault(text.count("\n", 0, m.start()), []).append(span)
    return [span for spans in by_line.values() if len(spans) >= _SLASHED_BIRTHDAY_ITEMS for span in spans]


def _birthdays_without_year(text: str) -> list[tuple[int, int]]:
    """Days and months named someone's birthday or birth without a year (see :data:`_BIRTHDAY_NAMED`)."""
    found: list[tuple[int, int]] = []
    facts = text_facts(text)
    for m in _opening_at(text, _BIRTHDAY_NAMED, _BIRTHDAY_WORDS):
        after = _clause_after(text, m.end())
        if _PARTY_WORDS.search(after) and not _SO_AFTER.match(after):
            continue  # "verjaardag op 12 mei vieren we": the party's day (not "jarig op 17 januari dus feest")
        if m.group("day") is not None:
            day, month = _spoken_value(m.group("day")), MONTHS.get(_month_key(m.group("month")))
            span = m.start("day"), m.end("month")
        elif m.group("fday") is not None:
            day, month = int(m.group("fday")), MONTHS.get(_month_key(m.group("fmonth")))
            span = m.start("fmonth"), m.end("fday")
        else:
            day, month = int(m.group("dday")), int(m.group("nmonth"))
            span = m.start("dday"), m.end("nmonth")
        if day is not None and month is not None and _date_or_none(2000, month, day) is not None:
            found.append(span)
    if facts.has_substring(_BIRTHDAY_WORDS):
        for m in _DAY_MONTH_NAMED_AFTER.finditer(text):
            if m.group("dday") is not None:
                if _date_or_none(2000, int(m.group("nmonth")), int(m.group("dday"))) is not None:
                    found.append((m.start("dday"), m.end("nmonth")))
            elif (named := _day_month_span(m)) is not None:
                found.append(named)
    if facts.has_substring(("geboren",)):
        for m in _DAY_MONTH_BORN_AFTER.finditer(text):
            before = text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - 30) : m.start()]
            if _DUE.search(before) or _EVERYONE.search(before) or "." in text[m.end("month") : m.end()]:
                continue  # (a full stop after a month's whole name ends the clause: "zegt zelf 3 april. geboren in")
            if (named := _day_month_span(m)) is not None:
                found.append(named)
    for m in _opening_at(text, _BIRTHDAY_COMMA_DAY, _BIRTHDAY_WORDS[:2]):
        # (a full stop the month's pattern took ends the clause too: "jarig, 12 december. diny regelt", tuning_59)
        ends = m.group().endswith(".") or _ANSWER_ENDS.match(text, m.end()) is not None
        if ends and m.group("dday") is not None:
            if _date_or_none(2000, int(m.group("nmonth")), int(m.group("dday"))) is not None:
                found.append((m.start("dday"), m.end("nmonth")))
        elif ends and (named := _day_month_span(m)) is not None:
            found.append(named)
    for m in _opening_at(text, _BORN_DAY_MONTH, _BIRTH_WORDS_OPENING):
        before = text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - 30) : m.start()]
        if _DUE.search(before) or _PARTY_WORDS.search(_clause_after(text, m.end())):
            continue
        # (a full stop the month's pattern took ends the clause too: "geboren, 14 maart. Moeder en kind ...")
        if m.group("comma") and not m.group().endswith(".") and _BORN_DAY_ENDS.match(text, m.end()) is None:
            continue
        if (named := _day_month_span(m)) is not None:
            found.append(named)
    return found


# A birthday word, in Dutch or a family's own language, and a few words on in the same clause a day and month that
# ends it: the birthday's day ("jarig op kamp, 12 juli", "seu aniversário foi dia 14 de abril", "urodziny Kasi!! 14
# lutego", "a szülinapod meg február 17", "faz 80 anos a 27 de setembro", tuning_71 ... 76). The words between are
# plain words (no digit, no month, no party, appointment or period word: "jarig, vergadering 5 juli" names the
# meeting's day) and the day and month close the clause, so "verjaardag op 12 mei vieren we" stays the party's.
# The month is any language's (looked up after the match: the world's month names in the pattern would cost a
# second to compile), the day before it or, as Hungarian and English write it, after it.
_BIRTHDAY_NEAR_WORDS = ("jarig", "verjaardag", "bday", "b-day", "birthday", "geburtstag", "compleanno", "cumple",
                        "anivers", "urodzin", "szülinap", "szulinap", "születésnap", "szuletesnap", "faz",
                        "turn", "jierdei", "рожден", "рождени", "народжен", "γενέθλι", "kaarawan", "sinh nhật",
                        "doğum gün", "dogum gun")  # fmt: skip
_BIRTHDAY_NEAR = re.compile(
    r"(?i)(?<![\w-])(?:jarig|verjaardag|b-?day|birthday|geburtstag|compleanno|cumple(?:a[ñn]os)?|anivers[áa]rio"
    r"|urodzin[ya]?|sz[üu]linap\w*|sz[üu]let[ée]snap\w*|faz[ \t]+\d{1,3}[ \t]+anos"
    # (Frisian, Bulgarian, Russian, Ukrainian, Greek, Tagalog, Vietnamese and Turkish birthdays: "jierdei", "рожден
    # ден", "день рождения", "день народження", "γενέθλια", "kaarawan", "sinh nhật", "doğum günü")
    r"|jierdei|рожден[ \t]+ден|рождения|народження|γενέθλια|kaarawan|sinh[ \t]+nhật|do[gğ]um[ \t]+g[üu]n[üu]\w*"
    r"|turns?[ \t]+(?:\d{1,2}|1[01]\d)(?!\d))"  # (an age, not a sum: "the rent turns 650 on 1 march")
    r"(?P<between>(?:[ \t]*(?:,|!{1,3}|[\U0001F300-\U0001FAFF\u2600-\u27BF]{1,3})?[ \t]+[^\W\d_]{1,15}){0,4}?)"
    # (the day in brackets too: "Jorieke is die dag jarig (18 juli) dus er is taart", tuning_82)
    r"[ \t]*(?:,|:|!{1,3}|[\U0001F300-\U0001FAFF\u2600-\u27BF]{1,3})?(?:[ \t]+\(?|[ \t]*\()"
    r"(?:(?:op|on|am|el|a|dia|den|il|le|w|em|na|pe|the)[ \t]+)?"
    r"(?:(?P<day>\d{1,2})\.?[ \t]+(?:(?:de|di)[ \t]+)?(?P<month>[^\W\d_]{3,12})\.?"
    r"|(?P<fmonth>[^\W\d_]{3,12})\.?[ \t]+(?P<fday>\d{1,2})(?:\.|st|nd|rd|th)?)"
    rf"{_NO_YEAR}(?![ \t]*[-/.]?[ \t]*\d)"
    # (a chat's particle may close the clause too: "14 de abril né?", "12 juli toch")
    r"(?=[ \t]*(?:[,.!?;)\n]|\Z|[\U0001F300-\U0001FAFF\u2600-\u27BF]"
    # (a Spanish or Portuguese "right?": "el cumple del Nacho es el 17 de enero cierto?", tuning_86)
    r"|(?:né|ne|toch|hè|he|hoor|right|haha|hahaha|lol|cierto|verdad|certo|sertu)(?![\w-])"
    r"[ \t]*(?:[,.!?;)\n]|\Z|[\U0001F300-\U0001FAFF\u2600-\u27BF])))"
)
# the words that may not stand between: a month or a number said, a party's, an appointment's or a period's word
_NOT_BETWEEN = re.compile(
    r"(?i)(?:feest|party|borrel|etentje|vier(?:en|t)|taart|uitnodig|vergader|meeting|afspraak|training|repetitie"
    r"|wedstrijd|dienst|deadline|lever|bezorg)"
    r"|(?:tot|vanaf|sinds|until|since|before|after|voor|na)$"
)


# The day and month right before the word, in any language's month ("is reinder op 21 juny jierdei?", Frisian; the
# Dutch months are _DAY_MONTH_NAMED_AFTER's).
_DAY_MONTH_BEFORE_BIRTHDAY = re.compile(
    r"(?i)(?<![\w/.-])(?P<day>\d{1,2})\.?[ \t]+(?:(?:de|di)[ \t]+)?(?P<month>[^\W\d_]{3,12})\.?"
    r"[ \t]+(?:(?:is|ook|zelf|al)[ \t]+)?(?:jierdei|jarig|birthday)(?![\w-])"
)
# A Spanish birthday said with "es": the day before "es mi cumple" ("y el 9 de junio es mi cumple!!", tuning_90), or
# after "cumple es el", the clause going on ("su cumple es el 28 de julio igualito que ...", tuning_91).
_SPANISH_BIRTHDAY_DAY = re.compile(
    r"(?i)(?<![\w/.-])(?P<sday>\d{1,2})[ \t]+de[ \t]+(?P<smonth>[^\W\d_]{3,12})[ \t]+(?:es|era|será)[ \t]+"
    r"(?:mi|su|tu|el)[ \t]+cumple(?:años)?(?![\w-])"
    r"|(?<![\w-])cumple(?:años)?[ \t]+(?:es|era|será)[ \t]+el[ \t]+(?P<aday>\d{1,2})[ \t]+de[ \t]+"
    r"(?P<amonth>[^\W\d_]{3,12})(?![\w-])(?![ \t]+de[ \t]+\d)"
)
_BEFORE_BIRTHDAY_REACH = 40


def _birthdays_near(text: str) -> list[tuple[int, int]]:
    """Days and months a few words after a birthday word, closing its clause (see :data:`_BIRTHDAY_NEAR`), or
    right before it (:data:`_DAY_MONTH_BEFORE_BIRTHDAY`)."""
    found: list[tuple[int, int]] = []
    lowered = text_facts(text).lowered
    for word in ("jierdei", "jarig", "birthday"):
        for at in positions(lowered, word):
            for m in _DAY_MONTH_BEFORE_BIRTHDAY.finditer(text, max(0, at - _BEFORE_BIRTHDAY_REACH), at + len(word)):
                month = MONTHS.get(_month_key(m.group("month"))) if m.end() == at + len(word) else None
                if month is not None and _date_or_none(2000, month, int(m.group("day"))) is not None:
                    found.append((m.start("day"), m.end("month")))
    if "cumple" in lowered:
        for m in _SPANISH_BIRTHDAY_DAY.finditer(text):
            g = "s" if m.group("sday") is not None else "a"
            month = MONTHS.get(_month_key(m.group(g + "month")))
            if month is not None and _date_or_none(2000, month, int(m.group(g + "day"))) is not None:
                found.append((m.start(g + "day"), m.end(g + "month")))
    for m in _opening_at(text, _BIRTHDAY_NEAR, _BIRTHDAY_NEAR_WORDS):
        between = m.group("between").split()
        if any(_NOT_BETWEEN.match(w.strip(",!")) or MONTHS.get(_month_key(w.strip(",!"))) for w in between):
            continue
        if m.group("day") is not None:
            day, month, span = int(m.group("day")), MONTHS.get(_month_key(m.group("month"))), m.span("day")
            span = span[0], m.end("month")
        else:
            day, month = int(m.group("fday")), MONTHS.get(_month_key(m.group("fmonth")))
            span = m.start("fmonth"), m.end("fday")
        if month is not None and _date_or_none(2000, month, day) is not None:
            found.append(span)
    return found


# A message that speaks of a birthday or a birth, in Dutch or a family's own language, and writes a day and month a
# few words from that word: the birthday's day, however the chat words it ("morgen jarig toch? 20 juni?", "14.
# septembrī Laimai dzimšanas diena", "ana's verjaardag is trouwens ۲۵ آبان, dus 16 november", "hij is 21.5. jarig zei
# ie", "Hylke is 7/12 jierdei"; tuning_38 ... 99, where the clause-shaped rules above missed about a hundred). The
# message is the line; the day stands within _MESSAGE_BIRTHDAY_REACH characters of the word. Not a time stamp, not a
# range ("kampweek 29 juni - 3 juli"), not a day after a weekday, an event's or an appointment's word (the party's
# day: "feestje zaterdag 21 maart", "kerstconcert 20 december"), not a date of this year or last (a day celebrated,
# not a birth: "ik ben op 03-04-2026 jarig geweest").
_MESSAGE_BIRTHDAY_WORD = re.compile(
    r"(?i)(?<![\w-])(?:jarig\w*|verjaardag(?:en)?|verjoardag|verjaordag|b-?day|birthdays?|geburtstag|jierdei"
    r"|anniversaires?|anniv|cumple(?:a[ñn]os)?|anivers[áa]rio|compleanno"
    # (West African English: "my born day na 22 march", tuning_132)
    r"|born[ -]?day)(?![\w-])"
    # (or a birthday cake, as a chat marks a birthday in any language: "ja 19-8 🎂", "taartrooster 🎂 okt: @Jae-won
    # (17/10)", tuning_126)
    r"|\U0001f382"
)
_MESSAGE_BIRTHDAY_HINTS = ("jarig", "verja", "verjo", "day", "geburtstag", "jierdei", "anniv", "cumple",
                           "anivers", "compleanno", "\U0001f382")  # fmt: skip
_MESSAGE_BIRTHDAY_REACH = 80
_MONTH_ABBREVIATIONS = frozenset(("jan", "feb", "febr", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct",
                                  "nov", "dec"))  # fmt: skip
_MESSAGE_DAY = re.compile(
    # (the day's marks as _DATE reads them: Kurmanji "20ê sibatê", Sorani "١٥ی", Tagalog "ika-30 ng Abril")
    # (Kyrgyz, Kazakh and Uzbek join the day to the month with a dash: "8-ноябрь", "3-noyabr", tuning_146)
    # (and English's ordinal: "his birthday's the 31st of Jan", tuning_150)
    r"(?<![\w./-])(?:(?:ika-)?(?P<day>\d{1,2})(?:ê|\u06cc|st|nd|rd|th)?(?:\.[ \t]*|[ \t]+|-(?=[^\W\d_]))"
    # (a Thai month abbreviated with its dots: "วันเกิด 19 ธ.ค.", tuning_147)
    r"(?:(?:de|di|of|ya|ng)[ \t]+)?(?P<month>[^\W\d_]{3,14}|[\u0e01-\u0e4e]{1,3}\.[\u0e01-\u0e4e]{1,2}\.)"
    r"(?P<mdot>\.)?(?:,?[ \t]+(?:del?[ \t]+)?(?P<year>\d{4}))?"
    r"|(?P<fmonth>[^\W\d_]{3,14})\.?[ \t]+(?P<fday>\d{1,2})(?:st|nd|rd|th)?(?:,?[ \t]+(?P<fyear>\d{4}))?"
    r"|(?P<nday>\d{1,2})(?P<sep>[-/.])(?P<nmonth>\d{1,2})(?:(?P=sep)(?P<nyear>\d{4}|\d\d))?(?P<dot>\.)?)"
    r"(?![\w/-]|[.,:]\d)"
)
# (Korean, Chinese and Japanese write the year, month and day each with its sign, a particle joined to the day:
# "1989년 2월 14일이야", "음력 3월 17일", "1961年8月15日", tuning_104)
_CJK_DAY = re.compile(
    r"(?<![\d])(?:(?P<year>\d{4})[ \t]*[년年][ \t]*)?(?P<month>\d{1,2})[ \t]*[월月][ \t]*(?P<day>\d{1,2})[ \t]*[일日]"
)
# (before the day: a weekday, an event's or an appointment's word, a period's, a room's or a version's)
_NOT_A_BIRTHDAY_BEFORE = re.compile(
    # (a two-letter weekday only with a Dutch word after it: "di el 22 di marsu" is Kriolu's "of him", tuning_145)
    r"(?<![^\W\d_])(?:ma|di|wo|do|vr|za|zo)[ \t.,:]*(?:(?:de|op)[ \t]+)?$"
    r"|(?<![^\W\d_])(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag|sábado|domingo|subota|nedjelja|feest\w*|party|fiesta|concert\w*"
    r"|kerstconcert|zitting|viering|kerstviering|bezorg\w*|rehearsal|flight|vlucht|dienst|afleveren|ophalen"
    r"|reserveren|leave|this[ \t]+year|dit[ \t]+jaar|versie|version|kamer|room|vanaf|tot|nr|no|om|at"
    r"|morgen|overmorgen|vandaag|gisteren|tomorrow|today|yesterday|heute"
    # (a card's expiry, month first: "5494 5243 9532 6516 exp 11/29")
    r"|exp|expiry|expires|valid|thru|vervaldatum)"
    r"[ \t.,:]*(?:(?:de|el|op|on|am)[ \t]+)?$"
    # (a range's second day: "in de kampweek 29 juni - 3 juli")
    r"|\d[ \t]*(?:[^\W\d_]{1,12}\.?)?[ \t]*(?:-|\u2013|t/m)[ \t]*$"
)
_NOT_A_BIRTHDAY_AFTER = re.compile(
    # (a message's time stamp: "18 apr. om 20:12", a Messenger export's, tuning_113)
    r"[ \t,]+(?:(?:om|at|à|um)[ \t]+)?\d{1,2}:\d\d|[ \t]*(?:-|\u2013|t/m|tot|until)[ \t]*\d"
    r"|[ \t]*(?:uur|euro|eur|\u20ac|%)(?![\w])"
    # (the day a clause of its own is about: "hij is jarig, 5 juli is de vergadering")
    r"|[ \t]+(?:is|was|wordt|zijn)[ \t]+(?:de|het|er|een|onze|the)(?![\w])"
)
_MESSAGE_BEFORE_REACH = 28


# (between the word and the day: a party's, a meeting's or an errand's word, or a "but" that opens another clause: "hij
# is jarig op 4 juni maar het feest is 7 juni", "ik ben jarig, vergadering 5 juli")
_MESSAGE_NOT_BETWEEN = re.compile(
    r"(?i)feest|party|borrel|etentje|vier(?:en|t)|taart|uitnodig|vergader|meeting|afspraak|training|repetitie"
    r"|wedstrijd|dienst|deadline|lever|bezorg|concert|(?<![\w])(?:maar|but|aber|pero|mais)(?![\w])"
)


_WHOLE_DATE_BETWEEN = re.compile(r"(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")


def _birthday_word_leads_to(text: str, word: tuple[int, int], start: int, end: int) -> bool:
    """Whether the birthday's word at ``word`` stands within reach of the day at ``start``-``end`` with nothing
    between them that makes the day another event's (see :data:`_MESSAGE_NOT_BETWEEN`)."""
    if word[1] <= start:
        between = text[word[1] : start]
    elif end <= word[0]:
        between = text[end : word[0]]
    else:
        return False
    return (
        len(between) <= _MESSAGE_BIRTHDAY_REACH
        and _MESSAGE_NOT_BETWEEN.search(between) is None
        # (a whole date between is the word's own: "Data de nascimento 09/08/1988 (10 augustus vertrek ik)")
        and _WHOLE_DATE_BETWEEN.search(between) is None
    )


# "Jarig" right before the day says the day is the birthday itself, whatever is celebrated after it ("mn zus is jarig
# 22 maart en we vieren het om 12 uur", tuning_163), where "verjaardag" names the party too ("verjaardag op 16 juni
# vieren we in de tuin").
_JARIG_RIGHT_BEFORE = re.compile(r"(?i)(?<![\w-])jarig[ \t]+(?:op[ \t]+)?$")


def _another_events_day(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether the day at ``start``-``end`` is another event's: a weekday's, an event's, a period's or an
    appointment's word right before it (:data:`_NOT_A_BIRTHDAY_BEFORE`), or a party in the clause after it
    ("verjaardag op 16 juni vieren we in de tuin"; not after "jarig", see :data:`_JARIG_RIGHT_BEFORE`)."""
    before = text[max(line_start, start - _MESSAGE_BEFORE_REACH) : start].lower()
    if _NOT_A_BIRTHDAY_BEFORE.search(before):
        return True
    if _JARIG_RIGHT_BEFORE.search(before):
        return False
    after = _clause_after(text, end)
    return _PARTY_WORDS.search(after) is not None and not _SO_AFTER.match(after)


def _birthday_message_said(text: str, lowered: str) -> bool:
    return any(hint in lowered for hint in _MESSAGE_BIRTHDAY_HINTS) or _world_birth_said(text)


def _dates_in_birthday_messages(text: str) -> list[tuple[int, int]]:
    """Days and months (a year before last too) near a birthday's or a birth's word in its line (see
    :data:`_MESSAGE_BIRTHDAY_WORD`)."""
    words = [m.span() for m in _MESSAGE_BIRTHDAY_WORD.finditer(text)]
    if _world_birth_said(text):
        words += [m.span() for m in _WORLD_BIRTH_LABEL.finditer(text)]
    found: list[tuple[int, int]] = []
    read: set[int] = set()  # (the lines read: a line with two words is read once)
    latest_year = date.today().year - 2
    for at, _ in sorted(words):
        line_start = text.rfind("\n", 0, at) + 1
        if line_start in read:
            continue
        read.add(line_start)
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        near = [w for w in words if line_start <= w[0] < line_end]
        for cjk in _CJK_DAY.finditer(text, line_start, line_end):
            cjk_year = int(cjk.group("year")) if cjk.group("year") else None
            if (
                any(_birthday_word_leads_to(text, w, cjk.start(), cjk.end()) for w in near)
                and _date_or_none(cjk_year or 2000, int(cjk.group("month")), int(cjk.group("day"))) is not None
                and (cjk_year is None or cjk_year <= latest_year)
            ):
                found.append(cjk.span())
        found += _message_days(text, line_start, line_end, _leads_from(text, near))
        # (and the message that answers a question about a birthday: see ``_REPLY_REACH``)
        if line_end < len(text) and _asks_a_birthday(text, line_start, line_end):
            reply = line_end + 1
            reply_end = text.find("\n", reply)
            reply_end = len(text) if reply_end < 0 else reply_end
            found += _message_days(text, reply, reply_end, _answering(text, reply))
    return list(dict.fromkeys(found))


def _asks_a_birthday(text: str, line_start: int, line_end: int) -> bool:
    """Whether the line asks a question (its last sentence with a question mark) that no party's, meeting's or
    errand's word makes another event's ("is het feest op je verjaardag?": the party's day answers it)."""
    ask = text.rfind("?", line_start, line_end)
    if ask < 0:
        return False
    opens = max(text.rfind(mark, line_start, ask) for mark in ".!?:")
    return _MESSAGE_NOT_BETWEEN.search(text, max(opens, line_start), ask) is None


def _leads_from(text: str, near: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether one of the birthday's words at ``near`` leads to a day (see ``_birthday_word_leads_to``)."""
    return lambda start, end: any(_birthday_word_leads_to(text, w, start, end) for w in near)


def _answering(text: str, reply: int) -> Callable[[int, int], bool]:
    """Whether a day stands early enough in the reply starting at ``reply`` (see ``_REPLY_REACH``)."""
    return lambda start, _end: _answers_a_birthday(text, reply, start)


# A question about a birthday and the next message, which answers it with a day: that day is the birthday too ("jij
# bent toch 2 oktober jarig? Dan hebben we taart 🎂" and "jaaa haha 2/10. en botond 17 mei", "mag ik vragen wanneer je
# jarig bent?" and "17 Ẹrẹ̀nà, dat is 17 maart", "fue el 19 de noviembre verdad?" and "jajaja el 17 de noviembre mijo";
# tuning_60, _99, _162: 78 birth dates of 60 sets missed were in the line after a birthday's word). Within _REPLY_REACH
# characters of the reply's start (its time stamp and sender included), no party's, meeting's or errand's word before
# the day (``_MESSAGE_NOT_BETWEEN``), and the day's own checks as in the question's line. And the day as an answer
# gives it: first in the message, or after a clause's end, a yes or a no, a pronoun, a verb of being, an article or
# a name (``_ANSWER_LEADS``); not after any other word, which says what the day is for ("concours 14 juni", "heidedag
# 21 maart", "lesi 27 april", "zoaterdag 27 juni", "Graudu iela 27-4": a contest's, an outing's, a class's, a
# party's day and an address, answers in tuning_86, _88, _129, _106 and _99).
_REPLY_REACH = 110
_ANSWER_LEADS = frozenset(
    "ja jaa jaaa jep nee neen nope nei no nah yes yeah yep si sí sim ok oke oké haha hahaha jaja jajaja lol xd nooo"
    " is ben was zijn es era é e ist est el la le de del op on in the its it's dat dit het en y and ook also toch wel"
    " niet not sorry mine mijn my mi mío yo ik hij zij ze je jij u she he we il elle à a am der die das den van du na"
    " di da do em dus gewoon echt maar but pero".split()
)
_ANSWER_LEAD_WORD = re.compile(r"(\S+)[ \t]+$")


def _answers_a_birthday(text: str, reply: int, day: int) -> bool:
    """Whether the day at ``day`` stands early enough in the reply starting at ``reply`` and as an answer gives it
    (see ``_REPLY_REACH``)."""
    from afscherm.detectors.person_name import common_words, is_first_name  # (person_name imports this module)

    before = text[reply:day]
    if len(before) > _REPLY_REACH or _MESSAGE_NOT_BETWEEN.search(before) is not None:
        return False
    lead = _ANSWER_LEAD_WORD.search(before)
    if lead is None or before.rstrip().endswith(":"):
        return True  # (first in the message, or right after its sender's label)
    word = lead.group(1)
    if not word[-1].isalnum():
        return True  # (after a clause's end, an emoji or a bracket)
    low = word.lower()
    return low in _ANSWER_LEADS or (
        low not in common_words() and (word[0].isupper() or is_first_name(word, lowercase_ok=True))
    )


# A chat export's header opening the line with its date, then the clock written with a dot as Finns write it
# ("[14.3.2026 21.12] Ánde: ... riegádanbeaivi lea 8. borgemánnu", tuning_167): the clock is no day and month.
_HEADER_DATE_BEFORE = re.compile(r"[ \t]*\[?[ \t]*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\.?,?[ \t]+")
# ... and a house number with its addition before a postcode and a town ("mu ema aadress on nüüd Rüütli 8-3, 51007
# Tartu", tuning_167, in the message answering a question with a birth's word): no day and month.
_POSTCODE_TOWN_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:\d{4}[ \t]?[A-Z]{2}|\d{4,5})[ \t]+[A-ZÀ-Ý]")


def _message_days(
    text: str, line_start: int, line_end: int, leads: Callable[[int, int], bool]
) -> list[tuple[int, int]]:
    """The days and months (a year before last too) of the line ``line_start``-``line_end`` that ``leads`` says a
    birthday's word leads to, and that are no time stamp, no other event's day and no impossible date."""
    found: list[tuple[int, int]] = []
    latest_year = date.today().year - 2
    pos = line_start
    while (m := _MESSAGE_DAY.search(text, pos, line_end)) is not None:
        start, end = m.span()
        pos = end
        if m.group("fmonth") is not None and MONTHS.get(_month_key(m.group("fmonth"))) is None:
            pos = m.start("fday")  # (a word before a day is no month: "jarig 20 juni" is read from the day)
            continue
        if not leads(start, end):
            continue
        if m.group("day") is not None:
            day, month, year = int(m.group("day")), MONTHS.get(_month_key(m.group("month"))), m.group("year")
            if m.group("mdot") and year is None and m.group("month").lower() not in _MONTH_ABBREVIATIONS:
                end -= 1  # (a sentence's full stop after a whole month's name: "is jarig die dag, 2 de maio.")
        elif m.group("fday") is not None:
            day, month, year = int(m.group("fday")), MONTHS.get(_month_key(m.group("fmonth"))), m.group("fyear")
        else:
            day, month, year = int(m.group("nday")), int(m.group("nmonth")), m.group("nyear")
            if m.group("sep") == "/" and day <= 12 < month:
                # (the month first, as Korea, Japan and the United States write it, where no day-first reading
                # can be meant: "서아 생일 3/14", "私の誕生日 11/28", tuning_126)
                day, month = month, day
            # (a dot between day and month wants two digits or a closing dot: "3.2" is a version, "21.5." a day)
            if m.group("sep") == "." and len(m.group("nmonth")) != 2 and not m.group("dot"):
                continue
            if year is None and _HEADER_DATE_BEFORE.fullmatch(text, line_start, start) is not None:
                continue  # a header's clock written with a dot (see _HEADER_DATE_BEFORE)
            if year is None and _POSTCODE_TOWN_AFTER.match(text, end) is not None:
                continue  # a house number before its postcode and town (see _POSTCODE_TOWN_AFTER)
            if m.group("dot") and m.group("sep") != ".":
                end -= 1  # ("04.12." and "13.05.1979." keep their dot as written; "11-06." ends a sentence)
        if month is None or _line_timestamp(text, start, end):
            continue
        if year is not None and len(year) == 2:
            year = "19" + year if int(year) >= 30 else None
            if year is None:
                continue
        if _date_or_none(int(year) if year else 2000, month, day) is None:
            continue
        if year is not None and int(year) > latest_year:
            continue
        if _NOT_A_BIRTHDAY_AFTER.match(text, m.end()) or _another_events_day(text, line_start, start, m.end()):
            continue
        found.append((start, end))
    return found


# A list of birthdays ("Verjaardagslijst koor: Jannie 5-2, Klaas de Wit 18-3", "de verjaardagskalender" and a name
# with its day and month a few lines on): each day and month right after a person's name is that person's birthday,
# a part of a birth date. Only within LIST_REACH characters after the word for the list, and only after a name that
# opens with a listed first name ("Repetitie op 9 januari" stays a date).
_BIRTHDAY_LIST = re.compile(
    # (Frisian: "Jierdeilist foar it klupblêd: Minne 3 maart, Heine 2 juny", tuning_99)
    r"(?i)(?<![a-z])(?:verjaardags?(?:lijst|kalender)|verjaardagen|jarigen|(?:birth|b-?)day[ \t]?list"
    r"|jierdei(?:list|kalinder|en)"
    # (or a heading with its colon that says who has a birthday: "en jarig deze maand: freerk 21 aug 🎂 en dieuwke 30
    # aug", "birthdays in june:", tuning_81)
    # (or those who have it: "los cumpleañeros de enero pa la torta: Nayeli 3 ene", tuning_125)
    r"|(?:jarig|birthdays?|geburtstage?|cumplea[ñn](?:os|er[oa]s)|anivers[áa]rios?)(?![a-z])[^\n:.!?]{0,25}:)"
)
_LIST_REACH = 400
_NAMED_DAY_MONTH = re.compile(
    # (a chat writes the names in lower case: "verjaardagen deze maand: gonnie 3 nov, ad 11 november")
    # (one word then: "mijn zus Geesje, 14 april" must still be read from "Geesje")
    r"(?<![\w-])(?P<name>[A-Z][^\W\d_]{1,20}(?:[ \t]+(?:(?:van|de|der|den|ter|ten|'t)[ \t]+)*[A-Z][^\W\d_'-]{1,25})?"
    r"|[a-zà-ÿ][^\W\d_]{1,20})"
    r"[ \t]*,?[ \t]+(?:op[ \t]+)?"
    rf"(?:(?P<day>\d{{1,2}})[ \t]+(?P<month>{_MONTH_NAMES})\.?|(?P<dday>\d{{1,2}})[-/](?P<nmonth>\d{{1,2}}))"
    rf"{_AFTER_DAY_MONTH}(?![\w:/-])"
)


# ... or the day and month before the name, the items parted by dashes or lines ("de verjaardagen van maart en april:
# 6 maart Krijntje Vuijk – 19 maart br. Elbert Hakkesteegt – 2 april Geertruida Korporaal", tuning_110): the name a
# listed first name (a title for a church's brother or sister before it perhaps)
_DAY_MONTH_NAMED = re.compile(
    rf"(?<![\w/-])(?P<day>\d{{1,2}})[ \t]+(?P<month>{_MONTH_NAMES})\.?[ \t]*[:-]?[ \t]+"
    r"(?:(?:br|zr|broeder|zuster|dhr|mevr|mw)\.?[ \t]+)?(?P<name>[^\W\d_]{2,20})(?![\w-])"
)


def _birthday_list_days(text: str) -> list[tuple[int, int]]:
    """Days and months after (or before) a person's name in a list of birthdays (see :data:`_BIRTHDAY_LIST`)."""
    from afscherm.detectors.person_name import is_first_name, pet_first_names  # (person_name imports this module)

    found: list[tuple[int, int]] = []
    done = 0  # (each stretch of text read once: lists mentioned twice stay linear)
    for cue in _BIRTHDAY_LIST.finditer(text):
        items: list[tuple[re.Match[str], bool]] = []
        for m in _NAMED_DAY_MONTH.finditer(text, max(cue.end(), done), cue.end() + _LIST_REACH):
            first = m.group("name").split()[0]
            # (the list's writer among them: "ik zelf 11 november", "ikzelf 17-2", "ikke 1-12", tuning_67/75/79)
            # (or "ik" alone in the list: "Frans 29 feb (!), ik 8 augustus", tuning_83)
            self_named = first.lower() in ("ikzelf", "mijzelf", "ikke", "ik") or (
                first.lower() == "zelf" and text[max(0, m.start() - 3) : m.start()].lower() == "ik "
            )
            # a lower-case name listed (word-like ones too: the list names people) or a pet form of one ("rieky")
            named = self_named or is_first_name(first, lowercase_ok=True) or first in pet_first_names()
            items.append((m, named))
        for i, (m, named) in enumerate(items):
            # (a name no list holds among listed ones, a comma between: "wardje 3-3, handrie 21-7, ivan 29-5")
            if not named and not _beside_a_named_item(text, items, i):
                continue
            if m.group("day") is not None:
                day, month = int(m.group("day")), MONTHS.get(_month_key(m.group("month")))
                span = m.start("day"), m.end("month")
            else:
                day, month = int(m.group("dday")), int(m.group("nmonth"))
                span = m.start("dday"), m.end("nmonth")
            if month is not None and _date_or_none(2000, month, day) is not None:
                found.append(span)
        for m in _DAY_MONTH_NAMED.finditer(text, max(cue.end(), done), cue.end() + _LIST_REACH):
            month = MONTHS.get(_month_key(m.group("month")))
            if not is_first_name(m.group("name"), lowercase_ok=True) or month is None:
                continue
            if _date_or_none(2000, month, int(m.group("day"))) is not None:
                found.append((m.start("day"), m.end("month")))
        done = cue.end() + _LIST_REACH
    return found


# (the last item after "en"/"and"/"e"/"y", a comma before it or not: "..., Marinus Ouwersloot 11 okt en Cobie
# Hogewoning 29-10", tuning_90)
_LIST_COMMA = re.compile(r"[ \t]*,[ \t]*|[ \t]*,?[ \t]+(?:en|and|e|y|und|et|i)[ \t]+")


def birthday_word(word: str) -> bool:
    """Whether ``word`` is a word for a birthday in one of the languages the rules read ("jarig", "γενέθλια")."""
    return word.lower().startswith(_BIRTHDAY_NEAR_WORDS)


def in_birthday_list(text: str, at: int) -> bool:
    """Whether ``at`` lies within reach after a word for a list of birthdays (see :data:`_BIRTHDAY_LIST`)."""
    return _BIRTHDAY_LIST.search(text, max(0, at - _LIST_REACH), at) is not None


def _beside_a_named_item(text: str, items: list[tuple[re.Match[str], bool]], i: int) -> bool:
    """Whether the list item ``items[i]`` stands between commas beside an item whose name a list holds, the two
    joined through items of the same list (``wardje 3-3, handrie 21-7, ivan 29-5``)."""
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(items):
            a, b = (items[j], items[j + step]) if step == 1 else (items[j + step], items[j])
            if _LIST_COMMA.fullmatch(text, a[0].end(), b[0].start()) is None:
                break
            j += step
            if items[j][1]:
                return True
    return False


# The next item of a list of birthdays: ", tygo is 2 maart", " en sem is van 4 mei".
_NEXT_NAMED_DAY = re.compile(
    rf"(?i)[ \t]*(?:,|en\b)[ \t]*(?:en[ \t]+)?([^\W\d_]{{2,20}})[ \t]+is[ \t]+(?:van[ \t]+)?{_DAY_MONTH}"
    r"(?![ \t]*(?:tot|t/m|-|\u2013))"
)


# A birth date put right in the next turn by a day and month alone: "8 oktober 1938 toch?" / "Ria: 8 november! Ze is
# 87", "Kevin is van 30 juni als ik me niet vergis" / "Kevin Tjon 10:21" / "29 juni 🙄". The reply opens the turn (its
# speaker label or its header line before it), shares the day or the month with the date put right (a slip) and
# stands alone: an exclamation, an emoji or the end of its line after it, not a sentence going on ("14 maart komt de
# monteur", "12 maart, dan"; a full stop ends it: "Nee, 19 januari. Staat zo op zijn pas"). The rest of the birth
# date's line is short (a remark, "toch?").
_REPLY_DAY_MONTH = re.compile(
    rf"(?i)[^\n]{{0,40}}\n(?:{_CHAT_HEAD})?"
    # (a no, or a laugh, before the right date: "Nee, 19 januari.", "haha nee, dertien maart.")
    r"(?:(?:haha|ha|nee|neen|nope)[ \t]*,?[ \t]+)*"
    # (the reply's sentence may end there with more after it: "nee, 19 januari. 19-01-1944 staat op zijn pas")
    rf"{_DAY_MONTH}(?=[ \t]*(?:!|\.?[ \t]*(?:\n|\Z)|\.[ \t]|[^\w\s,.;:/()\-]))"
    # ... or the reply says whose the day is, the sentence going on after it ("pim is toch van 15 november? dan kan
    # hij zijn verjaardag daar vieren" / "Noor: nee die is van 15 oktober sufferd"; not a period, "van 3 tot 5 mei")
    rf"|[^\n]{{0,60}}\n(?:{_CHAT_HEAD})?(?:(?:haha|ha|nee|neen|nope)[ \t]*,?[ \t]+)+"
    r"(?:die|hij|ze|zij)[ \t]+is[ \t]+(?:(?:echt|toch|wel|gewoon)[ \t]+)?van[ \t]+"
    rf"{_DAY_MONTH.replace('?P<', '?P<a_')}(?![ \t]*(?:tot|t/m|-|\u2013))"
)


# ... or in the same sentence, a correction word before it: "geeft ... op als elf juni tweeduizend tien, corrigeert dan:
# elf juli, het is juli", "3 mei 1990, nee sorry, 4 mei" (the day and month close their clause).
_CORRECTED_DAY_MONTH = re.compile(
    # (a sound before it and a speaker's "wat zeg ik", "toch": "Oh nee, sorry, zes december.", "Eh nee sorry, acht
    # augustus", "nee wacht, wat zeg ik, tweeëntwintig mei", "... nee, toch één juli"; tuning_38/57/60/61)
    r"(?i)[ \t]*[,;.]?[ \t]*(?:(?:oh|o|eh|ehm|uh|ah)[ \t]*,?[ \t]+)?"
    r"(?:(?:nee|neen|sorry|pardon|wacht|corrigeert|verbetert|bedoelt|bedoel[ \t]+ik|wat[ \t]+zeg[ \t]+ik|toch)"
    r"(?:[ \t]+(?:dan|ze|zij|hij|ik|het|dat|zich))*[ \t]*[:,.]?[ \t]*){1,3}"
    rf"{_DAY_MONTH}(?=[ \t]*(?:[,.!;]|\n|\Z))"
    # ... or the wrong date a form holds, after "niet": "hiba is geboren 3 oktober 2024 niet 10 maart" (tuning_58)
    rf"|[ \t]*,?[ \t]*(?P<wrong>niet)[ \t]+{_DAY_MONTH.replace('?P<', '?P<b_')}(?=[ \t]*(?:[,.!;]|\n|\Z))"
)


def _day_and_month(value: str) -> tuple[int, int] | None:
    """(day, month) of a found date of birth: a whole date, or a day and month without a year."""
    day = written_date(value)
    if day is not None:
        return day.day, day.month
    m = _DAY_MONTH_START.match(value.strip())
    if m is None or _day_month_span(m) is None:
        return None
    return _spoken_value(m.group("day")) or 0, MONTHS.get(_month_key(m.group("month")), 0)


# A birthday's day and month answering "en <who>?" asked in the turn before, a few turns after a birth date found or a
# word for a list of birthdays ("wie zet de verjaardagen in de agenda" / ... / "Ineke: en jij zelf dan haha" / "Ruud:
# 11 juli, net als altijd"): whose is asked must be a person (see _FOLLOW_UP_WHO), the day and month open the answer
# and end its clause.
_FOLLOW_UP_DAY = re.compile(
    rf"\n{_CHAT_HEAD}{_ACK_THEN_EN}(?:(?:die[ \t]+)?(?:van|voor)[ \t]+)?"
    r"(?:(?:mijn|m'n|mn|zijn|z'n|haar|d'r|je|jouw|uw|onze?)[ \t]+)?(?P<who>[^\W\d_]{2,20}|[Uu])(?![^\W\d_])"
    r"[^\n\d:]{0,30}\n"
    rf"{_CHAT_HEAD}(?:(?i:die|ze|zij|hij)[ \t]+is[ \t]+(?:van[ \t]+)?)?(?:op[ \t]+)?{_DAY_MONTH}"
)
FOLLOW_UP_REACH = 300  # characters after a birth date or a list's word in which "en <who>?" may be asked
FOLLOW_UP_TURNS = 3  # line breaks from there to the question


def _follow_up_days(text: str, anchors: list[int]) -> list[tuple[int, int]]:
    """Days and months answering "en <who>?" a few turns after each anchor (see :data:`_FOLLOW_UP_DAY`)."""
    out: list[tuple[int, int]] = []
    for anchor in sorted(set(anchors)):
        m = _FOLLOW_UP_DAY.search(text, anchor, anchor + FOLLOW_UP_REACH)
        if m is None or text.count("\n", anchor, m.start()) >= FOLLOW_UP_TURNS:
            continue
        who = m.group("who")
        if not (who.lower() in _ASKED_PRONOUNS or _next_of_kin_or_named(who)):
            continue
        if _ANSWER_ENDS.match(text, m.end()) is None and not m.group().endswith("."):
            continue
        if (span := _day_month_span(m)) is not None:
            out.append(span)
    return out


def _said_again(text: str, finding: Finding, at: int, line_end: int) -> list[tuple[int, int]]:
    """A found birth date said again: restated at once as a day and month (:data:`_RESTATED_DAY_MONTH`), read out from
    the register in the next turn (:data:`_REGISTER_DAY_MONTH`) or confirmed there by its whole date
    (:data:`_CONFIRMED_WHOLE_DATE`). The next line is looked at first (a verb of the register, a digit), and the
    found date read only for a candidate (reading it runs the date patterns)."""
    out: list[tuple[int, int]] = []
    restated = _RESTATED_DAY_MONTH.match(text, finding.end)
    candidates: list[tuple[int, int, bool]] = []  # (start, end, the day and the month both must agree)
    if restated is not None and (span := _day_month_span(restated)) is not None:
        candidates.append((*span, True))
    following = text[line_end + 1 : line_end + 160].lower() if 0 <= line_end - finding.end <= 40 else ""
    if following and any(verb in following for verb in _REGISTER_VERBS):
        held = _REGISTER_DAY_MONTH.match(text, at)
        if held is not None and (span := _day_month_span(held)) is not None:
            candidates.append((*span, False))
    confirmed = None
    if following and _A_DIGIT.search(following) is not None:
        confirmed = _CONFIRMED_WHOLE_DATE.match(text, at)
    if not candidates and confirmed is None:
        return out
    given = _day_and_month(text[finding.start : finding.end])
    if given is None:
        return out
    for start, end, both in candidates:
        reply = _day_and_month(text[start:end])
        if reply is not None and (reply == given if both else (given[0] == reply[0] or given[1] == reply[1])):
            out.append((start, end))
    day = written_date(confirmed.group("date")) if confirmed is not None else None
    if confirmed is not None and day is not None and given == (day.day, day.month) and day < date.today():
        out.append(confirmed.span("date"))
    return out


# A birth date written again in another writing right after it: "12 Shahrivar 1360 = 3 september 1981", "rođena 28.
# listopada 1970., bij ons 28-10-1970", "9. svibnja 1966. (dus 9 mei 1966)", "2500 → 14-02-1957" (tuning_69/70).
_RESTATED = re.compile(
    r"[ \t]*\.?[ \t]*(?:,[ \t]*)?(?:\([ \t]*)?"
    r"(?:=|→|->|(?i:dus|oftewel|ofwel|i\.e\.|d\.w\.z\.|bij[ \t]+ons|in[ \t]+nl|hier|in[ \t]+nederland))[ \t]*:?[ \t]*"
)


# A birthday in a writing no rule reads, then "=" and our writing ("Yordanos is jarig 12 ጥቅምቲ = 22 oktober", "ik ben
# jarig 1 farvardin = dit jaar 21 maart", tuning_74): the date after the sign is the birthday. A digit between (the
# other writing's day), no line break.
_BIRTHDAY_RESTATED = re.compile(
    r"(?i)(?<![a-z])(?:jarig|verjaardag|birthday|bday|geboren|born)(?![a-z])(?P<other>[^\n=→]{1,30}?)(?:=|→)[ \t]*"
    r"(?:(?:dit|this)[ \t]+(?:jaar|year)[ \t]+)?"
)


def _birthdays_restated(text: str) -> list[tuple[int, int]]:
    """Dates after an unread birthday and "=" (see :data:`_BIRTHDAY_RESTATED`): a whole date, or a day and month."""
    out: list[tuple[int, int]] = []
    for m in _opening_at(text, _BIRTHDAY_RESTATED, ("jarig", "verjaardag", "birthday", "bday", "geboren", "born")):
        if not any(c.isdigit() for c in m.group("other")):
            continue
        whole = _DATE.match(text, m.end())
        if whole is not None and _calendar_date(whole) is not None:
            out.append(whole.span())
        elif (day_month := _DAY_MONTH_AT.match(text, m.end())) is not None and (
            span := _day_month_span(day_month)
        ) is not None:
            out.append(span)
    return out


# What an identity document "says" in a chat about someone's birthday ("his passport says 08-08-1990", "paspoort zegt
# 05/03/1967", "op jouw paspoort staat 1 april", tuning_71/73/74): the date of birth printed on it. Not a validity
# ("paspoort verloopt 12-03-2030", "geldig tot").
_DOCUMENT_SAYS = re.compile(
    r"(?i)(?<![a-z])(?:paspoort|passport|id[- ]?kaart|id[ -]?card|verblijfsvergunning|papieren|papers"
    # (the document called short or by its kind: "op je pas staat 02-05-1980 toch?", "op paspoort is het 09-05-1990",
    # "in zijn tazkira 1355/1/1", "op mijn rijbewijs staat", tuning_84/87)
    r"|(?:je|uw|zijn|z'n|haar|d'r|mijn|m'n|hun|de|het)[ \t]+pas|rijbewijs|verblijfspas|tazkira|geboorteakte"
    r"|birth[ \t]+certificate|cnic)"
    r"[ \t]+(?:says|zegt|zeggen|staat|stond|la|is[ \t]+het|is)(?:[ \t]+(?:er|het|toch|gewoon|nog))?[ \t]*:?[ \t]*"
)
_BIRTHDAY_TALK = ("jarig", "verjaardag", "birthday", "bday", "geboren", "born", "geboortedatum", "geb.")
MIN_BIRTH_AGE_ON_DOCUMENT = 10  # years: a younger date on a passport is its issue or expiry as often


def _dates_documents_say(text: str) -> list[tuple[int, int]]:
    """Dates after :data:`_DOCUMENT_SAYS` in a text that talks of a birthday or birth: a whole date
    MIN_BIRTH_AGE_ON_DOCUMENT years back or more, or a day and month."""
    facts = text_facts(text)
    if not facts.has_substring(
        ("paspoort", "passport", "kaart", "card", "vergunning", "papieren", "papers", "pas ", "rijbewijs", "tazkira",
         "akte", "certificate", "cnic")
    ):  # fmt: skip
        return []
    if not facts.has_substring(_BIRTHDAY_TALK):
        return []
    out: list[tuple[int, int]] = []
    latest = date.today().year - MIN_BIRTH_AGE_ON_DOCUMENT
    for m in _DOCUMENT_SAYS.finditer(text):
        whole = _DATE.match(text, m.end())
        if whole is not None:
            day = _calendar_date(whole)
            if day is not None and day.year <= latest:
                out.append(whole.span())
            continue
        day_month = _DAY_MONTH_AT.match(text, m.end())
        if day_month is None or not _NO_YEAR_AFTER.match(text, day_month.end()):
            continue
        if (span := _day_month_span(day_month)) is not None:
            out.append(span)
    return out


# (nor a year read out after the month: "staat één januari negentien negentig" is a whole date, another rule's)
_NO_YEAR_AFTER = re.compile(_AFTER_DAY_MONTH)


def _restated_births(text: str, found: list[Finding]) -> list[tuple[int, int]]:
    """Dates right after a birth date found that write it again (see :data:`_RESTATED`)."""
    out: list[tuple[int, int]] = []
    for f in found:
        link = _RESTATED.match(text, f.end)
        if link is None:
            continue
        m = _DATE.match(text, link.end())
        if m is not None and _calendar_date(m) is not None:
            out.append(m.span())
    return out


_REGISTER_VERBS = ("staat", "stond", "staan", "heb", "zie")
_A_DIGIT = re.compile(r"\d")


def _slips_put_right(text: str, found: list[Finding]) -> list[tuple[int, int]]:
    """Days and months that put a found birth date right in the next turn (see :data:`_REPLY_DAY_MONTH`)."""
    out: list[tuple[int, int]] = []
    for finding in found:
        at = finding.end
        line_end = text.find("\n", at)
        if line_end < 0:
            line_end = len(text)
        header_end = text.find("\n", line_end + 1)
        if header_end >= 0 and line_end - at <= 40 and _TURN_HEADER.fullmatch(text, line_end + 1, header_end):
            at = header_end  # the reply's header on a line of its own ("Kevin Tjon 10:21")
        out += _said_again(text, finding, at, line_end)
        m = _REPLY_DAY_MONTH.match(text, at) or _CORRECTED_DAY_MONTH.match(text, finding.end)
        if m is None or (span := _day_month_span(m)) is None:
            continue
        given, reply = _day_and_month(text[finding.start : finding.end]), _day_and_month(text[span[0] : span[1]])
        wrong = "wrong" in m.re.groupindex and m.group("wrong") is not None
        if given is not None and reply is not None and (wrong or given[0] == reply[0] or given[1] == reply[1]):
            out.append(span)
            # the right date written whole right after ("Nee, 19 januari. 19-01-1944 staat op zijn pas")
            whole = _WHOLE_DATE_AFTER.match(text, span[1])
            day = written_date(whole.group("date")) if whole is not None else None
            if whole is not None and day is not None and (day.day, day.month) == reply and day < date.today():
                out.append(whole.span("date"))
    return out


# A birth field's value that is a day and month without a year: a birthday list's or a club's register keeps only
# that ('geb: "17-05"', '"geboortedatum": "22-02"', "Geboortedatum: 17 mei", tuning_57/58). The key names the birth
# date (not "geboorteplaats"), a separator follows it, and the value ends after the day and month.
_BIRTH_FIELD_DAY_MONTH = re.compile(
    r"(?i)(?<![a-z])(?:geboortedatum|geboortedag|geb(?:[._ -]?datum|[._ -]?dat)?|birth[._ -]?date"
    r"|date[._ -]of[._ -]birth|dob|birthday|verjaardag)[\"']?(?:[ \t]*(?:=>|[:=])|(?<=birthday)[ \t]+is)[ \t]*[\"']?"
    # (English month first: "tita baby birthday is feb 14 not 15")
    rf"(?P<date>\d{{1,2}}[-/.]\d{{1,2}}(?![-/.]?\d)|{_DAY_MONTH}"
    rf"|(?P<em>{_MONTH_NAMES})\.?[ \t]+(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?(?![\w/-]|,?[ \t]*\d))"
    # (nothing of a year after it: "geboortedatum: veertien maart twee" is a year cut short)
    rf"(?=[\"',;}}\]\t ]|\n|\Z)(?![ \t]+(?:\d|{_NUMBER_WORD}))"
)


def _day_months_in_birth_fields(text: str) -> list[tuple[int, int]]:
    """Days and months without a year in a birth field's value (see ``_BIRTH_FIELD_DAY_MONTH``), when they are a day
    and month of the calendar."""
    found: list[tuple[int, int]] = []
    for m in _BIRTH_FIELD_DAY_MONTH.finditer(text):
        value = m.group("date")
        if m.group("em"):
            month = MONTHS.get(_month_key(m.group("em")))
            ok = month is not None and _date_or_none(2000, month, int(m.group("ed"))) is not None
        elif m.group("month"):
            ok = MONTHS.get(_month_key(value.split()[-1].rstrip("."))) is not None
        else:
            day, month_digits = re.split(r"[-/.]", value)
            ok = _date_or_none(2000, int(month_digits), int(day)) is not None  # (2000: a leap year)
        if ok:
            start, end = m.span("date")
            if value.endswith(".") and len(value.split()[-1]) > 5:
                end -= 1  # (the sentence's stop after a month written whole: "my birthday is 4 November.")
            found.append((start, end))
    return found


# A birth date said again at once as a day and month, a "dus" or "oftewel" at most between ("Zeventien vijf
# zevenenvijftig. Zeventien mei dus."), the day and month ending the clause.
_RESTATED_DAY_MONTH = re.compile(
    rf"(?i)[ \t]*[.,;:]?[ \t]*(?:(?:dus|oftewel|ofwel|zeg[ \t]+maar|dat[ \t]+is)[ \t]*[,:]?[ \t]+)?{_DAY_MONTH}"
    r"(?=[ \t]*(?:dus)?[ \t]*(?:[,.!?;]|\n|\Z))"
)
# The register's birth date read out in the reply ("daar staat bij ons zeventien juli", "ik heb hier 17 juli staan",
# "in het systeem stond 12 maart"), the day and month ending the clause.
_REGISTER_DAY_MONTH = re.compile(
    rf"(?i)[^\n]{{0,40}}\n(?:{_CHAT_HEAD})?[^\n\d]{{0,40}}?(?<![a-z])(?:staat|stond|staan|hebben|heb|zie|zien)(?![a-z])"
    # (only where the register holds it between: "bij ons", "hier", "in het systeem"; not "een afspraak op 12 april")
    r"(?:[ \t]+(?:hier|er|wij|we|ik|nog|wel|al|u|bij[ \t]+ons|in[ \t]+(?:het|ons)[ \t]+(?:systeem|dossier)))*[ \t]+"
    rf"{_DAY_MONTH}(?=[ \t]*(?:[,.!?;]|\n|\Z|staan|genoteerd))"
)


# A birthday confirmed in the next turn by the whole date ("Noah is van 5 januari toch?" / "Sofie: Klopt, 5-1-2026
# 🥰"): the same day and month, in the past, after a yes.
_CONFIRMED_WHOLE_DATE = re.compile(
    rf"(?i)[^\n]{{0,40}}\n(?:{_CHAT_HEAD})?(?:ja+|jep|yes|klopt|inderdaad|precies|correct)(?:[ \t]+(?:hoor|joh))?"
    r"[ \t]*[,!.:]*[ \t]+(?P<date>\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|'?\d{2}))(?![\w/-])"
)


# A whole date in digits right after a day and month put right, the sentence ended between them.
_WHOLE_DATE_AFTER = re.compile(r"[ \t]*[.!][ \t]*(?P<date>\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|'?\d{2}))(?![\w/-])")


# A whole date said as whose birth it is, the pronoun after it and the clause ending there ("geboorteakte niet nodig
# toch? 11-11-2012 is ze, ik vul ...", "zijn geboortedag? 3-4-1950 is hij."), with a birth word in the 100 characters
# before: the date is that person's birth. Not a date a verb goes on from ("11-11-2025 is ze vertrokken", "is ze
# jarig": this year's birthday), nor one without a birth word near ("de afspraak: 11-11-2026 is ze, denk ik").
_DATE_IS_WHOSE = re.compile(r"(?i)[ \t]+is[ \t]+(?:ze|zij|hij|die)(?=[ \t]*(?:[,.!?;)]|\n|\Z))")
_BIRTH_WORD_BEFORE = re.compile(r"(?i)geboort|geboren|(?<![a-z])geb\.")


def _dates_said_whose(text: str) -> list[tuple[int, int]]:
    """Whole past dates followed by "is ze/hij" closing the clause, a birth word before them (``_DATE_IS_WHOSE``)."""
    out: list[tuple[int, int]] = []
    today = date.today()
    for start, end, day in _candidates(text, text.lower(), english=False):
        if day is None or day >= today or _DATE_IS_WHOSE.match(text, end) is None:
            continue
        if _BIRTH_WORD_BEFORE.search(text, max(0, start - 100), start) is not None:
            out.append((start, end))
    return out


# A file or folder named after a person and their birth date, as HR and client dossiers are
# (``Veenstra_Anke_1969-01-23.pdf``, ``de_Groot_Marieke_1971-12-29/``): a whole date (y-m-d or d-m-y, dashes) right
# after an underscore, two capitalised words joined by underscores before it, one of them a listed first name, and the
# date at least MIN_AGE_YEARS back (a file's own date is mostly recent). Led by the date's digits (the regex engine
# skips ahead to digits), the underscore checked behind the first.
_FILE_NAME_DATE = re.compile(r"\d(?<=_\d)(?:\d{3}-[01]\d-[0-3]\d|\d-[01]\d-(?:18|19|20)\d\d)(?=[/._\\]|\s|$)")
_FILE_NAME_PERSON = re.compile(r"(?<![^\W\d_])([A-Z\u00c0-\u00de][^\W\d_]+)_([A-Z\u00c0-\u00de][^\W\d_]+)_$")


def _dates_in_person_file_names(text: str) -> list[tuple[int, int]]:
    """Birth dates in file and folder names that name their person (see :data:`_FILE_NAME_DATE`)."""
    from afscherm.detectors.person_name import is_first_name  # (person_name imports this module)

    out: list[tuple[int, int]] = []
    latest = date.today().year - MIN_AGE_YEARS
    # (every match starts at a digit right after an underscore: tried there only, not at every digit)
    for m in matches_from(_FILE_NAME_DATE, text, positions(text, "_", 1)):
        value = m.group()
        year, month, day = (value[:4], value[5:7], value[8:]) if value[4] == "-" else (value[6:], value[3:5], value[:2])
        born = _date_or_none(int(year), int(month), int(day))
        if born is None or born.year > latest:
            continue
        person = _FILE_NAME_PERSON.search(text, max(0, m.start() - 60), m.start())
        if person is not None and (is_first_name(person.group(1)) or is_first_name(person.group(2))):
            out.append(m.span())
    return out


# A compact yyyymmdd in a fixed-width record, glued to the next field ("19740315NL60BUNQ…"): no digit on either side.
_RECORD_COMPACT_DATE = re.compile(r"\d(?<!\d\d)\d{3}[01]\d[0-3]\d(?!\d)")


def _dates_in_bsn_records(text: str) -> list[tuple[int, int]]:
    """In a fixed-width file whose rows hold a BSN column (:func:`afscherm.detectors.bsn.record_fields`), a row's
    compact date after its BSN, at least MIN_AGE_YEARS back: a person's record, the date their birth date."""
    from afscherm.detectors.bsn import record_fields  # (bsn imports this module)

    out: list[tuple[int, int]] = []
    if _RECORD_COMPACT_DATE.search(text) is None:
        return out  # (no compact date to find: the BSN column's search is spared)
    latest = date.today().year - MIN_AGE_YEARS
    for _, bsn_end in record_fields(text):
        line_end = text.find("\n", bsn_end)
        for m in _RECORD_COMPACT_DATE.finditer(text, bsn_end, len(text) if line_end < 0 else line_end):
            value = m.group()
            born = _date_or_none(int(value[:4]), int(value[4:6]), int(value[6:]))
            if born is not None and born.year <= latest:
                out.append(m.span())
                break  # the first: a later date in the row is an employment's or a payment's
    return out


# A person named by first name and "is" right before a whole past date that ends the clause ("oh en yasmin is 2 jan
# 2014", "sem is 30-06-2013."), with a birth word in the 200 characters before (the question it answers): that person's
# date of birth. Not a date a verb goes on from ("yasmin is 2 jan 2014 begonnen"), nor one without a birth word near
# ("de levering is 2 jan 2014"), nor a future date.
_NAME_IS_BEFORE = re.compile(r"(?<![\w-])([^\W\d_][^\W\d_'-]{1,20})[ \t]+is[ \t]+$")
_CLAUSE_END_AFTER = re.compile(r"[ \t]*(?:[,.!?;)]|\n|\Z)")
_NAME_IS_REACH = 200


def _dates_a_name_is(text: str) -> list[tuple[int, int]]:
    """Whole past dates after "<first name> is" closing the clause, a birth word before them (``_NAME_IS_BEFORE``)."""
    from afscherm.detectors.person_name import common_words, is_first_name  # (person_name imports this module)

    out: list[tuple[int, int]] = []
    today = date.today()
    for start, end, day in _candidates(text, text.lower(), english=False):
        if day is None or day >= today or _CLAUSE_END_AFTER.match(text, end) is None:
            continue
        name = _NAME_IS_BEFORE.search(text, max(0, start - 28), start)
        if name is None or not is_first_name(name.group(1), lowercase_ok=True):
            continue
        if name.group(1).lower() in common_words():
            continue
        if _BIRTH_WORD_BEFORE.search(text, max(0, start - _NAME_IS_REACH), name.start()) is not None:
            out.append((start, end))
    return out


# Dutch ID cards and passports print dates in both languages ("14 SEP/SEP 1976", "09 JUL/JUL 1966"), a writing nothing
# else uses. Where OCR lost the labels, such a date alone at its line's start (OCR's l, I, O for digits: "ll AUG/AUG
# 1992") is the holder's birth date when it lies at least MIN_AGE_YEARS back: the card's issue date is younger (a card
# holds for ten years) and its expiry date lies ahead. A date with a label of its own before it on its line, or a date
# label of another kind on the line above ("Geldig tot", "Date of expiry"), is left to the labelled rules.
_DUTCH_CARD_MONTHS = {"JAN": 1, "FEB": 2, "MRT": 3, "MAA": 3, "APR": 4, "MEI": 5, "JUN": 6, "JUL": 7, "AUG": 8,
                      "SEP": 9, "OKT": 10, "NOV": 11, "DEC": 12}  # fmt: skip
_ENGLISH_CARD_MONTHS = {"JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6, "JUL": 7, "AUG": 8, "SEP": 9,
                        "OCT": 10, "NOV": 11, "DEC": 12}  # fmt: skip
_CARD_DATE_LINE = re.compile(
    # (OCR's zero for an O in the month: "O9 0KT/OCT l949", tuning_100)
    r"(?m)^[ \t]*(?P<d>[\dOolI]{1,2})[ \t]+(?P<nl>[A-Z0]{3})/(?P<en>[A-Z0]{3})[ \t]+(?P<y>[12lI][\dOolI]{3})(?![\w/-])"
)
_OTHER_CARD_DATE_LABEL = re.compile(
    r"(?i)(?:afgifte|issue|expiry|geldig|valid|tot|until|vervaldatum|uitgifte)[ \t/:.]*$"
)


# The turn above asks whose birth date it is by "is van ...?" ("En Jayden is van...?", "ben je van?"), and the date
# opens the answering turn ("Moeder: twaalf maart tien."): that person's date of birth.
_IS_VAN_ASKED = re.compile(
    r"(?i)(?<![\w-])(?P<who>[^\W\d_]{2,20})[ \t]+(?:is|ben|bent)[ \t]+(?:(?P<pron>je|jij|u|hij|ze|zij)[ \t]+)?van"
    r"[ \t]*(?:\.{2,}|\u2026)?[ \t]*\?[ \t]*$"
)
_TURN_OPENING = re.compile(rf"(?:{_CHAT_HEAD})?")
_PRONOUNS = frozenset(("ik", "je", "jij", "u", "hij", "ze", "zij"))


def _answers_is_van(text: str, start: int) -> bool:
    """The date opens its turn and the line above ends asking "<a person> is van...?" (a first name, relative or
    pronoun: not "die brief is van?"; see :data:`_IS_VAN_ASKED`)."""
    own = text.rfind("\n", 0, start)
    if own <= 0 or _TURN_OPENING.fullmatch(text, own + 1, start) is None:
        return False
    above = max(text.rfind("\n", 0, own) + 1, own - QUESTION_CHARS)
    asked = _IS_VAN_ASKED.search(text, above, own)
    if asked is None:
        return False
    return (
        asked.group("pron") is not None
        or asked.group("who").lower() in _PRONOUNS
        or _next_of_kin_or_named(asked.group("who"))
    )


def _own_other_date_label(text: str, start: int) -> bool:
    """The date's own line labels it another date right before it ("Datum afgifte: 01 01 2020", "Geldig tot: ...")
    and names no birth before it: a birth label on a line above is another field's."""
    line_start = text.rfind("\n", 0, start) + 1
    if _OTHER_CARD_DATE_LABEL.search(text, max(line_start, start - 40), start) is None:
        return False
    return _BIRTH_LABEL.search(text, line_start, start) is None


def _unlabelled_card_dates(text: str) -> list[tuple[int, int]]:
    """Bilingual ID-card dates alone at a line's start, far enough back to be a birth (``_CARD_DATE_LINE``)."""
    out: list[tuple[int, int]] = []
    latest = date.today().year - MIN_AGE_YEARS
    for m in _CARD_DATE_LINE.finditer(text):
        month = _DUTCH_CARD_MONTHS.get(m.group("nl").replace("0", "O"))
        if month is None or _ENGLISH_CARD_MONTHS.get(m.group("en").replace("0", "O")) != month:
            continue
        day = _date_or_none(int(m.group("y").translate(_OCR_DIGITS)), month, int(m.group("d").translate(_OCR_DIGITS)))
        if day is None or not EARLIEST_YEAR <= day.year <= latest:
            continue
        line_start = m.start()
        above = text.rfind("\n", 0, max(0, line_start - 1))
        if line_start > 0 and _OTHER_CARD_DATE_LABEL.search(text, above + 1, line_start - 1) is not None:
            continue
        out.append((m.start("d"), m.end("y")))
    return out


# A chat's round of birth dates: one turn asks for them ("ik heb van iedereen de geboortedatum nodig"), and the answers
# come turns later, each a past date alone on its speaker's line ("stijn: 14-2-91", "mirthe: 8 dec 1990") with other
# talk between ("waarom??", "mirthe jij nog?"). The request reaches ROUND_LINES lines and ROUND_CHARS characters down;
# a date with more said on its line, or on a line without a speaker, is left to the other rules.
ROUND_LINES = 8
ROUND_CHARS = 700
# (an apology or a word of assent may open the answer, "toch" or "denk ik" close it: "dmitri: sorry! 15/04/1987",
# "mam: 3-11-2019 toch")
_SPEAKER_ONLY = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?[^\W\d_][^\n:\d]{0,29}:[ \t]*"
    r"(?:(?i:sorry|oeps|oja|o ja|ok[eé]?|ja|hier|nou)[ \t]*[!,.:]*[ \t]+)?"
)
# (or the date is the turn's first sentence, another follows: "Gatse: 23-7-1979. en myn nije rekken ...", tuning_50)
_ROUND_LINE_REST = re.compile(
    r"(?i)[ \t]*,?[ \t]*(?:toch|denk[ \t]+ik|geloof[ \t]+ik|volgens[ \t]+mij)?[ \t?.!]*(?:\n|$)|[.!][ \t]+(?=\S)"
)
# A round that asks a child's birth date, by a word for a child or a first name ("de geboortedatum van jesse"): its
# answers are birth dates however recent (past).
_CHILDS_BIRTH_DATE_ASKED = re.compile(
    r"(?i)geboorte-?data?(?:um)?[ \t]+van[ \t]+(?:de[ \t]+|je[ \t]+|jouw[ \t]+)?(\w+)"
)


def _answers_a_round(text: str, start: int, end: int, day: date) -> bool:
    """``text[start:end]`` stands alone on a chat turn's line (a speaker before it, punctuation at most after it) and
    one of the ROUND_LINES lines above it, within ROUND_CHARS characters, asks for birth dates (see
    :data:`_BIRTH_DATE_ASKED`); the date far enough back, or past and the request a child's
    (:data:`_CHILDS_BIRTH_DATE_ASKED`)."""
    adult = day.year <= date.today().year - MIN_AGE_YEARS
    if not adult and day >= date.today():
        return False
    own = text.rfind("\n", max(0, start - 64), start) + 1
    if own <= 0 or _SPEAKER_ONLY.fullmatch(text, own, start) is None or _ROUND_LINE_REST.match(text, end) is None:
        return False
    if _OWN_DATE_LABEL.search(text, own, start) is not None:
        return False  # a form's field of another date ("Gewenste startdatum: 01-09-2026"), no speaker
    asked = _round_question_above(text, own)
    return asked is not None and (adult or _a_childs_asked(text, *asked))


def _round_question_above(text: str, line_start: int) -> tuple[int, int] | None:
    """The line, of the ROUND_LINES lines above ``line_start`` and within ROUND_CHARS characters, that asks for birth
    dates (see :data:`_BIRTH_DATE_ASKED`), nearest first; None when none does."""
    floor = max(0, line_start - ROUND_CHARS)
    at = line_start - 1
    for _ in range(ROUND_LINES):
        if at <= floor:
            return None
        above = max(floor, text.rfind("\n", floor, at) + 1)
        if _BIRTH_DATE_ASKED.search(text, above, at) is not None:
            return above, at
        at = above - 1
    return None


_CHILD_ASKED_HINTS = ("kind", "kids", "zoon", "zonen", "dochter", "baby", "geboortedatum van", "geboortedata van")


def _a_childs_asked(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` asks a child's birth date: it names a child, or asks the birth date of a first name."""
    if _CHILDREN.search(text, lo, hi) is not None:
        return True
    whose = _CHILDS_BIRTH_DATE_ASKED.search(text, lo, hi)
    return whose is not None and _next_of_kin_or_named(whose.group(1))


# The date someone's papers hold, in a text about a birth date ("Op mijn papieren staat één januari negentien negentig",
# "op haar verblijfspas staat 1-1-1950", tuning_60/61/64): a birth date, whatever the person says the real one is.
_ON_THE_PAPERS = re.compile(
    r"(?i)(?<![\w-])(?:op|in)[ \t]+(?:mijn|m'n|mn|zijn|z'n|zn|haar|d'r|hun|de|het)[ \t]+"
    r"(?:papieren|paspoort|pas|verblijfspas|verblijfsvergunning|id|id-kaart|identiteitskaart|geboorteakte|akte)"
    r"[ \t]+(?:staat|stond)[ \t]+(?:(?:er|nog|wel|gewoon|toch|dus)[ \t]+)*"
)
_BIRTH_WORDS_ANYWHERE = ("geboren", "geboorte", "jarig", "verjaardag", "born", "birth", "geb.", "geb ")


def _dates_on_the_papers(text: str, found: list[Finding]) -> list[tuple[int, int]]:
    """The date right after ``_ON_THE_PAPERS`` (written or read out, with or without its year) in a text that talks
    of a birth."""
    lowered = text_facts(text).lowered
    if not any(w in lowered for w in _BIRTH_WORDS_ANYWHERE):
        return []
    out: list[tuple[int, int]] = []
    dates = _candidates(text, lowered, False)
    for m in _ON_THE_PAPERS.finditer(text):
        for start, end, day in dates:
            if start == m.end() and day is not None:
                out.append((start, end))
        said = _DAY_MONTH_AT.match(text, m.end())
        if said is not None and (span := _day_month_span(said)) is not None:
            out.append(span)
    return [span for span in out if not any(f.start < span[1] and span[0] < f.end for f in found)]


# A vCard's birthday without its year (RFC 6350: "BDAY:--0618", "BDAY:--06-18"; tuning_42, tuning_66).
_VCARD_YEARLESS = re.compile(r"(?im)^BDAY(?:;[^:\n]*)?:(?P<date>--(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01]))[ \t]*$")


# The day of the week said before a birth date ("ik ben op zondag 4 oktober 1992 geboren", "geboren op dinsdag 3 juni
# 1969", tuning_38): a part of it.
_WEEKDAY_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)[ \t]*,?[ \t]*\Z"
)


def _with_weekday(text: str, f: Finding) -> Finding:
    """``f`` with the day of the week before it (``_WEEKDAY_BEFORE``) when one is said there."""
    weekday = _WEEKDAY_BEFORE.search(text, max(0, f.start - 12), f.start)
    return f if weekday is None else Finding(weekday.start(), f.end, f.entity_type, f.score, f.recognizer)


# A day and a month of another calendar, its year perhaps ("1 farvardin 1362", "14 meskerem", "9 shbat", "21 adar 1961",
# "14 ramadan"): in a text about a birth or birthday, or with a year of birth in that calendar, a birth date. People
# give their real birthday so beside the Gregorian one their papers hold.
# (the day's marks as _DATE reads them, and Sorani's "ی" joining the month to its year: "٥ی گەلاوێژی ١٩٨٣")
_OTHER_CALENDAR_DATE = re.compile(
    r"(?<![\w/.-])(?:ika-)?(?P<d>\d{1,2})(?:ê|\u06cc)?\.?[ \t]+(?:(?:de|di|of|ng)[ \t]+)?(?P<m>"
    + trie_alternation(_OTHER_MONTHS)
    + r")\u06cc?(?:[ \t]*,?[ \t]+(?P<y>\d{4}))?(?![\w-])",
    re.IGNORECASE,
)
# The same dates with the month first ("Chaitra 3", "Mangsir 16, 2045") or the year first ("2015 saun 12", "२०४५ पुस
# २", its digits read as ASCII by the detection view), as Nepali and Bengali speakers write Bikram Sambat and Bangla
# dates in Latin letters and in their own (tuning_120: "unko birthday ta Falgun 8 ho").
_OTHER_CALENDAR_MONTH_FIRST = re.compile(
    r"(?<![\w/.-])(?P<m>"
    + trie_alternation(_OTHER_MONTHS)
    + r")[ \t]+(?P<d>\d{1,2})(?:[ \t]*,?[ \t]+(?P<y>\d{4}))?(?![\w-]|[.,:/]\d|[ \t]*(?:jaar|years?|kg|cm|uur)\b)",
    re.IGNORECASE,
)
_OTHER_CALENDAR_YEAR_FIRST = re.compile(
    r"(?<![\w/.-])(?P<y>\d{4})[ \t]+(?P<m>"
    + trie_alternation(_OTHER_MONTHS)
    + r")[ \t]+(?P<d>\d{1,2})(?![\w-]|[.,:/]\d)",
    re.IGNORECASE,
)
_OTHER_CALENDAR_HINTS = ("geb", "born", "birth", "jarig", "verjaardag", "bday", "b-day", "echte", "real", "nací",
                         "naci", "nasc", "doğum", "dogum", "urodz", "lahir", "sinh", "tavalod", "تولد", "ልደት", "newroz",
                         "nowruz", "cumple", "生日", "出生", "生年月日", "誕生",
                         # (Nepali and Hindi "janma miti", "janmadin", "जन्म मिति", Urdu "salgirah")
                         "janm", "जन्म", "salgir")  # fmt: skip
# Japan's era years ("昭和63年11月3日" is 3 November 1988; "元年" the era's first year) and a Chinese lunar date, its
# month and day in Chinese numerals ("1961年八月十五", "農曆8月15"; no Gregorian day can be told from it), read as
# the other calendars' dates are (tuning_72, tuning_74, tuning_75).
# (and Taiwan's Minguo years, counted from 1912: "民國69年11月3日" is 3 November 1980, "民國92年8月9日"; tuning_175)
_ERA_FIRST_YEARS = {"大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018, "民國": 1911, "民国": 1911}
_EAST_ASIAN_DATE = re.compile(
    r"(?P<era>大正|昭和|平成|令和|民國|民国)[ \t]*(?P<ey>\d{1,3}|元)[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}"
    r"[ \t]*[日號号]?"
    r"|(?:(?P<y>\d{4})年)?(?P<lunar>农历|農曆|阴历|陰曆)?"
    r"(?:[正一二三四五六七八九十冬腊臘]{1,2}月(?:初|廿|卅|二十|三十)?[一二三四五六七八九十]{1,2}(?:日|号|號)?"
    r"|(?<=农历|農曆|阴历|陰曆)\d{1,2}月\d{1,2}(?:日|号|號)?)"
)


def _east_asian_dates(text: str, told: bool) -> list[tuple[int, int]]:
    """Era and lunar dates (see :data:`_EAST_ASIAN_DATE`) with a year of birth, or in a text about a birth."""
    out: list[tuple[int, int]] = []
    latest = date.today().year - 2  # (the last two years: an event's date, as for the other calendars)
    for m in _EAST_ASIAN_DATE.finditer(text):
        if m.group("era") is not None:
            year = _ERA_FIRST_YEARS[m.group("era")] + (1 if m.group("ey") == "元" else int(m.group("ey")))
        elif m.group("y") is not None:
            year = int(m.group("y"))
        elif m.group("lunar") is None and not told:
            continue  # (a bare "八月十五" is a festival's day)
        else:
            year = None
        # (the word "lunar" is no part of the date: "農曆8月15")
        start = m.end("lunar") if m.group("lunar") is not None and m.group("y") is None else m.start()
        if (year is None and told) or (year is not None and (1930 <= year <= latest or (told and year <= latest + 2))):
            out.append((start, m.end()))
    return out


def _other_calendar_dates(text: str, lowered: str) -> list[tuple[int, int]]:
    """Dates in another calendar's months (:data:`_OTHER_MONTHS`) that are birth dates: a year of birth in one of the
    calendars the month name belongs to (not the last two years of its range: a recent date is an event's), or no
    year in a text that speaks of a birth."""
    told = any(hint in lowered for hint in _OTHER_CALENDAR_HINTS)
    out: list[tuple[int, int]] = []
    for m in (
        *_OTHER_CALENDAR_DATE.finditer(text),
        *_OTHER_CALENDAR_MONTH_FIRST.finditer(text),
        *_OTHER_CALENDAR_YEAR_FIRST.finditer(text),
    ):
        if not 1 <= int(m.group("d")) <= 32:
            continue
        uses = _OTHER_MONTHS[m.group("m").lower()]
        if m.group("y") is None:
            # (a Thai month is a Gregorian one: without a year, only the Gregorian rules read it; so is a form that is
            # a Gregorian month's name too, Turkish "nisan" April and the Hebrew month)
            if told and any(c != "thai" for c, _ in uses) and m.group("m").lower() not in _LISTED_MONTHS:
                out.append(m.span())
            continue
        year = int(m.group("y"))
        ranges = [OTHER_CALENDAR_YEARS[c] for c, _ in uses]
        if any(lo <= year <= hi - 2 or (told and lo <= year <= hi) for lo, hi in ranges):
            out.append(m.span())
    if "年" in text or "月" in text:
        out += _east_asian_dates(text, told)
    if told and ("/" in text or "." in text):
        out += _solar_hijri_numbers(text)
    return out


# A Solar Hijri date written in numbers, year first, as an Afghan tazkira or an Iranian paper prints it and a chat
# copies it ("tazkira 1355/1/1", "geboren ۱۳۴۴/۰۸/۲۵", its digits read as ASCII by the detection view; tuning_87, 92,
# 96): a year of birth of that calendar (no Gregorian year of a date starts with 13), one separator, a month and day.
_SOLAR_HIJRI_NUMBERS = re.compile(
    r"(?<![\w/.-])(?P<y>13\d\d)(?P<s>[/.-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\w/-]|\.\d)"
)


def _solar_hijri_numbers(text: str) -> list[tuple[int, int]]:
    """Solar Hijri dates in numbers (:data:`_SOLAR_HIJRI_NUMBERS`) in a text that speaks of a birth: a year of birth
    of that calendar (not the last two of its range), a month of twelve and a day of 31 at most, and a birth label
    before it on its line or the line above."""
    lo_year, hi_year = OTHER_CALENDAR_YEARS["persian"]
    out: list[tuple[int, int]] = []
    for m in _SOLAR_HIJRI_NUMBERS.finditer(text):
        if not (
            lo_year <= int(m.group("y")) <= hi_year - 2
            and 1 <= int(m.group("m")) <= 12
            and 1 <= int(m.group("d")) <= 31
        ):
            continue
        if _birth_label_in(text, _context_start(text, m.start()), m.start()) is not None:
            out.append(m.span())
    return out


# A date's shape holding no date: a month 13, a day past its month's end, zeros for what a register did not know
# ("1948-13-02", "2024-02-30", "00-00-1969", "02/29/1990" in a year with no 29 February; tuning_65 ... 78). A register
# stores such a typo or placeholder as the birth date it is: after a birth label on its line, or in a text whose found
# birth dates, two or more, share its shape (a dump's column: '1961-08-23', '1970-01-12', ..., '1948-13-02').
_DATE_SHAPED = re.compile(
    r"(?<![\w/.-])(?:(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{2})(?P=s)(?P<d>\d{2})"
    r"|(?P<d2>\d{2})(?P<s2>[-/.])(?P<m2>\d{2})(?P=s2)(?P<y2>\d{4}))(?![\w/-]|\.\d)"
)
_SHAPE_DIGITS = re.compile(r"\d")
_RIGHT_AFTER_LABEL = re.compile(r"(?i)[ \t]*[:=]?[ \t]*(?:(?:op|is|was|staat|stond|on|am|le)[ \t]+)?[\"']?")


def _impossible_births(text: str, found: list[Finding]) -> list[tuple[int, int]]:
    """Date-shaped values that are no date, as a register stores a birth date's typo or placeholder (see
    :data:`_DATE_SHAPED`)."""
    if not any(c in text for c in "-/."):
        return []
    # (the shapes two found birth dates or more share: a column, not one date in a sentence)
    counted = Counter(_SHAPE_DIGITS.sub("9", text[f.start : f.end]) for f in found if f.end - f.start == 10)
    shapes = {shape for shape, n in counted.items() if n >= 2}
    out: list[tuple[int, int]] = []
    for m in _DATE_SHAPED.finditer(text):
        if m.group("y") is not None:
            year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        else:
            year, month, day = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        if not 1900 <= year <= date.today().year or any(f.start < m.end() and m.start() < f.end for f in found):
            continue  # (a year out of reach is no birth date; a finding covers it already)
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
            continue  # (a real date: the other rules' to read)
        line_start = text.rfind("\n", 0, m.start()) + 1
        label = _birth_label_in(text, max(line_start, m.start() - 40), m.start())
        # (right before it: "geboren 03-02-1971, vergadering 11-25-2025" is the meeting's)
        labelled = label is not None and _RIGHT_AFTER_LABEL.fullmatch(text, label.end(), m.start()) is not None
        if labelled or _SHAPE_DIGITS.sub("9", m.group()) in shapes:
            out.append(m.span())
    return out


# A day and month read out in words, of any calendar's month, a spoken year perhaps after them, a little after a date
# of birth found or a word of birth (``geboortedatum``, ``geboren``, ``jarig``): that birth restated, put right or
# said in the family's own calendar ("Thuis zeggen ze twaalf rabi al-awwal veertienhonderdzeven", "maar hij zegt zelf
# twaalf Gulan, dat is twaalf mei", "Voor u is het negenentwintig december negentienhonderdzesentachtig",
# "Correctie: de geboortedatum is negentien juli"; tuning_36 ... 102, transcripts mostly). Not a day after a weekday, an
# event's, a period's or a start's word ("per één januari", "afgegeven op elf juni"), nor a name day's.
_SPOKEN_BIRTH_REACH = 160
_SPOKEN_YEAR_WORD = (
    r"(?:[a-zë]*(?:tig|tien|honderd|duizend)[a-zë]*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|elf|twaalf)"
)
_SPOKEN_DAY_MONTH = re.compile(
    rf"(?i)(?<![\w-])(?P<day>{_DAY_WORD})[ \t]+(?P<month>[^\W\d_][^\W\d_'’-]{{2,14}}(?:[ \t]+al-[^\W\d_]+)?)"
    rf"(?P<year>[ \t,]+(?:negentien|tweeduizend|dertienhonderd|veertienhonderd)[a-zë]*(?:[ \t]+{_SPOKEN_YEAR_WORD})?"
    # (or a year's last two digits read out: "elf november negenenzeventig")
    rf"|[ \t]+(?:(?:{_UNIT})(?:en|ën))?(?:{_TEN}))?"
    r"(?![\w'’-])"
)
_BIRTH_WORD = re.compile(r"(?i)geboortedatum|geboren|geb\.|jarig|verjaardag|birth|born")
# (the day ends its clause: a mark, the line's end, a pause, an emoji, a verb's particle before a mark ("houdt u maar
# één januari aan."), or what it was said instead of ("twaalf mei ipv twee mei"))
_SPOKEN_BIRTH_ENDS = re.compile(
    r"[ \t]*(?:[,.!?;:)\n]|\Z|\u2026|[\u2600-\u27bf\U0001f300-\U0001faff]|(?:aan|in|op)[ \t]*[,.!?]"
    r"|(?:ipv|i\.p\.v\.|in[ \t]+plaats[ \t]+van|niet)(?![\w]))"
)
_NOT_A_SPOKEN_BIRTH_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:per|ingangsdatum|afgegeven(?:[ \t]+op)?|issued(?:[ \t]+on)?|naamdag[ \t]+is"
    r"|name[ \t]+day[ \t]+is)[ \t]*$"
)


_CORRECTING = re.compile(r"(?i)(?<![a-z])(?:corrigeer\w*|correctie|verbeter\w*)(?![a-z])")


def _no_correction_of(text: str, found: list[Finding], start: int, day: int, month: int) -> bool:
    """A day said as a correction ("corrigeert dan: drie juni") of the birth date before it that shares neither its
    day nor its month with it: another date, not that birth put right (as ``_a_correction_of`` has it)."""
    before = [f for f in found if f.entity_type == "DATE_OF_BIRTH" and f.end <= start]
    if not before:
        return False
    last = max(before, key=lambda f: f.end)
    said = written_date(text[last.start : last.end])
    return (
        said is not None
        and _CORRECTING.search(text, last.end, start) is not None
        and said.day != day
        and said.month != month
    )


def _spoken_days_near_a_birth(text: str, found: list[Finding]) -> list[tuple[int, int]]:
    """Days and months read out in words near a birth (see :data:`_SPOKEN_BIRTH_REACH`)."""
    lowered = text_facts(text).lowered
    anchors = [f.end for f in found if f.entity_type == "DATE_OF_BIRTH"]
    if any(word in lowered for word in ("geb", "jarig", "verjaardag", "birth", "born")):
        anchors += [m.end() for m in _BIRTH_WORD.finditer(text)]
    if not anchors:
        return []
    out: list[tuple[int, int]] = []
    for m in _SPOKEN_DAY_MONTH.finditer(text):
        month = m.group("month")
        key = _month_key(month)
        if MONTHS.get(key) is None and key not in WORLD_MONTHS and _month_key(month.split()[0]) not in WORLD_MONTHS:
            continue
        day = _spoken_value(m.group("day"))
        if day is None or not 1 <= day <= 31:
            continue
        gregorian = MONTHS.get(key)
        if gregorian is not None and _date_or_none(2000, gregorian, day) is None:
            continue  # (no such day: "eenendertig februari")
        start, end = m.start(), m.end() if m.group("year") else m.end("month")
        if _SPOKEN_BIRTH_ENDS.match(text, end) is None:
            continue  # the clause goes on: another event's day ("negen mei komt hij terug"), a year half said
        if gregorian is not None and _no_correction_of(text, found, start, day, gregorian):
            continue
        if any(f.start < end and start < f.end for f in found):
            continue
        if not any(0 <= start - a <= _SPOKEN_BIRTH_REACH for a in anchors):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - _MESSAGE_BEFORE_REACH) : start]
        if _NOT_A_SPOKEN_BIRTH_BEFORE.search(before) or _another_events_day(text, line_start, start, end):
            continue
        out.append((start, end))
    return out


# A Vietnamese date, the day and the month by number ("ngày 18 tháng 4 năm 2009", "mùng 8 tháng 3 âm lịch", without
# the diacritics as a phone types it: "mung 8 thang 4 am lich"; the lunar month's own names "tháng Giêng", "tháng
# Chạp"), on a line that speaks of a birth or a birthday (Vietnamese "sinh", "sinh nhật"; "verjaardag", "jarig",
# "viert") or gives the lunar calendar's date (a grandparent's birthday is kept so), not a death's anniversary or a
# feast (tuning_65 ... 109: ten such dates, none found before).
_VIETNAMESE_DATE = re.compile(
    r"(?i)(?<![\w])(?:(?:ngày|ngay|mùng|mung|mồng|mong)[ \t]+)?(?P<d>\d{1,2})[ \t]+(?:tháng|thang)[ \t]+"
    r"(?P<m>\d{1,2}|giêng|gieng|chạp|chap)(?![\w])"
    r"(?:,?[ \t]+(?:năm|nam)[ \t]+(?P<y>(?:19|20)\d\d)(?!\d))?"
    r"(?:[ \t]+(?:âm[ \t]+lịch|am[ \t]+lich|dương[ \t]+lịch|duong[ \t]+lich))?"
)
_VIETNAMESE_BIRTH_CUE = re.compile(
    r"(?i)(?<![\w])(?:sinh|verjaardag\w*|jarig|viert|birthday|âm[ \t]+lịch|am[ \t]+lich)(?![\w])"
)
# (a death's anniversary or a feast: "giỗ", "tết trung thu, 15 tháng 8 âm lịch")
_OTHER_DAYS = re.compile(r"(?i)(?<![\w])(?:giỗ|overleden|overlijden|tết|trung thu|lễ)(?![\w])")
_LUNAR_MONTH_NAMES = {"giêng": 1, "gieng": 1, "chạp": 12, "chap": 12}


def _vietnamese_birth_days(text: str) -> list[tuple[int, int]]:
    """Vietnamese dates of birth and birthdays (see :data:`_VIETNAMESE_DATE`)."""
    found: list[tuple[int, int]] = []
    for m in _VIETNAMESE_DATE.finditer(text):
        month_word = m.group("m").lower()
        month = _LUNAR_MONTH_NAMES.get(month_word) or int(month_word)
        # (a lunar month has 29 or 30 days, a lunar date need be no Gregorian one: "ngày 30 tháng 2 âm lịch")
        if not (1 <= month <= 12 and 1 <= int(m.group("d")) <= 31):
            continue
        if m.group("y") and _date_or_none(int(m.group("y")), month, int(m.group("d"))) is None:
            continue
        line_start, line_end = _line_span(text, m.start(), m.end())
        if not _VIETNAMESE_BIRTH_CUE.search(text, line_start, line_end):
            continue
        if _OTHER_DAYS.search(text, line_start, line_end):
            continue
        found.append(m.span())
    return found


class DateOfBirthRecognizer(DutchRecognizer):
    ENTITIES = ("DATE_OF_BIRTH",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        lowered = text.lower()
        beside_age = _dates_beside_an_age(text) if any(hint in lowered for hint in _AGE_HINTS) else []
        found = self._labelled(text, lowered)
        # ("er" also in "geboortedatum", "jaar"; "is van" for a relative's year first: "mijn oma is van 1950, 3 mei")
        if "geb" in lowered or "er" in lowered or "ben van" in lowered or "is van" in lowered:
            beside_age += _year_then_day(text)
            if "geboren" in lowered or "geboortejaar" in lowered or _ER_YEAR.search(lowered):
                beside_age += _dates_in_the_birth_year(text)
        if "PID|" in text:
            beside_age += _hl7_birth_dates(text)
        others = _other_calendar_dates(text, lowered)
        beside_age += [(a, b) for a, b in others if not any(f.start < b and a < f.end for f in found)]
        is_van = _is_van_said(lowered)
        if any(w in lowered for w in _SAID_SO_HINTS) or is_van:
            said = _birthdays_said_so(text, lowered, is_van)
            beside_age += [(a, b) for a, b in said if not any(f.start < b and a < f.end for f in found)]
        if any(w in lowered for w in (*_BIRTHDAY_WORDS, "day", "geboren", "geb.", "jierdei")):
            without_year = _birthdays_without_year(text) + _birthday_list_days(text)
            beside_age += [(a, b) for a, b in without_year if not any(f.start < b and a < f.end for f in found)]
        if any(w in lowered for w in _BIRTHDAY_NEAR_WORDS):
            near = _birthdays_near(text)
            beside_age += [(a, b) for a, b in near if not any(f.start < b and a < f.end for f in found)]
        if _birthday_message_said(text, lowered):
            messages = _dates_in_birthday_messages(text)
            beside_age += [(a, b) for a, b in messages if not any(f.start < b and a < f.end for f in found)]
        if "geboren" in lowered or "born" in lowered:
            # (where no date with its year was found over it)
            yearless = _yearless_birthdays(text, lowered)
            beside_age += [(a, b) for a, b in yearless if not any(f.start < b and a < f.end for f in found)]
        if " is " in lowered and ("geb" in lowered):
            named = _dates_a_name_is(text)
            beside_age += [(a, b) for a, b in named if not any(f.start < b and a < f.end for f in found)]
        if "geb" in lowered or "birth" in lowered or "dob" in lowered or "verjaardag" in lowered:
            fields = _day_months_in_birth_fields(text)
            beside_age += [(a, b) for a, b in fields if not any(f.start < b and a < f.end for f in found)]
        if text.count("\n") >= 2:
            recorded = _dates_in_bsn_records(text)
            beside_age += [(a, b) for a, b in recorded if not any(f.start < b and a < f.end for f in found)]
        # (_BIRTH_TALK_LEAD finds any of _BIRTH_TALK_LEADS in one scan; its "hoe oud" needs "hoe" and "oud" as well)
        # (or another language's word, see _talk_cues)
        if (
            _BIRTH_TALK_LEAD.search(lowered) is not None
            or ("oud" in lowered and "hoe" in lowered)
            or _world_birth_said(text)
        ):
            talk = _birth_talk_dates(text)
            beside_age += [(a, b) for a, b in talk if not any(f.start < b and a < f.end for f in found)]
        if "_" in text:
            named = _dates_in_person_file_names(text)
            beside_age += [(a, b) for a, b in named if not any(f.start < b and a < f.end for f in found)]
        if "/" in text:
            card = _unlabelled_card_dates(text)
            beside_age += [(a, b) for a, b in card if not any(f.start < b and a < f.end for f in found)]
        if "tháng" in lowered or "thang" in lowered:
            vietnamese = _vietnamese_birth_days(text)
            beside_age += [(a, b) for a, b in vietnamese if not any(f.start < b and a < f.end for f in found)]
        if " is ze" in lowered or " is hij" in lowered or " is zij" in lowered or " is die" in lowered:
            whose = _dates_said_whose(text)
            beside_age += [(a, b) for a, b in whose if not any(f.start < b and a < f.end for f in found)]
        spans = {(f.start, f.end) for f in found}
        found += [Finding(a, b, "DATE_OF_BIRTH", SCORE, self.name) for a, b in set(beside_age) - spans]
        if found:
            spans = {(f.start, f.end) for f in found}
            found += [
                Finding(a, b, "DATE_OF_BIRTH", SCORE, self.name) for a, b in set(_slips_put_right(text, found)) - spans
            ]
            spans = {(f.start, f.end) for f in found}
            found += [
                Finding(a, b, "DATE_OF_BIRTH", SCORE, self.name) for a, b in set(_restated_births(text, found)) - spans
            ]
        said = _dates_documents_say(text)
        if said:
            spans = {(f.start, f.end) for f in found}
            found += [
                Finding(a, b, "DATE_OF_BIRTH", SCORE, self.name)
                for a, b in set(said) - spans
                if not any(f.start < b and a < f.end for f in found)
            ]
        if "=" in text or "→" in text:
            spans = {(f.start, f.end) for f in found}
            found += [
                Finding(a, b, "DATE_OF_BIRTH", SCORE, self.name)
                for a, b in set(_birthdays_restated(text)) - spans
                if not any(f.start < b and a < f.end for f in found)
            ]
        if found and ("," in text or " en " in lowered):
            spans = {(f.start, f.end) for f in found}
            found += [
                Finding(a, b, "DATE_OF_BIRTH", SCORE, self.name)
                for a, b in set(_next_named_births(text, lowered, found)) - spans
            ]
        if "(" in text:
            spans = {(f.start, f.end) for f in found}
            found += [
                Finding(*d, "DATE_OF_BIRTH", SCORE, self.name)
                for _, d in bracketed_births(text)
                if d not in spans and not any(f.start < d[1] and d[0] < f.end for f in found)
            ]
        listed = "verjaardag" in lowered or "jarigen" in lowered
        if (found or listed) and "en " in lowered:
            anchors = [f.end for f in found] + ([cue.end() for cue in _BIRTHDAY_LIST.finditer(text)] if listed else [])
            spans = {(f.start, f.end) for f in found}
            found += [
                Finding(a, b, "DATE_OF_BIRTH", SCORE, self.name)
                for a, b in set(_follow_up_days(text, anchors)) - spans
                if not any(f.start < b and a < f.end for f in found)
            ]
        if " staat " in lowered or " stond " in lowered:
            found += [Finding(a, b, "DATE_OF_BIRTH", SCORE, self.name) for a, b in _dates_on_the_papers(text, found)]
        if "bday:--" in lowered or "bday;" in lowered:
            found += [
                Finding(*m.span("date"), "DATE_OF_BIRTH", SCORE, self.name) for m in _VCARD_YEARLESS.finditer(text)
            ]
        found += [Finding(a, b, "DATE_OF_BIRTH", SCORE, self.name) for a, b in _impossible_births(text, found)]
        spoken = _spoken_days_near_a_birth(text, found)
        found += [Finding(a, b, "DATE_OF_BIRTH", SCORE, self.name) for a, b in spoken]
        return sorted(_with_weekday(text, f) for f in found)

    def _labelled(self, text: str, lowered: str) -> list[Finding]:
        found: list[Finding] = []
        licence = licence_page(text, lowered)
        if not licence and not any(hint in lowered for hint in _LABEL_HINTS) and not _world_birth_said(text):
            return found  # a few substring tests spare the date pattern over most texts
        previous_end = 0  # a label reaches only up to the next date
        today = date.today()  # (asked once: each date below is compared with it a dozen times)
        birth_days: set[date] = set()
        last_day: date | None = None  # the date of the last birth date found
        unlabelled: list[tuple[int, int, date]] = []
        month_first: list[tuple[int, int, date]] = []
        wrong: list[tuple[int, int, date]] = []  # impossible birth dates (31-09), read as their month's last day
        dated: list[tuple[int, int, date]] = []  # every date read, in text order
        english = any(hint in lowered for hint in _ENGLISH_HINTS)
        born_said = "geboren" in lowered
        # (a recent date answers a round only when a child's birth date is asked: _a_childs_asked)
        child_asked = any(word in lowered for word in _CHILD_ASKED_HINTS)
        # (a month named first is read under any birth label: "geboortedatum ...: February 11, 1957", tuning_122)
        for start, end, day in _candidates(text, lowered, english, month_first=True):
            if start < previous_end:
                continue  # one date read by two patterns (a spoken day "14 maart 1981" is also a written date)
            if _line_timestamp(text, start, end):
                continue  # a chat export's or log's time stamp: no birth date, nor the end of a label's reach
            lo = max(_context_start(text, start), previous_end)
            last_birth_date = found[-1].end if found and found[-1].end == previous_end else None
            previous_end = end
            impossible = False
            if day is None:
                # a date the register got wrong: an impossible day (31-09), read as its month's last, a birth date only
                # with the correction that follows it; or written month first (06-30-2004), kept for the birth date
                # it spells
                day, swapped = _misspelt_date(text, start)
                impossible = day is not None
                if swapped is not None:
                    month_first.append((start, end, swapped))
                    if _birth_label_in(text, lo, start):
                        day = swapped  # under a birth label ("geboortedatum als 03-23-1986"): its only reading
            if day is None or _VERSION_BEFORE.search(text, max(0, start - 12), start):
                continue
            labelled: re.Match[str] | bool | None = (
                _birth_label_in(text, lo, start)
                or fuzzy_label_near(text, start, BIRTH_WORDS, start - lo)
                or _split_label_near(text, lo, start)
                or _spaced_label_near(text, lo, start)
            )
            if isinstance(labelled, re.Match):
                labelled = _label_in_dates_sentence(text, labelled, start)
            if isinstance(labelled, re.Match) and _in_another_column(text, labelled.start(), start, end):
                labelled = None
            labelled = labelled or _label_over_column(text, start, end)
            if labelled and _own_other_date_label(text, start):
                labelled = None  # "Geboortedatum: ..." above, "Datum afgifte: 01 01 2020" on the date's own line
            if isinstance(labelled, re.Match) and (
                (_label_too_recent(labelled.group(), day) and not _child_is_van(text, start, end, day))
                or (labelled.group().rstrip().endswith("van") and _UNTIL_AFTER.match(text, end))
            ):
                continue
            # "geboren" after a written date (not after bare digits: "order=19860412 geboren")
            labelled = labelled or (not text[start:end].isdigit() and _BORN_AFTER.match(text, end) is not None)
            labelled = labelled or _LABEL_IN_BRACKETS.match(text, end) is not None
            labelled = labelled or (born_said and day < today and _born_then_named(text, start))
            # "17 nov 93 is mn bday" (not this year's party); "…is van 2 feb 95, ik van 9 okt 93"
            labelled = labelled or (
                (_LABEL_AFTER.match(text, end) is not None or _JARIG_AFTER.match(text, end) is not None)
                and day.year < today.year - 1
            )
            # "die is 22 juli 2000 volgens mij", "ik ben 3-4-1987": a person is a date, in a text that asks for or
            # names birth dates (the label hints above), the date long past
            labelled = labelled or (
                _PERSON_IS.search(text, max(0, start - 20), start) is not None
                and _CLAUSE_ENDS.match(text, end) is not None
                and day.year <= today.year - MIN_AGE_YEARS
            )
            # "Fenna is van 2 mei 2020": a person by first name is a date (not "tot", a period); so is a parent or
            # relative ("papa is toch van 9 januari 1944?"), and a full name given with it ("Pieter Dekkers, van ...")
            labelled = labelled or (
                day < today
                and (
                    _first_name_is_van(text, start)
                    or _KIN_IS_VAN.search(text, max(0, start - 40), start) is not None
                    or _full_name_comma_van(text, start)
                )
                and _UNTIL_AFTER.match(text, end) is None
                and (_CLAUSE_ENDS.match(text, end) is not None or _AND_AFTER.match(text, end) is not None)
            )
            # someone named "is" a date in a text that asked for birth dates ("... en oma is 03-05-1949", "zsofi is
            # 3 feb 2010", tuning_47/48)
            labelled = labelled or (
                day < today
                and _named_is(text, start)
                and _BIRTH_DATE_ASKED.search(text, max(0, start - ROUND_CHARS), start) is not None
            )
            # the asker's own, after asking everyone's ("moat ik fan elkenien de bertedatum ha. mines is 11-03-1964")
            labelled = labelled or (
                day.year <= today.year - MIN_AGE_YEARS
                and _MINE_IS.search(text, max(0, start - 24), start) is not None
                and (
                    _BIRTH_DATE_ASKED.search(text, max(0, start - MINE_ASKED_CHARS), start) is not None
                    or _BIRTH_LABEL.search(text, max(0, start - MINE_ASKED_CHARS), start) is not None
                )
            )
            labelled = labelled or (
                last_birth_date is not None
                and _RESPECTIVELY_BETWEEN.fullmatch(text, last_birth_date, start) is not None
            )
            # a birth date corrected: the next date said right after it, then "bedoel ik"; a year corrected into a date
            labelled = labelled or (
                day.year <= today.year - MIN_AGE_YEARS
                and last_birth_date is not None
                and _RIGHT_AFTER.fullmatch(text, last_birth_date, start) is not None
                and _CORRECTED_AFTER.match(text, end) is not None
            )
            labelled = labelled or (
                day.year <= today.year - MIN_AGE_YEARS
                and "van" in text[max(0, start - 90) : start]
                and _YEAR_CORRECTED_BEFORE.search(text, max(0, start - 90), start) is not None
            )
            # the same question asked of someone else after a birth date answered it ("en van fenna?"), answered
            labelled = labelled or (
                last_birth_date is not None and _FOLLOW_UP_BETWEEN.fullmatch(text, last_birth_date, start) is not None
            )
            labelled = labelled or (
                last_birth_date is not None and day < today and _asked_of_someone_else(text, last_birth_date, start)
            )
            # the next turn's date after a name and Korean's topic particle: the same asked of another ("하율이
            # 2016년 11월 23일 맞지?" / "네 맞아요. 예린이는 2019.06.08": 'and Ye-rin's is', tuning_126)
            labelled = labelled or (
                last_birth_date is not None and day < today and _korean_topic_answer(text, last_birth_date, start)
            )
            # a birth date asked to be confirmed, answered by a date opening the next turn ("29-06-1999 toch?" / "lisa
            # v: 28-06-1999"): a birth date too, however recent (a child's)
            labelled = labelled or (
                last_birth_date is not None
                and last_day is not None
                and _a_correction_of(last_day, day)
                and _CONFIRM_ANSWERED.fullmatch(text, last_birth_date, start) is not None
            )
            labelled = labelled or (
                last_birth_date is not None
                and (gap := _AND_OF_NEXT.fullmatch(text, last_birth_date, start)) is not None
                and _next_of_kin_or_named(gap.group("who"))
                and (day.year <= today.year - MIN_AGE_YEARS or _CHILDREN.search(gap.group("who")) is not None)
            )
            labelled = labelled or (
                last_birth_date is not None
                and day < today
                and (kin := _AND_MY_KIN_THEN.fullmatch(text, last_birth_date, start)) is not None
                and _CLAUSE_ENDS.match(text, end) is not None
                and (day.year <= today.year - MIN_AGE_YEARS or _CHILDREN.search(kin.group("kin")) is not None)
            )
            # an answer in a round of birth dates asked a few turns up ("... de geboortedatum nodig" / "stijn: 14-2-91")
            labelled = labelled or (
                (day.year <= today.year - MIN_AGE_YEARS or (child_asked and day < today))
                and _answers_a_round(text, start, end, day)
            )
            # the next one's, whose it is said first, some lines after a birth date ("en voor mees: 5 juli 2022")
            labelled = labelled or (
                bool(found)
                and found[-1].end >= start - NEXT_ONE_REACH
                and day < today
                and (whose := _AND_FOR_WHOM.search(text, max(0, start - 40), start)) is not None
                and _next_of_kin_or_named(whose.group("who"))
            )
            # a correction of the birth date just given ("… twaalf. Nee wacht, … Dertien augustus …")
            labelled = labelled or (
                last_birth_date is not None and _CORRECTION_BETWEEN.fullmatch(text, last_birth_date, start) is not None
            )
            labelled = labelled or (
                last_birth_date is not None
                and last_day is not None
                and _a_correction_of(last_day, day)
                and _CORRECTION_STATED.fullmatch(text, last_birth_date, start) is not None
            )
            # … or in the next chat message ("klant: 12-3-1988" / "klant: nee wacht 13-3-1988"): a slip's date
            labelled = labelled or (
                last_birth_date is not None
                and last_day is not None
                and _a_correction_of(last_day, day)
                and _CORRECTION_NEXT_TURN.fullmatch(text, last_birth_date, start) is not None
            )
            labelled = labelled or (
                last_birth_date is not None
                and (
                    _GAPPED_VAN.fullmatch(text, last_birth_date, start) is not None
                    or (
                        (named := _GAPPED_NAME_VAN.fullmatch(text, last_birth_date, start)) is not None
                        and _next_of_kin_or_named(named.group("who"))
                    )
                )
                # a child's however recent ("dochter noor is van 9-1-2012, zoon stijn van 30-5-2015")
                and (
                    day.year <= today.year - MIN_AGE_YEARS or _CHILDREN.search(text, last_birth_date, start) is not None
                )
            )
            labelled = labelled or (day < today and _answers_is_van(text, start))
            labelled = labelled or (
                day < today and _subclause_van(text, start) and _VERB_AFTER.match(text, end) is not None
            )
            if not impossible:
                dated.append((start, end, day))
            if impossible:
                if labelled:
                    wrong.append((start, end, day))
            elif labelled or (licence and _LICENCE_BIRTH_FIELD.search(text, max(0, start - 12), start)):
                found.append(Finding(start, end, "DATE_OF_BIRTH", SCORE, self.name))
                birth_days.add(day)
                last_day = day
            else:
                unlabelled.append((start, end, day))
        # an impossible birth date corrected by a date of its month and year soon after it: both birth dates
        starts = [c[0] for c in dated]
        for start, end, day in wrong:
            month = day.replace(day=1)
            after = dated[bisect.bisect_right(starts, start) : bisect.bisect_right(starts, end + CORRECTION_REACH)]
            correction = next((c for c in after if c[2].replace(day=1) == month), None)
            if correction is not None:
                found.append(Finding(start, end, "DATE_OF_BIRTH", SCORE, self.name))
                birth_days.add(correction[2])
        found += [Finding(a, b, "DATE_OF_BIRTH", SCORE, self.name) for a, b in _listed_births(text, unlabelled, found)]
        # the same date said or written again (an agent reading it back, a confirmation): that date of birth too; and
        # the date of birth as a register misrecorded it, its day and month digits swapped ("stond 12-08-1980; uw
        # juiste geboortedatum is 21-08-1980", "01-08-1983" for 8 januari 1983)
        misrecorded = {slip for birth in birth_days for slip in _misrecorded(birth)} - birth_days
        found += [
            Finding(a, b, "DATE_OF_BIRTH", SCORE, self.name)
            for a, b, day in unlabelled + month_first
            if day in birth_days or day in misrecorded
        ]
        if "jarig" in lowered or "verjaardag" in lowered or "day" in lowered:
            found += [Finding(a, b, "DATE_OF_BIRTH", SCORE, self.name) for a, b in _birthday_and_year(text)]
        if birth_days:
            found += [Finding(a, b, "DATE_OF_BIRTH", SCORE, self.name) for a, b in _restated(text, found, birth_days)]
        return found


# A birth date's day and month said again without the year, in words, right beside it: "05/11/1993 (5 november, niet
# mei!)", "1987-03-14 (LT formaat, dus 14 maart)", "09.04.2014 (9 april)" (tuning_76/84/94).
_DAY_MONTH_AGAIN = re.compile(
    # (no year after it: a date with its year is the dated rules')
    r"(?<![\w./-])(?P<d>\d{1,2})\.?[ \t]+(?P<m>" + _WORLD_MONTH_NAMES + r")(?![\w])(?![ \t]*,?[ \t]*['\u2019]?\d)",
    re.IGNORECASE,
)
RESTATED_REACH = 40  # characters between the birth date and its day and month said again, on its line


def _restated(text: str, found: list[Finding], birth_days: set[date]) -> list[tuple[int, int]]:
    """Days and months (:data:`_DAY_MONTH_AGAIN`) that are a found birth date's, said again on its line within
    ``RESTATED_REACH`` characters before or after it, overlapping no finding."""
    days = {(b.day, b.month) for b in birth_days}
    out: list[tuple[int, int]] = []
    for m in _DAY_MONTH_AGAIN.finditer(text):
        month = MONTHS.get(_month_key(m.group("m")))
        if month is None or (int(m.group("d")), month) not in days:
            continue
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        if any(
            (0 <= m.start() - f.end <= RESTATED_REACH and "\n" not in text[f.end : m.start()])
            or (0 <= f.start - m.end() <= RESTATED_REACH and "\n" not in text[m.end() : f.start])
            for f in found
        ):
            out.append(m.span())
    return out


def _misspelt_date(text: str, start: int) -> tuple[date | None, date | None]:
    """A day-month-year in digits at ``start`` that is no date: with an impossible day for its month (31-09-1979,
    29-02-1983) the month's last day, as a correction of it will say; written month first (06-30-2004: no
    thirtieth month), or year first with day and month swapped (1993-28-09), the date it spells, for
    :meth:`DateOfBirthRecognizer._labelled` to keep beside the same birth date written day first. ``(None, None)``
    for anything else."""
    m = _DATE.match(text, start)
    if m is not None and m.group("iy") and int(m.group("im")) > 12 >= int(m.group("id")):
        # (year first, its day and month swapped: "geboortedatum staat als 1993-28-09", a register's or a CSV's
        # slip, tuning_141; the date it spells read year, day, month)
        return None, _date_or_none(int(m.group("iy")), int(m.group("id")), int(m.group("im")))
    if m is None or not m.group("d"):
        return None, None
    year, month, day = _full_year(m.group("y").lstrip("'\u2019\u2018")), int(m.group("m")), int(m.group("d"))
    if not EARLIEST_YEAR <= year <= date.today().year or not 1 <= day <= 31:
        return None, None
    if 1 <= month <= 12:
        last = calendar.monthrange(year, month)[1]
        return (date(year, month, last), None) if day > last else (None, None)
    return None, _date_or_none(year, day, month) if month <= 31 and day <= 12 else None


def _misrecorded(birth: date) -> set[date]:
    """The dates a register writes for ``birth`` when it misrecords it (same year): its day and month swapped, or the
    two digits of its day or of its month swapped (12-08 for 21-08, 01-08 for 08-01); those that are dates."""
    day, month = f"{birth.day:02d}", f"{birth.month:02d}"
    slips = ((birth.month, birth.day), (int(day[::-1]), birth.month), (birth.day, int(month[::-1])))
    return {d for dd, mm in slips if (d := _date_or_none(birth.year, mm, dd)) is not None}


# A birthday without its year ("jarig op 14 maart") is no date of birth, but with the year of birth in the same
# message it is one, in two parts: "ben jarig op 14 maart, geboren in 81", "jarig op 3 februari en van 1990".
_BIRTHDAY = re.compile(
    # (the day in words too, as a transcript writes it: "jarig op twaalf mei")
    r"(?i)(?<![a-z])(?:jarig|verjaardag|b-?day|birthday)(?:[ \t]+(?:is|valt|op|on|:))*[ \t]+(?:de[ \t]+)?"
    rf"(?P<day>\d{{1,2}}|{_DAY_WORD}(?=[ \t]))"
    # the month by name ("14 maart") or in digits ("14-3", "14/03"; no year after it)
    r"(?:(?:e|ste|de)?[ \t]+(?P<month>" + _MONTH_NAMES + r")\.?|(?P<sep>[-/.])(?P<nmonth>\d{1,2})(?![-/.]?\d))"
    r"(?![ \t]*,?[ \t]*(?:\d|['\u2019]\d))(?![a-z])"
)
_BIRTH_YEAR = re.compile(
    r"(?i)(?<![a-z])(?:geboren(?:[ \t]+(?:in|uit))?|van|bouwjaar|geb\.?|geboortejaar[ \t]*:?)[ \t]+"
    r"(?:(?P<year>['\u2019]?\d{2}|(?:18|19|20)\d{2})(?![\w%€]|[.,-]\d|[ \t]*(?:euro|eur|%|km|kg|jaar|uur|min))"
    # the year in words ("en ik ben van negentig", "geboren in negentien zevenentachtig")
    rf"|(?P<wyear>(?:negentien|tweeduizend)(?:[ \t-]*(?:en[ \t]+)?{_NUMBER_WORD})?|{_NUMBER_WORD})"
    r"(?![\w]|[ \t]*(?:euro|eur|procent|kilo|jaar|uur|minuten)))"
)


def _birthday_and_year(text: str) -> list[tuple[int, int]]:
    """Spans of a birthday's day and month and of the year of birth given with it on the same line (see
    ``_BIRTHDAY``): both parts, or neither."""
    spans: list[tuple[int, int]] = []
    for m in _BIRTHDAY.finditer(text):
        lo, hi = _line_span(text, m.start(), m.end())
        year = next(iter(_BIRTH_YEAR.finditer(text, lo, hi)), None)
        if year is None:
            continue
        if year.group("year"):
            full_year: int | None = _full_year(year.group("year").lstrip("'\u2019"))
        else:
            full_year = _spoken_year(year.group("wyear"))
        day_of_month = _spoken_value(m.group("day"))
        if full_year is None or day_of_month is None:
            continue
        try:
            month = _month(m.group("month")) if m.group("month") else int(m.group("nmonth"))
            day = date(full_year, month, day_of_month)
        except ValueError:
            continue
        if _checked(day) is not None and day < date.today():
            spans += [
                (m.start("day"), m.end("month" if m.group("month") else "nmonth")),
                year.span(year.lastgroup or 0),
            ]
    return spans


# ---------------------------------------------------------------------------------------------------
# Dates in a person's record (post-processor)

RECORD_SCORE = 0.6
MIN_AGE_YEARS = 12  # a record's date this recent is an order or event date more often than a birth date
RECENT_AFTER_A_NAME = 3  # ... but right after a person's name only the last three years are
_RECORD_DELIMITERS = ",;|\t"
_SPACED_DASHES = (" - ", " \u2013 ", " \u2014 ")
# A header cell naming another date: the column holds no birth dates.
_OTHER_DATE_COLUMN = re.compile(r"(?i)datum|date|dat\b|time|_at\b|created|updated|gewijzigd|aangemaakt|ts\b")
_HOLDERS = frozenset({"PERSON", "NL_BSN"})


# A chat line's speaker before what is said: a WhatsApp export's "15/05/2026, 19:06 - Hooyo 💛: ...", a bracketed
# stamp's "[..] Mama: ...", a bare "Oma: ...".
_KIN_TURN_SPEAKER = re.compile(r"(?m)(?:^|[-\]][ \t]+)([^\W\d_]+)[^\w\n:]{0,4}:[ \t]")


def _kin_speaks(text: str, lo: int, start: int) -> bool:
    """The record's line is said by someone its chat names by kin (``Hooyo 💛:``, ``Annem:``, ``Mama:``): a person, as
    a speaker named is, whose record the line is (tuning_82; a kin word is no name, so no PERSON finding marks it)."""
    from afscherm.detectors.person_name import KIN_WORD_SET  # (person_name reads this module: imported where used)

    m = _KIN_TURN_SPEAKER.search(text, lo, start)
    return m is not None and m.group(1).lower() in KIN_WORD_SET


def _line_span(text: str, start: int, end: int) -> tuple[int, int]:
    return text.rfind("\n", 0, start) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1


def _record(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """Extent and delimiter of the record around ``text[start:end]``: its SQL tuple, or its line when the line
    holds at least two of one delimiter (a CSV, TSV or pipe row, a comma-separated list)."""
    lo, hi = _line_span(text, start, end)
    for m in SQL_ROW.finditer(text, lo, hi):
        if m.start() < start and end < m.end():
            return m.start() + 1, m.end() - 1, ","
    line = text[lo:hi]
    counts = {d: line.count(d) for d in _RECORD_DELIMITERS}
    if " - " in line or " \u2013 " in line or " \u2014 " in line:
        # a list's row written with dashes between spaces ("Miranda Smulders - Boxtel - 07-08-1981"; a hyphen or a
        # date's dash has no space around it)
        counts.update({d: line.count(d) for d in _SPACED_DASHES})
    delimiter = max(counts, key=lambda d: counts[d])
    return (lo, hi, delimiter) if counts[delimiter] >= 2 else None


_COMMENT_OPENINGS = ("#", "--", "//")
_SQL_PROMPTS = ("mysql>", "MariaDB", "sqlite>", "postgres=", "SQL>")
# A digit no letter leads (a name's own digit: "tel1", "ouder2"; and a contacts export's numbered fields: "Phone 1 -
# Value", "E-mail 2 - Type", Google Contacts' CSV, tuning_130)
_VALUE_DIGIT = re.compile(r"(?<![^\W\d])\d(?!\d? - [A-Z])")


def _header_cell(text: str, lo: int, start: int, delimiter: str) -> str | None:
    """The header cell of the date's column, for a record starting at ``lo``: the column list of an SQL
    ``INSERT INTO t (a, b, …) VALUES (…)``, or the first line of the row's block when that line has the same
    number of delimiters and no digits (column names)."""
    if text[lo - 1 : lo] == "(":
        columns = text[text.rfind("\n", 0, lo) + 1 : lo]
        names = re.search(r"\(([^()'\"\d]*)\)\s*values\s*\($", columns, re.IGNORECASE)
        cells = names.group(1).split(",") if names else []
        column = text[lo:start].count(",")
        return cells[column] if column < len(cells) else None
    row = text[lo : _line_span(text, start, start)[1]]
    block_start = text.rfind("\n\n", 0, lo)
    first_lo = block_start + 2 if block_start >= 0 else 0
    # (an export's comment lines before its column names: "# export kindplanning ... 01-10-2026", "-- dump of ...")
    # (a client's prompt with its query and a table's border lines: "mysql> SELECT ...", "+------+-----+", tuning_72)
    while (
        text.startswith(_COMMENT_OPENINGS, first_lo)
        or text.startswith(_SQL_PROMPTS, first_lo)
        or BORDER_LINE.fullmatch(text, first_lo, max(first_lo, text.find("\n", first_lo)))
    ) and 0 <= text.find("\n", first_lo) < lo:
        first_lo = text.find("\n", first_lo) + 1
    if first_lo >= lo:
        return None
    header = text[first_lo : text.find("\n", first_lo)]
    # (column names hold no value; a digit inside a name is no value: "ouder1;tel1;ouder2")
    if _cell_breaks(header, delimiter) != _cell_breaks(row, delimiter) or _VALUE_DIGIT.search(header):
        return None
    column = _cell_breaks(text[lo:start], delimiter)
    return header.split(delimiter)[column]


def _cell_breaks(row: str, delimiter: str) -> int:
    """How many cells ``row`` breaks into, less one: its delimiters outside double-quoted cells (a CSV row's
    ``"Bakker, J.",12/03/1957`` is two cells, however many commas the quoted name holds)."""
    if '"' not in row:
        return row.count(delimiter)
    return sum(part.count(delimiter) for part in row.split('"')[::2])


# What may stand between a person's name and their date of birth written right after it: "Eva de Wit 14-03-1981",
# "Eva de Wit, 14-03-1981", "Eva de Wit (14-03-1981)", and a dash between spaces as a list of guests or members
# writes it ("1. Eva de Wit — 14/03/1981 — Zwolle"; not a hyphen glued to the name).
_AFTER_NAME = re.compile(r"[ \t]*(?:[,(]|(?<=[ \t])[-\u2013\u2014](?=[ \t]))?[ \t]*")


# A name alone on its line and the date alone on the next, as an address block or a card lists a person's details.
_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*")


def _right_after_a_name(text: str, start: int, findings: list[Finding]) -> bool:
    """A person's name ends just before the date: "mijn gegevens: Eva de Wit 1981-03-14", or fills the line above a
    date that fills its own ("Eva de Wit" / "14-03-1981" / "Kerkstraat 1")."""
    return any(
        f.entity_type == "PERSON"
        and f.end <= start
        and (
            _AFTER_NAME.fullmatch(text, f.end, start) is not None
            or (_NEXT_LINE.fullmatch(text, f.end, start) is not None and _alone_on_lines(text, f.start, start))
        )
        for f in findings
    )


def _dates_after_names_on_line(text: str, at: int, findings: list[Finding]) -> int:
    """How many dates on the line of ``at`` stand right after a person's name."""
    lo, hi = _line_span(text, at, at)
    return sum(1 for m in _DATE.finditer(text, lo, hi) if _right_after_a_name(text, m.start(), findings))


def _alone_on_lines(text: str, name_start: int, date_start: int) -> bool:
    """The name opens its line and the date's match fills its own (checked by the date's line end)."""
    line_start = text.rfind("\n", 0, name_start) + 1
    date_line_end = text.find("\n", date_start)
    date_line = text[date_start : date_line_end if date_line_end >= 0 else len(text)].strip()
    return not text[line_start:name_start].strip() and _DATE.fullmatch(date_line) is not None


def _listed_with_a_birth(text: str, start: int, findings: list[Finding]) -> bool:
    """A list of names and their dates on the line of the date at ``start`` holds a date of birth already found, also
    right after a name ("verjaardagen: sem 14-02-2017, lotte 2-9-2019"): the list's other dates right after a name
    are births too, however recent. Not a table's row ("Sanne<TAB>2011-03-22<TAB>...<TAB>2019-09-01": its other
    dates are other fields)."""
    line_start = text.rfind("\n", 0, start) + 1
    if "\t" in text[line_start:start] or not _right_after_a_name(text, start, findings):
        return False
    return any(
        f.entity_type == "DATE_OF_BIRTH"
        and line_start <= f.start
        and f.end <= start
        and _right_after_a_name(text, f.start, findings)
        for f in findings
    )


# A list of people one to a line, each row a name and its date written alike ("– Guus Peeters, 11-03-2014" over "–
# Julia Peeters, 28-09-2016", tuning_100; "2. Ani Ghazaryan – 03.09.2014 – Vanadzor – dochter" over "3. Davit Ghazaryan
# – 27.01.2019 – Yerevan – zoon", tuning_99): one list's column holds one kind of date, so when a row's date was taken
# for a date of birth, the dates of the rows around it are births too, however recent (the list of a family's
# children). Rows around: the lines next to it and next to those, up to LIST_ROWS away, each with a date right after a
# person's name, their list marks ("–", "2.", none), what parts name and date ("," or "–") and their dates' writings
# ("99-99-9999") the same, no clock after the date.
LIST_ROWS = 8
_ROW_CLOCK = re.compile(r"[ \t,]+\d{1,2}[:.]\d\d(?!\d)")
_ROW_MARK = re.compile(r"[ \t]*(?:[-\u2013\u2014\u2022*\u00b7]|\d{1,2}[.)])?[ \t]*")


def _row_shape(text: str, start: int, end: int, findings: list[Finding]) -> str | None:
    """The list mark before the name that ``text[start:end]`` (a date) follows on its line and the date's writing, or
    None when no name opens the line (after a list mark) right before the date."""
    line_start = text.rfind("\n", 0, start) + 1
    if _ROW_CLOCK.match(text, end):
        return None  # a message's header, its sender and time stamp ("kasia.kreft — 03-03-2026 19:31", tuning_95)
    for f in findings:
        if (
            f.entity_type == "PERSON"
            and line_start <= f.start
            and f.end <= start
            and _AFTER_NAME.fullmatch(text, f.end, start) is not None
            and _ROW_MARK.fullmatch(text, line_start, f.start) is not None
        ):
            mark, gap = text[line_start : f.start].strip(), text[f.end : start].strip()
            return re.sub(r"\d+", "9", mark) + "|" + gap + "|" + re.sub(r"\d", "9", text[start:end])
    return None


def _row_of_a_birth_list(text: str, start: int, end: int, findings: list[Finding], added: list[Finding]) -> bool:
    """The date ``text[start:end]`` is a row of a list of names and dates whose other row holds a date of birth found
    (in ``findings`` or ``added``, see ``LIST_ROWS``)."""
    shape = _row_shape(text, start, end, findings)
    if shape is None:
        return False
    births = {(f.start, f.end) for f in (*findings, *added) if f.entity_type == "DATE_OF_BIRTH"}
    lo, hi = _line_span(text, start, end)
    for step in (-1, 1):
        a, b = lo, hi
        for _ in range(LIST_ROWS):
            if step < 0 and a == 0 or step > 0 and b >= len(text):
                break
            a, b = _line_span(text, a - 1, a - 1) if step < 0 else _line_span(text, b + 1, b + 1)
            alike = [m.span() for m in _DATE.finditer(text, a, b) if _row_shape(text, *m.span(), findings) == shape]
            if not alike:
                break
            if any(span in births for span in alike):
                return True
    return False


def _a_childs_date(text: str, start: int, findings: list[Finding]) -> bool:
    """A date right after a person's name on a line about children ("de kinderen: luuk (14-2-2014) en fien
    (3-9-2017)"), or answering a question about a child on the line above ("de gegevens van het kind?" / "Milan de
    Wit, 17.09.2019"): a child's date of birth however recent."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start >= 2 and text[line_start - 2] == "?":
        asked = text.rfind("\n", 0, line_start - 1) + 1
        if _WHEN_ASKED.search(text, asked, line_start) is None:
            line_start = asked  # the question's turn too, unless it asks when something is
    if not _right_after_a_name(text, start, findings):
        return False
    return _CHILDREN.search(text, line_start, start) is not None or _round_asks_a_child(text, line_start)


def _round_asks_a_child(text: str, line_start: int) -> bool:
    """One of the ROUND_LINES lines above ``line_start`` asks for birth dates and names a child ("ik moet de
    geboortedata van de kids doorgeven" / "Daan 04-02-2014, Mila 19-09-2015"): the answers below are children's."""
    asked = _round_question_above(text, line_start)
    return asked is not None and _a_childs_asked(text, *asked)


# An SQL table of children by its name (``INSERT INTO leerling VALUES (…)``, ``insert into kinderen``, ``jeugdleden``).
_CHILD_TABLE = re.compile(
    r"(?i)\binsert[ \t]+into[ \t]+[`\"\[]?(?:\w+\.)?\w*(?:leerling|pupil|kind|kinderen|jeugd|peuter|baby)\w*[`\"\]]?"
    r"[^()\n]{0,80}$"
)


def _childs_record(text: str, record: tuple[int, int, str], day: date) -> bool:
    """A row of a table of children (see ``_CHILD_TABLE``) with one date, in the past: the child's date of birth
    however recent (a row with two dates may hold an enrolment date beside it)."""
    lo, hi, _ = record
    if text[lo - 1 : lo] != "(" or day >= date.today() or sum(1 for _ in _DATE.finditer(text, lo, hi)) != 1:
        return False
    return _CHILD_TABLE.search(text, text.rfind("\n", 0, lo) + 1, lo - 1) is not None


# A question for a day or a time ("wanneer is de les van het kind?"): its answer's date is an event's.
_WHEN_ASKED = re.compile(r"(?i)(?<![a-z])(?:wanneer|welke[ \t]+(?:dag|datum)|hoe[ \t]+laat)(?![a-z])")


def _own_header(text: str, start: int) -> str | None:
    """The header cell over a date in a two-column row (one delimiter: no record, but maybe a table)."""
    lo, hi = _line_span(text, start, start)
    delimiter = next((d for d in _RECORD_DELIMITERS if d in text[lo:hi]), None)
    return _header_cell(text, lo, start, delimiter) if delimiter is not None else None


def column_header(text: str, start: int, end: int) -> str | None:
    """The header cell over ``text[start:end]`` when it stands in a table's row or an SQL tuple with a column list."""
    record = _record(text, start, end)
    return _header_cell(text, record[0], start, record[2]) if record is not None else _own_header(text, start)


# A day and a month without a year as a table's cell holds it ("12 juni", "3 okt", "28-02", "30/12"), the whole cell;
# and as a contacts export writes it, a vCard's month and day ("--04-02": Google Contacts' CSV, tuning_130).
_YEARLESS_CELL = re.compile(
    rf"(?<=[;,|\t\"'])[ \t]*(?:\d{{1,2}}[ \t]+(?:{_MONTH_NAMES})\.?|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])"
    r"|--(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01]))"
    r"[ \t]*(?=[;,|\t\"'\n]|$)",
    re.IGNORECASE,
)


def _yearless_in_birth_columns(text: str, taken: list[tuple[int, int]]) -> list[Finding]:
    """Birthdays without a year in a column a birth label heads (``verjaardag``: ``"12 juni"``, ``"28-02"``): the
    date of birth as the table keeps it (a day and month are the person's all the same)."""
    out: list[Finding] = []
    for m in _YEARLESS_CELL.finditer(text):
        start, end = (
            m.start() + len(m.group()) - len(m.group().lstrip()),
            m.end() - (len(m.group()) - len(m.group().rstrip())),
        )
        if any(a < end and start < b for a, b in taken):
            continue
        record = _record(text, start, end)
        header = _header_cell(text, record[0], start, record[2]) if record is not None else _own_header(text, start)
        if header is not None and _BIRTH_LABEL.search(header):
            out.append(Finding(start, end, "DATE_OF_BIRTH", SCORE, "BirthDateInRecord"))
    return out


# A record's date of birth is a value of its own ("dob": "1981-03-14", geboren="02.03.2011"); a date inside a key's
# quoted value after a word of it is a part of that value: an app's version in a scan log's JSON record with the
# operator's name ("app": "idcheck-kiosk 2.3.11", tuning_164, read as 2 March 2011), a product's, a build's. Only a
# value after its key's colon or equals sign (a CSV cell's note says a birth date as often: "gemeente zegt
# 01-01-1948", tuning_148), not after a name found, nor where the value's column is headed by a birth label (above).
_QUOTED_VALUE_BEFORE = re.compile(r"(?:[\"']:|=)[ \t]*(?P<quote>[\"'])(?P<value>[^\"'\n]*)\Z")
_WORD_BEFORE_VALUE_DATE = re.compile(r"[^\W\d_]{2,}[ \t]+\Z")


def _after_a_word_of_its_value(text: str, start: int, findings: list[Finding]) -> bool:
    """Whether the date at ``start`` stands in a quoted value right after a word of it (see above)."""
    line_start = text.rfind("\n", 0, start) + 1
    quoted = _QUOTED_VALUE_BEFORE.search(text[line_start:start])
    if quoted is None or _WORD_BEFORE_VALUE_DATE.search(quoted.group("value")) is None:
        return False
    word_end = line_start + quoted.start("value") + len(quoted.group("value").rstrip())
    return not any(f.start < word_end <= f.end for f in findings)


def birth_dates_in_records(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """Add as DATE_OF_BIRTH each date that shares a record with a person's name or BSN (see the module
    docstring); a column headed by a birth label makes every date in it one, another date's header none."""
    if not any(f.entity_type in _HOLDERS for f in findings):
        return findings
    taken = [(f.start, f.end) for f in findings if f.entity_type not in _HOLDERS]
    latest_year = date.today().year - MIN_AGE_YEARS
    added: list[Finding] = []
    for m, day in _written_dates(text):
        start, end = m.span()
        if day is None or any(a < end and start < b for a, b in taken):
            continue
        record = _record(text, start, end)
        header = _header_cell(text, record[0], start, record[2]) if record is not None else _own_header(text, start)
        if header is not None and _BIRTH_LABEL.search(header):
            added.append(Finding(start, end, "DATE_OF_BIRTH", SCORE, "BirthDateInRecord"))
            continue
        if header is not None and _OTHER_DATE_COLUMN.search(header):
            continue
        if _after_a_word_of_its_value(text, start, findings):
            continue
        right_after = _right_after_a_name(text, start, findings)
        if day.year > latest_year and not (
            _a_childs_date(text, start, findings)
            or (record is not None and _childs_record(text, record, day))
            or (day < date.today() and _listed_with_a_birth(text, start, findings))
            or (day < date.today() and _row_of_a_birth_list(text, start, end, findings, added))
            # (children's dates, each right after its name, two or more in a line: "Yassine Ouahbi 12-03-2015, Adam
            # Ouahbi 03-07-2017"; one such date alone is a visit's or an order's as often, and a date of the last three
            # years after a name is)
            or (
                right_after
                and day.year <= date.today().year - RECENT_AFTER_A_NAME
                and _dates_after_names_on_line(text, start, findings) >= 2
            )
        ):
            continue
        holder_in_record = record is not None and (
            any(f.entity_type in _HOLDERS and record[0] <= f.start and f.end <= record[1] for f in findings)
            or _kin_speaks(text, record[0], start)
        )
        if holder_in_record or right_after:
            added.append(Finding(start, end, "DATE_OF_BIRTH", RECORD_SCORE, "BirthDateInRecord"))
    added += _yearless_in_birth_columns(text, taken)
    # a date read out right after a person's name, as a call's transcript writes it ("Mijn vrouw Esther, negen januari
    # negentien zesentachtig."): a spoken year holds one of these words (_SPOKEN_YEARS, the century written out)
    if any(word in text or word.capitalize() in text for word in ("negentien", "tweeduizend")):
        for m in _SPOKEN_DATE.finditer(text):
            start, end = m.span()
            day = _checked(_spoken_date(m))
            if day is None or day.year > latest_year or any(a < end and start < b for a, b in taken):
                continue
            if _right_after_a_name(text, start, findings):
                added.append(Finding(start, end, "DATE_OF_BIRTH", RECORD_SCORE, "BirthDateInRecord"))
    # eight digits right after a person's name ("gegevens: lisa de vries 03041987"), as a form's field takes them
    for m in _COMPACT_DMY.finditer(text):
        start, end = m.span()
        if start == 0 or text[start - 1] not in " \t" or any(a < end and start < b for a, b in taken):
            continue
        try:
            day = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        if EARLIEST_YEAR <= day.year <= latest_year and _right_after_a_name(text, start, findings):
            added.append(Finding(start, end, "DATE_OF_BIRTH", RECORD_SCORE, "BirthDateInRecord"))
    # a typo or placeholder of a birth date in the same shape as the column's others ('1948-13-02')
    births = [f for f in findings + added if f.entity_type == "DATE_OF_BIRTH"]
    if births:
        added += [
            Finding(a, b, "DATE_OF_BIRTH", RECORD_SCORE, "BirthDateInRecord")
            for a, b in _impossible_births(text, births)
            if not any(x < b and a < y for x, y in taken)
        ]
    return findings + added


def dates_written(text: str) -> list[tuple[int, int, date]]:
    """Every calendar date ``text`` writes, as this recogniser reads dates (OCR letters for digits, month names,
    spoken dates, ``14 SEP/SEP 1976`` as a Dutch ID document prints it), as (start, end, date), in text order."""
    return [(start, end, day) for start, end, day in _candidates(text, text.lower(), english=True) if day is not None]


def written_date(value: str) -> date | None:
    """The calendar date a whole value writes, read as this recogniser reads dates: OCR letters for digits, month
    names (Dutch, English, French, German; ``rn`` for ``m``), the American order when the Dutch one is no date, and
    dates read out in words. None when the value is no whole date (``14 mei``, ``1990``). The findings index
    fingerprints dates of birth by the date (``discovery.fingerprint``), so it reads them as they were found.

    >>> written_date("veertien maart eenentachtig"), written_date("l2.1O.1968"), written_date("March 4, 1990")
    (datetime.date(1981, 3, 14), datetime.date(1968, 10, 12), datetime.date(1990, 3, 4))
    >>> written_date("14 mei"), written_date("31-02-1998")
    (None, None)
    """
    text = value.strip()
    for start, end, day in _candidates(text, text.lower(), english=True):
        if start == 0 and end == len(text) and day is not None:
            return day
    return None
