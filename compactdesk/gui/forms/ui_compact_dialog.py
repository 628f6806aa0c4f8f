# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'compact_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CompactDialog(object):
    def setupUi(self, CompactDialog):
        if not CompactDialog.objectName():
            CompactDialog.setObjectName(u"CompactDialog")
        CompactDialog.resize(600, 520)
        self.layout = QVBoxLayout(CompactDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(CompactDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(CompactDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.nameCyLabel = QLabel(CompactDialog)
        self.nameCyLabel.setObjectName(u"nameCyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameCyLabel)

        self.nameCy = QLineEdit(CompactDialog)
        self.nameCy.setObjectName(u"nameCy")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameCy)

        self.areaLabel = QLabel(CompactDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.area = QLineEdit(CompactDialog)
        self.area.setObjectName(u"area")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.area)

        self.wordsIntro = QLabel(CompactDialog)
        self.wordsIntro.setObjectName(u"wordsIntro")
        self.wordsIntro.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.wordsIntro)

        self.groupLabelLabel = QLabel(CompactDialog)
        self.groupLabelLabel.setObjectName(u"groupLabelLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.groupLabelLabel)

        self.groupLabel = QLineEdit(CompactDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.groupLabel)

        self.groupLabelCyLabel = QLabel(CompactDialog)
        self.groupLabelCyLabel.setObjectName(u"groupLabelCyLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.groupLabelCyLabel)

        self.groupLabelCy = QLineEdit(CompactDialog)
        self.groupLabelCy.setObjectName(u"groupLabelCy")
        self.groupLabelCy.setPlaceholderText(u"gr\u0175p cyswllt")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.groupLabelCy)

        self.championLabelLabel = QLabel(CompactDialog)
        self.championLabelLabel.setObjectName(u"championLabelLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.championLabelLabel)

        self.championLabel = QLineEdit(CompactDialog)
        self.championLabel.setObjectName(u"championLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.championLabel)

        self.championLabelCyLabel = QLabel(CompactDialog)
        self.championLabelCyLabel.setObjectName(u"championLabelCyLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.championLabelCyLabel)

        self.championLabelCy = QLineEdit(CompactDialog)
        self.championLabelCy.setObjectName(u"championLabelCy")
        self.championLabelCy.setPlaceholderText(u"hyrwyddwr")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.championLabelCy)

        self.notesLabel = QLabel(CompactDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(CompactDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(CompactDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.nameCyLabel.setBuddy(self.nameCy)
        self.areaLabel.setBuddy(self.area)
        self.groupLabelLabel.setBuddy(self.groupLabel)
        self.groupLabelCyLabel.setBuddy(self.groupLabelCy)
        self.championLabelLabel.setBuddy(self.championLabel)
        self.championLabelCyLabel.setBuddy(self.championLabelCy)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.nameCy)
        QWidget.setTabOrder(self.nameCy, self.area)
        QWidget.setTabOrder(self.area, self.groupLabel)
        QWidget.setTabOrder(self.groupLabel, self.groupLabelCy)
        QWidget.setTabOrder(self.groupLabelCy, self.championLabel)
        QWidget.setTabOrder(self.championLabel, self.championLabelCy)
        QWidget.setTabOrder(self.championLabelCy, self.notes)

        self.retranslateUi(CompactDialog)

        QMetaObject.connectSlotsByName(CompactDialog)
    # setupUi

    def retranslateUi(self, CompactDialog):
        CompactDialog.setWindowTitle(QCoreApplication.translate("CompactDialog", u"The compact's details", None))
        self.nameLabel.setText(QCoreApplication.translate("CompactDialog", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("CompactDialog", u"For example: Dyfnant Compact", None))
        self.nameCyLabel.setText(QCoreApplication.translate("CompactDialog", u"In &Welsh:", None))
#if QT_CONFIG(tooltip)
        self.nameCyLabel.setToolTip(QCoreApplication.translate("CompactDialog", u"Welsh and bilingual papers, and the window in Welsh, use this. Left empty, they use the English.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nameCy.setToolTip(QCoreApplication.translate("CompactDialog", u"Welsh and bilingual papers, and the window in Welsh, use this. Left empty, they use the English.", None))
#endif // QT_CONFIG(tooltip)
        self.nameCy.setPlaceholderText(QCoreApplication.translate("CompactDialog", u"For example: Compact Sir Ddinbych", None))
        self.areaLabel.setText(QCoreApplication.translate("CompactDialog", u"&Area:", None))
        self.area.setPlaceholderText(QCoreApplication.translate("CompactDialog", u"The county, borough or district it covers", None))
        self.wordsIntro.setText(QCoreApplication.translate("CompactDialog", u"Some compacts use other words, such as \u201csteering group\u201d or \u201crepresentative\u201d. CompactDesk uses yours on screen and in papers.", None))
        self.groupLabelLabel.setText(QCoreApplication.translate("CompactDialog", u"The &group is called:", None))
        self.groupLabel.setPlaceholderText(QCoreApplication.translate("CompactDialog", u"liaison group", None))
        self.groupLabelCyLabel.setText(QCoreApplication.translate("CompactDialog", u"In W&elsh:", None))
#if QT_CONFIG(tooltip)
        self.groupLabelCyLabel.setToolTip(QCoreApplication.translate("CompactDialog", u"Welsh and bilingual papers, and the window in Welsh, use this. Left empty, they use the English.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.groupLabelCy.setToolTip(QCoreApplication.translate("CompactDialog", u"Welsh and bilingual papers, and the window in Welsh, use this. Left empty, they use the English.", None))
#endif // QT_CONFIG(tooltip)
        self.championLabelLabel.setText(QCoreApplication.translate("CompactDialog", u"A &champion is called:", None))
        self.championLabel.setPlaceholderText(QCoreApplication.translate("CompactDialog", u"champion", None))
        self.championLabelCyLabel.setText(QCoreApplication.translate("CompactDialog", u"In We&lsh:", None))
#if QT_CONFIG(tooltip)
        self.championLabelCyLabel.setToolTip(QCoreApplication.translate("CompactDialog", u"Welsh and bilingual papers, and the window in Welsh, use this. Left empty, they use the English.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.championLabelCy.setToolTip(QCoreApplication.translate("CompactDialog", u"Welsh and bilingual papers, and the window in Welsh, use this. Left empty, they use the English.", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("CompactDialog", u"N&otes:", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("CompactDialog", u"Who agreed it, where the signed copy is kept, anything a new secretary should know", None))
    # retranslateUi

