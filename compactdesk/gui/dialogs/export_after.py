"""What follows the export of a meeting's paper (issue 20): the agenda marked as issued, and a draft email to the
members with the paper attached. Shown in the export dialog under the paper's choices; "Issue the agenda" opens the
dialog with both ticked."""

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from compactdesk.documents.export import Paper
from compactdesk.gui.workbench import Workbench
from compactdesk.services.issuing import AgendaIssue, agenda_issue

# The papers that go to the members, and so may be followed by an email to them.
SENT_TO_MEMBERS = (Paper.AGENDA, Paper.PACK, Paper.MINUTES)


class AfterExport(QWidget):
    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, issuing: bool = False,
                 sending: bool = False):
        super().__init__(parent)
        self.bench = bench
        self.issuing = issuing  # opened by "Issue the agenda": marking it ticked at first
        self.sending = sending  # and the email
        self.mark = QCheckBox(self.tr("Mar&k the agenda as issued"))
        self.mark.setObjectName("markIssued")
        self.mark.setToolTip(self.tr("Once the file is written, the meeting moves on to “Agenda issued” and the "
                                     "dashboard stops reminding you to send it"))
        self.send = QCheckBox(self.tr("&Then write an email to the members"))
        self.send.setObjectName("sendToMembers")
        self.send.setToolTip(self.tr("Once the file is written, a draft email with it attached opens in your mail "
                                     "program, for you to read and send"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mark)
        layout.addWidget(self.send)
        self._states: dict[int, AgendaIssue] = {}
        self._shown: tuple[Paper, int | None] | None = None

    def state(self, meeting_id: int) -> AgendaIssue:
        if meeting_id not in self._states:
            self._states[meeting_id] = self.bench.read(agenda_issue, meeting_id)
        return self._states[meeting_id]

    def show_for(self, paper: Paper, meeting_id: int | None) -> bool:
        """Offers what fits the paper and meeting chosen; False when nothing follows it (the row can hide)."""
        if (paper, meeting_id) == self._shown:
            return self.mark.isVisibleTo(self) or self.send.isVisibleTo(self)
        first = self._shown is None
        self._shown = (paper, meeting_id)
        if paper not in SENT_TO_MEMBERS or meeting_id is None:
            self.mark.setVisible(False)
            self.send.setVisible(False)
            return False
        agenda = paper in (Paper.AGENDA, Paper.PACK)
        self.mark.setVisible(agenda and not self.state(meeting_id).issued)
        self.send.setVisible(True)
        self.send.setText(self.tr("&Then write an email to the members") if agenda
                          else self.tr("&Then write an email to the members with the minutes"))
        if first:
            self.mark.setChecked(self.issuing)
            self.send.setChecked(self.sending)
        return True

    def marks_issued(self) -> bool:
        return self.mark.isVisibleTo(self) and self.mark.isChecked()

    def sends(self) -> bool:
        return self.send.isVisibleTo(self) and self.send.isChecked()
