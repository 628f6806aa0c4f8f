# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(560, 560)
        self.layout = QVBoxLayout(PersonDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(PersonDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.roleLabel = QLabel(PersonDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QLineEdit(PersonDialog)
        self.role.setObjectName(u"role")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role)

        self.organisationLabel = QLabel(PersonDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisation = QComboBox(PersonDialog)
        self.organisation.setObjectName(u"organisation")
        self.organisation.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.organisation.setMinimumContentsLength(20)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.departmentLabel = QLabel(PersonDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.department = QLineEdit(PersonDialog)
        self.department.setObjectName(u"department")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.department)

        self.emailLabel = QLabel(PersonDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(PersonDialog)
        self.email.setObjectName(u"email")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.email)

        self.phoneLabel = QLabel(PersonDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(PersonDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone)

        self.champion = QCheckBox(PersonDialog)
        self.champion.setObjectName(u"champion")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.champion)

        self.addressLabel = QLabel(PersonDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QPlainTextEdit(PersonDialog)
        self.address.setObjectName(u"address")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.address)

        self.notesLabel = QLabel(PersonDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(PersonDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(PersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.roleLabel.setBuddy(self.role)
        self.organisationLabel.setBuddy(self.organisation)
        self.departmentLabel.setBuddy(self.department)
        self.emailLabel.setBuddy(self.email)
        self.phoneLabel.setBuddy(self.phone)
        self.addressLabel.setBuddy(self.address)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.role)
        QWidget.setTabOrder(self.role, self.organisation)
        QWidget.setTabOrder(self.organisation, self.department)
        QWidget.setTabOrder(self.department, self.email)
        QWidget.setTabOrder(self.email, self.phone)
        QWidget.setTabOrder(self.phone, self.champion)
        QWidget.setTabOrder(self.champion, self.address)
        QWidget.setTabOrder(self.address, self.notes)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"As they like it written, e.g. Cllr Gwenll\u00efan Parry", None))
        self.roleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Role:", None))
        self.role.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. Head of Policy, Cabinet member, Trustee", None))
        self.organisationLabel.setText(QCoreApplication.translate("PersonDialog", u"&Organisation:", None))
        self.departmentLabel.setText(QCoreApplication.translate("PersonDialog", u"&Department:", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"&Email:", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"&Phone:", None))
        self.champion.setText(QCoreApplication.translate("PersonDialog", u"The compact's &champion in their department", None))
        self.addressLabel.setText(QCoreApplication.translate("PersonDialog", u"&Address:", None))
        self.notesLabel.setText(QCoreApplication.translate("PersonDialog", u"No&tes:", None))
    # retranslateUi

