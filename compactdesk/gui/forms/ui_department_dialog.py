# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'department_dialog.ui'
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

class Ui_DepartmentDialog(object):
    def setupUi(self, DepartmentDialog):
        if not DepartmentDialog.objectName():
            DepartmentDialog.setObjectName(u"DepartmentDialog")
        DepartmentDialog.resize(560, 240)
        self.layout = QVBoxLayout(DepartmentDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.bodyLabel = QLabel(DepartmentDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.body = QComboBox(DepartmentDialog)
        self.body.setObjectName(u"body")
        self.body.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.body.setMinimumContentsLength(20)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.body)

        self.nameLabel = QLabel(DepartmentDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(DepartmentDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.championLabel = QLabel(DepartmentDialog)
        self.championLabel.setObjectName(u"championLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.championLabel)

        self.champion = QComboBox(DepartmentDialog)
        self.champion.setObjectName(u"champion")
        self.champion.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.champion.setMinimumContentsLength(20)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.champion)

        self.championHint = QLabel(DepartmentDialog)
        self.championHint.setObjectName(u"championHint")
        self.championHint.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.championHint)

        self.changedOnLabel = QLabel(DepartmentDialog)
        self.changedOnLabel.setObjectName(u"changedOnLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.changedOnLabel)

        self.changedOn = DateField(DepartmentDialog)
        self.changedOn.setObjectName(u"changedOn")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.changedOn)

        self.changeNoteLabel = QLabel(DepartmentDialog)
        self.changeNoteLabel.setObjectName(u"changeNoteLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.changeNoteLabel)

        self.changeNote = QLineEdit(DepartmentDialog)
        self.changeNote.setObjectName(u"changeNote")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.changeNote)


        self.layout.addLayout(self.form)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(DepartmentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.bodyLabel.setBuddy(self.body)
        self.nameLabel.setBuddy(self.name)
        self.championLabel.setBuddy(self.champion)
        self.changedOnLabel.setBuddy(self.changedOn)
        self.changeNoteLabel.setBuddy(self.changeNote)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.body, self.name)
        QWidget.setTabOrder(self.name, self.champion)
        QWidget.setTabOrder(self.champion, self.changedOn)
        QWidget.setTabOrder(self.changedOn, self.changeNote)

        self.retranslateUi(DepartmentDialog)

        QMetaObject.connectSlotsByName(DepartmentDialog)
    # setupUi

    def retranslateUi(self, DepartmentDialog):
        DepartmentDialog.setWindowTitle(QCoreApplication.translate("DepartmentDialog", u"Department", None))
        self.bodyLabel.setText(QCoreApplication.translate("DepartmentDialog", u"Public &body:", None))
        self.nameLabel.setText(QCoreApplication.translate("DepartmentDialog", u"&Department:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("DepartmentDialog", u"e.g. Social Services, Highways, Public Health", None))
        self.championLabel.setText(QCoreApplication.translate("DepartmentDialog", u"&Champion:", None))
        self.championHint.setText("")
        self.changedOnLabel.setText(QCoreApplication.translate("DepartmentDialog", u"Changed &on:", None))
        self.changeNoteLabel.setText(QCoreApplication.translate("DepartmentDialog", u"No&te on the change:", None))
        self.changeNote.setPlaceholderText(QCoreApplication.translate("DepartmentDialog", u"e.g. moved to another post; acting until the post is filled", None))
    # retranslateUi

