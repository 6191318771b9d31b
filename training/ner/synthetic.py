"""Synthetic support-style NER training text that looks like afscherm's inputs.

Newspaper text (CoNLL-2002) has no chat, forms, e-mail signatures or OCR'd ID cards, so the model
never learns that ``hoi sanne`` holds a name or that ``Documentnummer`` does not. This module
writes such documents from templates, filling fictitious people (random first and family names
from ``detectors/data/names``, combined at random) and places, and records the entity spans.

Conventions (matching CoNLL-2002): a PER span is the name only — no title (``mevrouw``), no
greeting; initials belong to the name (``J.P. de Vries``). Field labels, greetings, months and
common words that double as surnames stay outside every span.

The templates and seed here are afscherm's own; the evaluation gold set is generated separately
(``bench/gold``) with other templates, so no test text is trained on.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

NAMES = Path(__file__).resolve().parents[2] / "afscherm" / "detectors" / "data" / "names"
DEFAULT_COUNT = 2500

# Dutch and Flemish places (public geography, not personal data).
CITIES = (
    "Amsterdam Rotterdam Utrecht Eindhoven Groningen Tilburg Almere Breda Nijmegen Apeldoorn Arnhem Haarlem "
    "Enschede Amersfoort Zaanstad Zwolle Leiden Maastricht Dordrecht Zoetermeer Ede Delft Alkmaar Venlo "
    "Deventer Leeuwarden Helmond Hilversum Heerlen Oss Roosendaal Purmerend Schiedam Lelystad Gouda Zeist "
    "Assen Emmen Vlaardingen Kampen Harderwijk Hoorn Middelburg Vlissingen Goes Terneuzen Sneek Drachten "
    "Meppel Hoogeveen Doetinchem Winterswijk Tiel Culemborg Woerden Veenendaal Wageningen Weert Roermond "
    "Sittard Geleen Kerkrade Valkenburg Bergen Texel Harlingen Franeker Dokkum Veendam Stadskanaal Coevorden "
    "Nunspeet Elburg Zutphen Lochem Borne Hengelo Almelo Oldenzaal Rijssen Steenwijk Urk Volendam Edam "
    "Monnickendam Zandvoort Bussum Naarden Baarn Soest Nieuwegein Houten IJsselstein Vianen Gorinchem "
    "Antwerpen Gent Brugge Leuven Mechelen Hasselt Kortrijk Brussel Aalst Genk Oostende Turnhout"
).split() + [
    "Den Haag",
    "Den Helder",
    "Den Bosch",
    "'s-Hertogenbosch",
    "Bergen op Zoom",
    "Capelle aan den IJssel",
    "Alphen aan den Rijn",
    "Krimpen aan den IJssel",
    "Hendrik-Ido-Ambacht",
    "Sint-Niklaas",
]
STREET_BASES = (
    "Kerk Dorps Molen School Stations Mark Hoog Nieuw Brug Haven Kade Linden Eiken Beuken Berken Wilgen Tulp "
    "Roos Lelie Zonnebloem Vogel Merel Lijster Spoor Polder Dijk Zuid Noord Oost West Kastanje Esdoorn Populier "
    "Vondel Rembrandt Vermeer Oranje Prinsen Keizers Heren Julianna Beatrix Wilhelmina Emma Koning Graaf"
).split()
STREET_SUFFIXES = ("straat", "laan", "weg", "plein", "gracht", "singel", "dreef", "hof", "kade", "pad")
ORGS = (
    "KPN",
    "Ziggo",
    "Coolblue",
    "PostNL",
    "Bol.com",
    "ING",
    "Rabobank",
    "ABN AMRO",
    "Belastingdienst",
    "UWV",
    "DUO",
    "Eneco",
    "Vattenfall",
    "Essent",
    "NS",
    "Albert Heijn",
    "Jumbo",
    "HEMA",
    "Gemeente Utrecht",
    "Gemeente Rotterdam",
    "CZ",
    "Zilveren Kruis",
    "Menzis",
    "VGZ",
    "Achmea",
    "Nationale-Nederlanden",
)
MONTHS = ("januari februari maart april mei juni juli augustus september oktober november december").split()
# Surnames that are also Dutch words; the negatives use them as words so the model learns the context.
WORD_SURNAMES = (
    "Bakker",
    "Visser",
    "Smit",
    "Mulder",
    "Molenaar",
    "Koster",
    "Schipper",
    "Zon",
    "Hoek",
    "Brouwer",
    "Timmerman",
    "Kok",
    "Schilder",
    "Boer",
    "Dekker",
    "Wolf",
    "Vos",
    "Haan",
)

ID_MONTHS = (
    "JAN/JAN",
    "FEB/FEB",
    "MAA/MAR",
    "APR/APR",
    "MEI/MAY",
    "JUN/JUN",
    "JUL/JUL",
    "AUG/AUG",
    "SEP/SEP",
    "OKT/OCT",
    "NOV/NOV",
    "DEC/DEC",
)
# Speaker roles in chat and call logs: labels, never names.
ROLES = (
    "Klant",
    "Bezoeker",
    "Beller",
    "Medewerker",
    "Agent",
    "Jij",
    "U",
    "Klantenservice",
    "Support",
    "Chatbot",
    "Systeem",
    "Helpdesk",
    "Operator",
    "Servicedesk",
    "Bot",
    "Klant (gast)",
    "Gebruiker",
)
EXCEPTIONS = (
    "KeyError",
    "ValueError",
    "TimeoutError",
    "ConnectionResetError",
    "PaymentDeclinedException",
    "NullPointerException",
    "OrderNotFound",
    "InvalidAddressError",
    "HTTPError",
    "AuthenticationFailed",
)
ORG_KINDS = (
    "Gemeente",
    "Zorgverzekeraar",
    "Woningcorporatie",
    "Webwinkel",
    "Energiebedrijf",
    "Bakkerij",
    "Garage",
    "Fietsenwinkel",
    "Tandartspraktijk",
    "Installatiebedrijf",
    "Verzekeraar",
    "Stichting",
    "Huisartsenpraktijk",
    "Waterschap",
    "Autoverhuur",
    "Drukkerij",
)
ORG_WORDS = (
    "Heuvelrug",
    "Zeewind",
    "Korenaar",
    "Lindeboom",
    "Waterweg",
    "Duinrand",
    "Veenhof",
    "Zonnedal",
    "Eikenhof",
    "Kempenland",
    "Rivierdal",
    "Noorderlicht",
    "Hoogland",
    "Wadkust",
    "Polderhuis",
    "Molenwiek",
    "Brugzicht",
)
ORG_TAILS = ("", "", " B.V.", " Groep", " Energie", " Mobiel", " Zorg", " Wonen", " Online", " Nederland", " & Zn.")


def org_name(rng: random.Random) -> str:
    word = rng.choice(ORG_WORDS)
    return rng.choice((f"{rng.choice(ORG_KINDS)} {word}", f"{word}{rng.choice(ORG_TAILS)}", rng.choice(ORGS)))


PLACEHOLDER = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=1)
def first_names() -> tuple[str, ...]:
    data = json.loads((NAMES / "first_names.json").read_text(encoding="utf-8"))
    return tuple(sorted({d["naam"] for d in data if d["naam"].isalpha() or "-" in d["naam"]}))


@lru_cache(maxsize=1)
def family_names() -> tuple[str, ...]:
    lines = (NAMES / "family_names_freq5.lst").read_text(encoding="utf-8").splitlines()
    # Leave out the list's oddities (digits for letters, glued particles): they teach nothing.
    return tuple(n for n in lines if re.fullmatch(r"[A-Za-zÀ-ÿ' -]{2,40}", n) and "  " not in n)


class Person:
    """A fictitious person and the ways support text writes their name."""

    def __init__(self, rng: random.Random) -> None:
        self.firsts = [rng.choice(first_names()) for _ in range(rng.choice((1, 1, 1, 2, 2, 3)))]
        surname = rng.choice(family_names())
        # The list holds both "Van den Berg" and "van den Berg"; after a first name the particle is lowercase.
        parts = surname.split()
        particles = [p for p in parts[:-1] if p.lower() in PARTICLES]
        if len(particles) == len(parts) - 1 and particles:
            surname = " ".join([p.lower() for p in particles] + [parts[-1]])
        self.surname = surname

    @property
    def first(self) -> str:
        return self.firsts[0]

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"

    @property
    def all_firsts(self) -> str:
        return " ".join(self.firsts)

    @property
    def initials(self) -> str:
        return "".join(f"{f[0]}." for f in self.firsts)

    @property
    def with_initials(self) -> str:
        return f"{self.initials} {self.surname}"

    @property
    def surname_alone(self) -> str:
        """Without a first name or initials, Dutch capitalises the first particle (meneer De Vries)."""
        return self.surname[0].upper() + self.surname[1:]


PARTICLES = {"van", "de", "der", "den", "ten", "ter", "te", "het", "'t", "in", "op", "la", "le", "du", "da", "von"}


def street(rng: random.Random) -> str:
    return rng.choice(STREET_BASES) + rng.choice(STREET_SUFFIXES)


def postcode(rng: random.Random) -> str:
    letters = "ABCDEGHJKLMNPRSTVWXZ"
    return f"{rng.randint(1000, 9999)} {rng.choice(letters)}{rng.choice(letters)}"


def phone(rng: random.Random) -> str:
    return rng.choice(("06-", "06 ", "+31 6 ", "010-", "020 ")) + "".join(str(rng.randint(0, 9)) for _ in range(8))


def date(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2005)
    return rng.choice((f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"))


def email_of(p: Person, rng: random.Random) -> str:
    local = rng.choice((f"{p.first}.{p.surname}", f"{p.first[0]}.{p.surname}", f"{p.first}{rng.randint(1, 99)}"))
    local = re.sub(r"[^a-z.0-9]", "", local.lower())
    return f"{local}@{rng.choice(('gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl', 'outlook.com'))}"


# Templates: {PER:style} and {LOC}/{ORG} are entities; {x} other placeholders are plain filler.
# Each template function returns the text pieces; filling happens in ``render``.
Template = Callable[[random.Random, Person, Person], str]


def t_transcript(rng: random.Random, a: Person, k: Person) -> str:
    opener = rng.choice(
        (
            "Medewerker: Goedemorgen, u spreekt met {PER:a.first} van de klantenservice, waarmee kan ik u helpen?",
            "Agent: Goedemiddag, {ORG} klantenservice, u spreekt met {PER:a.first}.",
            "[10:0{n}] Medewerker ({PER:a.first}): Goedendag, waarmee kan ik u van dienst zijn?",
        )
    )
    lines = [opener]
    lines.append(
        rng.choice(
            (
                "Klant: Ja hallo, met {PER:k.full}, ik bel over mijn laatste factuur.",
                "Beller: Goedemorgen, u spreekt met {PER:k.with_initials}.",
                "Klant: Hoi, ik ben {PER:k.first} {SUR:k}, mijn internet doet het al twee dagen niet.",
                "Klant: Dag, met mevrouw {PER:k.surname_alone}. Mijn pakket is niet aangekomen.",
                "Klant: Hallo, dit is {PER:k.all_firsts} {SUR:k} uit {LOC}.",
            )
        )
    )
    lines.append(
        rng.choice(
            (
                "Medewerker: Dank u wel, meneer {PER:k.surname_alone}. Mag ik uw postcode en huisnummer?",
                "Medewerker: Prima, mevrouw {PER:k.surname_alone}, ik zoek het even voor u op.",
                "Agent: Dank je {PER:k.first}. Klopt het adres {LOC:street} {num} in {LOC}?",
                "Medewerker: Op welke naam staat het contract? Klant: Op naam van {PER:k.with_initials}.",
            )
        )
    )
    lines.append(
        rng.choice(
            (
                "Klant: {postcode}, nummer {num}. Het contract staat op naam van mijn partner, {PER:o.full}.",
                "Klant: Ja, dat klopt. Mijn geboortedatum is {date}.",
                "Klant: Ik woon sinds {month} in {LOC}, op de {LOC:street}.",
                "Klant: Mijn telefoonnummer is {phone}, u kunt ook mailen naar {email}.",
            )
        )
    )
    lines.append(
        rng.choice(
            (
                "Medewerker: Ik heb een monteur ingepland voor {weekday}. Fijne dag nog!",
                "Medewerker: Ik stuur de bevestiging naar {email}. Kan ik verder nog iets voor u doen?",
                "Notitie ({PER:a.first}): klant teruggebeld op {date}, probleem opgelost.",
                "Medewerker: Ik verbind u door met mijn collega {PER:o.first}.",
            )
        )
    )
    return "\n".join(lines)


def t_chat(rng: random.Random, a: Person, k: Person) -> str:
    lines = [
        rng.choice(
            (
                "hoi {PER:a.first}!",
                "hey {PER:a.first}, ben je er?",
                "hallo {PER:a.first}",
                "hi {PER:a.first} 😊",
                "goedemorgen {PER:a.first}",
                "hoi {PER:a.first} en {PER:o.first}",
                "dag {PER:a.first},",
                "Hoi {PER:a.first}, hoe is het?",
                "yo {PER:a.first}",
            )
        )
    ]
    lines.append(
        rng.choice(
            (
                "ik heb het pakketje naar {LOC} gestuurd, t.a.v. {PER:k.full}",
                "kun je {PER:k.first} even bellen? zijn nummer is {phone}",
                "{PER:k.first} zei dat de bakker op de hoek vandaag dicht is",
                "heb je de mail van {PER:k.full} gezien?",
                "ik zit vandaag in {LOC}, morgen weer op kantoor",
                "de zon schijnt hier in {LOC}, lekker weertje",
                "in {month} ben ik met vakantie, {PER:k.first} neemt het over",
                "klant {PER:k.full} belt straks terug over zijn bestelling",
                "mvg {PER:k.first}",
            )
        )
    )
    lines.append(
        rng.choice(
            (
                "groetjes, {PER:k.first}",
                "thanks!",
                "top, dank je {PER:a.first}",
                "ok 👍",
                "gr {PER:k.first}",
                "tot morgen",
                "liefs {PER:k.first}",
                "ik laat het weten",
                "xx {PER:k.first}",
            )
        )
    )
    return "\n".join(lines)


def t_email(rng: random.Random, a: Person, k: Person) -> str:
    parts = [
        rng.choice(
            (
                "Beste {PER:a.first},",
                "Geachte heer {PER:a.surname_alone},",
                "Geachte mevrouw {PER:a.with_initials},",
                "Hallo {PER:a.first},",
                "Beste {PER:a.full},",
                "Goedemiddag,",
                "Geachte heer/mevrouw,",
                "Beste collega's,",
            )
        )
    ]
    parts.append(
        rng.choice(
            (
                "Hierbij stuur ik u de gegevens van mijn moeder, {PER:o.full}, geboren op {date} in {LOC}.",
                "Op {date} heb ik een bestelling geplaatst, maar ik heb nog niets ontvangen.",
                "Zoals besproken met uw collega {PER:o.with_initials} stuur ik u een kopie van mijn identiteitskaart.",
                "Mijn nieuwe adres is {LOC:street} {num}, {postcode} {LOC}.",
                "Graag wil ik mijn abonnement bij {ORG} opzeggen per 1 {month}.",
                "Kunt u het bedrag overmaken naar de rekening op naam van {PER:k.with_initials}?",
            )
        )
    )
    parts.append(
        rng.choice(
            (
                "Met vriendelijke groet,\n{PER:k.full}",
                "Met vriendelijke groet,\n\n{PER:k.with_initials}\n{LOC:street} {num}\n{postcode} {LOC}",
                "Vriendelijke groeten,\n{PER:k.first}",
                "Groet,\n{PER:k.first}\n\nVerzonden vanaf mijn iPhone",
                "Met vriendelijke groet,\n{PER:k.all_firsts} {SUR:k}\nAfdeling Klantcontact | {ORG}\nT {phone}",
                "Mvg,\n{PER:k.full}\n{email}",
                "Hartelijke groet,\n{PER:k.first} {SUR:k}\nTel: {phone}",
                "Groetjes,\n{PER:k.first}",
            )
        )
    )
    return "\n\n".join(parts)


def t_form(rng: random.Random, a: Person, k: Person) -> str:
    rows = [
        rng.choice(
            (
                "Naam: {PER:k.full}",
                "Naam aanvrager: {PER:k.with_initials}",
                "Volledige naam: {PER:k.all_firsts} {SUR:k}",
                "Voornaam: {PER:k.first}\nAchternaam: {PER:k.surname_alone}",
                "Voorletters: {PER:k.initials}\nAchternaam: {PER:k.surname_alone}",
                "Naam klant: {PER:k.full}",
            )
        ),
        rng.choice(
            (
                "Adres: {LOC:street} {num}",
                "Straat en huisnummer: {LOC:street} {num}",
                "Straat: {LOC:street}\nHuisnummer: {num}",
            )
        ),
        rng.choice(("Postcode: {postcode}", "Postcode en woonplaats: {postcode} {LOC}")),
        rng.choice(("Woonplaats: {LOC}", "Plaats: {LOC}", "Geboorteplaats: {LOC}")),
        rng.choice(("Geboortedatum: {date}", "Telefoon: {phone}", "E-mailadres: {email}", "Klantnummer: {cust}")),
        rng.choice(
            (
                "Contactpersoon: {PER:o.full}",
                "Opmerkingen: graag bellen na 17:00",
                "Handtekening: ________",
                "Datum: {date}",
                "Reden van contact: verhuizing per 1 {month}",
            )
        ),
    ]
    rng.shuffle(rows)
    sep = rng.choice(("\n", "\n", " | ", "; "))
    return sep.join(rows)


def t_idcard(rng: random.Random, a: Person, k: Person) -> str:
    head = [
        rng.choice(("KONINKRIJK DER NEDERLANDEN", "KONINKRIJK DER NEDERLANDEN KINGDOM OF THE NETHERLANDS")),
        rng.choice(
            (
                "IDENTITEITSKAART IDENTITY CARD",
                "PASPOORT PASSPORT",
                "RIJBEWIJS",
                "IDENTITEITSKAART / IDENTITY CARD / CARTE D'IDENTITÉ",
                "PASPOORT / PASSPORT / PASSEPORT",
            )
        ),
        rng.choice(("Type / Type  Code / Code  Documentnummer / Document no.\nI  NLD  {docno}", "Type  P  Code  NLD")),
    ]
    fields = [
        ("Naam / Surname", "{PER:K.SURNAME}"),
        ("Voornamen / Given names", "{PER:K.FIRSTS}"),
        ("Nationaliteit / Nationality", "Nederlandse"),
        ("Geboortedatum / Date of birth", "{dob}"),
        ("Geslacht / Sex", rng.choice(("V/F", "M/M"))),
        ("Geboorteplaats / Place of birth", "{LOC:CITY}"),
        ("Documentnummer / Document no.", "{docno}"),
        ("Geldig tot / Date of expiry", "{exp}"),
        ("Datum van afgifte / Date of issue", "{dob}"),
        ("Persoonsnummer / Personal no.", "{bsn}"),
        ("Lengte / Height", "1,{height} m"),
        ("Autoriteit / Authority", "Burgemeester van {LOC:CITY}"),
    ]
    rng.shuffle(fields)
    # OCR keeps label and value on separate lines or joins them, depending on the layout.
    sep = rng.choice(("\n", "\n", " ", ": "))
    rows = head + [f"{label}{sep}{value}" for label, value in fields] + ["Handtekening houder / Holder's signature"]
    return "\n".join(rows)


def t_negative(rng: random.Random, a: Person, k: Person) -> str:
    word = rng.choice(WORD_SURNAMES).lower()
    return rng.choice(
        (
            f"Ik haal morgen brood bij de {word} op de hoek en daarna ga ik naar de markt.",
            f"De {word} van het dorp heeft een nieuwe winkel geopend aan de {{LOC:street}}.",
            "De zon schijnt en in mei gaan we weer op vakantie.",
            "Documentnummer, Geboortedatum en Nationaliteit staan op de voorkant van de kaart.",
            "Vul uw Voornamen, Achternaam en Geboorteplaats in op het formulier.",
            "Zon en zee: de zomer begint op 21 juni.",
            "Klantnummer en Factuurnummer vindt u rechtsboven op de factuur.",
            "Uw pakket wordt in {month} bezorgd door PostNL.",
            "Beste klant, bedankt voor uw bericht. Wij nemen binnen drie werkdagen contact met u op.",
            "Handtekening en Datum onderaan het formulier niet vergeten.",
        )
    )


def t_chatlog(rng: random.Random, a: Person, k: Person) -> str:
    """Chat and call logs with speaker prefixes: roles are labels, agents are people."""
    agent = rng.choice(("{PER:a.first}", "{PER:a.first}", "{PER:a.full}"))
    speaker_agent = rng.choice(
        (
            f"{agent}",
            f"{{role}} ({agent})",
            f"{agent} ({{ORG}})",
            f"{agent} - {{ORG}}",
            "{role}",
        )
    )
    speaker_client = rng.choice(("{role}", "{role}", "{PER:k.full}", "{PER:k.first}"))
    stamp = rng.choice(("[{time}] ", "{time} ", "[{date} {time}] ", "", "{time} - "))
    lines = [
        rng.choice(
            ("Chatgesprek {ORG} - {date}", "Gespreksverslag {ORG}", "Transcript {ORG}, {date}", "Chat {date}", "")
        )
    ]
    says_agent = [
        "{ORG}, goedemiddag, u spreekt met " + agent + ".",
        "Hoi, ik ben " + agent + ". Waarmee kan ik helpen?",
        "Dank u wel. Kunt u uw postcode noemen?",
        "Ik zie het staan, een moment.",
        "Klopt het dat u in {LOC} woont?",
        "Dank je {PER:k.first}, ik zet het door.",
        "Is er verder nog iets, meneer {PER:k.surname_alone}?",
        "Ik heb uw gegevens aangepast.",
        "Fijne dag nog!",
        "Ik stuur een bevestiging naar {email}.",
    ]
    says_client = [
        "hoi, ik heb een vraag over mijn factuur",
        "Mijn naam is {PER:k.full}.",
        "ja dat klopt",
        "ik woon op de {LOC:street} {num} in {LOC}",
        "mn geboortedatum is {date}",
        "top, bedankt!",
        "met {PER:k.with_initials}",
        "het staat op naam van {PER:o.full}",
        "nee dat was het, thx",
        "Goedemorgen, u spreekt met {PER:k.full}.",
    ]
    for i in range(rng.randint(3, 7)):
        who, says = (speaker_agent, says_agent) if i % 2 == 0 else (speaker_client, says_client)
        lines.append(f"{stamp}{who}: {rng.choice(says)}")
    return "\n".join(line for line in lines if line)


SUBJECTS = ("RE: uw vraag", "Verzoek om inzage", "Klacht", "Adreswijziging", "FW: factuur")


def t_mail_headers(rng: random.Random, a: Person, k: Person) -> str:
    en = rng.random() < 0.5
    fields = ("From", "To", "Subject", "Date") if en else ("Van", "Aan", "Onderwerp", "Datum")
    quoted = "\n".join("> " + line for line in t_email(rng, a, k).split("\n"))
    return "\n".join(
        (
            f"{fields[0]}: {{PER:k.full}} <{{email}}>",
            f"{fields[1]}: {rng.choice(('Klantenservice', 'Privacyteam', '{ORG}', 'info'))} <info@example.nl>",
            f"{fields[2]}: {rng.choice(SUBJECTS)}",
            f"{fields[3]}: {{date}}",
            "",
            rng.choice(
                (
                    "Beste {PER:k.first},",
                    "Geachte mevrouw {PER:k.surname_alone},",
                    "Geachte heer {PER:k.surname_alone},",
                )
            ),
            "",
            "Dank voor uw bericht. We nemen het in behandeling.",
            "",
            "Met vriendelijke groet,",
            "",
            "{PER:a.full}",
            rng.choice(("Functionaris gegevensbescherming", "Klantenservice", "Teamleider", "Afdeling Debiteuren")),
            "{ORG}",
            "",
            "Op {date} schreef {PER:k.full} <{email}>:",
            quoted,
        )
    )


def t_invoice(rng: random.Random, a: Person, k: Person) -> str:
    return "\n".join(
        (
            "{ORG}",
            "{LOC:street} {num}",
            "{postcode} {LOC}",
            "KvK {cust}  |  Tel. {phone}",
            "",
            rng.choice(("FACTUUR", "Factuur", "CREDITNOTA")),
            "",
            "Factuurnummer: {cust}",
            "Factuurdatum: {date}",
            "Klantnummer: {cust}",
            "",
            rng.choice(
                (
                    "T.a.v. dhr. {PER:k.surname_alone}",
                    "T.a.v. mevr. {PER:k.with_initials}",
                    "{PER:k.full}",
                    "Aan: {PER:k.with_initials}",
                )
            ),
            "{LOC:street} {num}",
            "{postcode} {LOC}",
            "",
            "Omschrijving                Bedrag",
            "Abonnement {month}          €{num},00",
            "Totaal                      €{num},95",
            "",
            "Graag betalen binnen 14 dagen o.v.v. het factuurnummer.",
        )
    )


def t_logs(rng: random.Random, a: Person, k: Person) -> str:
    lines = []
    for _ in range(rng.randint(1, 4)):
        lines.append(
            rng.choice(
                (
                    '{"ts": "{date}T{time}", "level": "INFO", "event": "profile_updated", "naam": "{PER:k.full}", '
                    '"woonplaats": "{LOC}"}',
                    "{date} {time} ERROR {exc}: {field} not found for user {email}",
                    "Traceback (most recent call last):\n"
                    "  File \"app/orders.py\", line {num}, in handle\n{exc}: '{field}'",
                    "{date} {time} WARN Build {num} Key {field} DETAIL: customer {PER:k.full} has no address",
                    "Gebruiker: {email}\n"
                    "Beschrijving: ik zie de gegevens van {PER:o.full} in plaats van mijn eigen gegevens.",
                    "{time} INFO Login ok for {PER:k.first} {SUR:k} from {LOC}",
                )
            )
        )
    return "\n".join(lines)


TEMPLATES: tuple[tuple[Template, float, float], ...] = (
    # template, weight, share written in lowercase (chat is often typed without capitals)
    (t_transcript, 0.10, 0.1),
    (t_chatlog, 0.16, 0.1),
    (t_chat, 0.14, 0.6),
    (t_email, 0.12, 0.05),
    (t_mail_headers, 0.08, 0.0),
    (t_form, 0.10, 0.05),
    (t_idcard, 0.10, 0.0),
    (t_invoice, 0.07, 0.0),
    (t_logs, 0.07, 0.0),
    (t_negative, 0.06, 0.2),
)


def render(template: str, rng: random.Random, people: dict[str, Person]) -> tuple[str, list[tuple[int, int, str]]]:
    """Fill the placeholders; return the text and its entity character spans."""
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for m in re.finditer(r"\{(\w+)(?::([\w.]+))?\}", template):
        out.append(template[pos : m.start()])
        length += m.start() - pos
        kind, arg = m.group(1), m.group(2)
        value, label = filler(kind, arg, rng, people)
        out.append(value)
        if label:
            spans.append((length, length + len(value), label))
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), merge_adjacent(spans, "".join(out))


def filler(kind: str, arg: str | None, rng: random.Random, people: dict[str, Person]) -> tuple[str, str | None]:
    if kind == "PER" and arg:
        who, attr = arg.split(".")
        p = people[who.lower()]
        if attr == "SURNAME":
            return p.surname.upper(), "PER"
        if attr == "FIRSTS":
            return p.all_firsts.upper(), "PER"
        return str(getattr(p, attr)), "PER"
    if kind == "SUR":  # the surname right after first names in the same PER span (merged below)
        return people[arg or "k"].surname, "PER"
    if kind == "LOC":
        if arg == "street":
            return street(rng), "LOC"
        city = rng.choice(CITIES)
        return (city.upper() if arg == "CITY" else city), "LOC"
    if kind == "ORG":
        return org_name(rng), "ORG"
    plain: dict[str, Callable[[], str]] = {
        "num": lambda: str(rng.randint(1, 250)) + rng.choice(("", "", "a", "-2", " bis")),
        "n": lambda: str(rng.randint(0, 9)),
        "postcode": lambda: postcode(rng),
        "phone": lambda: phone(rng),
        "date": lambda: date(rng),
        "dob": lambda: f"{rng.randint(1, 28):02d} {rng.choice(ID_MONTHS)} {rng.randint(1950, 2004)}",
        "height": lambda: str(rng.randint(55, 95)),
        "time": lambda: (
            f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}" + rng.choice(("", f":{rng.randint(0, 59):02d}"))
        ),
        "role": lambda: rng.choice(ROLES),
        "exc": lambda: rng.choice(EXCEPTIONS),
        "field": lambda: rng.choice(("customer_id", "order_id", "session", "user", "token", "account")),
        "exp": lambda: f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2026, 2034)}",
        "docno": lambda: (
            "".join(rng.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") for _ in range(2))
            + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6))
            + str(rng.randint(0, 9))
        ),
        "bsn": lambda: "".join(str(rng.randint(0, 9)) for _ in range(9)),
        "email": lambda: email_of(people["k"], rng),
        "month": lambda: rng.choice(MONTHS),
        "weekday": lambda: rng.choice(("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag")),
        "cust": lambda: str(rng.randint(100000, 999999)),
    }
    return plain[kind](), None


def merge_adjacent(spans: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """Join a PER span and the PER span after it when only a space separates them (first names + surname)."""
    merged: list[tuple[int, int, str]] = []
    for s in spans:
        if merged and merged[-1][2] == s[2] == "PER" and text[merged[-1][1] : s[0]] == " ":
            merged[-1] = (merged[-1][0], s[1], "PER")
        else:
            merged.append(s)
    return merged


def examples(n: int, seed: int) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """``n`` synthetic documents as (text, spans), reproducible from ``seed``."""
    rng = random.Random(seed)
    weights = [w for _, w, _ in TEMPLATES]
    for _ in range(n):
        template, _, lower_share = rng.choices(TEMPLATES, weights)[0]
        people = {"a": Person(rng), "k": Person(rng), "o": Person(rng)}
        text, spans = render(template(rng, people["a"], people["k"]), rng, people)
        if rng.random() < lower_share:
            text = text.lower()
        yield text, spans


def docs(nlp: Language, n: int, seed: int) -> Iterator[Doc]:
    for text, spans in examples(n, seed):
        doc = nlp.make_doc(text)
        ents = []
        for s, e, label in spans:
            span = doc.char_span(s, e, label=label, alignment_mode="expand")
            if span is not None and (not ents or span.start >= ents[-1].end):
                ents.append(span)
        doc.set_ents(ents, default="outside")
        yield doc
