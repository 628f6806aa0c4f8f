# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'feedback_dialog.ui'
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

class Ui_FeedbackDialog(object):
    def setupUi(self, FeedbackDialog):
        if not FeedbackDialog.objectName():
            FeedbackDialog.setObjectName(u"FeedbackDialog")
        FeedbackDialog.resize(560, 520)
        self.layout = QVBoxLayout(FeedbackDialog)
        self.layout.setObjectName(u"layout")
        self.origin = QLabel(FeedbackDialog)
        self.origin.setObjectName(u"origin")
        self.origin.setWordWrap(True)

        self.layout.addWidget(self.origin)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.issueLabel = QLabel(FeedbackDialog)
        self.issueLabel.setObjectName(u"issueLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.issueLabel)

        self.issue = QLineEdit(FeedbackDialog)
        self.issue.setObjectName(u"issue")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.issue)

        self.officerLabel = QLabel(FeedbackDialog)
        self.officerLabel.setObjectName(u"officerLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officer = QComboBox(FeedbackDialog)
        self.officer.setObjectName(u"officer")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officer)

        self.departmentLabel = QLabel(FeedbackDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.department = QLineEdit(FeedbackDialog)
        self.department.setObjectName(u"department")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.department)

        self.askLabel = QLabel(FeedbackDialog)
        self.askLabel.setObjectName(u"askLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.askLabel)

        self.ask = QComboBox(FeedbackDialog)
        self.ask.setObjectName(u"ask")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ask)

        self.raisedLabel = QLabel(FeedbackDialog)
        self.raisedLabel.setObjectName(u"raisedLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.raisedLabel)

        self.raisedOn = DateField(FeedbackDialog)
        self.raisedOn.setObjectName(u"raisedOn")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.raisedOn)

        self.dueRuleLabel = QLabel(FeedbackDialog)
        self.dueRuleLabel.setObjectName(u"dueRuleLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dueRuleLabel)

        self.dueRule = QComboBox(FeedbackDialog)
        self.dueRule.setObjectName(u"dueRule")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dueRule)

        self.dueOnLabel = QLabel(FeedbackDialog)
        self.dueOnLabel.setObjectName(u"dueOnLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dueOnLabel)

        self.dueOn = DateField(FeedbackDialog)
        self.dueOn.setObjectName(u"dueOn")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dueOn)

        self.detailLabel = QLabel(FeedbackDialog)
        self.detailLabel.setObjectName(u"detailLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.detailLabel)

        self.detail = QPlainTextEdit(FeedbackDialog)
        self.detail.setObjectName(u"detail")
        self.detail.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.detail)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(FeedbackDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.issueLabel.setBuddy(self.issue)
        self.officerLabel.setBuddy(self.officer)
        self.departmentLabel.setBuddy(self.department)
        self.askLabel.setBuddy(self.ask)
        self.raisedLabel.setBuddy(self.raisedOn)
        self.dueRuleLabel.setBuddy(self.dueRule)
        self.dueOnLabel.setBuddy(self.dueOn)
        self.detailLabel.setBuddy(self.detail)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.issue, self.officer)
        QWidget.setTabOrder(self.officer, self.department)
        QWidget.setTabOrder(self.department, self.ask)
        QWidget.setTabOrder(self.ask, self.raisedOn)
        QWidget.setTabOrder(self.raisedOn, self.dueRule)
        QWidget.setTabOrder(self.dueRule, self.dueOn)
        QWidget.setTabOrder(self.dueOn, self.detail)

        self.retranslateUi(FeedbackDialog)

        QMetaObject.connectSlotsByName(FeedbackDialog)
    # setupUi

    def retranslateUi(self, FeedbackDialog):
        FeedbackDialog.setWindowTitle(QCoreApplication.translate("FeedbackDialog", u"Feedback owed", None))
        self.origin.setText("")
        self.issueLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Issue raised:", None))
        self.issue.setPlaceholderText(QCoreApplication.translate("FeedbackDialog", u"What the group asked about, in a line", None))
        self.officerLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Owed by:", None))
        self.departmentLabel.setText(QCoreApplication.translate("FeedbackDialog", u"De&partment:", None))
        self.department.setPlaceholderText(QCoreApplication.translate("FeedbackDialog", u"The officer's own department if left blank", None))
        self.askLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Asked for:", None))
        self.raisedLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Raised on:", None))
        self.dueRuleLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Du&e:", None))
        self.dueOnLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Due &date:", None))
        self.detailLabel.setText(QCoreApplication.translate("FeedbackDialog", u"De&tail:", None))
    # retranslateUi

