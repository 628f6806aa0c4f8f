# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rating_dialog.ui'
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

class Ui_RatingDialog(object):
    def setupUi(self, RatingDialog):
        if not RatingDialog.objectName():
            RatingDialog.setObjectName(u"RatingDialog")
        RatingDialog.resize(600, 420)
        self.layout = QVBoxLayout(RatingDialog)
        self.layout.setObjectName(u"layout")
        self.question = QLabel(RatingDialog)
        self.question.setObjectName(u"question")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.question)

        self.aim = QLabel(RatingDialog)
        self.aim.setObjectName(u"aim")
        self.aim.setWordWrap(True)
        self.aim.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.aim)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.figureLabel = QLabel(RatingDialog)
        self.figureLabel.setObjectName(u"figureLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.figureLabel)

        self.figure = QLabel(RatingDialog)
        self.figure.setObjectName(u"figure")
        self.figure.setWordWrap(True)
        self.figure.setTextFormat(Qt.PlainText)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.figure)

        self.previousLabel = QLabel(RatingDialog)
        self.previousLabel.setObjectName(u"previousLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.previousLabel)

        self.previous = QLabel(RatingDialog)
        self.previous.setObjectName(u"previous")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.previous)

        self.ratingLabel = QLabel(RatingDialog)
        self.ratingLabel.setObjectName(u"ratingLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ratingLabel)

        self.rating = QComboBox(RatingDialog)
        self.rating.setObjectName(u"rating")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rating)

        self.evidenceLabel = QLabel(RatingDialog)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidence = QPlainTextEdit(RatingDialog)
        self.evidence.setObjectName(u"evidence")
        self.evidence.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.evidence)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(RatingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.ratingLabel.setBuddy(self.rating)
        self.evidenceLabel.setBuddy(self.evidence)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.rating, self.evidence)

        self.retranslateUi(RatingDialog)

        QMetaObject.connectSlotsByName(RatingDialog)
    # setupUi

    def retranslateUi(self, RatingDialog):
        RatingDialog.setWindowTitle(QCoreApplication.translate("RatingDialog", u"Rating", None))
        self.question.setText("")
        self.aim.setText("")
        self.figureLabel.setText(QCoreApplication.translate("RatingDialog", u"From the records:", None))
        self.figure.setText("")
        self.previousLabel.setText(QCoreApplication.translate("RatingDialog", u"The year before:", None))
        self.previous.setText("")
        self.ratingLabel.setText(QCoreApplication.translate("RatingDialog", u"&Rating:", None))
        self.evidenceLabel.setText(QCoreApplication.translate("RatingDialog", u"&Evidence:", None))
        self.evidence.setPlaceholderText(QCoreApplication.translate("RatingDialog", u"What shows it: examples, figures, papers, what members said", None))
    # retranslateUi

