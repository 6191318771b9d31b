"""A text's shared facts are computed on first use and then read from the object (issue 12, speed); a table's header
lines are found once per text for both table readers."""

from afscherm.detectors.field_context import _header_lines, field_values, name_field_values
from afscherm.detectors.text_facts import TextFacts


def test_a_fact_is_computed_once_and_kept_on_the_object() -> None:
    facts = TextFacts("Naam: JAN\nTel: 0612345678")
    assert "lowered" not in vars(facts)
    assert facts.lowered == "naam: jan\ntel: 0612345678"
    assert vars(facts)["lowered"] is facts.lowered
    assert facts.line_starts == [0, 10]
    assert facts.lower_runs == frozenset({"aam", "el"})


def test_a_fact_read_from_the_class_is_its_descriptor() -> None:
    assert TextFacts.lowered.__doc__ and "lower case" in TextFacts.lowered.__doc__


def test_header_lines_are_lines_of_names_with_a_delimiter_before_another_line() -> None:
    text = "voornaam;achternaam;telefoon\nEva;de Wit;0612345678\nnaam 2;x\ny\nkop;kolom\n\nlaatste,regel"
    assert [text[a:b] for a, b in _header_lines(text)] == ["voornaam;achternaam;telefoon"]
    assert _header_lines("naam;tel") == []  # (no line after it)
    tabbed = "a\tb\n1\t2"
    assert [tabbed[a:b] for a, b in _header_lines(tabbed)] == ["a\tb"]


def test_both_table_readers_read_the_same_header() -> None:
    text = "klantnr;voornaam;achternaam;telefoon\n1;Eva;de Wit;0612345678\n2;Kees;Bakker;0687654321"
    values = {(name, text[a:b]) for name, a, b in field_values(text)}
    assert ("telefoon", "0612345678") in values and ("klantnr", "2") in values
    names = {(name, text[a:b]) for name, a, b in name_field_values(text)}
    assert {("voornaam", "Eva"), ("achternaam", "Bakker")} <= names
    assert not any(name == "telefoon" for name, _ in names)


def test_word_starts_finds_every_occurrence_of_its_words_once_each() -> None:
    from afscherm.detectors.text_facts import WordStarts

    titles = WordStarts(["dhr", "dhr.", "mevr", "mevrouw", "hr."])
    # overlapping ("dhr" and "dhr." start together: one start), nested ("hr." inside "dhr."), inside words ("xdhr")
    assert titles.starts("dhr. smit en mevrouw vos; xdhr") == [0, 1, 13, 27]
    assert titles.starts("geen aanspreekvorm") == []
    assert WordStarts([]).starts("dhr. smit") == []  # an empty family finds nothing


def test_name_key_hints_and_place_stems_tried_at_their_starts_match_as_the_scan() -> None:
    from afscherm.detectors.field_context import _NAME_KEY_HINT_LOWER, _NAME_KEY_HINT_STARTS
    from afscherm.detectors.place_fields import _STEM, _STEM_STARTS
    from afscherm.detectors.text_facts import matches_from

    text = (
        '{"klantnaam": "ans mol", "voornamelijk": 1} achternm=de wit; aanmelden: ja\n'
        "billingcity: utrecht | woonplaats: ede | straatnaam ; huisnummer: 4 | zipcode: 1234ab | nome like 'x'"
    )
    for pattern, starts in ((_NAME_KEY_HINT_LOWER, _NAME_KEY_HINT_STARTS), (_STEM, _STEM_STARTS)):
        scanned = [m.span() for m in pattern.finditer(text)]
        assert len(scanned) >= 4
        assert [m.span() for m in matches_from(pattern, text, starts.starts(text))] == scanned


def test_search_keys_tried_at_their_starts_match_as_the_scan() -> None:
    from afscherm.detectors.search_queries import _KEY_STARTS, _SEARCH
    from afscherm.detectors.text_facts import matches_from

    text = (
        'GET /api/zoek?q=jansen&woonplaats=hoorn SEARCH_QUERY="de vries" faq=x q.q=y\n'
        "audit action=zoek Query='van dijk' zoekterm: bakker trefwoord=Smit keyword:vos"
    )
    scanned = [m.span() for m in _SEARCH.finditer(text)]
    assert len(scanned) >= 5
    assert [m.span() for m in matches_from(_SEARCH, text, _KEY_STARTS.starts(text.lower()))] == scanned
