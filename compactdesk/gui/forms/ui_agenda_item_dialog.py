# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agenda_item_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_AgendaItemDialog(object):
    def setupUi(self, AgendaItemDialog):
        if not AgendaItemDialog.objectName():
            AgendaItemDialog.setObjectName(u"AgendaItemDialog")
        AgendaItemDialog.resize(560, 420)
        self.layout = QVBoxLayout(AgendaItemDialog)
        self.layout.setObjectName(u"layout")
        self.origin = QLabel(AgendaItemDialog)
        self.origin.setObjectName(u"origin")
        self.origin.setWordWrap(True)

        self.layout.addWidget(self.origin)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(AgendaItemDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(AgendaItemDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.titleCyLabel = QLabel(AgendaItemDialog)
        self.titleCyLabel.setObjectName(u"titleCyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleCyLabel)

        self.titleCy = QLineEdit(AgendaItemDialog)
        self.titleCy.setObjectName(u"titleCy")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleCy)

        self.presenterLabel = QLabel(AgendaItemDialog)
        self.presenterLabel.setObjectName(u"presenterLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.presenterLabel)

        self.presenter = QComboBox(AgendaItemDialog)
        self.presenter.setObjectName(u"presenter")
        self.presenter.setEditable(True)
        self.presenter.setInsertPolicy(QComboBox.NoInsert)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.presenter)

        self.minutesLabel = QLabel(AgendaItemDialog)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutesAllowed = QSpinBox(AgendaItemDialog)
        self.minutesAllowed.setObjectName(u"minutesAllowed")
        self.minutesAllowed.setMaximum(600)
        self.minutesAllowed.setSingleStep(5)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.minutesAllowed)

        self.descriptionLabel = QLabel(AgendaItemDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(AgendaItemDialog)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.description)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(AgendaItemDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.titleCyLabel.setBuddy(self.titleCy)
        self.presenterLabel.setBuddy(self.presenter)
        self.minutesLabel.setBuddy(self.minutesAllowed)
        self.descriptionLabel.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.titleCy)
        QWidget.setTabOrder(self.titleCy, self.presenter)
        QWidget.setTabOrder(self.presenter, self.minutesAllowed)
        QWidget.setTabOrder(self.minutesAllowed, self.description)

        self.retranslateUi(AgendaItemDialog)

        QMetaObject.connectSlotsByName(AgendaItemDialog)
    # setupUi

    def retranslateUi(self, AgendaItemDialog):
        AgendaItemDialog.setWindowTitle(QCoreApplication.translate("AgendaItemDialog", u"Agenda item", None))
        self.origin.setText("")
        self.titleLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"&Title:", None))
        self.title.setPlaceholderText(QCoreApplication.translate("AgendaItemDialog", u"What the item is about, in a line", None))
        self.titleCyLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"In &Welsh:", None))
#if QT_CONFIG(tooltip)
        self.titleCyLabel.setToolTip(QCoreApplication.translate("AgendaItemDialog", u"Welsh and bilingual papers, and the window in Welsh, use this. Left empty, they use the English.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.titleCy.setToolTip(QCoreApplication.translate("AgendaItemDialog", u"Welsh and bilingual papers, and the window in Welsh, use this. Left empty, they use the English.", None))
#endif // QT_CONFIG(tooltip)
        self.titleCy.setPlaceholderText(QCoreApplication.translate("AgendaItemDialog", u"For example: Ymddiheuriadau", None))
        self.presenterLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"&Presenter:", None))
        self.minutesLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"Time &allowed:", None))
        self.minutesAllowed.setSpecialValueText(QCoreApplication.translate("AgendaItemDialog", u"Not set", None))
        self.minutesAllowed.setSuffix(QCoreApplication.translate("AgendaItemDialog", u" minutes", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"&Description:", None))
        self.description.setPlaceholderText(QCoreApplication.translate("AgendaItemDialog", u"What members need to know before the meeting", None))
    # retranslateUi

