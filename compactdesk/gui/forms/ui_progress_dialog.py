# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'progress_dialog.ui'
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

class Ui_ProgressDialog(object):
    def setupUi(self, ProgressDialog):
        if not ProgressDialog.objectName():
            ProgressDialog.setObjectName(u"ProgressDialog")
        ProgressDialog.resize(520, 300)
        self.layout = QVBoxLayout(ProgressDialog)
        self.layout.setObjectName(u"layout")
        self.target = QLabel(ProgressDialog)
        self.target.setObjectName(u"target")
        self.target.setWordWrap(True)

        self.layout.addWidget(self.target)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.onLabel = QLabel(ProgressDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.on = DateField(ProgressDialog)
        self.on.setObjectName(u"on")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.on)

        self.noteLabel = QLabel(ProgressDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(ProgressDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ProgressDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.onLabel.setBuddy(self.on)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.on, self.note)

        self.retranslateUi(ProgressDialog)

        QMetaObject.connectSlotsByName(ProgressDialog)
    # setupUi

    def retranslateUi(self, ProgressDialog):
        ProgressDialog.setWindowTitle(QCoreApplication.translate("ProgressDialog", u"Add progress", None))
        self.target.setText("")
        self.onLabel.setText(QCoreApplication.translate("ProgressDialog", u"&Date:", None))
        self.noteLabel.setText(QCoreApplication.translate("ProgressDialog", u"&What was done:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("ProgressDialog", u"For example: two training sessions held; one more booked for May", None))
    # retranslateUi

