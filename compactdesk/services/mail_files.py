"""An email draft as a file: the addresses checked, the message made with Python's `email` package, and the .eml
written beside the others without ever replacing one.

CompactDesk never sends mail. It writes an RFC 5322 message marked `X-Unsent: 1`, which Outlook opens as a new
message ready to send, and the user's mail program does the rest. There is no From: the mail program puts in the
account it sends from (Outlook ignores a From in an unsent message; a wrong one would only mislead)."""

import datetime as dt
import email.policy
import mimetypes
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
import email.charset
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

from compactdesk.domain.text import NOT_IN_FILE_NAMES, clean, shown
from compactdesk.i18n import translate
from compactdesk.services.whole_files import temporary_beside

__all__ = ["Addressee", "Attachment", "MailAddress", "check_address", "draft", "draft_name", "write_draft"]

# RFC 5322 with CRLF line ends, lines folded at 78; what Outlook and Thunderbird read. Headers set already folded
# (the address lists) are written as they are: Python's own folding of a long list of names with accents can put a
# comma inside an encoded word (seen with 3.11), which joins two members into one broken address.
POLICY = email.policy.SMTP.clone(refold_source="none")
# The local part (before the @) as mail programs take it without quoting: RFC 5322's dot-atom.
_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")
_SEPARATORS = re.compile(r"[;,\s]+")


@dataclass(frozen=True)
class MailAddress:
    """What a person's email field holds, as a draft can use it: the addresses (none, one, or several typed
    together) or, when any of it cannot be used, why not."""

    held: str
    addresses: tuple[str, ...] = ()
    problem: str = ""

    @property
    def usable(self) -> bool:
        return bool(self.addresses) and not self.problem


def _domain(domain: str) -> str | None:
    """The part after the @ as a mail program sends it (Welsh domains such as llŷn.cymru in their ASCII form), or
    None when it cannot be a domain."""
    try:
        ascii_domain = domain.encode("idna").decode("ascii") if not domain.isascii() else domain
    except UnicodeError:
        return None
    labels = ascii_domain.rstrip(".").split(".")
    if len(labels) < 2 or len(ascii_domain) > 253 or not all(_LABEL.match(label) for label in labels):
        return None
    if labels[-1].isdigit():  # 10.0.0.1 is not a domain a member's mail goes to
        return None
    return ascii_domain.rstrip(".").lower()


def _one_address(text: str) -> str | None:
    local, at, domain = text.rpartition("@")
    if not at or not local or len(local) > 64 or not _LOCAL.match(local):
        return None
    domain = _domain(domain)
    return f"{local}@{domain}" if domain else None


def check_address(held: str) -> MailAddress:
    """Reads a person's email field: "ann@example.org", "Ann Jones <ann@example.org>", or two addresses typed with
    a comma or semicolon between them. A typo (no @, a space inside, "example,org") is said, never dropped."""
    held = clean(held)
    if not held:
        return MailAddress(held)
    if "<" in held or '"' in held:  # "Ann Jones <ann@example.org>": the parts inside the angle brackets
        pairs = getaddresses([held])
        parts = [address for _, address in pairs if address]
        if not parts or any(not address for _, address in pairs):
            parts = [held]
    else:
        parts = [part for part in _SEPARATORS.split(held) if part]
    found = []
    for part in parts:
        address = _one_address(part.strip().strip("<>"))
        if address is None:
            if "@" not in part:
                problem = translate("Mail", "“{address}” has no @, so it is not an email address.")
            elif not part.isascii() and part.rpartition("@")[0] and not part.rpartition("@")[0].isascii():
                problem = translate("Mail", "“{address}” has letters outside A–Z before the @, which many mail "
                                            "programs cannot send to.")
            else:
                problem = translate("Mail", "“{address}” is not a whole email address: check it on the People page.")
            return MailAddress(held, (), problem.format(address=shown(held, 80)))
        if address.casefold() not in (other.casefold() for other in found):
            found.append(address)
    if not found:  # only commas or semicolons: something was typed, and it is no address
        return MailAddress(held, (), translate("Mail", "“{address}” has no @, so it is not an email address.")
                           .format(address=shown(held, 80)))
    return MailAddress(held, tuple(found))


@dataclass(frozen=True)
class Addressee:
    name: str
    address: str  # checked already (check_address)


