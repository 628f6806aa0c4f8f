# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QTimeEdit, QVBoxLayout, QWidget)

from compactdesk.gui.widgets import DateField

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(540, 440)
        self.layout = QVBoxLayout(MeetingDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(MeetingDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(MeetingDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.whenLabel = QLabel(MeetingDialog)
        self.whenLabel.setObjectName(u"whenLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenRow = QHBoxLayout()
        self.whenRow.setObjectName(u"whenRow")
        self.startsOn = DateField(MeetingDialog)
        self.startsOn.setObjectName(u"startsOn")

        self.whenRow.addWidget(self.startsOn)

        self.startsTime = QTimeEdit(MeetingDialog)
        self.startsTime.setObjectName(u"startsTime")

        self.whenRow.addWidget(self.startsTime, 0, Qt.AlignTop)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.whenRow)

        self.venueLabel = QLabel(MeetingDialog)
        self.venueLabel.setObjectName(u"venueLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venue = QLineEdit(MeetingDialog)
        self.venue.setObjectName(u"venue")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.venue)

        self.apologiesLabel = QLabel(MeetingDialog)
        self.apologiesLabel.setObjectName(u"apologiesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.apologiesLabel)

        self.apologiesTo = QLineEdit(MeetingDialog)
        self.apologiesTo.setObjectName(u"apologiesTo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.apologiesTo)

        self.standingItems = QCheckBox(MeetingDialog)
        self.standingItems.setObjectName(u"standingItems")
        self.standingItems.setChecked(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.standingItems)

        self.notesLabel = QLabel(MeetingDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(MeetingDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(MeetingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.whenLabel.setBuddy(self.startsOn)
        self.venueLabel.setBuddy(self.venue)
        self.apologiesLabel.setBuddy(self.apologiesTo)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.startsOn)
        QWidget.setTabOrder(self.startsOn, self.startsTime)
        QWidget.setTabOrder(self.startsTime, self.venue)
        QWidget.setTabOrder(self.venue, self.apologiesTo)
        QWidget.setTabOrder(self.apologiesTo, self.standingItems)
        QWidget.setTabOrder(self.standingItems, self.notes)

        self.retranslateUi(MeetingDialog)

        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Meeting", None))
        self.kindLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Kind of meeting:", None))
        self.whenLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Date and time:", None))
        self.startsTime.setDisplayFormat(QCoreApplication.translate("MeetingDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.startsTime.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.venueLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Venue:", None))
        self.venue.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"Where it is held, or \"Online (video call)\"", None))
        self.apologiesLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Apologies to:", None))
        self.apologiesTo.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"Who takes apologies: name, email or phone", None))
        self.standingItems.setText(QCoreApplication.translate("MeetingDialog", u"Start the agenda with the &standing items", None))
        self.notesLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Notes:", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"Parking, access, refreshments\u2026", None))
    # retranslateUi

