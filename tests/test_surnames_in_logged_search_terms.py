"""Issue 12, logs: a surname someone searched for, in the search term a customer system logs - a query string's
``q=``, an audit line's ``query="..."``, a JSON ``"zoekterm"`` - typed in lower case, is a person's name, a first
name before it included. Near cases: an organisation searched for (``bakkerij hendriks``), a place (a geocoder's
``q=``), a common word that is also a surname without its particle, words under another key. Cases written here
(fictitious people)."""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text
from afscherm.detectors.search_queries import SearchQueryNameRecognizer

FIND = SearchQueryNameRecognizer().find


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in FIND(text)]


def test_a_surname_in_a_query_string() -> None:
    assert names("GET /crm/zoek?q=hendriks&plaats=tiel 200 18ms") == ["hendriks"]


def test_a_surname_with_particles_beside_a_place_in_a_quoted_audit_value() -> None:
    assert names('2026-04-02 10:11:12 audit user=mw31 action=zoek query="van der linden zwolle" hits=3') == [
        "van der linden"
    ]


def test_a_first_name_before_the_surname_in_a_json_search_term() -> None:
    assert names('{"zoekterm": "joost van dijk", "resultaten": 2}') == ["joost van dijk"]


def test_the_whole_analyzer_reads_a_plus_between_the_words_as_a_space() -> None:
    text = "GET /crm/zoek?q=van+der+linden&status=actief 200"
    assert "van+der+linden" in [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "PERSON"]


def test_an_organisation_a_place_or_a_word_searched_for_is_left_alone() -> None:
    assert names("GET /crm/zoek?q=bakkerij hendriks 200") == []
    assert names("GET /geocode?q=zwolle 200") == []
    assert names("GET /shop/zoek?q=fietsband 200") == []
    # "bakker" is a word before it is a surname: only with its particle ("de bakker" is not listed so either)
    assert names("GET /shop/zoek?q=bakker 200") == []


def test_a_surname_under_another_key_is_not_this_rules() -> None:
    assert names("GET /crm/klant?status=hendriks 200") == []
