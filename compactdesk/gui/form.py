"""Dialogs that edit a record: the form stays open, with the problem shown at
its field, until the service accepts what was typed. Nothing typed is lost."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from compactdesk.domain.errors import ValidationError

INVALID_STYLE = "border: 2px solid #a00000;"


class FormDialog(QDialog):
    """Subclasses set up their form, fill `fields` (service field name -> widget),
    and implement `save()`, which calls the workbench and may raise ValidationError."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a00000; font-weight: bold;")
        self.error_label.hide()
        self._marked: QWidget | None = None
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
        try:
            self.result_value = self.save()
        except ValidationError as error:
            self.show_error(error)
            return
        super().accept()

    def show_error(self, error: ValidationError) -> None:
        self.error_label.setText(str(error))
        self.error_label.show()
        widget = self.fields.get(error.field or "")
        if widget is not None:
            widget.setStyleSheet(INVALID_STYLE)
            widget.setToolTip(str(error))
            widget.setFocus()
            self._marked = widget

    def clear_error(self) -> None:
        self.error_label.hide()
        if self._marked is not None:
            self._marked.setStyleSheet("")
            self._marked.setToolTip("")
            self._marked = None

    @property
    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

