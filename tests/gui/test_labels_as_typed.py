"""The group's words typed in the window are shown as typed (issue 21): "Monitoring and Implementation Group" was
"Monitoring And Implementation Group" in the papers' titles; a heading may capitalise the first letter only."""

from PySide6.QtWidgets import QDialog

from compactdesk.gui.dialogs.compact import CompactDialog
from compactdesk.gui.pages.signup import CHAMPIONS, SignUpPage
from compactdesk.services import compact, papers
from test_compact_page import type_into

TYPED = "Monitoring and Implementation Group"


def test_the_group_word_typed_in_the_compacts_form_is_the_papers_title_as_typed(bench, qtbot):
    """Derby's secretary renames the group in the compact's form, as the case has it."""
    dialog = CompactDialog(bench, bench.read(compact.compact_summary, bench.today()))
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.ui.name, "Derby Compact")
    type_into(qtbot, dialog.ui.groupLabel, TYPED)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert bench.read(compact.group_label) == TYPED
    assert bench.read(papers.group_name) == f"Derby Compact {TYPED}"
    dialog = CompactDialog(bench, bench.read(compact.compact_summary, bench.today()))
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.ui.groupLabel, "Compact Group")
    dialog.accept()
    assert bench.read(papers.group_name) == "Derby Compact Group"


def test_the_champions_tab_capitalises_the_first_letter_of_the_groups_word_only(bench, qtbot):
    def tab_for(word: str) -> str:
        bench.perform("Word", lambda s: compact.update_compact(s, name=compact.get_compact(s).name,
                                                                 champion_label=word))
        page = SignUpPage(bench)
        qtbot.addWidget(page)
        page.refresh()
        return page.tabs.tabText(CHAMPIONS).replace("&", "")

    assert tab_for("lead officer") == "Lead officers"
    assert tab_for("Monitoring and Implementation Lead") == "Monitoring and Implementation Leads"
    assert tab_for("iCompact link") == "iCompact links"  # a name with a capital of its own, kept
