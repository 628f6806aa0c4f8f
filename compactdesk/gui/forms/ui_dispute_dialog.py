# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dispute_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from compactdesk.gui.widgets import DateField

class Ui_DisputeDialog(object):
    def setupUi(self, DisputeDialog):
        if not DisputeDialog.objectName():
            DisputeDialog.setObjectName(u"DisputeDialog")
        DisputeDialog.resize(600, 480)
        self.layout = QVBoxLayout(DisputeDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(DisputeDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(DisputeDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.raisedByLabel = QLabel(DisputeDialog)
        self.raisedByLabel.setObjectName(u"raisedByLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.raisedByLabel)

        self.raisedBy = QComboBox(DisputeDialog)
        self.raisedBy.setObjectName(u"raisedBy")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.raisedBy)

        self.againstLabel = QLabel(DisputeDialog)
        self.againstLabel.setObjectName(u"againstLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.againstLabel)

        self.against = QComboBox(DisputeDialog)
        self.against.setObjectName(u"against")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.against)

        self.breach = QLabel(DisputeDialog)
        self.breach.setObjectName(u"breach")
        self.breach.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.breach)

        self.raisedOnLabel = QLabel(DisputeDialog)
        self.raisedOnLabel.setObjectName(u"raisedOnLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.raisedOnLabel)

        self.raisedOn = DateField(DisputeDialog)
        self.raisedOn.setObjectName(u"raisedOn")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.raisedOn)

        self.firstStageLabel = QLabel(DisputeDialog)
        self.firstStageLabel.setObjectName(u"firstStageLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.firstStageLabel)

        self.firstStage = QComboBox(DisputeDialog)
        self.firstStage.setObjectName(u"firstStage")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.firstStage)

        self.summaryLabel = QLabel(DisputeDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summary = QPlainTextEdit(DisputeDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.summary)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(DisputeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.raisedByLabel.setBuddy(self.raisedBy)
        self.againstLabel.setBuddy(self.against)
        self.raisedOnLabel.setBuddy(self.raisedOn)
        self.firstStageLabel.setBuddy(self.firstStage)
        self.summaryLabel.setBuddy(self.summary)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.raisedBy)
        QWidget.setTabOrder(self.raisedBy, self.against)
        QWidget.setTabOrder(self.against, self.raisedOn)
        QWidget.setTabOrder(self.raisedOn, self.firstStage)
        QWidget.setTabOrder(self.firstStage, self.summary)

        self.retranslateUi(DisputeDialog)

        QMetaObject.connectSlotsByName(DisputeDialog)
    # setupUi

    def retranslateUi(self, DisputeDialog):
        DisputeDialog.setWindowTitle(QCoreApplication.translate("DisputeDialog", u"Dispute", None))
        self.titleLabel.setText(QCoreApplication.translate("DisputeDialog", u"&What it is about:", None))
        self.title.setPlaceholderText(QCoreApplication.translate("DisputeDialog", u"The dispute or breach, in a line", None))
        self.raisedByLabel.setText(QCoreApplication.translate("DisputeDialog", u"Raised &by:", None))
#if QT_CONFIG(tooltip)
        self.raisedBy.setToolTip(QCoreApplication.translate("DisputeDialog", u"The organisation that says the compact was broken", None))
#endif // QT_CONFIG(tooltip)
        self.againstLabel.setText(QCoreApplication.translate("DisputeDialog", u"Said to be in &breach:", None))
#if QT_CONFIG(tooltip)
        self.against.setToolTip(QCoreApplication.translate("DisputeDialog", u"The organisation said to have broken the compact; either sector can", None))
#endif // QT_CONFIG(tooltip)
        self.breach.setText("")
        self.raisedOnLabel.setText(QCoreApplication.translate("DisputeDialog", u"&Raised on:", None))
        self.firstStageLabel.setText(QCoreApplication.translate("DisputeDialog", u"&Stage reached:", None))
#if QT_CONFIG(tooltip)
        self.firstStage.setToolTip(QCoreApplication.translate("DisputeDialog", u"Recorded in the dispute's history on the day it was raised", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setText(QCoreApplication.translate("DisputeDialog", u"S&ummary:", None))
        self.summary.setPlaceholderText(QCoreApplication.translate("DisputeDialog", u"What happened, which part of the compact it concerns, and what the party raising it wants", None))
    # retranslateUi

