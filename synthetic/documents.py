"""Synthetic Dutch documents with exact gold spans: one composer per kind, several templates each.

``generate_documents(n, seed)`` yields reproducible documents (each from its own RNG seeded by seed,
kind and index), fast enough for benchmark corpora of thousands of documents.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable, Iterator, Sequence

from synthetic import identifiers as ids
from synthetic.builder import Doc, GoldDocument
from synthetic.idcopy import id_copy

KINDS = ("transcript", "chat", "error_report", "log", "privacy_mail", "id_copy", "invoice", "message")


def _pick(rng: random.Random, options: Sequence[str]) -> str:
    return options[rng.randrange(len(options))]


# --- support call transcripts ---------------------------------------------------------------------

_T_OPEN = (
    ("A", "Goedemorgen, u spreekt met {a.first:agent} van {company}. Waarmee kan ik u helpen?"),
    ("A", "{company}, goedemiddag, u spreekt met {a.full:agent}."),
    ("A", "Goedendag, klantenservice van {company}, met {a.first:agent}."),
)
_T_INTRO = (
    "Ja, goedendag, u spreekt met {p.full}. Ik bel over mijn contract.",
    "Hallo, met {p.spoken_title} {p.family_alone:title}. Ik heb een vraag over mijn laatste rekening.",
    "Ja hallo, {p.full} hier. Ik ben verhuisd en wil mijn gegevens aanpassen.",
    "Goedemiddag, met {p.full}... eh, ik bel over de machtiging voor mijn vader.",
)
_T_VERIFY = (
    (("A", "Voor de verificatie: wat is uw geboortedatum?"), ("K", "Ik ben geboren op {dob:long}.")),
    (("A", "Mag ik uw geboortedatum?"), ("K", "Geboortedatum is {dob:long}, ja.")),
    (("A", "Kunt u uw telefoonnummer bevestigen?"), ("K", "Dat is {mobile:spoken}.")),
    (("A", "Kunt u uw burgerservicenummer noemen?"), ("K", "Ja hoor, mijn BSN is {bsn:spoken}.")),
    (("A", "Ik heb ook uw BSN nodig."), ("K", "Even pakken... het BSN is {bsn:spoken}.")),
    (("A", "En wat is uw postcode en adres?"), ("K", "Postcode {postcode}, dat is de {address} in {place}.")),
    (("A", "Op welk e-mailadres kunnen we u bereiken?"), ("K", "Dat is {email}.")),
    (("A", "Klopt het dat u geboren bent op {dob:long}?"), ("K", "Ja, dat klopt.")),
)
_T_TOPIC = (
    (
        ("K", "Ik wil mijn rekeningnummer wijzigen. Het nieuwe IBAN is {iban:spoken}."),
        ("A", "Ik herhaal: {iban:grouped}. Klopt dat?"),
        ("K", "Ja, klopt."),
    ),
    (("K", "Mijn IBAN is {iban:spoken}, daar moet de terugbetaling naartoe."), ("A", "Dank u, dat heb ik genoteerd.")),
    (("A", "Op welk nummer kunnen we u terugbellen?"), ("K", "Op {mobile:spoken}.")),
    (
        ("A", "Heeft u een telefoonnummer waarop we u overdag kunnen bereiken?"),
        ("K", "Ja, {phone:spoken}. Of mijn werk, {landline2:spoken}."),
    ),
    (("K", "Ik zit nu in het buitenland, u kunt me daar bellen op {intl}."), ("A", "Dat noteer ik.")),
    (("A", "Is uw telefoonnummer nog steeds {phone}?"), ("K", "Nee, dat is veranderd, het is nu {mobile2:spoken}.")),
    (
        ("K", "Mijn toestel, een {device}, is gestolen. Kunt u het blokkeren?"),
        ("A", "Dan heb ik het IMEI-nummer nodig, dat staat op de doos of op de factuur."),
        ("K", "Het IMEI-nummer is {imei}."),
    ),
    (
        ("K", "De telefoon doet het niet meer, het is een {device}."),
        ("A", "Kunt u het IMEI van het toestel voorlezen? Dat vindt u onder instellingen."),
        ("K", "Ja, IMEI {imei}."),
        ("A", "Dank u, ik zie het toestel in ons systeem."),
    ),
    (("K", "Ik ga verhuizen naar de {address2} in {place2}."), ("A", "En de postcode daar?"), ("K", "{postcode2}.")),
    (
        ("K", "Mijn partner, {q.full}, staat ook op het contract en mag ook bellen."),
        ("A", "Dan heb ik de geboortedatum van {q.first:prose} nodig."),
        ("K", "Geboren {dob2:long}."),
    ),
    (
        (
            "K",
            "Ik heb vorige week betaald met mijn creditcard, nummer {card:spaced}, maar het is twee keer afgeschreven.",
        ),
        ("A", "Dat zoek ik voor u uit."),
    ),
    (
        ("K", "Ik heb mijn paspoort als legitimatie opgestuurd, documentnummer {docnum}."),
        ("A", "Dat document hebben we ontvangen."),
    ),
)
_T_CLOSE = (
    (("A", "Dank u wel, {p.spoken_title} {p.family_alone:title}, nog een fijne dag."), ("K", "Dank u, dag.")),
    (
        ("A", "Is er verder nog iets waarmee ik u kan helpen?"),
        ("K", "Nee, dat was het, bedankt."),
        ("A", "Graag gedaan. Fijne dag nog."),
    ),
    (
        ("A", "U ontvangt een bevestiging per e-mail. Tot ziens, {p.spoken_title} {p.family_alone:title}."),
        ("K", "Tot ziens."),
    ),
)


def transcript(d: Doc) -> None:
    rng = d.rng
    agent_label = _pick(rng, ("Medewerker", "Agent", "Klantenservice"))
    client_label = _pick(rng, ("Klant", "Beller"))
    with_name = rng.random() < 0.3
    d.fill("Transcript telefoongesprek {company}\nGespreksnummer: {ticket}\nDatum: {date}\n\n")
    seconds = rng.randrange(1, 5)

    def turn(speaker: str, template: str) -> None:
        nonlocal seconds
        d.add(f"[{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}] ")
        if speaker == "A":
            d.add(agent_label)
            if with_name:
                d.add(" (")
                d.name(d.person("a").first, "agent")
                d.add(")")
        else:
            d.add(client_label)
        d.add(": ")
        d.fill(template)
        d.add("\n")
        seconds += rng.randrange(3, 25)

    turn(*_pick(rng, _T_OPEN))
    turn("K", _pick(rng, _T_INTRO))
    for block in rng.sample(_T_VERIFY, rng.randrange(1, 4)):
        for speaker, template in block:
            turn(speaker, template)
    for block in rng.sample(_T_TOPIC, rng.randrange(1, 3)):
        for speaker, template in block:
            turn(speaker, template)
    for speaker, template in _pick(rng, _T_CLOSE):
        turn(speaker, template)


# --- chat logs ------------------------------------------------------------------------------------

_C_CLIENT = (
    "hoi ik heb een vraag over mijn factuur",
    "goedemiddag, ik ben {p.full}",
    "hallo met {p.first:prose} hier",
    "mijn bsn is {bsn}",
    "bsn {bsn:split}",
    "mn bsn is {n_bsn} ... wacht nee dat klopt niet, het is {bsn}",
    "mijn nieuwe iban is {iban}",
    "iban is {iban:split}",
    "rekeningnummer {n_iban} oh wacht die is fout, {iban2}",
    "mijn nummer is {mobile}",
    "bel me maar op {mobile:split}",
    "of vast nummer {landline}",
    "ik woon op de {address} in {place}",
    "nieuw adres: {address2} {postcode2} {city2}",
    "mijn mail is {email}",
    "ik ben geboren op {dob}",
    "geboortedatum {dob}",
    "ordernummer {n_bsn2}",
    "ik heb {n_price} betaald maar nog niks ontvangen",
    "track en trace code is {n_luhn}",
    "mijn telefoon is gestolen, imei {imei}",
    "toestel is een {device}, imei nummer {imei}",
    "ik heb met mijn creditcard betaald {card}",
    "kvk nummer van mijn bedrijf is {n_kvk}",
    "de app geeft een foutmelding, versie {n_version}",
    "foutcode {n_uuid} om {n_ts:iso_z} zegt de app",
    "of bel mn belgische nummer {intl}",
    "ok dankjewel",
    "top bedankt!",
)
_C_AGENT = (
    "Hoi {p.first}, ik help je graag. Waar gaat het over?",
    "Dank je wel. Kun je ter verificatie je geboortedatum doorgeven?",
    "Ik zie je gegevens. Ik heb een bevestiging gestuurd naar {email}.",
    "Je bestelling {n_bsn2} is onderweg.",
    "Ik heb het nieuwe rekeningnummer doorgevoerd.",
    "Dat bedrag van {n_price} zie ik inderdaad staan.",
    "Ik heb het toestel met IMEI {imei} geblokkeerd.",
    "Fijne dag nog, {p.first}!",
    "Is er nog iets anders waarmee ik je kan helpen?",
)


def chat(d: Doc) -> None:
    rng = d.rng
    d.fill("Chatgesprek {company} - {date}\n")
    hour, minute = rng.randrange(8, 22), rng.randrange(60)
    client = _pick(rng, ("Klant", "Bezoeker", "Jij"))
    agent_named = rng.random() < 0.6
    lines: list[tuple[str, str]] = [("A", _C_AGENT[0])]
    for template in rng.sample(_C_CLIENT[1:-2], rng.randrange(4, 8)):
        lines.append(("K", template))
        if rng.random() < 0.5:
            lines.append(("A", _pick(rng, _C_AGENT[1:-2])))
    lines.append(("K", _pick(rng, _C_CLIENT[-2:])))
    lines.append(("A", _pick(rng, _C_AGENT[-2:])))
    if rng.random() < 0.5:
        lines.insert(1, ("K", _C_CLIENT[0]))
    for speaker, template in lines:
        minute += rng.randrange(0, 3)
        d.add(f"[{(hour + minute // 60) % 24:02d}:{minute % 60:02d}] ")
        if speaker == "A":
            if agent_named:
                d.name(d.person("a").first, "agent")
                d.fill(" ({company})")
            else:
                d.add("Medewerker")
            d.add(": ")
            d.fill(template)
        else:
            d.add(f"{client}: ")
            d.casual = True
            d.fill(template)
            d.casual = False
        d.add("\n")


# --- application error reports ----------------------------------------------------------------------

_E_DESCRIPTION = (
    "Ik probeer mijn IBAN te wijzigen naar {iban} maar krijg steeds een foutmelding. Mijn naam is {p.full}.",
    "Bij het opslaan van mijn adres ({address}, {postcode} {city}) loopt de app vast.",
    "Na het inloggen zie ik de gegevens van iemand anders: {q.full}, geboren {dob2}.",
    "Ik kan mijn toestel niet registreren. IMEI van het toestel: {imei}. Graag terugbellen op {mobile}.",
    "De betaling met creditcard {card} is mislukt maar wel afgeschreven.",
    "Het uploaden van mijn ID-kaart lukt niet (documentnummer {docnum}).",
    "Foutmelding bij het invullen van mijn BSN {bsn}, terwijl het nummer echt klopt.",
)
_E_EXCEPTION = (
    'Traceback (most recent call last):\n  File "/srv/portal/app/views/profile.py", line {n}, in update_bank_account\n'
    '    account.iban = validate_iban(form["iban"])\nValidationError: IBAN {n_iban:compact} heeft een ongeldig '
    "controlegetal (klant {p.with_initials})",
    'Traceback (most recent call last):\n  File "/srv/portal/app/models/customer.py", line {n}, in save\n'
    'psycopg.errors.UniqueViolation: duplicate key value violates unique constraint "customer_bsn_key"\n'
    "DETAIL:  Key (bsn)=({bsn:plain}) already exists.",
    'Traceback (most recent call last):\n  File "/srv/portal/app/geo.py", line {n}, in geocode\n'
    "KeyError: 'huisnummer' while geocoding '{address}, {postcode} {city}'",
    "smtplib.SMTPRecipientsRefused: recipient {email} refused (550 5.1.1 mailbox unavailable)",
    "PaymentDeclined: card {card:plain} declined for order {n_bsn} (amount {n_price})",
    "DeviceNotFound: no device with imei={imei:plain} for customer {email}",
    "TimeoutError: upstream {ip}:8443 did not answer within 30s (request {n_uuid})",
    "ConnectionResetError: [Errno 104] Connection reset by peer [{ip:v6}]:443",
    "ShipmentError: tracking number {n_luhn} unknown at carrier",
)


def error_report(d: Doc) -> None:
    rng = d.rng
    d.fill("Foutrapport {ticket}\nApplicatie: MijnPortaal {n_version}\nOmgeving: productie\n")
    d.fill("Tijdstip: {n_ts:iso_z}\nGebruiker: {email}\nClient-IP: {ip}\nSessie: {n_uuid}\nBuild: {n_git}\n")
    if rng.random() < 0.6:
        d.fill("Apparaat: {device}, OS {n_version2}, IMEI {imei3}\n")
    d.fill("\nBeschrijving door gebruiker:\n")
    d.fill(_pick(rng, _E_DESCRIPTION))
    d.add("\n\nTechnische details:\n")
    for template in rng.sample(_E_EXCEPTION, rng.randrange(1, 3)):
        d.fill(template.replace("{n}", str(rng.randrange(20, 900))))
        d.add("\n")
    if rng.random() < 0.4:
        d.fill("\nGemeld door {a.full:agent} (servicedesk), terugbellen via {landline}.\n")


# --- JSON log lines -------------------------------------------------------------------------------

_LOG_EVENTS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    (
        "INFO",
        "auth",
        (
            ("event", "login_success"),
            ("user", "{email}"),
            ("ip", "{ip}"),
            ("request_id", "{n_uuid}"),
            ("app_version", "{n_version}"),
        ),
    ),
    (
        "WARN",
        "auth",
        (("event", "login_failed"), ("msg", "wrong password for {email} from {ip:v6}"), ("attempt", "#3")),
    ),
    (
        "WARN",
        "payments",
        (("event", "card_declined"), ("card", "{card:plain}"), ("order_id", "{n_bsn}"), ("amount", "{n_price}")),
    ),
    (
        "INFO",
        "billing",
        (
            ("event", "iban_changed"),
            ("customer", "{p.full}"),
            ("old_iban", "{iban:compact}"),
            ("new_iban", "{iban2:compact}"),
        ),
    ),
    (
        "ERROR",
        "billing",
        (("event", "iban_rejected"), ("iban", "{n_iban:compact}"), ("reason", "checksum"), ("trace_id", "{n_uuid}")),
    ),
    (
        "INFO",
        "devices",
        (
            ("event", "device_registered"),
            ("imei", "{imei:plain}"),
            ("model", "{device}"),
            ("customer_email", "{email}"),
        ),
    ),
    (
        "INFO",
        "devices",
        (("event", "device_blocked"), ("msg", "toestel met IMEI {imei} geblokkeerd op verzoek van {p.with_initials}")),
    ),
    (
        "INFO",
        "profile",
        (
            ("event", "profile_updated"),
            ("bsn", "{bsn:plain}"),
            ("geboortedatum", "{dob:iso}"),
            ("adres", "{address}"),
            ("postcode", "{postcode}"),
            ("woonplaats", "{city}"),
        ),
    ),
    ("INFO", "notify", (("event", "sms_sent"), ("to", "{mobile:intl_compact}"), ("template", "otp_login"))),
    (
        "INFO",
        "deploy",
        (("event", "deploy_finished"), ("commit", "{n_git}"), ("version", "{n_version}"), ("duration_ms", "812")),
    ),
    (
        "INFO",
        "shipping",
        (("event", "label_created"), ("tracking", "{n_luhn}"), ("merchant_kvk", "{n_kvk}"), ("order_id", "{n_bsn}")),
    ),
    (
        "ERROR",
        "geo",
        (("event", "geocode_failed"), ("msg", "no match for {address}, {postcode} {city}"), ("trace_id", "{n_uuid}")),
    ),
    (
        "INFO",
        "support",
        (("event", "ticket_created"), ("msg", "ticket {ticket} aangemaakt door {p.with_initials} (tel. {phone})")),
    ),
    (
        "DEBUG",
        "gateway",
        (
            ("event", "request"),
            ("remote_addr", "{ip}"),
            ("path", "/api/v2/orders"),
            ("status", "200"),
            ("epoch", "{n_ts:epoch}"),
        ),
    ),
    (
        "INFO",
        "kyc",
        (("event", "document_checked"), ("documentnummer", "{docnum}"), ("result", "ok"), ("customer", "{p.full}")),
    ),
    (
        "WARN",
        "payments",
        (
            ("event", "refund_failed"),
            ("iban", "{ibanf:compact}"),
            ("amount", "{n_price}"),
            ("msg", "beneficiary name mismatch for {p.with_initials}"),
        ),
    ),
)


def log_line(d: Doc) -> None:
    """One JSON log line; values are built so that they never need JSON escaping."""
    level, service, fields = _pick(d.rng, _LOG_EVENTS)
    d.add('{"ts": "')
    d.r_n_ts("ts", d.rng.choice(("iso_ms", "iso_z", "iso_offset")))
    d.add(f'", "level": "{level}", "service": "{service}"')
    for key, template in fields:
        d.add(f', "{key}": "')
        d.fill(template)
        d.add('"')
    d.add("}")


# --- e-mails to the privacy desk --------------------------------------------------------------------

_M_SUBJECTS = (
    "Inzageverzoek AVG",
    "Verzoek tot verwijdering van mijn gegevens",
    "Correctie persoonsgegevens",
    "Bezwaar tegen verwerking",
    "inzage persoonsgegevens art. 15 AVG",
)
_M_OPENINGS = (
    "Geachte heer/mevrouw,\n\nOp grond van artikel 15 AVG verzoek ik u om inzage in de persoonsgegevens die u "
    "van mij verwerkt.",
    "Beste privacyteam,\n\nIk wil graag dat al mijn gegevens bij {company} worden verwijderd (artikel 17 AVG).",
    "Geachte functionaris gegevensbescherming,\n\nIn uw systeem staan onjuiste gegevens over mij. Graag corrigeren.",
    "Hallo,\n\nIk maak bezwaar tegen het gebruik van mijn gegevens voor marketing.",
)
_M_DATA = (
    "Naam: {p.full:form}\nGeboortedatum: {dob}\nAdres: {address}, {postcode} {city}\nBSN: {bsn}\n",
    "Mijn gegevens:\n- naam: {p.with_initials:form}\n- geb. {dob}\n- adres: {address}\n  {postcode}  {city}\n"
    "- telefoon: {phone}\n",
    "Ter identificatie: ik ben {p.full}, geboren op {dob}, en woon op de {address} in {place}. Mijn "
    "burgerservicenummer is {bsn}.",
    "Klantnummer {klantnr}, IBAN {iban}, geboortedatum {dob}. Postadres {address}, {postcode} {city}.",
)
_M_EXTRA = (
    "Ik betaal maandelijks via rekening {iban}; dat nummer mag u na afhandeling ook verwijderen.",
    "Een kopie van mijn identiteitskaart (documentnummer {docnum}) stuur ik mee; de foto heb ik afgeschermd.",
    "Ik doe dit verzoek ook namens mijn {q.parent}, {q.spoken_title} {q.with_initials}, geboren {dob2}.",
    "Ik verblijf tot de zomer in het buitenland; bel dan {intl}.",
    "U kunt mij bereiken op {phone} of via dit e-mailadres.",
    "Mijn vorige e-mailadres {email2} gebruik ik niet meer.",
    "Op het oude adres in {place3} woon ik al een tijd niet meer.",
)
_M_CLOSINGS = ("Met vriendelijke groet,", "Vriendelijke groeten,", "Groet,", "Hoogachtend,")


def privacy_mail(d: Doc) -> None:
    rng = d.rng
    reply = rng.random() < 0.3
    sender, recipient = ("Privacyteam {company} <{email:desk}>", "{p.full:header} <{email}>")
    if not reply:
        sender, recipient = recipient, sender
    sent = datetime.datetime(2026, 1, 1, 8) + datetime.timedelta(
        days=rng.randrange(180), seconds=rng.randrange(10 * 3600)
    )
    d.fill(f"From: {sender}\nTo: {recipient}\n")
    d.add(f"Subject: {'RE: ' if reply else ''}{_pick(rng, _M_SUBJECTS)}\n")
    d.add(f"Date: {sent.strftime('%a, %d %b %Y %H:%M:%S')} +0100\n")
    d.add("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n")
    if reply:
        d.fill(
            "Geachte {p.letter_title} {p.family_alone:title},\n\nWij hebben uw verzoek ontvangen en "
            "geregistreerd onder nummer {ticket}. U ontvangt binnen een maand een reactie.\n\n"
        )
        d.fill(
            "Met vriendelijke groet,\n\n{a.full:signature}\nFunctionaris gegevensbescherming\n{company}\n"
            "T {landline}\n\n"
        )
        asked = sent - datetime.timedelta(days=rng.randrange(1, 20))
        d.add(f"Op {ids.format_date(ids.Date(asked.year, asked.month, asked.day), 'long')} schreef ")
        d.fill("{p.full} <{email}>:\n")
        quoted = Doc(rng=rng, people=d.people, values=d.values, company=d.company)
        _mail_body(quoted)
        d.append_quoted(quoted)
    else:
        _mail_body(d)


def _mail_body(d: Doc) -> None:
    rng = d.rng
    d.fill(_pick(rng, _M_OPENINGS))
    d.add("\n\n")
    d.fill(_pick(rng, _M_DATA))
    d.add("\n")
    for template in rng.sample(_M_EXTRA, rng.randrange(1, 3)):
        d.fill(template)
        d.add("\n")
    d.add(f"\n{_pick(rng, _M_CLOSINGS)}\n\n")
    d.fill("{p.full:signature}\n")
    if rng.random() < 0.5:
        d.fill("{mobile}\n")


# --- invoices -------------------------------------------------------------------------------------

_I_ITEMS = (
    "Abonnement maart",
    "Abonnement april",
    "Verbruik elektriciteit",
    "Installatiekosten",
    "Toestelkrediet",
    "Reparatie fiets",
    "Verzendkosten",
    "Servicekosten",
    "Huur april",
    "Borg",
)


def invoice(d: Doc) -> None:
    rng = d.rng
    d.fill("{company} B.V.\n{address2}\n{postcode2} {city2}\nKvK {n_kvk}  |  IBAN {iban2:grouped}\n")
    d.fill("Tel. {landline}  |  {email:desk}\n\nFACTUUR\n\n")
    d.fill("Factuurnummer: {n_bsn}\nFactuurdatum: {date}\nKlantnummer: {klantnr}\n\n")
    d.fill(
        _pick(
            rng,
            (
                "Aan:\n{p.formal_title} {p.with_initials:initials}\n",
                "Aan:\n{p.full}\n",
                "T.a.v. {p.formal_title} {p.family_alone:title}\n",
            ),
        )
    )
    d.fill("{address}\n{postcode}  {city:upper}\n\n" if rng.random() < 0.3 else "{address}\n{postcode} {city}\n\n")
    style = rng.choice(ids.PRICE_STYLES)
    d.add(f"{'Omschrijving':<34}Bedrag\n")
    subtotal = 0
    for item in rng.sample(_I_ITEMS, rng.randrange(1, 4)):
        cents = rng.randrange(500, 40000)
        subtotal += cents
        d.add(f"{item:<34}")
        d.neg(ids.format_price(cents, style), "price")
        d.add("\n")
    vat = round(subtotal * 0.21)
    for label, cents in (("Subtotaal", subtotal), ("BTW 21%", vat), ("Totaal", subtotal + vat)):
        d.add(f"{label:<34}")
        d.neg(ids.format_price(cents, style), "price")
        d.add("\n")
    d.add("\n")
    how = rng.randrange(4)
    if how == 0:
        d.fill(
            "Wij verzoeken u het bedrag binnen 14 dagen over te maken op {iban2:grouped} t.n.v. {company} "
            "o.v.v. factuurnummer {n_bsn}.\n"
        )
    elif how == 1:
        d.fill("Het bedrag wordt rond {date2} automatisch afgeschreven van uw rekening {iban}.\n")
    elif how == 2:
        d.fill("Betaald met creditcard {card}. Transactiereferentie {n_uuid}.\n")
    else:
        d.fill(
            "Let op: het rekeningnummer {n_iban} op onze vorige factuur was onjuist. Betaal uitsluitend "
            "op {iban2:grouped}.\n"
        )
    if rng.random() < 0.4:
        d.fill("Uw bestelling is verzonden met zendingnummer {n_luhn}.\n")
    if rng.random() < 0.3:
        d.fill("Vragen? Bel {landline} of mail naar {email:desk}.\n")


# --- short messages (CLI input) ---------------------------------------------------------------------

_MESSAGES = (
    "Hoi, mijn nieuwe nummer is {mobile}. Groetjes, {p.first:signature}",
    "Graag mijn IBAN wijzigen naar {iban}. BSN {bsn}. Met vriendelijke groet, {p.full:signature}",
    "Mijn telefoon ({device}) is gestolen, IMEI {imei}. Kunnen jullie hem blokkeren?",
    "Bestelling {n_bsn} nog niet ontvangen, track & trace {n_luhn}",
    "Ik ben verhuisd naar {address}, {postcode} {city}. Groet, {p.full:signature}",
    "Kunnen jullie mijn creditcard {card} uit mijn account {email} verwijderen?",
    "Inloggen lukt niet vanaf {ip}, app versie {n_version}",
    "Hierbij mijn paspoortnummer: {docnum}. Geboortedatum {dob}.",
    "Beste {a.first}, mijn {q.parent} {q.full} woont nu in {place}. Kunt u het adres aanpassen?",
    "Ik ben tijdelijk bereikbaar op {intl}, daarna weer op {mobile}.",
    "bel me ff terug op {mobile:pairs} aub, groetjes {p.first:signature}",
    "Geachte {p.letter_title} {p.family_alone:title}, uw aanvraag is ontvangen. Met vriendelijke groet, "
    "{a.full:signature}",
    "Betaling van {n_price} mislukt, foutcode in de app met sessie {n_uuid}.",
    "Mijn BSN is {bsn:spaced} en mijn IBAN {iban:lower_grouped}.",
    "Contact: {p.with_initials}, {email}, tel. {intl}",
    "Klant {p.with_initials:initials} (geb. {dob}) vraagt om inzage in het dossier.",
    "Storing gemeld door {p.full}, IMEI {imeisv}, laatste IP {ip:v6}.",
    "Ik woon sinds kort in {place}. Mijn nieuwe adres is {address}, {postcode} {city}.",
    "Factuur {n_bsn} klopt niet: ik ben zakelijk klant (KvK {n_kvk}) en betaal vanaf {ibanf}.",
    "Mijn e-mailadres is gewijzigd van {email2} naar {email}.",
    "Namens {p.spoken_title} {p.family_alone:title}: graag terugbellen op {landline}.",
    "Kopie ID-kaart: documentnummer {docnum}, BSN {bsn:dotted}, geboren {dob}.",
    "hee met {p.first} hier, mn bsn is {bsn:plain}, geb. {dob:dmy_short}",
    "Crash na update naar {n_version} (build {n_git}), melding om {n_ts:iso_ms}.",
)


def message(d: Doc) -> None:
    d.fill(_pick(d.rng, _MESSAGES))


COMPOSERS: dict[str, Callable[[Doc], None]] = {
    "transcript": transcript,
    "chat": chat,
    "error_report": error_report,
    "log": log_line,
    "privacy_mail": privacy_mail,
    "id_copy": id_copy,
    "invoice": invoice,
    "message": message,
}


def make_document(kind: str, index: int, seed: int) -> GoldDocument:
    """The ``index``-th document of ``kind`` for ``seed``; independent of any other document."""
    d = Doc(rng=random.Random(f"{seed}:{kind}:{index}"))
    COMPOSERS[kind](d)
    if kind not in ("log", "message") and not d.text().endswith("\n"):
        d.add("\n")
    return d.build(f"{kind}-{index:04d}", kind)


def generate_documents(n: int, seed: int, kinds: Sequence[str] | None = None) -> Iterator[GoldDocument]:
    """``n`` documents cycling through ``kinds`` (all kinds by default), reproducible from ``seed``."""
    chosen = tuple(kinds) if kinds else KINDS
    unknown = set(chosen) - set(COMPOSERS)
    if unknown:
        raise ValueError(f"unknown document kinds: {sorted(unknown)}")
    for i in range(n):
        yield make_document(chosen[i % len(chosen)], i // len(chosen), seed)
