"""Word documents (.docx): the text of every part read out for detection, and a redacted copy written back.

``DocxDocument.load`` opens the package with python-docx and first makes it inspectable, failing closed:

- Only parts whose text afscherm reads (body, headers, footers, footnotes, endnotes, comments), the core
  properties, and layout parts without user text (styles, numbering, settings, web settings, font table,
  theme) are kept. Every other part is dropped with its relationship: images (``word/media``), embedded
  objects, thumbnails, the glossary, custom XML, custom and extended properties, the people list.
- Images, drawings, text boxes and embedded objects in the text are replaced by a note
  (``[afbeelding of object verwijderd door afscherm]``). They are not routed through the ID-copy path:
  that path releases only verified ID documents and quarantines a page without one, so a logo would
  quarantine the whole document, and what an image shows cannot be checked by the text path at all.
- External relationships other than hyperlinks (attached templates with their user paths, linked
  images) are dropped; hyperlink targets are read as text units (``mailto:`` addresses).
- Elements that still refer to a dropped relationship are removed; document variables and mail-merge
  settings (free text in the settings part) are removed.

Its ``units`` are the texts to detect on: one stream per text part, in document order, with paragraphs
separated by ``\\n`` (tabs and breaks as ``\\t``/``\\n``), so a value split over several runs — or written
half in a hyperlink, half in plain text — is one string; attribute texts (revision and comment authors,
field codes, tooltips, bookmark names); hyperlink targets; the core properties (author,
last_modified_by, title, subject, keywords, …). Authors are people by what the field means:
``typed_as`` says so, and the caller types the value where detection does not cover it.

``redact`` receives the findings per unit and replaces each span by its policy operator. In a stream the
replacement goes into the first text node the span touches and the span's characters are removed from
every other node it touches, so no character of a finding survives in any run, however Word split it.
The copy is saved with python-docx, read back, and checked: only kept parts, and none of the redacted
values anywhere in its bytes.
"""

from __future__ import annotations

import io
import zipfile
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any
from urllib.parse import quote, unquote
from xml.sax.saxutils import escape

from lxml import etree

from afscherm.detectors.findings import Finding

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
CONTENT_TYPES = "[Content_Types].xml"

DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MACRO_MAINS = frozenset(
    {
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    }
)
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
TEXT_PART_TYPES = frozenset(
    {
        DOCX_MAIN,
        _WML + "header+xml",
        _WML + "footer+xml",
        _WML + "footnotes+xml",
        _WML + "endnotes+xml",
        _WML + "comments+xml",
    }
)
CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml"
# Layout parts: style names, list formats, fonts, colours. They hold no text a user typed into the document.
LAYOUT_PART_TYPES = frozenset(
    {
        _WML + "styles+xml",
        _WML + "numbering+xml",
        _WML + "settings+xml",
        _WML + "webSettings+xml",
        _WML + "fontTable+xml",
        "application/vnd.openxmlformats-officedocument.theme+xml",
    }
)
KEPT_PART_TYPES = TEXT_PART_TYPES | LAYOUT_PART_TYPES | {CORE_TYPE}
_URI_SAFE = ":/?#[]@!$&'()*+,;=~"  # reserved and unreserved URI characters stay as they are
HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"

OBJECT_NOTE = "[afbeelding of object verwijderd door afscherm]"
# python-docx reads every part into memory: a zip bomb is refused before that, by the sizes in its directory.
MAX_UNPACKED_BYTES = 512 << 20
# Redacted values this long are searched for in the finished copy's bytes; shorter ones (initials, "Jan")
# occur by chance in identifiers and style names.
LEAK_CHECK_MIN_CHARS = 6

