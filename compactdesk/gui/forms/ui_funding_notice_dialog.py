# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'funding_notice_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QScrollArea,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from compactdesk.gui.widgets import DateField

class Ui_FundingNoticeDialog(object):
    def setupUi(self, FundingNoticeDialog):
        if not FundingNoticeDialog.objectName():
            FundingNoticeDialog.setObjectName(u"FundingNoticeDialog")
        FundingNoticeDialog.resize(620, 560)
        self.layout = QVBoxLayout(FundingNoticeDialog)
        self.layout.setObjectName(u"layout")
        self.scroll = QScrollArea(FundingNoticeDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.form = QFormLayout(self.formPage)
        self.form.setObjectName(u"form")
        self.form.setContentsMargins(0, 0, 0, 0)
        self.organisationLabel = QLabel(self.formPage)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisation = QComboBox(self.formPage)
        self.organisation.setObjectName(u"organisation")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.bodyLabel = QLabel(self.formPage)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.body = QComboBox(self.formPage)
        self.body.setObjectName(u"body")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.body)

        self.changeLabel = QLabel(self.formPage)
        self.changeLabel.setObjectName(u"changeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.changeLabel)

        self.change = QComboBox(self.formPage)
        self.change.setObjectName(u"change")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.change)

        self.givenLabel = QLabel(self.formPage)
        self.givenLabel.setObjectName(u"givenLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.givenLabel)

        self.givenOn = DateField(self.formPage)
        self.givenOn.setObjectName(u"givenOn")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.givenOn)

        self.effectiveLabel = QLabel(self.formPage)
        self.effectiveLabel.setObjectName(u"effectiveLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.effectiveLabel)

        self.effectiveOn = DateField(self.formPage)
        self.effectiveOn.setObjectName(u"effectiveOn")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.effectiveOn)

        self.noticeHint = QLabel(self.formPage)
        self.noticeHint.setObjectName(u"noticeHint")
        self.noticeHint.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noticeHint)

        self.amountLabel = QLabel(self.formPage)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountRow = QHBoxLayout()
        self.amountRow.setObjectName(u"amountRow")
        self.amount = QLineEdit(self.formPage)
        self.amount.setObjectName(u"amount")

        self.amountRow.addWidget(self.amount)

        self.percentLabel = QLabel(self.formPage)
        self.percentLabel.setObjectName(u"percentLabel")

        self.amountRow.addWidget(self.percentLabel)

        self.percent = QSpinBox(self.formPage)
        self.percent.setObjectName(u"percent")
        self.percent.setMinimum(0)
        self.percent.setMaximum(100)

        self.amountRow.addWidget(self.percent)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.amountRow)

        self.outcomeLabel = QLabel(self.formPage)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcome = QComboBox(self.formPage)
        self.outcome.setObjectName(u"outcome")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.outcomeOnLabel = QLabel(self.formPage)
        self.outcomeOnLabel.setObjectName(u"outcomeOnLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.outcomeOnLabel)

        self.outcomeOn = DateField(self.formPage)
        self.outcomeOn.setObjectName(u"outcomeOn")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.outcomeOn)

        self.outcomeNoteLabel = QLabel(self.formPage)
        self.outcomeNoteLabel.setObjectName(u"outcomeNoteLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.outcomeNoteLabel)

        self.outcomeNote = QPlainTextEdit(self.formPage)
        self.outcomeNote.setObjectName(u"outcomeNote")
        self.outcomeNote.setMaximumSize(QSize(16777215, 56))
        self.outcomeNote.setTabChangesFocus(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.outcomeNote)

        self.outcomeHint = QLabel(self.formPage)
        self.outcomeHint.setObjectName(u"outcomeHint")
        self.outcomeHint.setWordWrap(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.outcomeHint)

        self.notesLabel = QLabel(self.formPage)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(self.formPage)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 90))
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notes)

        self.scroll.setWidget(self.formPage)

        self.layout.addWidget(self.scroll)

        self.buttons = QDialogButtonBox(FundingNoticeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.organisationLabel.setBuddy(self.organisation)
        self.bodyLabel.setBuddy(self.body)
        self.changeLabel.setBuddy(self.change)
        self.givenLabel.setBuddy(self.givenOn)
        self.effectiveLabel.setBuddy(self.effectiveOn)
        self.amountLabel.setBuddy(self.amount)
        self.percentLabel.setBuddy(self.percent)
        self.outcomeLabel.setBuddy(self.outcome)
        self.outcomeOnLabel.setBuddy(self.outcomeOn)
        self.outcomeNoteLabel.setBuddy(self.outcomeNote)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisation, self.body)
        QWidget.setTabOrder(self.body, self.change)
        QWidget.setTabOrder(self.change, self.givenOn)
        QWidget.setTabOrder(self.givenOn, self.effectiveOn)
        QWidget.setTabOrder(self.effectiveOn, self.amount)
        QWidget.setTabOrder(self.amount, self.percent)
        QWidget.setTabOrder(self.percent, self.outcome)
        QWidget.setTabOrder(self.outcome, self.outcomeOn)
        QWidget.setTabOrder(self.outcomeOn, self.outcomeNote)
        QWidget.setTabOrder(self.outcomeNote, self.notes)

        self.retranslateUi(FundingNoticeDialog)

        QMetaObject.connectSlotsByName(FundingNoticeDialog)
    # setupUi

    def retranslateUi(self, FundingNoticeDialog):
        FundingNoticeDialog.setWindowTitle(QCoreApplication.translate("FundingNoticeDialog", u"Funding notice", None))
