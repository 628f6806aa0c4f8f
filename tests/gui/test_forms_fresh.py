"""Every Designer form is compiled, and no compiled form is older than its .ui."""

from compactdesk.gui import forms_build


def test_every_form_has_a_fresh_generated_module():
    forms = sorted(forms_build.UI_FOLDER.glob("*.ui"))
    assert forms, "the forms live in ui/*.ui"
    stale = [form.name for form in forms
             if not forms_build.generated_name(form).exists()
             or forms_build.comparable(forms_build.compile_form(form))
             != forms_build.comparable(forms_build.generated_name(form).read_text(encoding="utf-8"))]
    assert not stale, f"run `python -m compactdesk.gui.forms_build`; stale: {stale}"


def test_no_generated_module_without_its_form():
    sources = {forms_build.generated_name(form).name for form in forms_build.UI_FOLDER.glob("*.ui")}
    orphans = [path.name for path in forms_build.FORMS_FOLDER.glob("ui_*.py") if path.name not in sources]
    assert not orphans
