"""PERSON: a Chinese name romanised as passports and forms write it: a family name and a given name of two pinyin
syllables written as one word (``Xie Guoqiang``, ``JIANG YUTING``, ``Ruoxi Miao``), or a Hong Kong name in its
Cantonese spelling, family name and two syllables apart (``Chan Kwok Wah``, ``TSANG MUI FONG``).

Chinese families in the Netherlands run restaurants, shops and import firms; their names reach Dutch desks from
passports, bank transfers and web forms in Latin letters (tuning_137). No name list holds them: a given name is made
of syllables. Two syllables of pinyin written together (``guo`` + ``qiang``) after a family name of the short list of
the most common ones (:data:`SURNAMES`) are such a name, in either order, unless the given name is a word of Dutch
or English (``Li Bingo``); a given name of one syllable (``Lin Mei``) only in a text that also writes Chinese
characters, where the family is Chinese. A Hong Kong name is a Cantonese family name and two of the syllables Hong
Kong given names are made of, each capitalised.

The same person's name in Chinese characters beside the name in Latin letters ("谢国强 (Xie Guoqiang)", "Vivian Yip
/ 葉詠儀") is found too: two to four characters, the first a common family name's (:data:`HANZI_SURNAMES`), in
brackets after it or before it, or after its slash.

>>> text = "klant Xie Guoqiang en JIANG YUTING, contact: Chan Kwok Wah; niet: Li Bingo, Van Dam"
>>> [text[f.start : f.end] for f in ChineseNameRecognizer().find(text)]
['Xie Guoqiang', 'JIANG YUTING', 'Chan Kwok Wah']
>>> text = "Mijn vader 谢国强 (Xie Guoqiang) en Vivian Yip / 葉詠儀; 你好 (Hello)"
>>> [text[f.start : f.end] for f in ChineseNameRecognizer().find(text)]
['谢国强', 'Xie Guoqiang', '葉詠儀']
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

from afscherm.detectors.findings import Finding
from afscherm.detectors.person_name import common_words
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE = 0.85
# The most common Chinese family names in pinyin, written from common knowledge (the hundred or so that most Chinese
# people carry).
SURNAMES = frozenset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han
    feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lv lu ding ren yao shen zhong cui
    tan fan liao shi jin jia xia fu fang zou xiong bai meng qin qiu hou yin xue yan duan lei long tao mao hao gu gong
    shao wan qian dai mo kong xiang chang kang niu ji miao ou qi rao zhan mei bao geng hua
    """.split()
)
# Hong Kong's and the Cantonese diaspora's spellings of family names, and the syllables of their given names.
CANTONESE_SURNAMES = frozenset(
    """
    chan wong lee cheung lau ng ho yeung leung tsang kwok tang lam fung cheng chow mak yip ip siu lai to kwan tse
    kong law au poon tam fong chu choi chung hui yuen tsui luk mok szeto man wan
    """.split()
)
CANTONESE_SYLLABLES = frozenset(
    """
    wah kwok hoi lam mui fong ka kit wing yan man chi ming wai ling yee kin hung keung fai shing sze yuk lai mei siu
    tak kwan hin lok ho tsz pui suet chun kam kei yiu on shun fat sau hang yin chuen choi ying yau wun pik fung kai
    tin chiu hon kong tung ting
    """.split()
)
# Malaysia's, Singapore's and Indonesia's Chinese spell their names in Hokkien, Teochew and Hakka (Teoh Chee Seng,
# Lim Pei Shan, Chua Hui Min, Go Kiem Nio; tuning_144): their family names and given-name syllables, from common
# knowledge, read as the Cantonese ones are (a family name and two capitalised syllables).
SOUTHERN_SURNAMES = frozenset(
    """
    tan lim lee ng ong teoh teo goh koh khoo ooi yeoh chua tay toh low lau cheah chong chin chew chan wong loh
    quek seah sim tee yap yeo heng neo phua poh soh ang kuah kwek liew lum gan foo hew hii kong lai siew tiong wee
    go oei kwee tjoa liem thio oey njoo tio khouw
    """.split()
)
SOUTHERN_SYLLABLES = frozenset(
    """
    chee seng pei shan hui min siok hwa swee lian kheng keat wei boon kok beng choon eng hock huat leng mei ling yee
    kiat soon teck chong kiong guan hong jin kim liang lip meng ming peng sing siang soo tiong wah yong bee
    geok gek poh siew lay kiem nio hoat giok liong tjoen kwan tjie
    """.split()
)
# The spellings a family name and two given-name syllables are read in (Cantonese; Hokkien, Teochew and Hakka).
_SPELLINGS = ((CANTONESE_SURNAMES, CANTONESE_SYLLABLES), (SOUTHERN_SURNAMES, SOUTHERN_SYLLABLES))
_INITIALS = "zh ch sh b p m f d t n l g k h j q x r z c s y w".split()
_FINALS = "a o e ai ei ao ou an en ang eng ong i ia ie iao iu ian in iang ing iong u ua uo uai ui uan un uang ue v ve"
# Which initials each final takes where the table of pinyin leaves some out (the rest take any): j, q and x only the
# finals of i and of the u they write for ü; w only its own few.
_ONLY_AFTER = {
    "o": "b p m f y",
    "e": "m d t n l g k h zh ch sh r z c s y",
    "ong": "d t n l g k h zh ch sh r z c s y",
    "ou": "p m f d t n l g k h zh ch sh r z c s y",
    "ia": "l j q x d",
    "iang": "n l j q x",
    "iong": "j q x",
    "ua": "g k h zh ch sh",
    "uai": "g k h zh ch sh",
    "uang": "g k h zh ch sh",
    "ue": "j q x y n l",
    "v": "n l",
    "ve": "n l",
}
_NOT_AFTER_JQX = (
    "a",
    "o",
    "e",
    "ai",
    "ei",
    "ao",
    "ou",
    "an",
    "en",
    "ang",
    "eng",
    "ong",
    "ua",
    "uo",
    "uai",
    "ui",
    "uang",
)
_W_SYLLABLES = frozenset("wa wo wai wei wan wen wang weng wu".split())
_Y_SYLLABLES = frozenset("ya yo ye yao you yan yang yi yin ying yong yu yue yuan yun".split())


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """The syllables of pinyin without tones, each with its initial (a syllable that opens with a vowel, ``an``,
    ``ou``, is left out: in a given name written as one word, two syllables meet at an initial, and a vowel alone
    would cut English words into syllables, "Bingo" as bing-o); ü written v, as passports and keyboards do."""
    out = set()
    for initial in _INITIALS:
        for final in _FINALS.split():
            if initial in "jqx" and final in _NOT_AFTER_JQX:
                continue
            if initial in ("w", "y"):
                continue
            if final in _ONLY_AFTER and initial not in _ONLY_AFTER[final].split():
                continue
            out.add(initial + final)
    return frozenset(out | _W_SYLLABLES | _Y_SYLLABLES)