#if QT_CONFIG(accessibility)
        self.scroll.setAccessibleName(QCoreApplication.translate("FundingNoticeDialog", u"Funding notice", None))
#endif // QT_CONFIG(accessibility)
        self.organisationLabel.setText(QCoreApplication.translate("FundingNoticeDialog", u"&Organisation:", None))
        self.bodyLabel.setText(QCoreApplication.translate("FundingNoticeDialog", u"Public &body:", None))
        self.changeLabel.setText(QCoreApplication.translate("FundingNoticeDialog", u"&Change:", None))
        self.givenLabel.setText(QCoreApplication.translate("FundingNoticeDialog", u"Notice &given on:", None))
        self.effectiveLabel.setText(QCoreApplication.translate("FundingNoticeDialog", u"Takes &effect on:", None))
        self.noticeHint.setText("")
        self.amountLabel.setText(QCoreApplication.translate("FundingNoticeDialog", u"How &much:", None))
        self.amount.setPlaceholderText(QCoreApplication.translate("FundingNoticeDialog", u"\u00a312,000 (blank if not known)", None))
#if QT_CONFIG(accessibility)
        self.amount.setAccessibleName(QCoreApplication.translate("FundingNoticeDialog", u"Amount reduced or ended", None))
#endif // QT_CONFIG(accessibility)
        self.percentLabel.setText(QCoreApplication.translate("FundingNoticeDialog", u"or share:", None))
#if QT_CONFIG(accessibility)
        self.percent.setAccessibleName(QCoreApplication.translate("FundingNoticeDialog", u"Share of the funding, in per cent", None))
#endif // QT_CONFIG(accessibility)
        self.percent.setSuffix(QCoreApplication.translate("FundingNoticeDialog", u"%", None))
        self.percent.setSpecialValueText(QCoreApplication.translate("FundingNoticeDialog", u"not given", None))
        self.outcomeLabel.setText(QCoreApplication.translate("FundingNoticeDialog", u"What &happened:", None))
        self.outcomeOnLabel.setText(QCoreApplication.translate("FundingNoticeDialog", u"&Day:", None))
        self.outcomeNoteLabel.setText(QCoreApplication.translate("FundingNoticeDialog", u"Detai&ls:", None))
        self.outcomeNote.setPlaceholderText(QCoreApplication.translate("FundingNoticeDialog", u"A call-in, a consultation, what was decided", None))
        self.outcomeHint.setText("")
        self.notesLabel.setText(QCoreApplication.translate("FundingNoticeDialog", u"&Notes:", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("FundingNoticeDialog", u"What is reduced or ended, by how much, and what was said", None))
    # retranslateUi