_OBJECT_TAGS = frozenset({f"{{{W}}}drawing", f"{{{W}}}pict", f"{{{W}}}object"})
_SEPARATORS = {
    f"{{{W}}}tab": "\t",
    f"{{{W}}}ptab": "\t",
    f"{{{W}}}br": "\n",
    f"{{{W}}}cr": "\n",
    f"{{{W}}}noBreakHyphen": "-",
}
# Attributes that hold free text: who made a revision or comment (people by definition), field codes,
# link tooltips, content-control labels, smart-tag values, bookmark names.
_PERSON_ATTRIBUTES = frozenset({f"{{{W}}}author", f"{{{W}}}initials"})
_TEXT_ATTRIBUTES = frozenset({f"{{{W}}}instr", f"{{{W}}}tooltip"})
_TEXT_VALUE_ELEMENTS = frozenset({f"{{{W}}}alias", f"{{{W}}}tag", f"{{{W}}}attr"})
_REMOVED_SETTINGS = frozenset({f"{{{W}}}docVars", f"{{{W}}}mailMerge", f"{{{W}}}attachedTemplate"})
# Core properties that are timestamps or counters (W3CDTF/integers that must stay parseable), not text.
_CORE_NOT_TEXT = frozenset({"created", "modified", "lastPrinted", "revision"})
_CORE_PEOPLE = frozenset({"creator", "lastModifiedBy"})
# Compiled: python-docx's element classes override ``.xpath`` with their own prefixes.
_WITH_RELATIONSHIP_ATTRIBUTE = etree.XPath("//*[@r:*]", namespaces={"r": R})

Replacement = Callable[[str, str], str]  # (entity_type, value) -> what replaces the value


class DocxError(ValueError):
    """A .docx that cannot be opened, is not a plain Word document, or whose copy fails its checks."""


def is_docx(data: bytes) -> bool:
    """A zip whose ``[Content_Types].xml`` names a (macro-free) Word main document part."""
    try:
        return main_content_type(data) == DOCX_MAIN
    except DocxError:
        return False


def main_content_type(data: bytes) -> str:
    """The content type of the package's main document part, from ``[Content_Types].xml``."""
    if not data.startswith(b"PK"):
        raise DocxError("not a zip package")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise DocxError(f"unpacks to more than {MAX_UNPACKED_BYTES >> 20} MiB")
            types = etree.fromstring(archive.read(CONTENT_TYPES), etree.XMLParser(resolve_entities=False))
    except DocxError:
        raise
    except KeyError as exc:
        raise DocxError(f"no {CONTENT_TYPES}: not an Office package") from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, etree.XMLSyntaxError) as exc:
        raise DocxError(f"not a readable zip package ({type(exc).__name__})") from exc
    for override in types:
        if not isinstance(override.tag, str) or etree.QName(override).localname != "Override":
            continue
        content_type = override.get("ContentType", "")
        if content_type == DOCX_MAIN or content_type in MACRO_MAINS or content_type.endswith("template.main+xml"):
            return content_type
    raise DocxError("no Word main document part in the package")


@dataclass
class _Piece:
    """A stretch of a stream unit: text of an element (``where`` "text"/"tail"), or a separator (no node)."""

    start: int
    end: int
    node: Any = None  # lxml element; None for separators, which hold no text of the document
    where: str = "text"


@dataclass
class TextUnit:
    """One text to detect on. ``name`` is a position (part and kind), never a value."""

    name: str
    text: str
    typed_as: str | None = None  # entity type the text is by its field's meaning (authors: PERSON)
    _write: Callable[[list[tuple[int, int, str]]], None] = field(default=lambda spans: None, repr=False)