def pinyin_parts(word: str) -> list[str] | None:
    """``word`` (lower case) cut into pinyin syllables, the first reading that uses whole syllables only, or None.

    >>> pinyin_parts("guoqiang"), pinyin_parts("xiuying"), pinyin_parts("bingo")
    (['guo', 'qiang'], ['xiu', 'ying'], None)
    """
    if not word:
        return []
    for size in range(min(6, len(word)), 0, -1):
        head = word[:size]
        if head in syllables():
            rest = pinyin_parts(word[size:])
            if rest is not None:
                return [head, *rest]
    return None


def given_name(word: str, least: int = 2) -> bool:
    """Whether ``word`` is a given name of ``least`` or two pinyin syllables written as names are, no word of Dutch or
    English (but for one syllable alone: ``least`` 1 is asked only in a text that writes Chinese, "Lin Mei")."""
    if not (word.istitle() or word.isupper()) or (least > 1 and word.lower() in common_words()):
        return False
    parts = pinyin_parts(word.lower())
    return parts is not None and least <= len(parts) <= 2


# Common Chinese family names' characters, simplified and traditional, written from common knowledge.
HANZI_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐韩韓冯馮邓鄧曹彭曾萧蕭田董潘袁蔡蒋蔣"
    "余于杜叶葉程魏苏蘇吕呂丁任姚沈钟鍾崔谭譚范樊廖石金贾賈夏傅方邹鄒熊白孟秦邱侯尹薛阎閻段雷龙龍陶毛郝顾顧龚龔"
    "邵万萬钱錢戴莫孔向常汤湯康牛季缪繆欧歐区區关關麦麥卢盧严嚴陆陸施温溫黎庄莊伍"
    # (and Taiwan's common ones the list above lacked: Hung, Hsu, Chiu, Lai, Lu, Chien, Yu, Chan, Yen, Ko, Weng, Juan;
    # tuning_175)
    "洪许許赖賴简簡游詹颜顏柯翁卓阮蓝藍纪紀连連姜汪尤巫涂童"
)
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_LATIN_NAME = r"[A-Z][A-Za-z'’-]{1,15}(?:[ \t]+[A-Z][A-Za-z'’-]{1,15}){0,3}"
# a name in characters and the same name in Latin letters beside it: in brackets after or before it, or a slash apart
_BESIDE = re.compile(
    rf"(?<![{_HAN}])(?P<h>[{_HAN}]{{2,4}})(?![{_HAN}])(?=[ \t]*[(（][ \t]*{_LATIN_NAME}[ \t]*[)）])"
    rf"|(?<=[A-Za-z][ \t][(（])(?P<b>[{_HAN}]{{2,4}})(?=[)）])"
    rf"|(?<=[A-Za-z][)）\t ]/[ \t])(?P<s>[{_HAN}]{{2,4}})(?![{_HAN}])"
    rf"|(?<=[A-Za-z]/)(?P<g>[{_HAN}]{{2,4}})(?![{_HAN}])"
)
# Taiwan's passports and people romanise a name in Wade-Giles or Tongyong, its given name's two syllables joined by a
# hyphen ("Hsu Wen-hsiung", "WU CHIH-MING", "Chiu Yung-ching", "Yi-Chun Chen", "Yang Zih-syuan"; tuning_175): a
# family name of Taiwan's spellings (or of pinyin's) and a given name of two such syllables, hyphenated, in either
# order. The syllables are those of Wade-Giles and Tongyong (apostrophes dropped, as passports drop them) and of
# pinyin, written from common knowledge.
TAIWAN_SURNAMES = frozenset(
    """
    chen lin huang chang lee wang wu liu tsai tsay yang hsu shyu cheng hsieh shieh kuo hung chiu chiou tseng tzeng
    liao lai chou jhou yeh chuang jhuang lu lyu chiang kao chien shih yen wei pan chung sun fang tang tsao peng tai
    lien hsiao hsiung chao jhao chu jhu yao shen sung teng kang tien chin hou hsueh syue yuan tsou tsui ouyang kuan
    chia chuo jhang jheng ciou tseng ko lo ho yu hu
    """.split()
)
TAIWAN_SYLLABLES = frozenset(
    """
    an ang ao en ai chang chao che chen cheng chi chia chiang chiao chieh chien chih chin ching chiu chiung cho chou
    chu chuan chuang chun chung fa fan fang fei fen feng fu han hao heng ho hou hsi hsia hsiang hsiao hsieh hsien
    hsin hsing hsiu hsiung hsu hsuan hsueh hsun hu hua huai huan huang hui hun hung huo i jen jo ju juan jui jun
    jung kai kan kang kao ke ken keng ko kou ku kuan kuang kuei kun kung kuo lan lang le lei li lian liang liao lieh
    lien lin ling liu lo lu lun lung mei men meng mi miao min ming mo mu na nai nan ni nien ning nung pai pan pang
    pao pei pen peng pi piao pin ping po pu san se sen shan shang shao shen sheng shih shou shu shuang shui shun
    shuo so ssu su sui sun sung szu ta tai tan tang tao te teng ti tien ting to tsai tsan tsang tse tseng tso tsu
    tsui tsun tsung tu tuan tun tung tzu wan wang wei wen wu ya yang yao yeh yen yi yin ying yu yuan yueh yun yung
    jhih jhe jhen jhong jhu jhuang jhun jhao sih cih zih syuan syu sin sing siang siao sie sian siou siong cing ciao
    cian cin cyuan ciou jyun jyu zong zih jia jie jian jing jiu jun
    """.split()
)
_HYPHENED = r"(?:[A-Z][a-z]{0,5}-[A-Za-z][a-z]{0,5}|[A-Z]{1,6}-[A-Z]{1,6})"
_TAIWAN_NAME = re.compile(
    rf"(?<![\w-])(?:(?P<s1>[A-Z][a-z]{{1,5}}|[A-Z]{{2,6}})[ \t]+(?P<g1>{_HYPHENED})"
    rf"|(?P<g2>{_HYPHENED})[ \t]+(?P<s2>[A-Z][a-z]{{1,5}}|[A-Z]{{2,6}}))(?![\w-])"
)


