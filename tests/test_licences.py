"""CompactDesk is GPL-3.0-or-later, and every library it ships has its licence beside it (issue 17)."""

import re
import tomllib
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).parents[1]
LICENCES = ROOT / "resources" / "licences"

# Each distribution the program pulls in, and its licence file(s) in resources/licences.
FILES = {
    "pyside6-essentials": ["PySide6-LGPL-3.0.txt"],
    "shiboken6": ["PySide6-LGPL-3.0.txt"],
    "sqlalchemy": ["SQLAlchemy-MIT.txt", "SQLAlchemy-AUTHORS.txt"],
    "alembic": ["alembic-MIT.txt"],
    "mako": ["Mako-MIT.txt"],
    "markupsafe": ["MarkupSafe-BSD-3-Clause.txt"],
    "typing-extensions": ["typing_extensions-PSF-2.0.txt"],
    "reportlab": ["reportlab-BSD.txt"],
    "charset-normalizer": ["charset-normalizer-MIT.txt"],
    "python-docx": ["python-docx-MIT.txt"],
    "lxml": ["lxml-BSD-3-Clause.txt"],
    "pypdf": ["pypdf-BSD-3-Clause.txt"],
    "python-dateutil": ["python-dateutil-Apache-2.0-BSD-3-Clause.txt"],
    "six": ["six-MIT.txt"],
    "platformdirs": ["platformdirs-MIT.txt"],
    "pillow": ["Pillow-MIT-CMU.txt"],
    "holidays": ["holidays-MIT.txt"],
    "qtawesome": ["QtAwesome-MIT.txt", "MaterialDesignIcons-OFL-1.1.txt", "MaterialDesignIcons-Apache-2.0.txt"],
    "qtpy": ["QtPy-MIT.txt"],
    "python-calamine": ["python-calamine-MIT.txt"],
    "openpyxl": ["openpyxl-MIT.txt"],
    "babel": ["Babel-BSD-3-Clause.txt"],
    "icalendar": ["icalendar-BSD-2-Clause.txt"],
    "et-xmlfile": ["et_xmlfile-MIT-PSF.txt"],
    "packaging": ["packaging-Apache-2.0-BSD-2-Clause.txt"],
    "greenlet": ["greenlet-MIT-PSF.txt"],  # only if SQLAlchemy ever pulls it in
    "tzdata": ["tzdata-Apache-2.0.txt"],  # icalendar's time zones
}


def _name(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


def shipped() -> set[str]:
    """pyproject's dependencies and all they require in turn, as installed here (extras left out)."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    todo, seen = list(pyproject["project"]["dependencies"]), set()
    while todo:
        requirement = Requirement(todo.pop())
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = _name(requirement.name)
        if name in seen:
            continue
        seen.add(name)
        try:
            todo += distribution(requirement.name).requires or []
        except PackageNotFoundError:
            pass
    return seen


def test_the_program_is_gpl_3_or_later():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in text
    assert "END OF TERMS AND CONDITIONS" in text
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "GPL-3.0-or-later" in str(pyproject["license"])
    assert "GPL-3.0-or-later" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_shipped_library_has_its_licence():
    names = shipped()
    assert {"pyside6-essentials", "sqlalchemy", "reportlab", "pillow", "qtawesome", "holidays"} <= names
    missing = sorted(name for name in names if name not in FILES)
    assert not missing, f"no licence file listed for {missing}: copy it into resources/licences"
    listing = (LICENCES / "README.txt").read_text(encoding="utf-8")
    for name in names:
        for file in FILES[name]:
            path = LICENCES / file
            assert path.is_file() and path.stat().st_size > 300, file
            assert file in listing, f"{file} is not in resources/licences/README.txt"


def test_qt_for_python_is_under_the_lgpl_3():
    text = (LICENCES / "PySide6-LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
