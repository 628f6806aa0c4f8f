"""Dialogs that edit a record: the form stays open, with the problem shown at
its field, until the service accepts what was typed. Nothing typed is lost."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from compactdesk.domain.errors import ValidationError
from compactdesk.gui import colours
from compactdesk.gui.date_field import DateField


class FieldErrors:
    """The message line at the top of a form, and the outline on the field it is about."""

    def __init__(self, form: QWidget):
        self.form = form  # its `fields` (service field name -> widget) may be set after this
        self.label = QLabel()
        self.label.setObjectName("fieldError")
        self.label.setWordWrap(True)
        colours.tint(self.label, colours.URGENT, bold=True)
        self.label.hide()
        self._marked: QWidget | None = None

    def show(self, message: str, field: str | None) -> None:
        self.clear()
        self.label.setText(message)
        self.label.show()
        widget = getattr(self.form, "fields", {}).get(field or "")
        if widget is not None:
            widget.setStyleSheet(colours.invalid_style())
            widget.setToolTip(message)
            widget.setFocus()
            self._marked = widget

    def clear(self) -> None:
        self.label.hide()
        if self._marked is not None:
            self._marked.setStyleSheet("")
            self._marked.setToolTip("")
            self._marked = None

    def text(self) -> str:
        return self.label.text() if self.label.isVisibleTo(self.form) else ""


class FormDialog(QDialog):
    """Subclasses set up their form, fill `fields` (service field name -> widget),
    and implement `save()`, which calls the workbench and may raise ValidationError."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self.errors = FieldErrors(self)
        self.error_label = self.errors.label
        self.result_value = None

    def place_error_label(self) -> None:
        """Puts the message line at the top of the form's own layout."""
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.error_label)
        else:
            wrapper = QVBoxLayout()
            wrapper.addWidget(self.error_label)
            layout.addItem(wrapper)

    def connect_buttons(self, buttons: QDialogButtonBox) -> None:
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def save(self):
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_error()
        if self._date_unread():
            return
        try:
            self.result_value = self.save()
        except ValidationError as error:
            self.show_error(error)
            return
        super().accept()

    def showEvent(self, event) -> None:  # noqa: N802
        # "today" and "tomorrow" typed in any date box mean the workbench's day, as the form's defaults do (the
        # same as the clock's in use; a fixed day in tests and the demo's screenshots).
        bench = getattr(self, "bench", None)
        if bench is not None:
            for field in self.findChildren(DateField):
                if field.today is not bench.today:
                    field.set_today(bench.today)
        super().showEvent(event)

    def _date_unread(self) -> bool:
        """Shows the first date box whose text is no day it takes (30/02/2027, "next week"), at its field.
        Its value() is then None, which a form would save as "no date" or refuse far from where it was typed."""
        for field in self.findChildren(DateField):
            problem = field.problem()
            if problem and field.isVisibleTo(self) and field.isEnabled():
                name = next((key for key, widget in self.fields.items() if widget is field), None)
                self.errors.show(QCoreApplication.translate("FormDialog", "{field}: {problem}").format(
                    field=field.accessibleName(), problem=problem), name)
                field.setFocus()
                return True
        return False

    def show_error(self, error: ValidationError) -> None:
        self.errors.show(str(error), error.field)

    def clear_error(self) -> None:
        self.errors.clear()

    @property
    def error_text(self) -> str:
        return self.errors.text()


def fit_height(dialog: QWidget, width: int) -> None:
    """Opens a form at its whole height where the screen has room, else as high as the screen: its fields then
    scroll (an old laptop at 150% has 442 pixels), and the buttons stay in view."""
    screen = dialog.screen().availableGeometry().height() if dialog.screen() is not None else 0
    height = dialog.sizeHint().height()
    dialog.resize(width, min(height, screen - 40) if screen > 200 else height)


class ScrollingForm:
    """A form whose fields sit in a scroll area (ui.scroll holding ui.formPage): its size hint is the whole form's,
    not the scroll area's own few lines, so it opens in full wherever it fits."""

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        missing = self.ui.formPage.sizeHint().height() - self.ui.scroll.sizeHint().height()
        return QSize(hint.width(), hint.height() + max(0, missing))


def show_hint(label: QLabel, text: str, warning: bool) -> None:
    """A form's hint under a field: a warning in the urgent colour, else quiet; hidden while there is nothing to say."""
    label.setText(text)
    label.setStyleSheet(colours.style(colours.URGENT if warning else colours.QUIET))
    label.setVisible(bool(text))
