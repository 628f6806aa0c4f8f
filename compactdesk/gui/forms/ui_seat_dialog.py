# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'seat_dialog.ui'
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

class Ui_SeatDialog(object):
    def setupUi(self, SeatDialog):
        if not SeatDialog.objectName():
            SeatDialog.setObjectName(u"SeatDialog")
        SeatDialog.resize(560, 420)
        self.layout = QVBoxLayout(SeatDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(SeatDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(SeatDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.titleCyLabel = QLabel(SeatDialog)
        self.titleCyLabel.setObjectName(u"titleCyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleCyLabel)

        self.titleCy = QLineEdit(SeatDialog)
        self.titleCy.setObjectName(u"titleCy")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleCy)

        self.briefLabel = QLabel(SeatDialog)
        self.briefLabel.setObjectName(u"briefLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.briefLabel)

        self.brief = QLineEdit(SeatDialog)
        self.brief.setObjectName(u"brief")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.brief)

        self.sectorLabel = QLabel(SeatDialog)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sector = QComboBox(SeatDialog)
        self.sector.setObjectName(u"sector")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sector)

        self.fillLabel = QLabel(SeatDialog)
        self.fillLabel.setObjectName(u"fillLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fillLabel)

        self.fill = QComboBox(SeatDialog)
        self.fill.setObjectName(u"fill")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fill)

        self.reservedForLabel = QLabel(SeatDialog)
        self.reservedForLabel.setObjectName(u"reservedForLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reservedForLabel)

        self.reservedFor = QLineEdit(SeatDialog)
        self.reservedFor.setObjectName(u"reservedFor")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reservedFor)

        self.nominatingOrgLabel = QLabel(SeatDialog)
        self.nominatingOrgLabel.setObjectName(u"nominatingOrgLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nominatingOrgLabel)

        self.nominatingOrg = QComboBox(SeatDialog)
        self.nominatingOrg.setObjectName(u"nominatingOrg")
        self.nominatingOrg.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.nominatingOrg.setMinimumContentsLength(20)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nominatingOrg)

        self.vacancyOnLabel = QLabel(SeatDialog)
        self.vacancyOnLabel.setObjectName(u"vacancyOnLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.vacancyOnLabel)

        self.vacancyOn = DateField(SeatDialog)
        self.vacancyOn.setObjectName(u"vacancyOn")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.vacancyOn)

        self.vacancyReasonLabel = QLabel(SeatDialog)
        self.vacancyReasonLabel.setObjectName(u"vacancyReasonLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.vacancyReasonLabel)

        self.vacancyReason = QLineEdit(SeatDialog)
        self.vacancyReason.setObjectName(u"vacancyReason")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.vacancyReason)

        self.notesLabel = QLabel(SeatDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(SeatDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notes)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(SeatDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.titleCyLabel.setBuddy(self.titleCy)
        self.briefLabel.setBuddy(self.brief)
        self.sectorLabel.setBuddy(self.sector)
        self.fillLabel.setBuddy(self.fill)
        self.reservedForLabel.setBuddy(self.reservedFor)
        self.nominatingOrgLabel.setBuddy(self.nominatingOrg)
        self.vacancyOnLabel.setBuddy(self.vacancyOn)
        self.vacancyReasonLabel.setBuddy(self.vacancyReason)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.titleCy)
        QWidget.setTabOrder(self.titleCy, self.brief)
        QWidget.setTabOrder(self.brief, self.sector)
        QWidget.setTabOrder(self.sector, self.fill)
        QWidget.setTabOrder(self.fill, self.reservedFor)
        QWidget.setTabOrder(self.reservedFor, self.nominatingOrg)
        QWidget.setTabOrder(self.nominatingOrg, self.vacancyOn)
        QWidget.setTabOrder(self.vacancyOn, self.vacancyReason)
        QWidget.setTabOrder(self.vacancyReason, self.notes)

        self.retranslateUi(SeatDialog)

        QMetaObject.connectSlotsByName(SeatDialog)
    # setupUi

    def retranslateUi(self, SeatDialog):
        SeatDialog.setWindowTitle(QCoreApplication.translate("SeatDialog", u"Seat", None))
        self.titleLabel.setText(QCoreApplication.translate("SeatDialog", u"&Seat:", None))
        self.title.setPlaceholderText(QCoreApplication.translate("SeatDialog", u"What the seat is, e.g. Cabinet member for communities", None))
        self.titleCyLabel.setText(QCoreApplication.translate("SeatDialog", u"In &Welsh:", None))
#if QT_CONFIG(tooltip)
        self.titleCyLabel.setToolTip(QCoreApplication.translate("SeatDialog", u"Welsh and bilingual papers, and the window in Welsh, use this. Left empty, they use the English.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.titleCy.setToolTip(QCoreApplication.translate("SeatDialog", u"Welsh and bilingual papers, and the window in Welsh, use this. Left empty, they use the English.", None))
#endif // QT_CONFIG(tooltip)
        self.titleCy.setPlaceholderText(QCoreApplication.translate("SeatDialog", u"For example: Cynrychiolydd y sector gwirfoddol", None))
        self.briefLabel.setText(QCoreApplication.translate("SeatDialog", u"&Brief:", None))
        self.brief.setPlaceholderText(QCoreApplication.translate("SeatDialog", u"What the seat covers, e.g. social services and lifelong learning", None))
        self.sectorLabel.setText(QCoreApplication.translate("SeatDialog", u"Se&ctor:", None))
        self.fillLabel.setText(QCoreApplication.translate("SeatDialog", u"&Filled by:", None))
        self.reservedForLabel.setText(QCoreApplication.translate("SeatDialog", u"&Reserved for:", None))
        self.reservedFor.setPlaceholderText(QCoreApplication.translate("SeatDialog", u"Who the place is kept for, e.g. BME forum, small and unfunded groups", None))
        self.nominatingOrgLabel.setText(QCoreApplication.translate("SeatDialog", u"&Nominated by:", None))
        self.vacancyOnLabel.setText(QCoreApplication.translate("SeatDialog", u"&Vacant since:", None))
        self.vacancyReasonLabel.setText(QCoreApplication.translate("SeatDialog", u"W&hy:", None))
        self.vacancyReason.setPlaceholderText(QCoreApplication.translate("SeatDialog", u"Why the seat is empty, e.g. awaiting nomination after the election", None))
        self.notesLabel.setText(QCoreApplication.translate("SeatDialog", u"No&tes:", None))
    # retranslateUi