class DocxDocument:
    """A .docx opened and stripped to what afscherm can inspect (see the module doc)."""

    def __init__(self, document: Any, dropped_parts: int) -> None:  # noqa: ANN401 - python-docx Document
        self._document = document
        self.dropped_parts = dropped_parts  # relationships dropped: media, embedded objects, other parts
        self.object_notes = 0  # images, drawings and objects replaced by OBJECT_NOTE
        self._xml_parts: list[tuple[Any, Any]] = []  # (part, root) of every kept XML part, for writing back
        self.units: list[TextUnit] = []

    @classmethod
    def load(cls, data: bytes) -> DocxDocument:
        content_type = main_content_type(data)
        if content_type in MACRO_MAINS:
            raise DocxError("macro-enabled Word document (.docm): not inspected")
        if content_type != DOCX_MAIN:
            raise DocxError(f"not a Word document but {content_type.rsplit('.', 1)[-1]}")
        import docx

        try:
            document = docx.Document(io.BytesIO(data))
        except Exception as exc:  # noqa: BLE001 - python-docx raises many types for broken packages
            raise DocxError(f"python-docx cannot open it ({type(exc).__name__})") from exc
        package = document.part.package
        dropped, kept = _drop_uninspectable(package)
        loaded = cls(document, dropped)
        for part in kept:
            root = _root(part)
            loaded._xml_parts.append((part, root))
            loaded._prepare(part, root)
        for part, root in loaded._xml_parts:
            if part.content_type in TEXT_PART_TYPES:
                loaded._read_text_part(part, root)
            elif part.content_type == CORE_TYPE:
                loaded._read_core(root)
        for part in [package, *kept]:
            loaded._read_links(part)
        return loaded

    # -- preparing the kept parts ----------------------------------------------------------------------

    def _prepare(self, part: Any, root: Any) -> None:  # noqa: ANN401
        if part.content_type in TEXT_PART_TYPES and etree.QName(root).namespace != W:
            # Strict Open XML uses other namespaces: the text would not be found, so nothing is released.
            raise DocxError(f"{_part_name(part)} is not transitional WordprocessingML")
        for comment in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
            _remove(comment)
        if part.content_type in TEXT_PART_TYPES:
            self.object_notes += _replace_objects(root)
        for element in list(root.iter(*_REMOVED_SETTINGS)):
            _remove(element)
        kept_ids = set(part.rels)
        # XPath finds the few elements with a relationship attribute in C; a Python walk over every element
        # of the styles part was a third of a small document's time.
        dangling = [
            element
            for element in _WITH_RELATIONSHIP_ATTRIBUTE(root)
            if any(name.startswith(f"{{{R}}}") and value not in kept_ids for name, value in element.attrib.items())
        ]
        for element in dangling:
            _remove(element)

    # -- reading units -----------------------------------------------------------------------------------

    def _read_text_part(self, part: Any, root: Any) -> None:  # noqa: ANN401
        name = _part_name(part)
        pieces: list[_Piece] = []
        chunks: list[str] = []
        length = 0

        def add(text: str, node: Any = None, where: str = "text") -> None:  # noqa: ANN401
            nonlocal length
            pieces.append(_Piece(length, length + len(text), node, where))
            chunks.append(text)
            length += len(text)

        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            if element.tag == f"{{{W}}}p" and length:
                add("\n")
            elif element.tag in _SEPARATORS and element.getparent().tag == f"{{{W}}}r":
                add(_SEPARATORS[element.tag])
            # Any text of any element is read, not only w:t: deleted revisions (w:delText), field codes
            # (w:instrText), equations (m:t) and whatever else a producer put there.
            text = _own_text(element)
            if text:
                add(text, element, "text")
            if element.tail and element.tail.strip():
                add(element.tail, element, "tail")
            self._read_attributes(name, element)
        self.units.append(TextUnit(name, "".join(chunks), None, lambda spans: _write_stream(pieces, spans)))

    def _read_attributes(self, part_name: str, element: Any) -> None:  # noqa: ANN401
        for attribute, value in element.attrib.items():
            typed = "PERSON" if attribute in _PERSON_ATTRIBUTES else None
            free_text = (
                typed
                or attribute in _TEXT_ATTRIBUTES
                or (attribute == f"{{{W}}}val" and element.tag in _TEXT_VALUE_ELEMENTS)
                or (attribute == f"{{{W}}}name" and element.tag == f"{{{W}}}bookmarkStart")
            )
            if free_text and value.strip():
                local = etree.QName(attribute).localname
                self.units.append(
                    TextUnit(
                        f"{part_name} attribute {local} {len(self.units) + 1}",
                        value,
                        typed,
                        _setter(partial(_set_attribute, element, attribute), value),
                    )
                )

    def _read_core(self, root: Any) -> None:  # noqa: ANN401
        for element in root.iter():
            text = _own_text(element) if isinstance(element.tag, str) else None
            if not text or not text.strip() or etree.QName(element).localname in _CORE_NOT_TEXT:
                continue
            local = etree.QName(element).localname
            self.units.append(
                TextUnit(
                    f"core {local}",
                    text,
                    "PERSON" if local in _CORE_PEOPLE else None,
                    _setter(partial(_set_own_text, element), text),
                )
            )

    def _read_links(self, source: Any) -> None:  # noqa: ANN401
        where = "package" if not hasattr(source, "partname") else _part_name(source)
        for rel_id, rel in list(source.rels.items()):
            if not rel.is_external:
                continue
            # Targets are URL-encoded (mailto:jan%40example.nl): detected decoded, written back encoded again
            # so that a tag such as <E-MAIL> leaves a valid URI.
            text = unquote(rel.target_ref)

            def write(new: str, rels: Any = source.rels, rel_id: str = rel_id, reltype: str = rel.reltype) -> None:  # noqa: ANN401
                rels.add_relationship(reltype, quote(new, safe=_URI_SAFE), rel_id, is_external=True)

            self.units.append(TextUnit(f"{where} link {rel_id}", text, None, _setter(write, text)))

    # -- writing the copy --------------------------------------------------------------------------------

    def redact(self, findings: Sequence[Sequence[Finding]], replacement: Replacement) -> bytes:
        """The safe copy: every finding of ``units[i]`` in ``findings[i]`` replaced; checked before it is returned."""
        from afscherm.redactors.text import disjoint_spans

        if len(findings) != len(self.units):
            raise ValueError(f"{len(findings)} findings lists for {len(self.units)} units")
        per_unit = _same_values_too(self.units, findings)
        redacted_values: set[str] = set()
        for unit, found in zip(self.units, per_unit, strict=True):
            spans = []
            for start, end, entity_type in disjoint_spans(found, len(unit.text)):
                value = unit.text[start:end]
                new = replacement(entity_type, value)
                if new != value:
                    redacted_values.add(value)
                spans.append((start, end, new))
            if spans:
                unit._write(spans)
        for part, root in self._xml_parts:
            if not hasattr(part, "element"):
                # python-docx keeps these parts (footnotes, font table, ...) as bytes and has no setter for them.
                from docx.opc.oxml import serialize_part_xml

                part._blob = serialize_part_xml(root)
        out = io.BytesIO()
        self._document.save(out)
        safe = out.getvalue()
        _check_copy(safe, redacted_values)
        return safe


