"""The translations: gathers the strings into resources/i18n/*.ts and builds the .qm files the program loads.

    python packaging/translations.py update    # gather every string into resources/i18n/compactdesk_cy.ts
    python packaging/translations.py build     # compile resources/i18n/*.ts into compactdesk/translations/*.qm
    python packaging/translations.py check     # list what is unfinished (exit 1 if anything is)

The .ts files are the sources, edited by translators (Qt Linguist, or any text editor); the .qm files are
built from them and never edited. `pip install` builds them (setup.py), and so does the bundle.

Why not lupdate alone: its Python reader takes a plural (numerus) only from `self.tr(text, None, n)`, and
drops a call whose count is not a bare name. The layers without Qt say `translate(context, text, None, n)`,
so this script reads every source with `ast` as well, adds what lupdate missed and marks every counted
string as a plural, which Welsh needs (Qt gives Welsh five forms: 0, 1, 2-5, 6 and the rest).
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "compactdesk"
SOURCES = ROOT / "resources" / "i18n"
BUILT = PACKAGE / "translations"
LANGUAGES = {"cy": "cy_GB"}
WELSH_FORMS = 5  # Qt's numerus rule for Welsh: 0 | 1 | 2-5 | 6 | others
TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}

Key = tuple[str, str, str]  # context, source, disambiguation ("" for none)


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    translation: str | list[str] | None = None  # a list of forms for a plural
    finished: bool = False
    vanished: bool = False  # gone from the sources; kept so that no translation is ever thrown away
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> Key:
        return self.context, self.source, self.comment


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    try:  # PySide6 keeps its own copy when the scripts are not on PATH (a build's isolated environment)
        import PySide6

        inside = Path(PySide6.__file__).parent / (name + (".exe" if sys.platform == "win32" else ""))
        if inside.exists():
            return str(inside)
    except ImportError:
        pass
    raise SystemExit(f"pyside6-{name} was not found: install PySide6-Essentials into this Python first.")


def python_sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py")
                  if "migrations" not in p.parts and "forms" not in p.parts and "translations" not in p.parts)


def form_sources() -> list[Path]:
    return sorted((ROOT / "ui").glob("*.ui"))


# -- reading the sources --------------------------------------------------------------------------------------

def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "a" "b" is one Constant; "a" + "b" is not
        left, right = _literal(node.left), _literal(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


@dataclass(frozen=True)
class Found:
    context: str
    source: str
    comment: str
    counted: bool
    path: str
    line: int


def calls_in(path: Path) -> tuple[list[Found], list[str]]:
    """translate(...) and QT_TRANSLATE_NOOP(...) calls with literal words, and where a call's words are not
    literal (so no translator could ever see them)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found, unreadable = [], []
    relative = path.relative_to(ROOT).as_posix()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _call_name(node) not in TRANSLATE_NAMES or len(node.args) < 2:
            continue
        if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) \
                and node.func.value.id in {"str", "bytes"}:
            continue  # str.translate(table), not ours
        context, source = _literal(node.args[0]), _literal(node.args[1])
        if context is None or source is None:
            unreadable.append(f"{relative}:{node.lineno}")
            continue
        comment = _literal(node.args[2]) if len(node.args) > 2 else None
        for keyword in node.keywords:
            if keyword.arg == "disambiguation":
                comment = _literal(keyword.value)
        counted = len(node.args) > 3 or any(k.arg == "n" for k in node.keywords)
        found.append(Found(context, source, comment or "", counted, relative, node.lineno))
    return found, unreadable


# -- the .ts file ---------------------------------------------------------------------------------------------

def read_ts(path: Path) -> tuple[str, list[Message]]:
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            message = Message(name, element.findtext("source") or "", element.findtext("comment") or "",
                              element.get("numerus") == "yes")
            for location in element.iter("location"):
                if location.get("filename"):
                    message.locations.append((location.get("filename"), int(location.get("line") or 0)))
            translation = element.find("translation")
            if translation is not None:
                kind = translation.get("type")
                message.finished = kind is None
                message.vanished = kind in ("vanished", "obsolete")
                forms = [form.text or "" for form in translation.iter("numerusform")]
                message.translation = forms if message.numerus else (translation.text or "")
            messages.append(message)
    return root.get("language") or "", messages


