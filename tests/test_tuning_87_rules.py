"""Rules made in the forty-fourth session (issue 12) from the misses left on the blind tuning sets, each tried on
examples written apart from the sets. All names, places and numbers are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found_set as _found


def test_a_place_that_is_also_a_word_typed_after_an_address_in_a_chat() -> None:
    # "opende" is a village and the past tense of "openen": after a street's number, closing the question, the place
    chat = "[19:43] hanna.b: Lindelaan 8 opende?? of zit ie al in grootegast"
    assert {"Lindelaan 8", "opende"} <= _found(chat, "LOCATION")
    assert "opende" in _found("19:06 Bezoeker: marta kowal, veldpad 17 opende\n19:06 Bezoeker: sorry", "LOCATION")
    # a full stop may close a clause whose verb the word is
    assert "opende" not in _found("Ik weet nog dat de bakkerij aan de Lindelaan 8 opende.", "LOCATION")


def test_a_lower_case_street_no_list_knows_before_a_comma_and_a_listed_place() -> None:
    chat = "Jelle Hoekstra (20:23): skrilmunt 4, marum (by heit en mem)"
    assert {"skrilmunt 4", "marum"} <= _found(chat, "LOCATION")
    # a word before a number and a comma is no street when no listed place follows
    assert not _found("ik zit op bladzijde 4, morgen verder", "LOCATION")
    assert not _found("zorgmunt 4, dan kijken we verder", "LOCATION")


def test_a_one_word_organisation_of_the_model_that_is_a_listed_first_name() -> None:
    # the model reads a first name before "op de" as a firm; a listed first name, no word or brand, is the person
    assert "Hubert" in _found("👍 zet hem maandag maar bij Hubert op de sorteermachine", "PERSON")
    # months and brands are no person
    assert "August" not in _found("Beller: Yes! New account since August: NL tweeëndertig", "PERSON")


def test_a_call_names_surname_after_a_wide_gap_is_the_next_column() -> None:
    form = "Naam: Ter Beek, J.H. (Joop)          Geboortedatum: 12-03-1961\nBSN: onbekend"
    found = _found(form, "PERSON")
    assert not any("Geboortedatum" in name for name in found)
    assert any("Joop" in name for name in found)


def test_a_capitalised_mention_of_a_name_no_list_holds() -> None:
    chat = (
        "Aike Zuidema  [08:33]  @Zarinaya moet dat SEPA zijn?\nRemmelt Kamminga  [09:10]  haha. Zarinaya gaat morgen "
        "mee naar de werf"
    )
    found = _found(chat, "PERSON")
    assert "Zarinaya" in found
    # the mention vouches for the name's other mentions
    assert chat.count("Zarinaya") == 2 and len([n for n in found if n == "Zarinaya"]) == 1
    # a channel keyword or a word is no member
    assert not _found("Aike: @Planning moet dat SEPA zijn?", "PERSON") - {"Aike"}


def test_a_holder_named_in_the_name_of_in_spanish_portuguese_french_english() -> None:
    chat = "[03-03-26, 22:43:30] Mamá: cuenta NL18 ASNB 0707 0716 31 a nombre de Xiomara Quilapán Rayén"
    assert "Xiomara Quilapán Rayén" in _found(chat, "PERSON")
    assert "Tiberio Saldanha" in _found("o seguro está em nome de Tiberio Saldanha, ok?", "PERSON")
    # a firm or a word is no holder
    assert not _found("la reserva está a nombre de Empresa Solar", "PERSON")


def test_kin_of_someone_in_a_spanish_or_portuguese_chat() -> None:
    chat = "hola muchachas, soy la mamá de Yusneidy. me pueden llamar? el cumple de Yusneidy es el 3 de agosto"
    assert "Yusneidy" in _found(chat, "PERSON")
    assert "Quirilo" in _found("buenas tardes, soy primo de Quirilo. él dice que usted tiene un cuarto", "PERSON")
    # a month or a place after "de" is no person
    assert not _found("el cumple de Mayo", "PERSON") - {"Mayo"} and "Madrid" not in _found(
        "la mamá de Madrid llama", "PERSON"
    )


def test_spanish_words_that_lists_hold_as_names_in_a_lower_case_chat() -> None:
    chat = "soy wilber. ella dice que me pueden hacer una factura, no pasa nada"
    found = _found(chat, "PERSON")
    assert not {"ella", "hacer", "nada", "una"} & found
    # a Dutch child's name written so stays a name
    assert "sem" in _found("jesse (11) en sem (12) hebben nog niet betaald", "PERSON")


def test_a_street_the_bag_names_alone_with_its_side_spelled_whole() -> None:
    assert "Kolonievaart Oostzijde 41-b" in _found(
        "Nieuw adres sinds 1 maart: Kolonievaart Oostzijde 41-b, 7707 PK Balkbrug.", "LOCATION"
    )
    assert "kolonievaart westzijde 88" in _found("niet vergeten, kolonievaart westzijde 88 is ons adres", "LOCATION")


def test_my_kin_named_in_spanish_or_portuguese() -> None:
    chat = "Bezoeker (09:48): mi hija Yulexis: 05/08/2015. y mi sobrino Kendry nació el 30 de enero de 2013"
    assert {"Yulexis", "Kendry"} <= _found(chat, "PERSON")
    assert "Thaylane" in _found("a minha filha Thaylane começa segunda", "PERSON")


def test_whom_a_message_thanks() -> None:
    assert "Yurelkis" in _found("Gerdine (09:46): Dank je Yurelkis! Voor kinderen onder 14 hebben we vesten", "PERSON")
    assert "Dragoš" in _found("[ma 06:04] Hendrika Wolbers: dank je Dragoš! de nieuwe telefoons zijn er", "PERSON")
    # a group or a word thanked is no person
    assert not _found("Klant: Dank je Team! Tot morgen", "PERSON")
    assert not _found("Klant: Bedankt Allemaal, tot morgen", "PERSON")


def test_an_english_possessive_before_a_persons_data() -> None:
    assert "Kwesiwa" in _found("For the pass we also need Kwesiwa's date of birth", "PERSON")
    assert "Abenaa" in _found("btw Abenaa's passport expires in may", "PERSON")
    assert not _found("Monday's number is new", "PERSON")


def test_a_chat_stamp_with_the_day_and_the_months_short_name() -> None:
    chat = (
        "wo 11 mrt 07:02 · Reinoutje: Ze is er!!!\nwo 11 mrt 07:16 · Ottowina: Welkom!\n"
        "vr 13 mrt 16:31 · Reinoutje: Ja, alles goed"
    )
    assert {"Reinoutje", "Ottowina"} <= _found(chat, "PERSON")


def test_the_senders_of_exported_line_and_kakaotalk_chats() -> None:
    line = (
        "[LINE] Chat history in klas 3\nSaved on: 2026/03/07 21:14\n\n2026/03/07 Sat\n"
        "10:02\tMiyu Tanabe 🌷\tcan someone bring the form?\n10:05\t森田 葵\tはい\n10:07\tMiyu Tanabe 🌷\tthanks!"
    )
    found = _found(line, "PERSON")
    assert {"Miyu Tanabe", "森田 葵"} <= found
    kakao = "[박서윤] [오전 10:12] can u take the kids?\n[Aoife Kehoe] [오전 10:15] yes no prob"
    assert "박서윤" in _found(kakao, "PERSON")
    # a log's level between the clock and the message names nobody
    log = "10:02\tERROR\tdisk full\n10:03\tINFO\tretry\n10:04\tWARN\tslow"
    assert not _found(log, "PERSON")


def test_a_holder_after_tnv_in_capitals_only_when_listed_names() -> None:
    assert "Seo Yuna" in _found("pay to NL37 SNSB 6961 2307 79 tnv Seo Yuna, pick up in huizen", "PERSON")
    assert "Oren Elbaz" in _found("to IL45 1297 1047 1596 1773 348 (acc. holder Oren Elbaz)", "PERSON")
    # a firm or a club after "tnv" stays out
    assert not _found("op NL42 RBRB 0946 3290 75 tnv Houtbouw Kremers bv", "PERSON") - {"Kremers"}


def test_turning_an_age_in_twents_and_after_an_adverb() -> None:
    assert "9 februari" in _found("Gezina Hekman, 19:03: mensen! opoe wördt 9 februari 85 🎉", "DATE_OF_BIRTH")
    assert "12 april" in _found("Tini Kootjes wordt trouwens 12 april 91, taart regelen?", "DATE_OF_BIRTH")


def test_an_english_bday_list() -> None:
    chat = "ms kinsella wants a bday list for the team calendar: me 9 oct, noam 27 feb, parham 30 may"
    assert {"9 oct", "27 feb", "30 may"} <= _found(chat, "DATE_OF_BIRTH")
    assert "savitri iyer" in _found("his nani, mrs. savitri iyer. she stays with us", "PERSON")


def test_the_last_item_of_a_birthday_list_after_en() -> None:
    chat = "de jarigen van oktober: Elsje Wattimeno 3 okt, Marinus Ouwerslot 11 okt en Cobie Hogewonink 29-10 🎂"
    assert {"3 okt", "11 okt", "29-10"} <= _found(chat, "DATE_OF_BIRTH")
    assert "Cobie Hogewonink" in _found(chat, "PERSON")


def test_a_speaker_label_with_a_countrys_flag() -> None:
    chat = "25-06-2026 07:41 - Tagelsar 🇸🇩: كل سنة وانتي طيبة\n25-06-2026 07:55 - Hawa ❤️: shukran"
    assert "Tagelsar" in _found(chat, "PERSON")


def test_an_unlisted_capitalised_surname_after_achternaam() -> None:
    assert "Jerabko" in _found("Aafke (Zeeduin): Dank! En Špela, achternaam Jerabko?", "PERSON")
    assert "Vaitiekas Ž." in _found("Klant: mijn achternaam is Vaitiekas Ž.", "PERSON")
    # someone else's "heet" before a capitalised word is not read so ("het dorp heet Emmen")
    assert not _found("het nieuwe gebouw heet Zonnehof", "PERSON")


def test_spanish_short_month_names_in_an_export() -> None:
    assert "12-ene-1999" in _found("id;naam;geboren\n5105;Quispe;Wilber;12-ene-1999;PER", "DATE_OF_BIRTH")


def test_a_street_no_list_knows_before_a_listed_place_and_a_chats_question() -> None:
    assert {"marsloek 14", "heino"} <= _found("Talar: ok. adres blijft marsloek 14 heino right? afspraak", "LOCATION")
    assert "Schoolbeek 2" in _found("Kevin: 👍 en woonadres blijft Schoolbeek 2 Heino? niet het adres", "LOCATION")
    # a document's word and number, a column's wide gap, a foreign postcode or a word of another language are no street
    assert not _found("Offerte 2026-311                    Schijndel, 26 november 2026", "LOCATION") - {"Schijndel"}
    assert "kontener 7" not in _found("ok wysyłam. kontener 7 rano, 2 skrzynki na osobę", "LOCATION")
    assert "otthon 6720" not in _found("és a címem otthon 6720 Szeged, Kárász utca 9.", "LOCATION")


def test_senders_before_a_dash_and_the_stamp_with_the_message_after_a_colon() -> None:
    discord = (
        "CV De Sjlaakwagers · #tech-crew\nlowiek — 12-01-2026 21:14: scanners zijn binnen\n"
        "mergie_b — 12-01-2026 21:20: scanner 3 doet raar\nlowiek — 12-01-2026 21:22: ja da's die laatste"
    )
    assert {"lowiek", "mergie_b"} <= _found(discord, "PERSON")
    app = "Rijschool Vroemen · 10 feb. 16:02: hoi, je documentnummer?\nBakhtiyor · 10 feb. 16:11: salom! even kijken"
    found = _found(app, "PERSON")
    assert "Bakhtiyor" in found
    # a driving school is no person
    assert not any("Rijschool" in name for name in found)


def test_french_kin_of_someone() -> None:
    assert "Nathanaël" in _found("Clarisse Kamga: bonsoir, c'est la maman de Nathanaël (U11). Il veut jouer", "PERSON")
    assert "Ilyès" in _found("le père d'Ilyès arrive demain", "PERSON")


def test_a_teams_label_of_surname_comma_given_name() -> None:
    chat = "[09:17] Kortlander, Neeltje: paspoort is leidend.\n[09:21] Kortlander, Neeltje: en zijn adres?"
    assert "Kortlander, Neeltje" in _found(chat, "PERSON")


def test_a_church_elder_before_the_surname_and_hier_introducing_a_writer() -> None:
    assert "Pieterszen" in _found("Wij schamen ons. Ouderling Pieterszen weet ervan.", "PERSON")
    assert "Pashtuna" in _found("21:40 - +31 6 83 20 41 95: salaam, hier Pashtuna, moeder van Nazifa", "PERSON")


def test_a_lower_case_first_name_after_a_preposition_in_a_line_of_any_style() -> None:
    assert "marietje" in _found("Guus vd Boomen: 06 41 93 27 05 is van marietje, zn moeder, maar die werkt", "PERSON")
    assert "oksana" in _found("Schoolpad 9, Pieterburen. woont bij oksana in de straat. 10 uur per week", "PERSON")
    # a word or a place after the preposition is none
    assert not _found("Guus: Dit is van mij, Kees Bakker heeft er niets mee te maken", "PERSON") - {
        "Guus",
        "Kees Bakker",
    }


def test_whose_one_it_is_after_die_van() -> None:
    assert "koos" in _found("Dien: 17 mei en die van koos is 2 november", "PERSON")
    assert "daan" in _found("fleur: bsn 696.242.072\nfleur: en die van daan is 563 357 149", "PERSON")


def test_congratulations_address_an_unlisted_lower_case_name() -> None:
    assert "yessika" in _found("Ik: gefeliciteerd yessika!!! 🎂 noodcontact?", "PERSON")
    assert not _found("gefeliciteerd schat!", "PERSON")


def test_a_date_a_document_called_short_says_in_a_talk_of_birth() -> None:
    chat = (
        "Zabi: wat is je geboortedatum voor de airline?\nShukria: 12 saur 1359\n"
        "Zabi: de airline wil de gewone datum. op je pas staat 02-05-1981 toch?"
    )
    assert "02-05-1981" in _found(chat, "DATE_OF_BIRTH")
    # a recent date on a pass is its issue or expiry
    assert "02-05-2024" not in _found(chat.replace("1981", "2024"), "DATE_OF_BIRTH")


def test_a_message_header_alone_on_its_line() -> None:
    app = "Wisly Pierre-Louis · 10:30\nmanman deménaje wi\nFabiola Dorvilus · 11:50\nTi Wes voye IBAN ou"
    assert {"Wisly Pierre-Louis", "Fabiola Dorvilus"} <= _found(app, "PERSON")
    teams = "[11:03] Tijmen (vrijwilliger)\nnog een telefoon gevonden\n[11:05] Gerda (receptie)\nok, leg maar neer"
    assert {"Tijmen", "Gerda"} <= _found(teams, "PERSON")
    # an agenda's items and a shop's name heading its messages are no senders
    assert not _found("Pauze · 10:30\nkoffie\nLunch · 12:30\nbroodjes", "PERSON")
    assert "Sleutelhuys" not in _found(
        "Sleutelhuys · 22:44\nGoedenavond, monteur\nSleutelhuys · 22:47\nWerkbon", "PERSON"
    )


def test_a_name_said_of_a_phone_number_or_a_birth() -> None:
    assert "Cobiena" in _found("[21-09-26 20:36:48] ~ Elsje: Cobiena: 071 408 53 27 (vaste lijn)", "PERSON")
    assert "Sreejesh" in _found("bel mijn man als ik in het lab sta: Sreejesh, +31 6 1209 5584, hij is er", "PERSON")
    assert "kobaïa" in _found("btw kobaïa is morgen jarig, 15 juli!!", "PERSON")
    assert "Cobiena" in _found("Lijsje van Duijn: Cobiena is geboren 29-10-1946, dus", "PERSON")
    # a number's label opening the line, or a place before the number, names no one
    assert not _found("Terugbelnummer: +31 15 260 81 44", "PERSON")
    assert "Veldhoven" not in _found("de receptie: Veldhoven, +31 40 204 7719", "PERSON")


def test_spanish_birthdays_said_with_es_and_cumplo() -> None:
    assert "28 de julio" in _found("y no te olvides que su cumple es el 28 de julio igualito que", "DATE_OF_BIRTH")
    assert "9 de junio" in _found("Lizbeth 21:12: y el 9 de junio es mi cumple!! 🎉", "DATE_OF_BIRTH")
    assert "15 de agosto" in _found("y no se olviden que yo cumplo el 15 de agosto", "DATE_OF_BIRTH")
    # a party on a day is no birthday ("la fiesta es el 3 de mayo")
    assert not _found("la fiesta es el 3 de mayo en la casa azul", "DATE_OF_BIRTH")


def test_a_latvian_date_written_year_first() -> None:
    assert "1991. gada 14. augustā" in _found(
        "Baiba Krūmiņa, dzimusi 1991. gada 14. augustā, so 14-08-1991", "DATE_OF_BIRTH"
    )
    assert "1997. gada 2. martā" in _found("and birthday 1997. gada 2. martā 😅 sorry latvian style", "DATE_OF_BIRTH")
    # a year and a day in no calendar are no date ("2026. gada 31. februārī")
    assert not _found("dzimusi 2001. gada 31. februārī", "DATE_OF_BIRTH")