def _taiwan_given(word: str) -> bool:
    """Whether ``word`` is a given name of two Wade-Giles, Tongyong or pinyin syllables joined by a hyphen."""
    parts = word.lower().split("-")
    return len(parts) == 2 and all(p in TAIWAN_SYLLABLES or p in syllables() for p in parts) and parts[0] != parts[1]


def taiwan_names(text: str) -> list[tuple[int, int]]:
    """The spans of names romanised as Taiwan does (see ``TAIWAN_SURNAMES``)."""
    out = []
    for m in _TAIWAN_NAME.finditer(text):
        surname, given = (m.group("s1"), m.group("g1")) if m.group("s1") else (m.group("s2"), m.group("g2"))
        if surname.lower() in TAIWAN_SURNAMES | SURNAMES and _taiwan_given(given):
            out.append(m.span())
    return out


# A Chinese name written alone among Latin words, numbers or signs, as a chat mixing scripts writes it ("NL78 ASNB 6199
# 6288 52 陳建豪 啦", "全名 洪志成 Hung Chih-cheng", "begint 1 april: 陳怡君, paspoort"; tuning_175): three characters,
# the first a common family name's, not a word of a place's or organisation's ending (市 city, 路 road, 宮 temple)
# and no particle or pronoun among them (嗎, 的, 你); Chinese writes no blanks between its own words, so a blank or a
# sign on both sides is what a name typed apart has.
_HANZI_ALONE = re.compile(
    rf"(?:(?<=[\s,.;:!?/()\[\]\"'“”，。：；！？、（）A-Za-z0-9])|^)(?P<name>[{_HAN}]{{3}})"
    rf"(?=[\s,.;:!?/()\[\]\"'“”，。：；！？、（）]|$)"
)
_NOT_IN_A_NAME = frozenset(
    "市縣县區区鄉乡鎮镇路街站店宮宫廟庙館馆堂院所局部會会司校園园山島岛港灣湾"  # places' and organisations' endings
    "嗎吗的了吧啦呢喔哦嘛你我他她們们這这那是在有不"  # particles, pronouns, verbs
    "語语"  # a language's ("韓国語", Korean; not 國, country, which given names hold: "洪國峰")
)