def write_ts(path: Path, language: str, messages: list[Message]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en_GB")
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in by_context[name]:
            element = ET.SubElement(context, "message")
            if message.numerus:
                element.set("numerus", "yes")
            for filename, line in message.locations:
                ET.SubElement(element, "location", filename=filename, line=str(line))
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            translation = ET.SubElement(element, "translation")
            if message.vanished:
                translation.set("type", "vanished")
            elif not message.finished:
                translation.set("type", "unfinished")
            if message.numerus:
                forms = message.translation if isinstance(message.translation, list) else []
                forms = (forms + [""] * WELSH_FORMS)[:max(WELSH_FORMS, len(forms))]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = message.translation if isinstance(message.translation, str) else ""
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")


def gathered() -> tuple[list[Message], list[str]]:
    """Every string of the program, from lupdate (the .ui forms and tr()) and from our own reading."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        listing = Path(folder) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in python_sources() + form_sources()), encoding="utf-8")
        subprocess.run([tool("lupdate"), "-locations", "absolute", f"@{listing}", "-ts", str(fresh)],
                       check=True, capture_output=True, timeout=600)
        _, messages = read_ts(fresh)
    for message in messages:
        message.locations = [(_relative(name), line) for name, line in message.locations]
    by_key = {m.key: m for m in messages}
    unreadable: list[str] = []
    for path in python_sources():
        calls, bad = calls_in(path)
        unreadable += bad
        for call in calls:
            key = (call.context, call.source, call.comment)
            message = by_key.get(key)
            if message is None:
                message = by_key[key] = Message(call.context, call.source, call.comment)
                messages.append(message)
            if (call.path, call.line) not in message.locations:
                message.locations.append((call.path, call.line))
            message.numerus = message.numerus or call.counted
    return messages, unreadable


def _relative(name: str) -> str:
    try:
        return Path(name).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return name


def update(language: str = "cy") -> Path:
    """Gathers the strings and merges them into the language's .ts, keeping every translation made."""
    target = SOURCES / f"compactdesk_{language}.ts"
    old: dict[Key, Message] = {}
    if target.exists():
        old = {m.key: m for m in read_ts(target)[1]}
    messages, _ = gathered()
    for message in messages:
        before = old.pop(message.key, None)
        if before is None:
            continue
        if before.numerus == message.numerus:
            # A string back in the sources after it vanished had its translation finished when it went.
            message.translation = before.translation
            message.finished = before.finished or (before.vanished and bool(before.translation))
        elif message.numerus and isinstance(before.translation, str) and before.translation:
            message.translation, message.finished = [before.translation] * WELSH_FORMS, False  # to check
        elif not message.numerus and isinstance(before.translation, list) and any(before.translation):
            message.translation, message.finished = next(form for form in before.translation if form), False
    for gone in old.values():  # kept, marked vanished, so no translation is ever thrown away
        if gone.translation:
            gone.locations, gone.vanished = [], True
            messages.append(gone)
    SOURCES.mkdir(parents=True, exist_ok=True)
    write_ts(target, LANGUAGES[language], messages)
    return target


def unfinished(path: Path) -> list[Message]:
    return [m for m in read_ts(path)[1] if not m.finished and not m.vanished]


def build(into: Path = BUILT) -> list[Path]:
    """Compiles every .ts in resources/i18n into a .qm in `into`."""
    into.mkdir(parents=True, exist_ok=True)
    built = []
    for source in sorted(SOURCES.glob("*.ts")):
        target = into / source.with_suffix(".qm").name
        # Written beside, then put in place whole: a running program maps the .qm it loaded, and a file
        # rewritten under it would crash it.
        beside = target.with_name(target.name + ".new")
        subprocess.run([tool("lrelease"), "-silent", "-nounfinished", "-removeidentical", str(source),
                        "-qm", str(beside)], check=True, timeout=300)
        os.replace(beside, target)
        built.append(target)
    return built


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        print(f"Updated {update().relative_to(ROOT)}")
        return 0
    if command == "build":
        for path in build():
            print(f"Built {path.relative_to(ROOT)}")
        return 0
    if command == "check":
        missing = 0
        for source in sorted(SOURCES.glob("*.ts")):
            left = unfinished(source)
            missing += len(left)
            for message in left:
                print(f"{source.name}: {message.context}: {message.source!r}")
        print(f"{missing} unfinished")
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
