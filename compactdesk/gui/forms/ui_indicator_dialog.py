# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'indicator_dialog.ui'
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

class Ui_IndicatorDialog(object):
    def setupUi(self, IndicatorDialog):
        if not IndicatorDialog.objectName():
            IndicatorDialog.setObjectName(u"IndicatorDialog")
        IndicatorDialog.resize(560, 320)
        self.layout = QVBoxLayout(IndicatorDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.groupLabel = QLabel(IndicatorDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.group = QComboBox(IndicatorDialog)
        self.group.setObjectName(u"group")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.group)

        self.questionLabel = QLabel(IndicatorDialog)
        self.questionLabel.setObjectName(u"questionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.questionLabel)

        self.question = QPlainTextEdit(IndicatorDialog)
        self.question.setObjectName(u"question")
        self.question.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.question)

        self.measureLabel = QLabel(IndicatorDialog)
        self.measureLabel.setObjectName(u"measureLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.measureLabel)

        self.measure = QComboBox(IndicatorDialog)
        self.measure.setObjectName(u"measure")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.measure)

        self.measureHint = QLabel(IndicatorDialog)
        self.measureHint.setObjectName(u"measureHint")
        self.measureHint.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.measureHint)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(IndicatorDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.groupLabel.setBuddy(self.group)
        self.questionLabel.setBuddy(self.question)
        self.measureLabel.setBuddy(self.measure)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.group, self.question)
        QWidget.setTabOrder(self.question, self.measure)

        self.retranslateUi(IndicatorDialog)

        QMetaObject.connectSlotsByName(IndicatorDialog)
    # setupUi

    def retranslateUi(self, IndicatorDialog):
        IndicatorDialog.setWindowTitle(QCoreApplication.translate("IndicatorDialog", u"Question of the framework", None))
        self.groupLabel.setText(QCoreApplication.translate("IndicatorDialog", u"&Part of the framework:", None))
        self.questionLabel.setText(QCoreApplication.translate("IndicatorDialog", u"&Question:", None))
        self.question.setPlaceholderText(QCoreApplication.translate("IndicatorDialog", u"Put the indicator as a question the group can answer each year", None))
        self.measureLabel.setText(QCoreApplication.translate("IndicatorDialog", u"&Figure beside it:", None))
        self.measureHint.setText(QCoreApplication.translate("IndicatorDialog", u"CompactDesk works the figure out from its own records for each year, to set beside your rating.", None))
    # retranslateUi

