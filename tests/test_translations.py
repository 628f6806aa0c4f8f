"""The Welsh translation is whole, kept up to date with the sources, and sound (issue 19).

packaging/translations.py gathers the strings (lupdate, and its own reading of the Qt-free layers' calls) and
builds the .qm files; these tests run the same gathering, so a string added without its Welsh fails here."""

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import translations  # noqa: E402  (packaging/translations.py: a build script, not part of the package)

WELSH = ROOT / "resources" / "i18n" / "compactdesk_cy.ts"
QT_WELSH = ROOT / "resources" / "i18n" / "qtbase_cy.ts"


@pytest.fixture(scope="module")
def gathered():
    try:
        translations.tool("lupdate")
    except SystemExit:
        pytest.skip("pyside6-lupdate is not installed")
    messages, _ = translations.gathered()
    return messages


@pytest.fixture(scope="module")
def welsh():
    return {message.key: message for message in translations.read_ts(WELSH)[1]}


def test_every_layer_reaches_the_translation(gathered):
    contexts = {message.context for message in gathered}
    for context in ("Enum", "Dates", "Validation", "Store", "Attention", "CLI", "DashboardPage", "MainWindow",
                    "FeedbackPage", "FeedbackDialog", "Workbench", "Papers", "ExportDialog", "ExportJob",
                    "Review", "Codes", "Consultations", "Funding", "Disputes", "SignUp", "Champions", "Monitoring",
                    "StandardsPage", "DisputesPage", "SignUpPage", "MonitoringPage", "ImportDialog", "SetupWizard"):
        assert context in contexts, context
    assert len(gathered) > 2500
    sources = {message.source for message in gathered}
    for words in ("Annual review {year}", "Seats filled at each meeting, by sector", "%n meeting(s) held.",
                  "Partnership health-check", "%n present", "Consultations run at least %n week(s).",
                  "median %n day(s) to answer", "%n min"):
        assert words in sources, words


def test_the_qt_free_layers_plurals_are_plurals(gathered):
    """lupdate alone takes a plural only from self.tr(text, None, n); translate(context, text, None, n) in the
    services is counted too, so Welsh gets its five forms."""
    plurals = {message.source for message in gathered if message.numerus}
    for words in ("%n day(s)", "%n week(s)", "%n meeting(s)", "Imported %n row(s)", "%n substitute(s)",
                  "Respondents hear what was done with their views within %n week(s) of closing."):
        assert words in plurals, words
    assert all("(s)" not in message.source or message.numerus for message in gathered
               if "%n" in message.source), "a counted string that is not a plural"


def test_every_string_has_its_welsh(gathered, welsh):
    """A new string needs its Welsh in the same commit: `python packaging/translations.py update`, translate."""
    missing = [f"{m.context}: {m.source!r}" for m in gathered if m.key not in welsh]
    assert not missing, f"{len(missing)} strings not in compactdesk_cy.ts (run packaging/translations.py " \
                        f"update): {missing[:20]}"
    unfinished = [f"{m.context}: {m.source!r}" for m in gathered if not welsh[m.key].finished]
    assert not unfinished, f"{len(unfinished)} unfinished in compactdesk_cy.ts: {unfinished[:20]}"
    plurals = [f"{m.context}: {m.source!r}" for m in gathered if m.numerus and not welsh[m.key].numerus]
    assert not plurals, f"plurals kept as one form: {plurals[:20]}"


def _fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}", text))


def _markers(text: str) -> set[str]:
    return set(re.findall(r"%(?:n|\d)", text))


def _tags(text: str) -> list[str]:
    return sorted(tag.lower() for tag in re.findall(r"</?[a-zA-Z][^>]*>", text))


def _keyboard_letters(text: str) -> int:
    return len(re.findall(r"&(?=\w)(?![a-z]+;|#)", text.replace("&&", "")))


@pytest.mark.parametrize("path", [WELSH, QT_WELSH], ids=["compactdesk_cy", "qtbase_cy"])
def test_every_translation_keeps_what_the_program_fills_in(path):
    """The fields the program fills in ({name}, %n, %1), the HTML and the one keyboard letter survive the
    translation: a lost {field} would be an error in Welsh only."""
    problems = []
    for message in translations.read_ts(path)[1]:
        if message.vanished:
            continue
        forms = message.translation if message.numerus else [message.translation]
        assert message.finished and forms and all(forms), f"{message.context}: {message.source!r} unfinished"
        if message.numerus:
            assert len(forms) == translations.WELSH_FORMS, message.source
        for form in forms:
            where = f"{message.context}: {message.source!r} → {form!r}"
            if _fields(form) != _fields(message.source):
                problems.append(f"fields differ: {where}")
            if _markers(form) != _markers(message.source):
                problems.append(f"%-markers differ: {where}")
            if _tags(form) != _tags(message.source):
                problems.append(f"HTML differs: {where}")
            if _keyboard_letters(message.source) == 1 and _keyboard_letters(form) != 1:
                problems.append(f"keyboard letter lost: {where}")
    assert not problems, "\n".join(problems[:30])