@dataclass(frozen=True)
class Attachment:
    """A file to attach as it is: its bytes, exactly, under its own name."""

    path: Path

    @property
    def media_type(self) -> tuple[str, str]:
        kind, encoding = mimetypes.guess_type(self.path.name)
        if kind is None or encoding is not None:
            kind = {".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    ".pdf": "application/pdf"}.get(self.path.suffix.lower(), "application/octet-stream")
        main, _, sub = kind.partition("/")
        return main, sub


def _header_text(text: str, limit: int = 900) -> str:
    # One line whatever was typed or pasted: a CR or LF in a header would start a header of the reader's choosing.
    return clean(text)[:limit]


_ATOM = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$")
_UTF8 = email.charset.Charset("utf-8")
_LONGEST_ENCODED_WORD = 75


def _encoded_words(text: str) -> list[str]:
    """`text` as RFC 2047 encoded words of at most 75 characters each, as the RFC allows, split between whole
    characters; each word's spaces are inside it, since readers drop the whitespace between two encoded words."""
    words, piece = [], ""
    for char in text:
        if piece and len(_UTF8.header_encode(piece + char)) > _LONGEST_ENCODED_WORD:
            words.append(_UTF8.header_encode(piece))
            piece = char
        else:
            piece += char
    return words + [_UTF8.header_encode(piece)] if piece else words


def _phrase(name: str) -> list[str]:
    """A display name as RFC 5322 phrase words: plain words as they are, and each run of words that need
    encoding as one RFC 2047 encoded word, spaces inside it (readers drop the space between two encoded words).
    One word even past RFC 2047's 75 characters (a long Welsh name): Python's own reader puts a space where a
    display name's encoded word is split, and Thunderbird reads the long word as it is."""
    words, run = [], []
    for word in name.split(" "):
        if _ATOM.match(word) and "=?" not in word:
            if run:
                words.append(_UTF8.header_encode(" ".join(run)))
                run = []
            words.append(word)
        else:
            run.append(word)
    if run:
        words.append(_UTF8.header_encode(" ".join(run)))
    return words


def _mailbox(person: Addressee) -> str:
    """"Ann Jones <ann@example.org>", the name quoted or encoded as it needs, ASCII throughout, folded between its
    words where a line would pass 78 characters."""
    name = _header_text(person.name, 200)
    if not name:
        return person.address
    if name.isascii() and "=?" not in name:
        words = [formataddr((name, person.address))]
    else:
        words = [*_phrase(name), f"<{person.address}>"]
    lines = [words[0]]
    for word in words[1:]:
        if len(lines[-1]) + 1 + len(word) > 72:
            lines.append(word)
        else:
            lines[-1] += " " + word
    return (POLICY.linesep + " ").join(lines)


def _addresses(people: Sequence[Addressee]) -> str:
    """The mailboxes one to a line: folded here, where a comma can only fall between two of them."""
    return ("," + POLICY.linesep + " ").join(_mailbox(person) for person in people)


def draft(subject: str, text: str, *, to: Sequence[Addressee] = (), bcc: Sequence[Addressee] = (),
          attachments: Iterable[Path | Attachment] = (), when: dt.datetime | None = None) -> EmailMessage:
    """An unsent message: Subject, To and Bcc, the text, and each file attached byte for byte. Anything typed
    (names, subject, text) is made safe for mail: no control characters, and nothing can break out of a header."""
    message = EmailMessage(policy=POLICY)
    message["Subject"] = _header_text(subject)
    if to:
        message.set_raw("To", _addresses(to))
    if bcc:
        message.set_raw("Bcc", _addresses(bcc))
    message["Date"] = format_datetime((when or dt.datetime.now()).astimezone())
    message["X-Unsent"] = "1"  # Outlook: open it as a draft to send, not as a message received
    # Quoted-printable: 7-bit clean for any mail program, and still readable where the text is mostly ASCII.
    message.set_content(clean(text, multiline=True) + "\n", charset="utf-8", cte="quoted-printable")
    for item in attachments:
        item = item if isinstance(item, Attachment) else Attachment(Path(item))
        main, sub = item.media_type
        message.add_attachment(item.path.read_bytes(), maintype=main, subtype=sub, filename=item.path.name)
        _name_for_outlook(message.get_payload()[-1], item.path.name)
    return message


def _name_for_outlook(part: EmailMessage, name: str) -> None:
    """The file's name also as Content-Type's `name`, in RFC 2047 encoded words where it is not ASCII, as
    Thunderbird writes it: Outlook reads that form and may not read Content-Disposition's RFC 2231 `filename*`
    alone, showing "ATT00001" instead of "Cofnodion – Minutes 2026-12-08.pdf"."""
    kind = part.get_content_type()
    if name.isascii():
        shown = name.replace("\\", "\\\\").replace('"', '\\"')
    else:
        shown = (POLICY.linesep + " ").join(_encoded_words(name))
    del part["Content-Type"]
    part.set_raw("Content-Type", f'{kind};{POLICY.linesep} name="{shown}"')


def draft_name(subject: str, limit: int = 80) -> str:
    """A file name from the subject, fit for Windows, macOS and Linux: "Agenda  Dyfnant Compact Liaison Group …"."""
    cleaned = " ".join("".join(char for char in clean(subject).translate(NOT_IN_FILE_NAMES)
                               if char.isprintable()).split())
    if len(cleaned) > limit:  # cut at a word's end, not in the middle of one
        cut = cleaned[:limit + 1].rsplit(" ", 1)[0]
        cleaned = cut if len(cut) > limit // 2 else cleaned[:limit]
    return cleaned.strip(" .") or translate("Mail", "Draft")


def _free(folder: Path, stem: str) -> Path:
    path, count = folder / f"{stem}.eml", 1
    while path.exists():
        count += 1
        path = folder / f"{stem} ({count}).eml"
    return path


def write_draft(message: EmailMessage, folder: Path, name: str) -> Path:
    """Writes the message as "<name>.eml" in `folder` (made if need be), or "<name> (2).eml" and so on when that is
    taken: never over another file. The whole file appears at once, or nothing does. Raises OSError."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    data = message.as_bytes(policy=POLICY)
    stem = draft_name(name)
    handle, temporary = temporary_beside(folder / f"{stem}.eml")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        while True:
            path = _free(folder, stem)
            try:
                os.link(temporary, path)  # fails rather than replace a file that appeared meanwhile
            except FileExistsError:
                continue
            except OSError:  # a disk that cannot link (FAT, some shares): rename, after looking once more
                if path.exists():
                    continue
                os.rename(temporary, path)
            return path
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
