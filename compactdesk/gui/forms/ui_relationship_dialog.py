# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'relationship_dialog.ui'
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

from compactdesk.gui.widgets import DateField

class Ui_RelationshipDialog(object):
    def setupUi(self, RelationshipDialog):
        if not RelationshipDialog.objectName():
            RelationshipDialog.setObjectName(u"RelationshipDialog")
        RelationshipDialog.resize(540, 360)
        self.layout = QVBoxLayout(RelationshipDialog)
        self.layout.setObjectName(u"layout")
        self.hint = QLabel(RelationshipDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.onLabel = QLabel(RelationshipDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.on = DateField(RelationshipDialog)
        self.on.setObjectName(u"on")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.on)

        self.ratingLabel = QLabel(RelationshipDialog)
        self.ratingLabel.setObjectName(u"ratingLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ratingLabel)

        self.rating = QComboBox(RelationshipDialog)
        self.rating.setObjectName(u"rating")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rating)

        self.noteLabel = QLabel(RelationshipDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(RelationshipDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(RelationshipDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.onLabel.setBuddy(self.on)
        self.ratingLabel.setBuddy(self.rating)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.on, self.rating)
        QWidget.setTabOrder(self.rating, self.note)

        self.retranslateUi(RelationshipDialog)

        QMetaObject.connectSlotsByName(RelationshipDialog)
    # setupUi

    def retranslateUi(self, RelationshipDialog):
        RelationshipDialog.setWindowTitle(QCoreApplication.translate("RelationshipDialog", u"Relationship rating", None))
        self.hint.setText(QCoreApplication.translate("RelationshipDialog", u"How do the two sectors rate their relationship, from 1 (poor) to 5 (strong)? Say in the note where the rating came from: a survey, a vote at the annual review, the liaison group's own view.", None))
        self.onLabel.setText(QCoreApplication.translate("RelationshipDialog", u"&Date:", None))
        self.ratingLabel.setText(QCoreApplication.translate("RelationshipDialog", u"&Rating:", None))
        self.noteLabel.setText(QCoreApplication.translate("RelationshipDialog", u"&Note:", None))
    # retranslateUi

