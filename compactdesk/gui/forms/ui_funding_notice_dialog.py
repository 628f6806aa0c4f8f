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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from compactdesk.gui.widgets import DateField

class Ui_FundingNoticeDialog(object):
    def setupUi(self, FundingNoticeDialog):
        if not FundingNoticeDialog.objectName():
            FundingNoticeDialog.setObjectName(u"FundingNoticeDialog")
        FundingNoticeDialog.resize(600, 420)
        self.layout = QVBoxLayout(FundingNoticeDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.organisationLabel = QLabel(FundingNoticeDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisation = QComboBox(FundingNoticeDialog)
        self.organisation.setObjectName(u"organisation")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.bodyLabel = QLabel(FundingNoticeDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.body = QComboBox(FundingNoticeDialog)
        self.body.setObjectName(u"body")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.body)

        self.changeLabel = QLabel(FundingNoticeDialog)
        self.changeLabel.setObjectName(u"changeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.changeLabel)

        self.change = QComboBox(FundingNoticeDialog)
        self.change.setObjectName(u"change")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.change)

        self.givenLabel = QLabel(FundingNoticeDialog)
        self.givenLabel.setObjectName(u"givenLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.givenLabel)

        self.givenOn = DateField(FundingNoticeDialog)
        self.givenOn.setObjectName(u"givenOn")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.givenOn)

        self.effectiveLabel = QLabel(FundingNoticeDialog)
        self.effectiveLabel.setObjectName(u"effectiveLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.effectiveLabel)

        self.effectiveOn = DateField(FundingNoticeDialog)
        self.effectiveOn.setObjectName(u"effectiveOn")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.effectiveOn)

        self.noticeHint = QLabel(FundingNoticeDialog)
        self.noticeHint.setObjectName(u"noticeHint")
        self.noticeHint.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noticeHint)

        self.notesLabel = QLabel(FundingNoticeDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(FundingNoticeDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes)


        self.layout.addLayout(self.form)

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
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisation, self.body)
        QWidget.setTabOrder(self.body, self.change)
        QWidget.setTabOrder(self.change, self.givenOn)
        QWidget.setTabOrder(self.givenOn, self.effectiveOn)
        QWidget.setTabOrder(self.effectiveOn, self.notes)

        self.retranslateUi(FundingNoticeDialog)

        QMetaObject.connectSlotsByName(FundingNoticeDialog)
    # setupUi

    def retranslateUi(self, FundingNoticeDialog):
        FundingNoticeDialog.setWindowTitle(QCoreApplication.translate("FundingNoticeDialog", u"Funding notice", None))
        self.organisationLabel.setText(QCoreApplication.translate("FundingNoticeDialog", u"&Organisation:", None))
        self.bodyLabel.setText(QCoreApplication.translate("FundingNoticeDialog", u"Public &body:", None))
        self.changeLabel.setText(QCoreApplication.translate("FundingNoticeDialog", u"&Change:", None))
        self.givenLabel.setText(QCoreApplication.translate("FundingNoticeDialog", u"Notice &given on:", None))
        self.effectiveLabel.setText(QCoreApplication.translate("FundingNoticeDialog", u"Takes &effect on:", None))
        self.noticeHint.setText("")
        self.notesLabel.setText(QCoreApplication.translate("FundingNoticeDialog", u"&Notes:", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("FundingNoticeDialog", u"What is reduced or ended, by how much, and what was said", None))
    # retranslateUi