# And two characters typed apart that are a given name or a nickname, as family chats call one another ("btw 子萱
# 生日 3/30", "謝謝 詩涵", "我載 阿豪 從 ...", "hey 小美!!"; tuning_175): a nickname, 阿 or 小 before a character
# (not a kin word, "阿嬤", nor a word, "小心"), or two characters Taiwan's given names are most often made of (written
# from common knowledge).
_HANZI_PAIR_ALONE = re.compile(
    rf"(?:(?<=[\s,.;:!?/()\[\]\"'“”，。：；！？、（）A-Za-z0-9])|^)(?P<name>[{_HAN}]{{2}})"
    rf"(?=[\s,.;:!?/()\[\]\"'“”，。：；！？、（）]|$)"
)
_NICKNAME_LEADS = "阿小"
_NOT_NICKNAMES = frozenset(
    "阿嬤 阿媽 阿公 阿姨 阿伯 阿姑 阿叔 阿舅 阿嬸 阿爸 阿母 阿兄 阿姊 阿妹 阿弟 阿們 阿拉 阿里 "
    "阿婆 阿嫲 阿女 阿爺 阿爷 阿哥 阿姐 阿仔 阿嫂 阿奶 "
    "小心 小時 小孩 小姐 小吃 小說 小学 小學 小費 小朋 小組 小店 小狗 小貓 小事 小小 小鎮 小姨 小弟 小妹 小哥 小菜 "
    "小便 小偷 小型 小將".split()
)
GIVEN_NAME_CHARACTERS = frozenset(
    "婷怡雅涵萱詩子宇豪翔傑杰哲銘铭凱凯文志明偉伟建俊宏家佳欣慧淑芬美玲蘭兰秀惠麗丽嘉瑋玮庭廷柏彥彦昱晴筠琪婉馨穎颖瑜"
    "冠宗承宣君珊琳瑩莹慈靜静璇萍華华蓉倩妤如安恩晨軒轩睿浩宸翰霖瀚淳詠咏甄蓁薇芸苓琦瑄瑞祥德仁信智勇強强峰鋒锋"
    "儀仪芳娟娥鳳凤英燕霞梅雯"
)


