# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'code_dialog.ui'
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

from compactdesk.gui.widgets import DateField

class Ui_CodeDialog(object):
    def setupUi(self, CodeDialog):
        if not CodeDialog.objectName():
            CodeDialog.setObjectName(u"CodeDialog")
        CodeDialog.resize(580, 440)
        self.layout = QVBoxLayout(CodeDialog)
        self.layout.setObjectName(u"layout")
        self.nationalNote = QLabel(CodeDialog)
        self.nationalNote.setObjectName(u"nationalNote")
        self.nationalNote.setWordWrap(True)

        self.layout.addWidget(self.nationalNote)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(CodeDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(CodeDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.statusLabel = QLabel(CodeDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(CodeDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.status)

        self.adoptedLabel = QLabel(CodeDialog)
        self.adoptedLabel.setObjectName(u"adoptedLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.adoptedLabel)

        self.adoptedOn = DateField(CodeDialog)
        self.adoptedOn.setObjectName(u"adoptedOn")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adoptedOn)

        self.reviewLabel = QLabel(CodeDialog)
        self.reviewLabel.setObjectName(u"reviewLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reviewLabel)

        self.reviewMonths = QSpinBox(CodeDialog)
        self.reviewMonths.setObjectName(u"reviewMonths")
        self.reviewMonths.setMinimumSize(QSize(130, 0))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.reviewMonths.sizePolicy().hasHeightForWidth())
        self.reviewMonths.setSizePolicy(sizePolicy)
        self.reviewMonths.setMinimum(0)
        self.reviewMonths.setMaximum(999)
        self.reviewMonths.setValue(24)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reviewMonths)

        self.dueHint = QLabel(CodeDialog)
        self.dueHint.setObjectName(u"dueHint")
        self.dueHint.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dueHint)

        self.notesLabel = QLabel(CodeDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(CodeDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(CodeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.statusLabel.setBuddy(self.status)
        self.adoptedLabel.setBuddy(self.adoptedOn)
        self.reviewLabel.setBuddy(self.reviewMonths)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.status)
        QWidget.setTabOrder(self.status, self.adoptedOn)
        QWidget.setTabOrder(self.adoptedOn, self.reviewMonths)
        QWidget.setTabOrder(self.reviewMonths, self.notes)

        self.retranslateUi(CodeDialog)

        QMetaObject.connectSlotsByName(CodeDialog)
    # setupUi

    def retranslateUi(self, CodeDialog):
        CodeDialog.setWindowTitle(QCoreApplication.translate("CodeDialog", u"Code of practice", None))
        self.nationalNote.setText(QCoreApplication.translate("CodeDialog", u"One of the national Compact's five codes: every compact has it, so it cannot be deleted. Its status says how far the group has taken it up.", None))
        self.nameLabel.setText(QCoreApplication.translate("CodeDialog", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("CodeDialog", u"For example: Commissioning, or Information and communication", None))
        self.statusLabel.setText(QCoreApplication.translate("CodeDialog", u"&Status:", None))
        self.adoptedLabel.setText(QCoreApplication.translate("CodeDialog", u"&Adopted on:", None))
        self.reviewLabel.setText(QCoreApplication.translate("CodeDialog", u"Review e&very:", None))
        self.reviewMonths.setSuffix(QCoreApplication.translate("CodeDialog", u" months", None))
        self.dueHint.setText("")
        self.notesLabel.setText(QCoreApplication.translate("CodeDialog", u"N&otes:", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("CodeDialog", u"Where the code stands: drafting, consultation, plain-language check\u2026", None))
    # retranslateUi