def test_qt_buttons_and_dialogs_have_welsh():
    """Qt ships no Welsh: qtbase_cy.ts is ours, for the buttons and dialogs the program shows."""
    qt = {(m.context, m.source): m for m in translations.read_ts(QT_WELSH)[1]}
    for context, source in (("QPlatformTheme", "OK"), ("QPlatformTheme", "Cancel"), ("QPlatformTheme", "Save"),
                            ("QPlatformTheme", "&Yes"), ("QPlatformTheme", "&No"), ("QPlatformTheme", "Close"),
                            ("QWizard", "&Next >"), ("QWizard", "< &Back"), ("QWizard", "&Finish"),
                            ("QLineEdit", "&Copy"), ("QLineEdit", "&Paste"), ("QFileDialog", "File &name:"),
                            ("QMessageBox", "Show Details...")):
        assert qt[(context, source)].finished and qt[(context, source)].translation, (context, source)


def test_the_built_catalogues_speak_welsh(tmp_path):
    """What the program loads is built from the .ts, and says in Welsh what the .ts says."""
    from PySide6.QtCore import QTranslator

    built = translations.build(tmp_path)
    assert {path.name for path in built} == {"compactdesk_cy.qm", "qtbase_cy.qm"}
    ours = QTranslator()
    assert ours.load(str(tmp_path / "compactdesk_cy.qm"))
    agenda = translations.read_ts(WELSH)[1]
    welsh = {m.key: m.translation for m in agenda}
    assert ours.translate("Papers", "Minutes") == welsh[("Papers", "Minutes", "")] != "Minutes"
    # Welsh's five forms, by Qt's rule (0, 1, 2-5, 6, the rest)
    forms = welsh[("Consultations", "%n week(s)", "")]
    assert [ours.translate("Consultations", "%n week(s)", None, n) for n in (0, 1, 3, 6, 9)] == forms


# translate() calls whose words are a variable, each for a reason: a painter's or a translator's own translate(),
# or an area's title, marked where the areas are listed (QT_TRANSLATE_NOOP in gui/areas.py).
NOT_OURS = {"compactdesk/catalogues.py", "compactdesk/documents/papers/pack.py", "compactdesk/gui/dialogs/erase.py",
            "compactdesk/gui/areas.py"}


def test_a_translation_with_words_from_a_variable_translates_words_marked_elsewhere():
    """translate(context, variable) only works for words marked with QT_TRANSLATE_NOOP in that context; else the
    tools never see them and they stay English (the window's opening and recovery messages were so)."""
    import ast

    marked, unreadable = set(), []
    for path in translations.python_sources():
        source = path.read_text(encoding="utf-8")
        marked.update(call.context for call in translations.calls_in(path)[0] if "QT_TRANSLATE_NOOP" in source)
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and translations._call_name(node) in translations.TRANSLATE_NAMES \
                    and len(node.args) >= 2 and translations._literal(node.args[1]) is None:
                unreadable.append((path.relative_to(ROOT).as_posix(), node.lineno, translations._literal(node.args[0])))
    wrong = [f"{where}:{line} ({context})" for where, line, context in unreadable
             if where not in NOT_OURS and (context is None or context not in marked)]
    assert not wrong, f"translate() of words no tool can see: {wrong}"


def test_update_keeps_every_translation_made(tmp_path, monkeypatch):
    """A string that goes and comes back keeps its Welsh, finished; one that becomes a plural, or stops being
    one, keeps its Welsh to be checked; one gone from the sources is kept, marked vanished."""
    from translations import Message

    target = tmp_path / "compactdesk_cy.ts"
    translations.write_ts(target, "cy_GB", [
        Message("A", "Kept", translation="Cadwyd", finished=True),
        Message("A", "Back again", translation="Yn ôl eto", vanished=True),
        Message("A", "%n day(s)", translation="%n diwrnod", finished=True),
        Message("A", "%n week(s)", numerus=True, translation=["%n wythnos"] * 5, finished=True),
        Message("A", "Gone", translation="Wedi mynd", finished=True)])
    now = [Message("A", "Kept"), Message("A", "Back again"), Message("A", "%n day(s)", numerus=True),
           Message("A", "%n week(s)"), Message("A", "New")]
    monkeypatch.setattr(translations, "SOURCES", tmp_path)
    monkeypatch.setattr(translations, "gathered", lambda: (now, []))
    translations.update()
    held = {message.source: message for message in translations.read_ts(target)[1]}
    assert (held["Kept"].translation, held["Kept"].finished) == ("Cadwyd", True)
    assert (held["Back again"].translation, held["Back again"].finished) == ("Yn ôl eto", True)
    assert held["%n day(s)"].translation == ["%n diwrnod"] * 5 and not held["%n day(s)"].finished
    assert held["%n week(s)"].translation == "%n wythnos" and not held["%n week(s)"].finished
    assert held["Gone"].vanished and held["Gone"].translation == "Wedi mynd"
    assert not held["New"].finished and not held["New"].translation
