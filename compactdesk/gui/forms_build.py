"""Compiles the Qt Designer forms in ui/ into compactdesk/gui/forms/.

Run `python -m compactdesk.gui.forms_build` after changing a .ui file; a test
fails while any generated form is stale. The generated files are never edited
by hand.
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_FOLDER = ROOT / "ui"
FORMS_FOLDER = Path(__file__).resolve().parent / "forms"


def _uic() -> list[str]:
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic was not found; install PySide6-Essentials in this environment.")
    return [found]


def generated_name(form: Path) -> Path:
    return FORMS_FOLDER / f"ui_{form.stem}.py"


def compile_form(form: Path) -> str:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "form.py"
        subprocess.run([*_uic(), "-g", "python", "-o", str(out), str(form)], check=True)
        return out.read_text(encoding="utf-8")


def comparable(code: str) -> list[str]:
    """The generated code without its comment lines, which name the uic version."""
    return [line for line in code.splitlines() if not line.lstrip().startswith("#")]


def main() -> int:
    FORMS_FOLDER.mkdir(exist_ok=True)
    (FORMS_FOLDER / "__init__.py").write_text('"""Generated from ui/*.ui by compactdesk.gui.forms_build."""\n')
    forms = sorted(UI_FOLDER.glob("*.ui"))
    for form in forms:
        generated_name(form).write_text(compile_form(form), encoding="utf-8")
    names = {generated_name(form).name for form in forms} | {"__init__.py"}
    for leftover in FORMS_FOLDER.glob("ui_*.py"):
        if leftover.name not in names:
            leftover.unlink()
    print(f"compiled {len(forms)} forms into {FORMS_FOLDER}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
