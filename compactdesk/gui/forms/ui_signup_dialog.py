# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signup_dialog.ui'
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

class Ui_SignUpDialog(object):
    def setupUi(self, SignUpDialog):
        if not SignUpDialog.objectName():
            SignUpDialog.setObjectName(u"SignUpDialog")
        SignUpDialog.resize(560, 380)
        self.layout = QVBoxLayout(SignUpDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(SignUpDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.organisationLabel = QLabel(SignUpDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisation = QComboBox(SignUpDialog)
        self.organisation.setObjectName(u"organisation")
        self.organisation.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.organisation.setMinimumContentsLength(20)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.signedOnLabel = QLabel(SignUpDialog)
        self.signedOnLabel.setObjectName(u"signedOnLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signedOnLabel)

        self.signedOn = DateField(SignUpDialog)
        self.signedOn.setObjectName(u"signedOn")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signedOn)

        self.lapsedOnLabel = QLabel(SignUpDialog)
        self.lapsedOnLabel.setObjectName(u"lapsedOnLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lapsedOnLabel)

        self.lapsedOn = DateField(SignUpDialog)
        self.lapsedOn.setObjectName(u"lapsedOn")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lapsedOn)

        self.noteLabel = QLabel(SignUpDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(SignUpDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 120))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(SignUpDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.organisationLabel.setBuddy(self.organisation)
        self.signedOnLabel.setBuddy(self.signedOn)
        self.lapsedOnLabel.setBuddy(self.lapsedOn)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisation, self.signedOn)
        QWidget.setTabOrder(self.signedOn, self.lapsedOn)
        QWidget.setTabOrder(self.lapsedOn, self.note)

        self.retranslateUi(SignUpDialog)

        QMetaObject.connectSlotsByName(SignUpDialog)
    # setupUi

    def retranslateUi(self, SignUpDialog):
        SignUpDialog.setWindowTitle(QCoreApplication.translate("SignUpDialog", u"Sign-up", None))
        self.intro.setText("")
        self.organisationLabel.setText(QCoreApplication.translate("SignUpDialog", u"&Organisation:", None))
        self.signedOnLabel.setText(QCoreApplication.translate("SignUpDialog", u"Si&gned on:", None))
        self.lapsedOnLabel.setText(QCoreApplication.translate("SignUpDialog", u"&Lapsed on:", None))
        self.noteLabel.setText(QCoreApplication.translate("SignUpDialog", u"&Note:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("SignUpDialog", u"e.g. signed at the annual general meeting; who signed for them", None))
    # retranslateUi

