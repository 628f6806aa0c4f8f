# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dispute_step_dialog.ui'
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

class Ui_DisputeStepDialog(object):
    def setupUi(self, DisputeStepDialog):
        if not DisputeStepDialog.objectName():
            DisputeStepDialog.setObjectName(u"DisputeStepDialog")
        DisputeStepDialog.resize(520, 360)
        self.layout = QVBoxLayout(DisputeStepDialog)
        self.layout.setObjectName(u"layout")
        self.dispute = QLabel(DisputeStepDialog)
        self.dispute.setObjectName(u"dispute")
        self.dispute.setWordWrap(True)

        self.layout.addWidget(self.dispute)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.stageLabel = QLabel(DisputeStepDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stage = QComboBox(DisputeStepDialog)
        self.stage.setObjectName(u"stage")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stage)

        self.hint = QLabel(DisputeStepDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hint)

        self.onLabel = QLabel(DisputeStepDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.on = DateField(DisputeStepDialog)
        self.on.setObjectName(u"on")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.on)

        self.noteLabel = QLabel(DisputeStepDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(DisputeStepDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(DisputeStepDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.stageLabel.setBuddy(self.stage)
        self.onLabel.setBuddy(self.on)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stage, self.on)
        QWidget.setTabOrder(self.on, self.note)

        self.retranslateUi(DisputeStepDialog)

        QMetaObject.connectSlotsByName(DisputeStepDialog)
    # setupUi

    def retranslateUi(self, DisputeStepDialog):
        DisputeStepDialog.setWindowTitle(QCoreApplication.translate("DisputeStepDialog", u"Record a stage", None))
        self.dispute.setText("")
        self.stageLabel.setText(QCoreApplication.translate("DisputeStepDialog", u"&Stage:", None))
        self.hint.setText("")
        self.onLabel.setText(QCoreApplication.translate("DisputeStepDialog", u"&On:", None))
        self.noteLabel.setText(QCoreApplication.translate("DisputeStepDialog", u"&Note:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("DisputeStepDialog", u"Who took part, what was agreed, what happens next", None))
    # retranslateUi