def _same_values_too(units: Sequence[TextUnit], findings: Sequence[Sequence[Finding]]) -> list[list[Finding]]:
    """The findings, plus every other occurrence in the document of a value found somewhere in it.

    A name detected in the body (where its context gives it away) is also a name in a bookmark, a tooltip
    or the core properties, where detection has no context. These extra spans are redacted but not
    returned to the index: the object is indexed under that value's fingerprint already.
    """
    values: dict[str, str] = {}
    for unit, found in zip(units, findings, strict=True):
        for f in found:
            value = unit.text[f.start : f.end]
            if len(value.strip()) >= LEAK_CHECK_MIN_CHARS:
                values.setdefault(value, f.entity_type)
    result = []
    for unit, found in zip(units, findings, strict=True):
        extra = list(found)
        for value, entity_type in values.items():
            at = unit.text.find(value)
            while at >= 0:
                extra.append(Finding(at, at + len(value), entity_type, 1.0, "DocxSameValue"))
                at = unit.text.find(value, at + 1)
        result.append(extra)
    return result


def _drop_uninspectable(package: Any) -> tuple[int, list[Any]]:  # noqa: ANN401
    """Drop every relationship to a part afscherm does not read, and every external one but hyperlinks.
    python-docx saves only the parts reachable through relationships, so the dropped parts are not written."""
    dropped = 0
    kept: list[Any] = []
    seen: set[int] = set()
    sources: list[Any] = [package]
    while sources:
        source = sources.pop()
        for rel_id, rel in list(source.rels.items()):
            if rel.is_external:
                if rel.reltype != HYPERLINK_REL:
                    del source.rels[rel_id]
                    dropped += 1
                continue
            target = rel.target_part
            if target.content_type not in KEPT_PART_TYPES:
                del source.rels[rel_id]
                dropped += 1
            elif id(target) not in seen:
                seen.add(id(target))
                kept.append(target)
                sources.append(target)
    return dropped, kept


def _root(part: Any) -> Any:  # noqa: ANN401
    if hasattr(part, "element"):
        return part.element
    from docx.oxml.parser import parse_xml

    try:
        return parse_xml(part.blob)
    except etree.XMLSyntaxError as exc:
        raise DocxError(f"{_part_name(part)} is not well-formed XML") from exc


def _own_text(element: Any) -> str | None:  # noqa: ANN401
    """The XML text node of ``element`` itself. python-docx's element classes override ``.text`` with the
    text of all their runs (a paragraph's ``.text`` is its whole text), so lxml's own property is used."""
    return etree.ElementBase.text.__get__(element)


def _set_attribute(element: Any, attribute: str, value: str) -> None:  # noqa: ANN401
    element.set(attribute, value)


def _set_own_text(element: Any, text: str) -> None:  # noqa: ANN401
    etree.ElementBase.text.__set__(element, text)


