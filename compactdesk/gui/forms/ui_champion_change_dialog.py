# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'champion_change_dialog.ui'
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
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from compactdesk.gui.widgets import DateField

class Ui_ChampionChangeDialog(object):
    def setupUi(self, ChampionChangeDialog):
        if not ChampionChangeDialog.objectName():
            ChampionChangeDialog.setObjectName(u"ChampionChangeDialog")
        ChampionChangeDialog.resize(540, 300)
        self.layout = QVBoxLayout(ChampionChangeDialog)
        self.layout.setObjectName(u"layout")
        self.question = QLabel(ChampionChangeDialog)
        self.question.setObjectName(u"question")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.RichText)

        self.layout.addWidget(self.question)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.personLabel = QLabel(ChampionChangeDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = QComboBox(ChampionChangeDialog)
        self.person.setObjectName(u"person")
        self.person.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.person.setMinimumContentsLength(20)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person)

        self.onLabel = QLabel(ChampionChangeDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.on = DateField(ChampionChangeDialog)
        self.on.setObjectName(u"on")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.on)

        self.noteLabel = QLabel(ChampionChangeDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(ChampionChangeDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(ChampionChangeDialog)
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

        self.retranslateUi(ChampionChangeDialog)

        QMetaObject.connectSlotsByName(ChampionChangeDialog)
    # setupUi

    def retranslateUi(self, ChampionChangeDialog):
        ChampionChangeDialog.setWindowTitle(QCoreApplication.translate("ChampionChangeDialog", u"Correct a change", None))
        self.question.setText("")
        self.personLabel.setText(QCoreApplication.translate("ChampionChangeDialog", u"&Who:", None))
        self.onLabel.setText(QCoreApplication.translate("ChampionChangeDialog", u"&From:", None))
        self.noteLabel.setText(QCoreApplication.translate("ChampionChangeDialog", u"&Note:", None))
    # retranslateUi