def standalone_hanzi_names(text: str) -> list[tuple[int, int]]:
    """The spans of Chinese names of three characters, and of given names and nicknames of two, typed apart (see
    ``_HANZI_ALONE`` and ``_HANZI_PAIR_ALONE``)."""
    out = []
    for m in _HANZI_ALONE.finditer(text):
        name = m.group("name")
        if name[0] in HANZI_SURNAMES and not any(c in _NOT_IN_A_NAME for c in name[1:]):
            out.append(m.span("name"))
    for m in _HANZI_PAIR_ALONE.finditer(text):
        name = m.group("name")
        if name in _NOT_NICKNAMES or name[1] in _NOT_IN_A_NAME:
            continue
        if name[0] in _NICKNAME_LEADS or (name[0] in GIVEN_NAME_CHARACTERS and name[1] in GIVEN_NAME_CHARACTERS):
            out.append(m.span("name"))
    return out


_WORD = re.compile(r"(?<![\w-])(?:[A-Z][a-z]{1,11}|[A-Z]{2,12})(?![\w-])")
_GAP = re.compile(r"[ \t]+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


class ChineseNameRecognizer(DutchRecognizer):
    """Chinese names in pinyin and Hong Kong names in their Cantonese spelling (see the module's note)."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("PERSON",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        chinese = _CJK.search(text) is not None
        words = list(_WORD.finditer(text))
        out: list[Finding] = []
        if chinese:
            for m in _BESIDE.finditer(text):
                start, end = next(m.span(g) for g in ("h", "b", "s", "g") if m.group(g) is not None)
                if text[start] in HANZI_SURNAMES:
                    out.append(Finding(start, end, "PERSON", SCORE, self.name))
        i = 0
        while i < len(words) - 1:
            # (the words of a name: next to each other, a blank between, all in capitals or none)
            run = [words[i]]
            for w in words[i + 1 : i + 3]:
                if (
                    not _GAP.fullmatch(text, run[-1].end(), w.start())
                    or w.group().isupper() != run[0].group().isupper()
                ):
                    break
                run.append(w)
            size = _name_size([w.group() for w in run], chinese)
            if size:
                out.append(Finding(run[0].start(), run[size - 1].end(), "PERSON", SCORE, self.name))
                i += size
            else:
                i += 1
        if "-" in text:
            out += [Finding(start, end, "PERSON", SCORE, self.name) for start, end in taiwan_names(text)]
        if chinese:
            taken = {(f.start, f.end) for f in out}
            out += [
                Finding(start, end, "PERSON", SCORE, self.name)
                for start, end in standalone_hanzi_names(text)
                if (start, end) not in taken
            ]
        return sorted(out, key=lambda f: f.start)


def _name_size(words: list[str], chinese: bool) -> int:
    """How many of ``words`` (two or three, next to each other) a Chinese name takes from the first on: 0, 2 or 3."""
    if len(words) < 2:
        return 0
    first, second = words[0].lower(), words[1].lower()
    if len(words) == 3 and any(
        first in surnames and second in syllables and words[2].lower() in syllables
        for surnames, syllables in _SPELLINGS
    ):
        return 3
    if first in SURNAMES and given_name(words[1], 1 if chinese else 2):
        return 2
    if second in SURNAMES and first not in SURNAMES and given_name(words[0]):
        return 2  # (the given name first, as Dutch forms ask: "Ruoxi Miao")
    return 0
