"""Issue 12, OCR and logs: a Dutch document number written as OCR or an upload leaves it - in three groups of
capitals with a single digit, right after its label (``Documentnummer: KTB RWP XN7``), and inside a scanned file's
name (``scan_``, ``kopie_``) whose next part names the side of the card (``scan_XR4KP82R1_achterkant.jpg``). Near
cases: capitals after a label that are words, groups of one digit with other words between label and value, a code
in a file name without a scan or a card's side. Numbers written here are synthetic (the Dutch shape, stdnum checks
it)."""

from __future__ import annotations

from stdnum.nl import identiteitskaartnummer

from afscherm.detectors.id_document import IdDocumentRecognizer

FIND = IdDocumentRecognizer().find


def numbers(text: str) -> list[str]:
    return [text[f.start : f.end] for f in FIND(text)]


def test_the_written_numbers_have_the_dutch_shape() -> None:
    for value in ("KTBRWPXN7", "XR4KP82R1", "BW7TK3PR5"):
        assert identiteitskaartnummer.is_valid(value)


def test_three_groups_with_one_digit_right_after_the_label() -> None:
    text = "IDENTITEITSKAART\nDocumentnummer: KTB RWP XN7\nDatum van afgifte: 14 02 2021"
    assert numbers(text) == ["KTB RWP XN7"]
    assert numbers("Paspoortnr. KTB RWP XN7") == ["KTB RWP XN7"]


def test_groups_with_one_digit_further_from_the_label_are_left_alone() -> None:
    # a word between label and groups: no longer the label's value for certain, two digits are asked as before
    assert numbers("Documentnummer volgt, zie KTB RWP XN7") == []
    # capitals after the label that are words, with a page number
    assert numbers("Documentnummer: ZIE BIJLAGE 3") == []


def test_a_number_in_a_scanned_file_name_before_the_cards_side() -> None:
    log = "POST /uploads 201 file=scan_XR4KP82R1_achterkant.jpg size=640KB"
    assert numbers(log) == ["XR4KP82R1"]
    assert numbers("bijlage: kopie_BW7TK3PR5_voorkant.png") == ["BW7TK3PR5"]
    assert numbers("attachment copy_BW7TK3PR5_back.pdf") == ["BW7TK3PR5"]  # a card's side in English as well


def test_a_code_in_a_file_name_without_a_scan_or_a_cards_side_is_left_alone() -> None:
    assert numbers("POST /uploads 201 file=scan_XR4KP82R1_bijlage.jpg size=640KB") == []
    # a product photo's front: no scan of a document
    assert numbers("upload /uploads/img/BW7TK3PR5_voorkant.jpg") == []
    assert numbers("GET /img/banner_BW7TK3PR5_back") == []
