"""Issue 12, Ghanaian and Nigerian families (tuning_123). A copy of Instagram direct messages heads each turn with the
user name marked by "@", a middle dot and the day and clock ("@halimat.lwl · 14 mrt 2026 22:09:"): such a label is a
member's even when no list holds a part of it, but not a machine's key of common words. And a Ghana Post digital
address ("GhanaPost GT-0418-2207", two letters, three or four digits, four digits) is an address after its name,
beside a place found, or in a text about Ghana; the same shape elsewhere is anything (a reference)."""

from __future__ import annotations

from afscherm.detectors import analyze


def _found(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == kind]


def test_user_names_under_a_dm_copys_headers_are_members() -> None:
    text = (
        "Instagram · berichten met @tobi.bnk\n"
        "@rukky.eze · 2 apr 2026 20:58: omg congrats on the new job\n"
        "@tobi.bnk · 2 apr 2026 21:01: thank u!! start monday\n"
        "@rukky.eze · 2 apr 2026 21:03: wait where is the office\n"
        "@tobi.bnk · 2 apr 2026 21:05: zuidas, near the station"
    )
    assert _found(text, "PERSON").count("rukky.eze") == 2


def test_a_machine_key_under_such_headers_is_no_member() -> None:
    text = (
        "@order.status · 2 apr 2026 20:58: shipped to the depot\n"
        "@tobi.bnk · 2 apr 2026 21:01: thank u!! start monday\n"
        "@order.status · 2 apr 2026 21:03: delivered at the door\n"
        "@tobi.bnk · 2 apr 2026 21:05: zuidas, near the station"
    )
    assert "order.status" not in _found(text, "PERSON")


def test_a_digital_address_after_its_name() -> None:
    text = "Stuur het vat naar mijn broer Kofi, GhanaPost AK-039-5521, hij haalt het op."
    assert "AK-039-5521" in _found(text, "LOCATION")


def test_a_digital_address_in_a_text_about_ghana() -> None:
    text = "Levering Accra: barrel 2 voor Mansa, WS-112-0934, bel haar op +233 24 880 1172."
    assert "WS-112-0934" in _found(text, "LOCATION")


def test_the_same_shape_elsewhere_is_no_address() -> None:
    text = "Uw bestelling met referentie AB-1234-5678 is verzonden naar het afhaalpunt."
    assert not _found(text, "LOCATION")


def test_a_booking_number_of_its_year_is_no_address() -> None:
    text = "Booking done! GH-2026-5032, call me on +233 24 880 1172 if the bus is late."
    assert not _found(text, "LOCATION")
