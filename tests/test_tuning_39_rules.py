"""Issue 12, rules from the blind tuning set tuning_39 (machine output and OCR of Zuid-Holland's and Utrecht's back
offices, written by a helper who read no rule; 5.84 % of its characters leaked on the code before these rules):

- a BSN copied in pairs after its label ('333.60.74.17'): four dotted numbers are an IP address's writing only when
  each is at most 255;
- a person written surname first with initials ('Hoogendijk, P.J.'), whether or not a list knows the surname; not
  initials that open the next name ('R. Schipper, L. Nijhuis'), not a salutation before them ('Hoogachtend, M.
  Noordam'), not a firm's legal form ('Bakker, B.V.').
Each example is written apart from the set's texts.
"""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import analyze_text


def _found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity]


def test_a_bsn_in_dotted_pairs_after_its_label_is_one_and_an_ip_address_stays_one() -> None:
    assert _found("Sanne (adm): bsn op het formulier is 412.00.00.03, klopt dat?", "NL_BSN") == ["412.00.00.03"]
    assert _found("bsn-check vanaf ip 172.16.254.1 mislukt", "IP_ADDRESS") == ["172.16.254.1"]
    assert _found("bsn-check vanaf ip 172.16.254.1 mislukt", "NL_BSN") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Klant: Vermeulen-Stam, A.J. maar het pakket is voor mijn buurvrouw", "Vermeulen-Stam, A.J."),
        ("Rekeninghouder: van Wijngaarden, H. (sinds 2019)", "van Wijngaarden, H."),
    ],
)
def test_a_surname_with_its_initials_after_a_comma_is_a_person(text: str, person: str) -> None:
    assert person in _found(text, "PERSON")


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Aanwezig: R. Schipper, L. Nijhuis, Ans Kuipers", ["R. Schipper", "L. Nijhuis", "Ans Kuipers"]),
        ("Hoogachtend, M. Noordam", ["M. Noordam"]),
        ("Leverancier: Bakker, B.V. te Utrecht", []),
    ],
)
def test_initials_that_open_the_next_name_or_a_firm_s_form_stay_as_they_were(text: str, persons: list[str]) -> None:
    assert _found(text, "PERSON") == persons
