"""The translations are compiled into the package as it is built (pyproject.toml holds everything else).

`pip install .` (a wheel) and `pip install -e .` both run build_py: it compiles resources/i18n/*.ts into
compactdesk/translations/*.qm with Qt's lrelease (packaging/translations.py), so the .qm files are never kept
in git nor edited by hand.
"""

import importlib.util
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _translations():
    spec = importlib.util.spec_from_file_location("translations", HERE / "packaging" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


class BuildWithTranslations(build_py):
    def run(self):
        translations = _translations()
        translations.build(translations.BUILT)  # into the source tree: an editable install reads them there
        super().run()  # package data then copies them into a wheel


setup(cmdclass={"build_py": BuildWithTranslations})
