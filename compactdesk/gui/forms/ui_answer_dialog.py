# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'answer_dialog.ui'
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

class Ui_AnswerDialog(object):
    def setupUi(self, AnswerDialog):
        if not AnswerDialog.objectName():
            AnswerDialog.setObjectName(u"AnswerDialog")
        AnswerDialog.resize(480, 320)
        self.layout = QVBoxLayout(AnswerDialog)
        self.layout.setObjectName(u"layout")
        self.question = QLabel(AnswerDialog)
        self.question.setObjectName(u"question")
        self.question.setWordWrap(True)

        self.layout.addWidget(self.question)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.answeredLabel = QLabel(AnswerDialog)
        self.answeredLabel.setObjectName(u"answeredLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.answeredLabel)

        self.answeredOn = DateField(AnswerDialog)
        self.answeredOn.setObjectName(u"answeredOn")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.answeredOn)

        self.howLabel = QLabel(AnswerDialog)
        self.howLabel.setObjectName(u"howLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.howLabel)

        self.how = QComboBox(AnswerDialog)
        self.how.setObjectName(u"how")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.how)

        self.summaryLabel = QLabel(AnswerDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summary = QPlainTextEdit(AnswerDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.summary)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(AnswerDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.answeredLabel.setBuddy(self.answeredOn)
        self.howLabel.setBuddy(self.how)
        self.summaryLabel.setBuddy(self.summary)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AnswerDialog)

        QMetaObject.connectSlotsByName(AnswerDialog)
    # setupUi

    def retranslateUi(self, AnswerDialog):
        AnswerDialog.setWindowTitle(QCoreApplication.translate("AnswerDialog", u"Mark answered", None))
        self.question.setText("")
        self.answeredLabel.setText(QCoreApplication.translate("AnswerDialog", u"&Answered on:", None))
        self.howLabel.setText(QCoreApplication.translate("AnswerDialog", u"&How:", None))
        self.summaryLabel.setText(QCoreApplication.translate("AnswerDialog", u"&Summary:", None))
        self.summary.setPlaceholderText(QCoreApplication.translate("AnswerDialog", u"What the officer said, in a sentence or two", None))
    # retranslateUi

