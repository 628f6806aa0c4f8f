# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultation_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QLabel,
    QLineEdit, QPlainTextEdit, QScrollArea, QSizePolicy,
    QVBoxLayout, QWidget)

from compactdesk.gui.widgets import DateField

class Ui_ConsultationDialog(object):
    def setupUi(self, ConsultationDialog):
        if not ConsultationDialog.objectName():
            ConsultationDialog.setObjectName(u"ConsultationDialog")
        ConsultationDialog.resize(620, 560)
        self.layout = QVBoxLayout(ConsultationDialog)
        self.layout.setObjectName(u"layout")
        self.scroll = QScrollArea(ConsultationDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.form = QFormLayout(self.formPage)
        self.form.setObjectName(u"form")
        self.form.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(self.formPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.formPage)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.bodyLabel = QLabel(self.formPage)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.body = QComboBox(self.formPage)
        self.body.setObjectName(u"body")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.body)

        self.opensLabel = QLabel(self.formPage)
        self.opensLabel.setObjectName(u"opensLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.opensLabel)

        self.opensOn = DateField(self.formPage)
        self.opensOn.setObjectName(u"opensOn")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.opensOn)

        self.closesLabel = QLabel(self.formPage)
        self.closesLabel.setObjectName(u"closesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.closesLabel)

        self.closesOn = DateField(self.formPage)
        self.closesOn.setObjectName(u"closesOn")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.closesOn)

        self.lengthHint = QLabel(self.formPage)
        self.lengthHint.setObjectName(u"lengthHint")
        self.lengthHint.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lengthHint)

        self.countingRule = QLabel(self.formPage)
        self.countingRule.setObjectName(u"countingRule")
        self.countingRule.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.countingRule)

        self.reasonLabel = QLabel(self.formPage)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.shortReason = QPlainTextEdit(self.formPage)
        self.shortReason.setObjectName(u"shortReason")
        self.shortReason.setMaximumSize(QSize(16777215, 70))
        self.shortReason.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.shortReason)

        self.feedbackLabel = QLabel(self.formPage)
        self.feedbackLabel.setObjectName(u"feedbackLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.feedbackLabel)

        self.feedbackOn = DateField(self.formPage)
        self.feedbackOn.setObjectName(u"feedbackOn")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.feedbackOn)

        self.feedbackHint = QLabel(self.formPage)
        self.feedbackHint.setObjectName(u"feedbackHint")
        self.feedbackHint.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.feedbackHint)

        self.responsesLabel = QLabel(self.formPage)
        self.responsesLabel.setObjectName(u"responsesLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.responsesLabel)

        self.responses = QLineEdit(self.formPage)
        self.responses.setObjectName(u"responses")
        self.responses.setMaximumSize(QSize(200, 16777215))

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.responses)

        self.notesLabel = QLabel(self.formPage)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(self.formPage)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notes)

        self.scroll.setWidget(self.formPage)

        self.layout.addWidget(self.scroll)

        self.buttons = QDialogButtonBox(ConsultationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.bodyLabel.setBuddy(self.body)
        self.opensLabel.setBuddy(self.opensOn)
        self.closesLabel.setBuddy(self.closesOn)
        self.reasonLabel.setBuddy(self.shortReason)
        self.feedbackLabel.setBuddy(self.feedbackOn)
        self.responsesLabel.setBuddy(self.responses)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.body)
        QWidget.setTabOrder(self.body, self.opensOn)
        QWidget.setTabOrder(self.opensOn, self.closesOn)
        QWidget.setTabOrder(self.closesOn, self.shortReason)
        QWidget.setTabOrder(self.shortReason, self.feedbackOn)
        QWidget.setTabOrder(self.feedbackOn, self.responses)
        QWidget.setTabOrder(self.responses, self.notes)

        self.retranslateUi(ConsultationDialog)

        QMetaObject.connectSlotsByName(ConsultationDialog)
    # setupUi

    def retranslateUi(self, ConsultationDialog):
        ConsultationDialog.setWindowTitle(QCoreApplication.translate("ConsultationDialog", u"Consultation", None))
#if QT_CONFIG(accessibility)
        self.scroll.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Consultation", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ConsultationDialog", u"&Title:", None))
        self.title.setPlaceholderText(QCoreApplication.translate("ConsultationDialog", u"What the public body consulted on", None))
        self.bodyLabel.setText(QCoreApplication.translate("ConsultationDialog", u"Public &body:", None))
        self.opensLabel.setText(QCoreApplication.translate("ConsultationDialog", u"&Opened on:", None))
        self.closesLabel.setText(QCoreApplication.translate("ConsultationDialog", u"&Closes on:", None))
        self.lengthHint.setText("")
        self.countingRule.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("ConsultationDialog", u"&Reason if shorter:", None))
        self.shortReason.setPlaceholderText(QCoreApplication.translate("ConsultationDialog", u"Why the body ran it for less than the standard, if it said", None))
        self.feedbackLabel.setText(QCoreApplication.translate("ConsultationDialog", u"&Feedback published:", None))
        self.feedbackHint.setText("")
        self.responsesLabel.setText(QCoreApplication.translate("ConsultationDialog", u"Res&ponses:", None))
        self.responses.setPlaceholderText(QCoreApplication.translate("ConsultationDialog", u"Blank if not known", None))
        self.notesLabel.setText(QCoreApplication.translate("ConsultationDialog", u"&Notes:", None))
    # retranslateUi

