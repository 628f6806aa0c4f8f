# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_dialog.ui'
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

class Ui_LeadDialog(object):
    def setupUi(self, LeadDialog):
        if not LeadDialog.objectName():
            LeadDialog.setObjectName(u"LeadDialog")
        LeadDialog.resize(540, 320)
        self.layout = QVBoxLayout(LeadDialog)
        self.layout.setObjectName(u"layout")
        self.question = QLabel(LeadDialog)
        self.question.setObjectName(u"question")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.RichText)

        self.layout.addWidget(self.question)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.personLabel = QLabel(LeadDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = QComboBox(LeadDialog)
        self.person.setObjectName(u"person")
        self.person.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.person.setMinimumContentsLength(20)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person)

        self.onLabel = QLabel(LeadDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.on = DateField(LeadDialog)
        self.on.setObjectName(u"on")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.on)

        self.onHint = QLabel(LeadDialog)
        self.onHint.setObjectName(u"onHint")
        self.onHint.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.onHint)

        self.noteLabel = QLabel(LeadDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(LeadDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(LeadDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.person)
        self.onLabel.setBuddy(self.on)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.person, self.on)
        QWidget.setTabOrder(self.on, self.note)

        self.retranslateUi(LeadDialog)

        QMetaObject.connectSlotsByName(LeadDialog)
    # setupUi

    def retranslateUi(self, LeadDialog):
        LeadDialog.setWindowTitle(QCoreApplication.translate("LeadDialog", u"Change the lead", None))
        self.question.setText("")
        self.personLabel.setText(QCoreApplication.translate("LeadDialog", u"&Who:", None))
        self.onLabel.setText(QCoreApplication.translate("LeadDialog", u"&From:", None))
        self.onHint.setText("")
        self.noteLabel.setText(QCoreApplication.translate("LeadDialog", u"&Note:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("LeadDialog", u"For example: the new portfolio holder after the May elections", None))
    # retranslateUi

