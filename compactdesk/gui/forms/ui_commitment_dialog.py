# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commitment_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QScrollArea,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from compactdesk.gui.widgets import DateField

class Ui_CommitmentDialog(object):
    def setupUi(self, CommitmentDialog):
        if not CommitmentDialog.objectName():
            CommitmentDialog.setObjectName(u"CommitmentDialog")
        CommitmentDialog.resize(620, 560)
        self.layout = QVBoxLayout(CommitmentDialog)
        self.layout.setObjectName(u"layout")
        self.scroll = QScrollArea(CommitmentDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.form = QFormLayout(self.formPage)
        self.form.setObjectName(u"form")
        self.form.setContentsMargins(0, 0, 0, 0)
        self.kindLabel = QLabel(self.formPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(self.formPage)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.titleLabel = QLabel(self.formPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.formPage)
        self.title.setObjectName(u"title")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title)

        self.funderLabel = QLabel(self.formPage)
        self.funderLabel.setObjectName(u"funderLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.funderLabel)

        self.funder = QComboBox(self.formPage)
        self.funder.setObjectName(u"funder")
        self.funder.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.funder.setMinimumContentsLength(20)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.funder)

        self.holderLabel = QLabel(self.formPage)
        self.holderLabel.setObjectName(u"holderLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.holderLabel)

        self.holder = QComboBox(self.formPage)
        self.holder.setObjectName(u"holder")
        self.holder.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.holder.setMinimumContentsLength(20)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.holder)

        self.amountLabel = QLabel(self.formPage)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountRow = QHBoxLayout()
        self.amountRow.setObjectName(u"amountRow")
        self.amount = QLineEdit(self.formPage)
        self.amount.setObjectName(u"amount")

        self.amountRow.addWidget(self.amount)

        self.perYear = QComboBox(self.formPage)
        self.perYear.setObjectName(u"perYear")

        self.amountRow.addWidget(self.perYear)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.amountRow)

        self.amountHint = QLabel(self.formPage)
        self.amountHint.setObjectName(u"amountHint")
        self.amountHint.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.amountHint)

        self.shareLabel = QLabel(self.formPage)
        self.shareLabel.setObjectName(u"shareLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.shareLabel)

        self.share = QSpinBox(self.formPage)
        self.share.setObjectName(u"share")
        self.share.setMinimum(-1)
        self.share.setMaximum(100)
        self.share.setValue(-1)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.share)

        self.startsLabel = QLabel(self.formPage)
        self.startsLabel.setObjectName(u"startsLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.startsLabel)

        self.startsOn = DateField(self.formPage)
        self.startsOn.setObjectName(u"startsOn")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.startsOn)

        self.endsLabel = QLabel(self.formPage)
        self.endsLabel.setObjectName(u"endsLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.endsLabel)

        self.endsOn = DateField(self.formPage)
        self.endsOn.setObjectName(u"endsOn")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.endsOn)

        self.remindLabel = QLabel(self.formPage)
        self.remindLabel.setObjectName(u"remindLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.remindLabel)

        self.remindMonths = QSpinBox(self.formPage)
        self.remindMonths.setObjectName(u"remindMonths")
        self.remindMonths.setMinimum(0)
        self.remindMonths.setMaximum(24)
        self.remindMonths.setValue(3)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.remindMonths)

        self.remindHint = QLabel(self.formPage)
        self.remindHint.setObjectName(u"remindHint")
        self.remindHint.setWordWrap(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.remindHint)

        self.notesLabel = QLabel(self.formPage)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(self.formPage)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notes)

        self.scroll.setWidget(self.formPage)

        self.layout.addWidget(self.scroll)

        self.buttons = QDialogButtonBox(CommitmentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.titleLabel.setBuddy(self.title)
        self.funderLabel.setBuddy(self.funder)
        self.holderLabel.setBuddy(self.holder)
        self.amountLabel.setBuddy(self.amount)
        self.shareLabel.setBuddy(self.share)
        self.startsLabel.setBuddy(self.startsOn)
        self.endsLabel.setBuddy(self.endsOn)
        self.remindLabel.setBuddy(self.remindMonths)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.title)
        QWidget.setTabOrder(self.title, self.funder)
        QWidget.setTabOrder(self.funder, self.holder)
        QWidget.setTabOrder(self.holder, self.amount)
        QWidget.setTabOrder(self.amount, self.perYear)
        QWidget.setTabOrder(self.perYear, self.share)
        QWidget.setTabOrder(self.share, self.startsOn)
        QWidget.setTabOrder(self.startsOn, self.endsOn)
        QWidget.setTabOrder(self.endsOn, self.remindMonths)
        QWidget.setTabOrder(self.remindMonths, self.notes)

        self.retranslateUi(CommitmentDialog)

        QMetaObject.connectSlotsByName(CommitmentDialog)
    # setupUi

    def retranslateUi(self, CommitmentDialog):
        CommitmentDialog.setWindowTitle(QCoreApplication.translate("CommitmentDialog", u"Resource", None))
#if QT_CONFIG(accessibility)
        self.scroll.setAccessibleName(QCoreApplication.translate("CommitmentDialog", u"Resource", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("CommitmentDialog", u"&Kind:", None))
        self.titleLabel.setText(QCoreApplication.translate("CommitmentDialog", u"&What it is:", None))
        self.title.setPlaceholderText(QCoreApplication.translate("CommitmentDialog", u"e.g. Compact development officer, the compact's budget", None))
        self.funderLabel.setText(QCoreApplication.translate("CommitmentDialog", u"&Funded by:", None))
        self.holderLabel.setText(QCoreApplication.translate("CommitmentDialog", u"&Held by:", None))
        self.amountLabel.setText(QCoreApplication.translate("CommitmentDialog", u"&Amount:", None))
        self.amount.setPlaceholderText(QCoreApplication.translate("CommitmentDialog", u"e.g. \u00a310,000 or \u00a340k", None))
#if QT_CONFIG(accessibility)
        self.perYear.setAccessibleName(QCoreApplication.translate("CommitmentDialog", u"Whether the amount is a year's or the whole", None))
#endif // QT_CONFIG(accessibility)
        self.amountHint.setText("")
        self.shareLabel.setText(QCoreApplication.translate("CommitmentDialog", u"&Share of the post's time:", None))
        self.share.setSuffix(QCoreApplication.translate("CommitmentDialog", u"%", None))
        self.startsLabel.setText(QCoreApplication.translate("CommitmentDialog", u"Fr&om:", None))
        self.endsLabel.setText(QCoreApplication.translate("CommitmentDialog", u"&Until:", None))
        self.remindLabel.setText(QCoreApplication.translate("CommitmentDialog", u"&Remind me:", None))
        self.remindHint.setText("")
        self.notesLabel.setText(QCoreApplication.translate("CommitmentDialog", u"&Notes:", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("CommitmentDialog", u"Where the money comes from, what it is for, what was agreed", None))
    # retranslateUi

