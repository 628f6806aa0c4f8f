# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
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

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(560, 330)
        self.layout = QVBoxLayout(SetupDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(SetupDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(SetupDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(SetupDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.nameCyLabel = QLabel(SetupDialog)
        self.nameCyLabel.setObjectName(u"nameCyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameCyLabel)

        self.nameCy = QLineEdit(SetupDialog)
        self.nameCy.setObjectName(u"nameCy")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameCy)

        self.areaLabel = QLabel(SetupDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.area = QLineEdit(SetupDialog)
        self.area.setObjectName(u"area")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.area)

        self.statusLabel = QLabel(SetupDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(SetupDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status)

        self.onLabel = QLabel(SetupDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.on = DateField(SetupDialog)
        self.on.setObjectName(u"on")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.on)


        self.layout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(SetupDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.nameCyLabel.setBuddy(self.nameCy)
        self.areaLabel.setBuddy(self.area)
        self.statusLabel.setBuddy(self.status)
        self.onLabel.setBuddy(self.on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.nameCy)
        QWidget.setTabOrder(self.nameCy, self.area)
        QWidget.setTabOrder(self.area, self.status)
        QWidget.setTabOrder(self.status, self.on)

        self.retranslateUi(SetupDialog)

        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"Set up the compact", None))
        self.intro.setText(QCoreApplication.translate("SetupDialog", u"Give the compact's name and the area it covers, and say where it stands now. Everything else (the standards, the partners, the words your group uses) can be filled in afterwards.", None))
        self.nameLabel.setText(QCoreApplication.translate("SetupDialog", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"For example: Dyfnant Compact", None))
        self.nameCyLabel.setText(QCoreApplication.translate("SetupDialog", u"In &Welsh:", None))
#if QT_CONFIG(tooltip)
        self.nameCyLabel.setToolTip(QCoreApplication.translate("SetupDialog", u"Welsh and bilingual papers, and the window in Welsh, use this. Left empty, they use the English.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nameCy.setToolTip(QCoreApplication.translate("SetupDialog", u"Welsh and bilingual papers, and the window in Welsh, use this. Left empty, they use the English.", None))
#endif // QT_CONFIG(tooltip)
        self.nameCy.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"For example: Compact Sir Ddinbych", None))
        self.areaLabel.setText(QCoreApplication.translate("SetupDialog", u"&Area:", None))
        self.area.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"The county, borough or district it covers", None))
        self.statusLabel.setText(QCoreApplication.translate("SetupDialog", u"Where it &stands now:", None))
        self.onLabel.setText(QCoreApplication.translate("SetupDialog", u"Si&nce:", None))
    # retranslateUi

