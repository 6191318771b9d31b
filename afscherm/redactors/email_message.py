"""E-mail messages (.eml): headers and text bodies redacted, attachments handed to the caller by type.

The message is parsed with the standard library's ``compat32`` policy, which keeps headers as plain
strings: a redacted address header such as ``<NAAM> <EMAIL>`` must survive re-serialisation without
being re-parsed as an address. Every header value and every ``text/*`` part is passed through
``redact_text``; every other part is an attachment and goes to ``redact_attachment`` (by its file
name), which returns the safe bytes, or ``None`` when the attachment cannot be made safe — then the
attachment is replaced by a short Dutch note, so the original never reaches the clean copy.
"""

from __future__ import annotations

import email
import email.encoders
import email.policy
from collections.abc import Callable
from email.header import Header, decode_header, make_header
from email.message import Message

# Headers that carry no personal data of their own and must stay parseable for mail software.
STRUCTURAL_HEADERS = frozenset(
    {"mime-version", "content-type", "content-transfer-encoding", "content-disposition", "content-id"}
)
REMOVED_NOTE = "[bijlage verwijderd door afscherm: {reason}]"

TextRedactor = Callable[[str, str], str]  # (unit, text) -> redacted text
AttachmentRedactor = Callable[[str, str, bytes], "tuple[bytes | None, str]"]  # (unit, filename, data) -> (safe, why)


class EmailError(ValueError):
    """A message that cannot be parsed or decoded."""


def header_text(value: str) -> str:
    """A header's value with RFC 2047 encoded words decoded (``=?utf-8?q?...?=`` → text)."""
    try:
        return str(make_header(decode_header(value)))
    except (UnicodeDecodeError, LookupError, ValueError):
        return value


def _payload_bytes(part: Message) -> bytes:
    """A leaf part's decoded bytes (``get_payload(decode=True)`` is typed loosely: a multipart gives None)."""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _part_text(part: Message) -> str:
    payload = _payload_bytes(part)
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset)
    except (UnicodeDecodeError, LookupError) as exc:
        raise EmailError(f"text part cannot be decoded as {charset}") from exc


def redact_email(data: bytes, redact_text: TextRedactor, redact_attachment: AttachmentRedactor) -> bytes:
    """A copy of the message with every header value, text part and attachment made safe."""
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    if not msg.keys() and not msg.get_payload():
        raise EmailError("no headers and no body: not an e-mail message")
    _redact_part(msg, "message", redact_text, redact_attachment)
    return msg.as_bytes(policy=email.policy.compat32)


def _redact_headers(part: Message, unit: str, redact_text: TextRedactor) -> None:
    for i, (name, value) in enumerate(list(part.items())):
        if name.lower() in STRUCTURAL_HEADERS:
            continue
        text = header_text(value)
        redacted = redact_text(f"{unit} header {i + 1}", text)
        if redacted != text or text != value:
            part.replace_header(name, Header(redacted, "utf-8").encode() if not redacted.isascii() else redacted)


def _redact_part(part: Message, unit: str, redact_text: TextRedactor, redact_attachment: AttachmentRedactor) -> None:
    _redact_headers(part, unit, redact_text)
    if part.is_multipart():
        for i, sub in enumerate(part.get_payload(), start=1):
            _redact_part(sub, f"{unit} part {i}", redact_text, redact_attachment)
        return
    filename = part.get_filename()
    if part.get_content_maintype() == "text" and not filename:
        redacted = redact_text(f"{unit} body", _part_text(part))
        _set_text(part, redacted)
        return
    data = _payload_bytes(part)
    safe, why = redact_attachment(f"{unit} attachment", filename or "attachment.bin", data)
    if safe is None:
        _replace_with_note(part, why)
    else:
        part.set_payload(safe)
        del part["Content-Transfer-Encoding"]
        email.encoders.encode_base64(part)


def _set_text(part: Message, text: str) -> None:
    del part["Content-Transfer-Encoding"]
    part.set_payload(text, charset="utf-8")


def _replace_with_note(part: Message, reason: str) -> None:
    for header in ("Content-Type", "Content-Disposition", "Content-Transfer-Encoding"):
        del part[header]
    part["Content-Type"] = "text/plain"
    part.set_payload(REMOVED_NOTE.format(reason=reason), charset="utf-8")
