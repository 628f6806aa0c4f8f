# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'target_close_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from compactdesk.gui.widgets import DateField

class Ui_TargetCloseDialog(object):
    def setupUi(self, TargetCloseDialog):
        if not TargetCloseDialog.objectName():
            TargetCloseDialog.setObjectName(u"TargetCloseDialog")
        TargetCloseDialog.resize(520, 260)
        self.layout = QVBoxLayout(TargetCloseDialog)
        self.layout.setObjectName(u"layout")
        self.target = QLabel(TargetCloseDialog)
        self.target.setObjectName(u"target")
        self.target.setWordWrap(True)

        self.layout.addWidget(self.target)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.onLabel = QLabel(TargetCloseDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.on = DateField(TargetCloseDialog)
        self.on.setObjectName(u"on")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.on)

        self.reasonLabel = QLabel(TargetCloseDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(TargetCloseDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(TargetCloseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.onLabel.setBuddy(self.on)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.on, self.reason)

        self.retranslateUi(TargetCloseDialog)

        QMetaObject.connectSlotsByName(TargetCloseDialog)
    # setupUi

    def retranslateUi(self, TargetCloseDialog):
        TargetCloseDialog.setWindowTitle(QCoreApplication.translate("TargetCloseDialog", u"Mark done", None))
        self.target.setText("")
        self.onLabel.setText(QCoreApplication.translate("TargetCloseDialog", u"&Date:", None))
        self.reasonLabel.setText(QCoreApplication.translate("TargetCloseDialog", u"&Reason:", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("TargetCloseDialog", u"Why the group dropped it, for the annual review", None))
    # retranslateUi

