"""CompactDesk is GPL-3.0-or-later, and every library it ships has its licence beside it (issue 17)."""

import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest
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
    # A group on a shared server (issue 22): psycopg, and the C libraries its binary wheel carries (libpq and
    # OpenSSL in every wheel; the Linux wheel adds Kerberos, LDAP, SASL and the libraries they use).
    "psycopg": ["psycopg-LGPL-3.0.txt"],
    "psycopg-binary": [
        "psycopg-LGPL-3.0.txt", "libpq-PostgreSQL.txt", "OpenSSL-Apache-2.0.txt", "krb5-BSD-2-Clause-and-others.txt",
        "OpenLDAP-OLDAP-2.8.txt", "cyrus-sasl-BSD-Attribution-HPND-disclaimer.txt", "keyutils-LGPL-2.0-or-later.txt",
        "libxcrypt-LGPL-2.1-or-later.txt", "e2fsprogs-com_err.txt",
    ],
    # keyring, the server's password in the system's own store, and what it pulls in.
    "keyring": ["keyring-MIT.txt"],
    "jaraco-classes": ["jaraco.classes-MIT.txt"],
    "jaraco-context": ["jaraco.context-MIT.txt"],
    "jaraco-functools": ["jaraco.functools-MIT.txt"],
    "more-itertools": ["more-itertools-MIT.txt"],
    "backports-tarfile": ["backports.tarfile-MIT.txt"],  # jaraco.context's, before Python 3.12
    "importlib-metadata": ["importlib_metadata-Apache-2.0.txt"],  # keyring's, before Python 3.12
    "zipp": ["zipp-MIT.txt"],
    "lazy-importer": ["lazy-importer-Apache-2.0.txt"],  # importlib_metadata 10's, before Python 3.15
    "pywin32-ctypes": ["pywin32-ctypes-BSD-3-Clause.txt"],  # keyring's on Windows
    "secretstorage": ["SecretStorage-BSD-3-Clause.txt"],  # keyring's on Linux, with jeepney
    "jeepney": ["jeepney-MIT.txt"],
    "cryptography": ["cryptography-Apache-2.0-BSD-3-Clause.txt", "OpenSSL-Apache-2.0.txt"],  # built with OpenSSL
    "cffi": ["cffi-MIT-0.txt"],
    "pycparser": ["pycparser-BSD-3-Clause.txt"],
}


def _name(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


# The bundle is built on each of these (packaging/compactdesk.spec), and takes that system's dependencies:
# keyring brings pywin32-ctypes on Windows, SecretStorage and jeepney on Linux.
PLATFORMS = {
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    "win32": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
    "darwin": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"},
}


def shipped(platform: str = sys.platform) -> set[str]:
    """pyproject's dependencies and all they require in turn on that platform, as far as the metadata installed
    here tells (a distribution not installed here is named but not followed), with the extras a requirement asks
    for (psycopg[binary] brings psycopg-binary) and no others."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    todo = [(text, "") for text in pyproject["project"]["dependencies"]]  # (requirement, the extra that asks)
    names, followed = set(), set()
    while todo:
        text, extra = todo.pop()
        requirement = Requirement(text)
        if requirement.marker is not None and not requirement.marker.evaluate({**PLATFORMS[platform], "extra": extra}):
            continue
        name = _name(requirement.name)
        names.add(name)
        for wanted in {""} | requirement.extras:
            if (name, wanted) in followed:
                continue
            followed.add((name, wanted))
            try:
                todo += [(each, wanted) for each in distribution(requirement.name).requires or []]
            except PackageNotFoundError:
                pass
    return names


def test_the_program_is_gpl_3_or_later():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in text
    assert "END OF TERMS AND CONDITIONS" in text
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "GPL-3.0-or-later" in str(pyproject["license"])
    assert "GPL-3.0-or-later" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("platform", PLATFORMS)
def test_every_shipped_library_has_its_licence(platform):
    names = shipped(platform)
    assert {"pyside6-essentials", "sqlalchemy", "reportlab", "pillow", "qtawesome", "holidays", "psycopg-binary",
            "keyring"} <= names
    assert ("pywin32-ctypes" in names) == (platform == "win32")
    assert ("secretstorage" in names) == (platform == "linux")
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