def _part_name(part: Any) -> str:  # noqa: ANN401
    return str(part.partname).lstrip("/")


def _remove(element: Any) -> None:  # noqa: ANN401
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _replace_objects(root: Any) -> int:  # noqa: ANN401
    """Images, drawings (with their text boxes) and embedded objects → a note in their place."""
    from docx.oxml import OxmlElement

    alternates = [a for a in root.iter(f"{{{MC}}}AlternateContent") if any(True for _ in a.iter(*_OBJECT_TAGS))]
    targets = [*alternates, *root.iter(*_OBJECT_TAGS)]
    target_set = set(targets)
    outermost = [t for t in targets if not any(a in target_set for a in t.iterancestors())]
    for element in outermost:
        parent = element.getparent()
        if parent is None:
            continue
        note = OxmlElement("w:t")
        _set_own_text(note, OBJECT_NOTE)
        if parent.tag == f"{{{W}}}p":
            run = OxmlElement("w:r")
            run.append(note)
            note = run
        if parent.tag in (f"{{{W}}}r", f"{{{W}}}p"):
            parent.replace(element, note)
        else:
            parent.remove(element)
    return len(outermost)


def _setter(assign: Callable[[str], None], text: str) -> Callable[[list[tuple[int, int, str]]], None]:
    def write(spans: list[tuple[int, int, str]]) -> None:
        parts, pos = [], 0
        for start, end, new in spans:
            parts += [text[pos:start], new]
            pos = end
        assign("".join(parts) + text[pos:])

    return write


def _write_stream(pieces: list[_Piece], spans: list[tuple[int, int, str]]) -> None:
    """Each span's replacement into the first text piece it touches; its characters out of every piece."""
    starts = [p.start for p in pieces]
    edits: dict[int, list[tuple[int, int, str]]] = {}  # piece index -> (from, to, insert) in piece offsets
    for start, end, new in spans:
        first = True
        i = max(bisect_right(starts, start) - 1, 0)
        while i < len(pieces) and pieces[i].start < end:
            piece = pieces[i]
            if piece.node is not None and piece.end > start:
                a, b = max(start, piece.start) - piece.start, min(end, piece.end) - piece.start
                edits.setdefault(i, []).append((a, b, new if first else ""))
                first = False
            i += 1
    for i, changes in edits.items():
        piece = pieces[i]
        old = (_own_text(piece.node) if piece.where == "text" else piece.node.tail) or ""
        parts, pos = [], 0
        for a, b, insert in changes:
            parts += [old[pos:a], insert]
            pos = b
        new_text = "".join(parts) + old[pos:]
        if piece.where == "text":
            _set_own_text(piece.node, new_text)
            if etree.QName(piece.node).localname in ("t", "delText", "instrText"):
                piece.node.set(XML_SPACE, "preserve")  # Word drops leading/trailing spaces otherwise
        else:
            piece.node.tail = new_text


def _check_copy(safe: bytes, redacted_values: set[str]) -> None:
    """Fail closed on the finished copy: it opens, holds only kept parts, and none of the redacted values."""
    try:
        content_type = main_content_type(safe)
        with zipfile.ZipFile(io.BytesIO(safe)) as archive:
            members = {name: archive.read(name) for name in archive.namelist()}
    except (DocxError, zipfile.BadZipFile) as exc:
        raise DocxError(f"the redacted copy does not open ({exc})") from exc
    if content_type != DOCX_MAIN:
        raise DocxError("the redacted copy lost its main document part")
    types = etree.fromstring(members[CONTENT_TYPES], etree.XMLParser(resolve_entities=False))
    for entry in types:
        overrides = isinstance(entry.tag, str) and etree.QName(entry).localname == "Override"
        if overrides and entry.get("ContentType") not in KEPT_PART_TYPES:
            raise DocxError(f"the redacted copy still holds a {entry.get('ContentType')} part")
    for name in members:
        if not (name.endswith(".xml") or name.endswith(".rels")):
            raise DocxError("the redacted copy still holds a non-XML part")
    needles = {
        form.encode("utf-8")
        for value in redacted_values
        if len(value.strip()) >= LEAK_CHECK_MIN_CHARS
        for form in {value, escape(value), escape(value, {'"': "&quot;"})}
    }
    for name, blob in members.items():
        if any(needle in blob for needle in needles):
            raise DocxError(f"a redacted value is still in {name} of the copy")
