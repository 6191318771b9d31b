"""User names as machine output and copied chats carry them (issue 12: tuning_112, _115, _124, _126, _127, _129,
_131, _141): a log's or a record's actor (``"user":"..."`` as JSON quotes it, ``by``/``door``, ``tech=``, a
messenger's id), an initial before a surname (``user=d.marku``); direct messages copied with each message under its
writer's handle alone on its line, or after the handle and its stamp (``handle · 21:03 ·``, ``handle 20 mrt 2026
16:02:``); a handle of unknown parts speaking twice in a chat where two members speak. Handles are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found


def test_a_handle_as_a_json_key_s_or_a_log_actor_s_value_is_a_person() -> None:
    assert found('{"ts":"2026-03-02T08:15:55Z","user":"jeon.minseo","ip":"10.1.2.3"}', "PERSON") == ["jeon.minseo"]
    assert found("2026-03-02 08:15:01 WARN quota raised by dorota_wes for team 7", "PERSON") == ["dorota_wes"]
    assert found("rapport gegenereerd 02-03-2026 door k.vranjes (export)", "PERSON") == ["k.vranjes"]
    assert found('level=info msg="wachtwoord gereset" user=d.marku ip=10.0.0.9', "PERSON") == ["d.marku"]
    assert found("ticket=RMA-2210 status=klaar tech=ionut.b", "PERSON") == ["ionut.b"]


def test_a_key_s_value_of_words_services_or_short_parts_is_nobody() -> None:
    assert found("backup started by system.backup at 02:00", "PERSON") == []
    assert found("opgeslagen door de.nl en gemaakt door mijn.overheid", "PERSON") == []
    assert found('{"user":"test.user","ip":"10.0.0.1"}', "PERSON") == []
    assert found("user=ab.cd", "PERSON") == []


def test_direct_messages_copied_under_their_writers_handles_alone_on_a_line() -> None:
    text = (
        "marisol.vq\nheyy ben je er zaterdag?\ndagny_tr\njaa natuurlijk, hoe laat\n"
        "marisol.vq\nom 8, bij mij thuis\ndagny_tr\noke top 🙌"
    )
    assert found(text, "PERSON") == ["marisol.vq", "dagny_tr", "marisol.vq", "dagny_tr"]


def test_lines_of_file_names_or_a_single_writer_are_no_copied_chat() -> None:
    assert found("config.yaml\nversie 2\nconfig.yaml\nversie 3\nrun.log\nleeg\nrun.log\nvol", "PERSON") == []
    assert found("zorbl.qx\nhey\nzorbl.qx\nben je er?\nzorbl.qx\nhallo??", "PERSON") == []


def test_a_handle_before_its_stamp_between_middle_dots_or_its_day_and_clock() -> None:
    text = (
        "marieke.p · 21:03 · hoi ben je vrij?\njoris_m · 21:05 · ja hoor\n"
        "marieke.p · 21:06 · top\njoris_m · 21:07 · tot zo"
    )
    assert found(text, "PERSON") == ["marieke.p", "joris_m", "marieke.p", "joris_m"]
    text = (
        "nasrin_h07 20 mrt 2026 16:02: hoi, nog plek op 11 april?\n"
        "studio.kleur 20 mrt 2026 16:09: helaas vol, 12 april kan\n"
        "nasrin_h07 20 mrt 2026 16:11: 12 is goed, dank je"
    )
    assert "nasrin_h07" in found(text, "PERSON")


def test_a_handle_of_unknown_parts_speaking_twice_among_members() -> None:
    text = (
        "[16:02] vlindert_q: wie heeft mijn sleutels gezien\n[16:03] sanne.b: nee sorry\n"
        "[16:03] shirush: in de bus misschien??\n[16:05] vlindert_q: nee daar niet\n[16:06] shirush: jammer\n"
        "[16:07] sanne.b: balen"
    )
    assert found(text, "PERSON").count("vlindert_q") == 2
    mother = (
        "[16:02] Mamá: ya llegaste?\n[16:03] sanne.b: ja\n[16:04] shirush: ok\n[16:05] Mamá: bueno\n[16:06] sanne.b: ok"
    )
    assert "Mamá" not in found(mother, "PERSON")
