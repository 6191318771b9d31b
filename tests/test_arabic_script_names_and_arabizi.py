"""Names written in Arabic script (Arabic, Persian, Kurdish Sorani), and Arabic typed in Latin letters whose words are
no names (issue 12, tuning_129; ``arabic_script_names``, ``language_words``' Arabizi)."""

from __future__ import annotations

from afscherm.detectors.arabic_script_names import ArabicScriptNameRecognizer
from tests.recognizer_helpers import found

NAMES = ArabicScriptNameRecognizer()


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in NAMES.find(text)]


def test_a_listed_given_name_in_arabic_script_is_a_name() -> None:
    assert "محمد" in found("[10:02] Rezhwan: محمد في البيت\n[10:03] Aseel: ok", "PERSON")


def test_a_name_goes_on_over_the_listed_names_after_it() -> None:
    assert _names("سیروان بارزانی هات بۆ ماڵەوە") == ["سیروان بارزانی"]


def test_and_glued_before_a_name_stays_outside_it() -> None:
    assert _names("ومازن راح للسوق") == ["مازن"]


def test_a_name_that_is_a_word_counts_only_beside_another_name() -> None:
    assert _names("علي حسين وصل") == ["علي حسين"]
    assert _names("صباح الخير يا حبيبي") == []
    assert _names("نور الشمس") == []


def test_arabizi_words_typed_in_a_chat_are_no_names() -> None:
    text = (
        "[05.06.26 22:40] Aseel: ana agdar bukra inshallah, wallah\n"
        "[05.06.26 22:41] Aseel: ana msafir bukra, yalla shukran habibi\n"
        "[05.06.26 22:42] Wissam: tamam"
    )
    persons = found(text, "PERSON")
    assert not any(p in ("ana", "ana agdar", "ana msafir") for p in persons)
    assert "Aseel" in persons
