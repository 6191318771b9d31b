from afscherm.detectors.prose_view import prose_view


def test_offsets_are_kept_and_noise_is_blanked() -> None:
    text = '{"ts": "2026-03-12T10:22:01Z", "user": "Jan de Vries", "id": "d23d909e-bb48"} Groet, Sanne'
    view = prose_view(text)
    assert len(view) == len(text)
    for word in ("user", "Jan de Vries", "Groet,", "Sanne"):
        assert view[text.index(word) : text.index(word) + len(word)] == word
    for noise in ("2026-03-12T10:22:01Z", "d23d909e-bb48", '{"'):
        assert noise not in view
        assert view[text.index(noise) : text.index(noise) + len(noise)].strip() == ""


def test_plain_prose_is_unchanged() -> None:
    text = "Beste mevrouw De Vries, ik woon in 's-Hertogenbosch en bel u morgen."
    assert prose_view(text) == text
