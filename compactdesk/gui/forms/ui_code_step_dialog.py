# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'code_step_dialog.ui'
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

class Ui_CodeStepDialog(object):
    def setupUi(self, CodeStepDialog):
        if not CodeStepDialog.objectName():
            CodeStepDialog.setObjectName(u"CodeStepDialog")
        CodeStepDialog.resize(540, 320)
        self.layout = QVBoxLayout(CodeStepDialog)
        self.layout.setObjectName(u"layout")
        self.question = QLabel(CodeStepDialog)
        self.question.setObjectName(u"question")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.RichText)

        self.layout.addWidget(self.question)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.statusLabel = QLabel(CodeStepDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(CodeStepDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status)

        self.onLabel = QLabel(CodeStepDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.on = DateField(CodeStepDialog)
        self.on.setObjectName(u"on")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.on)

        self.stepHint = QLabel(CodeStepDialog)
        self.stepHint.setObjectName(u"stepHint")
        self.stepHint.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stepHint)

        self.noteLabel = QLabel(CodeStepDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(CodeStepDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(CodeStepDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.status)
        self.onLabel.setBuddy(self.on)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status, self.on)
        QWidget.setTabOrder(self.on, self.note)

        self.retranslateUi(CodeStepDialog)

        QMetaObject.connectSlotsByName(CodeStepDialog)
    # setupUi

    def retranslateUi(self, CodeStepDialog):
        CodeStepDialog.setWindowTitle(QCoreApplication.translate("CodeStepDialog", u"Record a step", None))
        self.question.setText("")
        self.statusLabel.setText(QCoreApplication.translate("CodeStepDialog", u"&Status after it:", None))
        self.onLabel.setText(QCoreApplication.translate("CodeStepDialog", u"&On:", None))
        self.stepHint.setText("")
        self.noteLabel.setText(QCoreApplication.translate("CodeStepDialog", u"&What happened:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("CodeStepDialog", u"For example: questionnaire sent to every group on the forum's list; met BME groups; redraft checked by the reading group", None))
    # retranslateUi

