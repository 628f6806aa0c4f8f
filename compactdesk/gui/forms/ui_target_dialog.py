# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'target_dialog.ui'
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

class Ui_TargetDialog(object):
    def setupUi(self, TargetDialog):
        if not TargetDialog.objectName():
            TargetDialog.setObjectName(u"TargetDialog")
        TargetDialog.resize(600, 460)
        self.layout = QVBoxLayout(TargetDialog)
        self.layout.setObjectName(u"layout")
        self.origin = QLabel(TargetDialog)
        self.origin.setObjectName(u"origin")
        self.origin.setWordWrap(True)
        self.origin.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.origin)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(TargetDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(TargetDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.measureLabel = QLabel(TargetDialog)
        self.measureLabel.setObjectName(u"measureLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.measureLabel)

        self.measure = QPlainTextEdit(TargetDialog)
        self.measure.setObjectName(u"measure")
        self.measure.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.measure)

        self.codeLabel = QLabel(TargetDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.code = QComboBox(TargetDialog)
        self.code.setObjectName(u"code")
        self.code.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.code.setMinimumContentsLength(20)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.code)

        self.partnerLabel = QLabel(TargetDialog)
        self.partnerLabel.setObjectName(u"partnerLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.partnerLabel)

        self.partner = QComboBox(TargetDialog)
        self.partner.setObjectName(u"partner")
        self.partner.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.partner.setMinimumContentsLength(20)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.partner)

        self.leadLabel = QLabel(TargetDialog)
        self.leadLabel.setObjectName(u"leadLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.lead = QComboBox(TargetDialog)
        self.lead.setObjectName(u"lead")
        self.lead.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.lead.setMinimumContentsLength(20)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lead)

        self.startLabel = QLabel(TargetDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startOn = DateField(TargetDialog)
        self.startOn.setObjectName(u"startOn")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.startOn)

        self.deadlineLabel = QLabel(TargetDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadline = DateField(TargetDialog)
        self.deadline.setObjectName(u"deadline")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.deadline)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(TargetDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.measureLabel.setBuddy(self.measure)
        self.codeLabel.setBuddy(self.code)
        self.partnerLabel.setBuddy(self.partner)
        self.leadLabel.setBuddy(self.lead)
        self.startLabel.setBuddy(self.startOn)
        self.deadlineLabel.setBuddy(self.deadline)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.measure)
        QWidget.setTabOrder(self.measure, self.code)
        QWidget.setTabOrder(self.code, self.partner)
        QWidget.setTabOrder(self.partner, self.lead)
        QWidget.setTabOrder(self.lead, self.startOn)
        QWidget.setTabOrder(self.startOn, self.deadline)

        self.retranslateUi(TargetDialog)

        QMetaObject.connectSlotsByName(TargetDialog)
    # setupUi

    def retranslateUi(self, TargetDialog):
        TargetDialog.setWindowTitle(QCoreApplication.translate("TargetDialog", u"Target", None))
        self.origin.setText("")
        self.titleLabel.setText(QCoreApplication.translate("TargetDialog", u"&Target:", None))
        self.title.setPlaceholderText(QCoreApplication.translate("TargetDialog", u"What will be done, in a line", None))
        self.measureLabel.setText(QCoreApplication.translate("TargetDialog", u"&Measure of success:", None))
        self.measure.setPlaceholderText(QCoreApplication.translate("TargetDialog", u"How the group will know it is done", None))
        self.codeLabel.setText(QCoreApplication.translate("TargetDialog", u"&Code of practice:", None))
        self.partnerLabel.setText(QCoreApplication.translate("TargetDialog", u"Responsible &partner:", None))
        self.leadLabel.setText(QCoreApplication.translate("TargetDialog", u"&Lead person:", None))
        self.startLabel.setText(QCoreApplication.translate("TargetDialog", u"&Starts:", None))
        self.deadlineLabel.setText(QCoreApplication.translate("TargetDialog", u"&Deadline:", None))
    # retranslateUi

