"""Reading produced papers back, as a reader (or a screen reader) would meet their words."""

import io
import re
from pathlib import Path

from docx import Document as WordDocument
from docx.oxml.ns import qn
from pypdf import PdfReader


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_pages(data: bytes | Path) -> list[str]:
    raw = data.read_bytes() if isinstance(data, Path) else data
    return [squash(page.extract_text() or "") for page in PdfReader(io.BytesIO(raw)).pages]


def pdf_text(data: bytes | Path) -> str:
    return " ".join(pdf_pages(data))


def docx_text(data: bytes | Path) -> str:
    """The body's paragraphs and table cells in document order (headers and footers apart)."""
    raw = data.read_bytes() if isinstance(data, Path) else data
    body = WordDocument(io.BytesIO(raw)).element.body
    words = []
    for paragraph in body.iter(qn("w:p")):
        parts = []
        for node in paragraph.iter(qn("w:t"), qn("w:br"), qn("w:tab")):
            parts.append(node.text or "" if node.tag == qn("w:t") else " ")
        words.append("".join(parts))
    return squash(" ".join(words))


def paper_text(path: Path) -> str:
    """A paper's words, read as a PDF or a Word document by its file's ending."""
    return pdf_text(path) if path.suffix == ".pdf" else docx_text(path)


def docx_headers(data: bytes | Path) -> list[str]:
    raw = data.read_bytes() if isinstance(data, Path) else data
    return [squash(" ".join(p.text for p in section.header.paragraphs))
            for section in WordDocument(io.BytesIO(raw)).sections]


def in_order(text: str, parts: list[str]) -> bool:
    """Each part appears in `text`, each after the one before."""
    at = 0
    for part in parts:
        found = text.find(squash(part), at)
        if found < 0:
            return False
        at = found + len(squash(part))
    return True
