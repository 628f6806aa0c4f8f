# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'status_dialog.ui'
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

class Ui_StatusDialog(object):
    def setupUi(self, StatusDialog):
        if not StatusDialog.objectName():
            StatusDialog.setObjectName(u"StatusDialog")
        StatusDialog.resize(520, 340)
        self.layout = QVBoxLayout(StatusDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(StatusDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.statusLabel = QLabel(StatusDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(StatusDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status)

        self.onLabel = QLabel(StatusDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.on = DateField(StatusDialog)
        self.on.setObjectName(u"on")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.on)

        self.noteLabel = QLabel(StatusDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(StatusDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(StatusDialog)
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

        self.retranslateUi(StatusDialog)

        QMetaObject.connectSlotsByName(StatusDialog)
    # setupUi

    def retranslateUi(self, StatusDialog):
        StatusDialog.setWindowTitle(QCoreApplication.translate("StatusDialog", u"Record a status change", None))
        self.intro.setText(QCoreApplication.translate("StatusDialog", u"Where the compact stands, and from when. A date after today records a change that is planned.", None))
        self.statusLabel.setText(QCoreApplication.translate("StatusDialog", u"&Status:", None))
        self.onLabel.setText(QCoreApplication.translate("StatusDialog", u"&From:", None))
        self.noteLabel.setText(QCoreApplication.translate("StatusDialog", u"&Note:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("StatusDialog", u"What happened, for example: signed at the launch in the county hall", None))
    # retranslateUi

