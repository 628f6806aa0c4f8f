# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'term_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

from compactdesk.gui.widgets import DateField

class Ui_TermDialog(object):
    def setupUi(self, TermDialog):
        if not TermDialog.objectName():
            TermDialog.setObjectName(u"TermDialog")
        TermDialog.resize(500, 240)
        self.layout = QVBoxLayout(TermDialog)
        self.layout.setObjectName(u"layout")
        self.seat = QLabel(TermDialog)
        self.seat.setObjectName(u"seat")
        self.seat.setWordWrap(True)
        self.seat.setTextFormat(Qt.RichText)

        self.layout.addWidget(self.seat)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.personLabel = QLabel(TermDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = QComboBox(TermDialog)
        self.person.setObjectName(u"person")
        self.person.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.person.setMinimumContentsLength(20)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person)

        self.startLabel = QLabel(TermDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startOn = DateField(TermDialog)
        self.startOn.setObjectName(u"startOn")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startOn)

        self.endLabel = QLabel(TermDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endOn = DateField(TermDialog)
        self.endOn.setObjectName(u"endOn")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endOn)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(TermDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.person)
        self.startLabel.setBuddy(self.startOn)
        self.endLabel.setBuddy(self.endOn)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.person, self.startOn)
        QWidget.setTabOrder(self.startOn, self.endOn)

        self.retranslateUi(TermDialog)

        QMetaObject.connectSlotsByName(TermDialog)
    # setupUi

    def retranslateUi(self, TermDialog):
        TermDialog.setWindowTitle(QCoreApplication.translate("TermDialog", u"Term on a seat", None))
        self.seat.setText("")
        self.personLabel.setText(QCoreApplication.translate("TermDialog", u"&Who:", None))
        self.startLabel.setText(QCoreApplication.translate("TermDialog", u"&From:", None))
        self.endLabel.setText(QCoreApplication.translate("TermDialog", u"&Until:", None))
    # retranslateUi

