# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_OrganisationDialog(object):
    def setupUi(self, OrganisationDialog):
        if not OrganisationDialog.objectName():
            OrganisationDialog.setObjectName(u"OrganisationDialog")
        OrganisationDialog.resize(540, 440)
        self.layout = QVBoxLayout(OrganisationDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(OrganisationDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(OrganisationDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.sectorLabel = QLabel(OrganisationDialog)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sector = QComboBox(OrganisationDialog)
        self.sector.setObjectName(u"sector")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sector)

        self.tagsLabel = QLabel(OrganisationDialog)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tags = QWidget(OrganisationDialog)
        self.tags.setObjectName(u"tags")
        self.tagsLayout = QGridLayout(self.tags)
        self.tagsLayout.setObjectName(u"tagsLayout")
        self.tagsLayout.setContentsMargins(0, 0, 0, 0)
        self.tagSmall = QCheckBox(self.tags)
        self.tagSmall.setObjectName(u"tagSmall")

        self.tagsLayout.addWidget(self.tagSmall, 0, 0, 1, 1)

        self.tagBme = QCheckBox(self.tags)
        self.tagBme.setObjectName(u"tagBme")

        self.tagsLayout.addWidget(self.tagBme, 0, 1, 1, 1)

        self.tagRural = QCheckBox(self.tags)
        self.tagRural.setObjectName(u"tagRural")

        self.tagsLayout.addWidget(self.tagRural, 0, 2, 1, 1)

        self.tagVolunteerOnly = QCheckBox(self.tags)
        self.tagVolunteerOnly.setObjectName(u"tagVolunteerOnly")

        self.tagsLayout.addWidget(self.tagVolunteerOnly, 1, 0, 1, 1)

        self.tagUnfunded = QCheckBox(self.tags)
        self.tagUnfunded.setObjectName(u"tagUnfunded")

        self.tagsLayout.addWidget(self.tagUnfunded, 1, 1, 1, 1)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tags)

        self.notesLabel = QLabel(OrganisationDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(OrganisationDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notes)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(OrganisationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.sectorLabel.setBuddy(self.sector)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.sector)
        QWidget.setTabOrder(self.sector, self.tagSmall)
        QWidget.setTabOrder(self.tagSmall, self.tagBme)
        QWidget.setTabOrder(self.tagBme, self.tagRural)
        QWidget.setTabOrder(self.tagRural, self.tagVolunteerOnly)
        QWidget.setTabOrder(self.tagVolunteerOnly, self.tagUnfunded)
        QWidget.setTabOrder(self.tagUnfunded, self.notes)

        self.retranslateUi(OrganisationDialog)

        QMetaObject.connectSlotsByName(OrganisationDialog)
    # setupUi

    def retranslateUi(self, OrganisationDialog):
        OrganisationDialog.setWindowTitle(QCoreApplication.translate("OrganisationDialog", u"Organisation", None))
        self.nameLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"Its full name, e.g. Menter Iaith M\u00f4n", None))
        self.sectorLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Sector:", None))
        self.tagsLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Tags:", None))
        self.tagSmall.setText(QCoreApplication.translate("OrganisationDialog", u"Small", None))
        self.tagBme.setText(QCoreApplication.translate("OrganisationDialog", u"BME", None))
        self.tagRural.setText(QCoreApplication.translate("OrganisationDialog", u"Rural", None))
        self.tagVolunteerOnly.setText(QCoreApplication.translate("OrganisationDialog", u"Volunteer-only", None))
        self.tagUnfunded.setText(QCoreApplication.translate("OrganisationDialog", u"Unfunded", None))
        self.notesLabel.setText(QCoreApplication.translate("OrganisationDialog", u"No&tes:", None))
    # retranslateUi

