# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'code_review_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from compactdesk.gui.widgets import DateField

class Ui_CodeReviewDialog(object):
    def setupUi(self, CodeReviewDialog):
        if not CodeReviewDialog.objectName():
            CodeReviewDialog.setObjectName(u"CodeReviewDialog")
        CodeReviewDialog.resize(520, 300)
        self.layout = QVBoxLayout(CodeReviewDialog)
        self.layout.setObjectName(u"layout")
        self.question = QLabel(CodeReviewDialog)
        self.question.setObjectName(u"question")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.RichText)

        self.layout.addWidget(self.question)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.onLabel = QLabel(CodeReviewDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.on = DateField(CodeReviewDialog)
        self.on.setObjectName(u"on")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.on)

        self.nextHint = QLabel(CodeReviewDialog)
        self.nextHint.setObjectName(u"nextHint")
        self.nextHint.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nextHint)

        self.noteLabel = QLabel(CodeReviewDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(CodeReviewDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(CodeReviewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.onLabel.setBuddy(self.on)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.on, self.note)

        self.retranslateUi(CodeReviewDialog)

        QMetaObject.connectSlotsByName(CodeReviewDialog)
    # setupUi

    def retranslateUi(self, CodeReviewDialog):
        CodeReviewDialog.setWindowTitle(QCoreApplication.translate("CodeReviewDialog", u"Record a review", None))
        self.question.setText("")
        self.onLabel.setText(QCoreApplication.translate("CodeReviewDialog", u"Reviewed &on:", None))
        self.nextHint.setText("")
        self.noteLabel.setText(QCoreApplication.translate("CodeReviewDialog", u"&Note:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("CodeReviewDialog", u"Who reviewed it, and what changed", None))
    # retranslateUi

