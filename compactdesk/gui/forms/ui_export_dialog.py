# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from compactdesk.gui.widgets import DateField

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(620, 360)
        self.layout = QVBoxLayout(ExportDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.paperLabel = QLabel(ExportDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paper = QComboBox(ExportDialog)
        self.paper.setObjectName(u"paper")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paper)

        self.about = QLabel(ExportDialog)
        self.about.setObjectName(u"about")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.about)

        self.meetingLabel = QLabel(ExportDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meeting = QComboBox(ExportDialog)
        self.meeting.setObjectName(u"meeting")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.meeting)

        self.officerLabel = QLabel(ExportDialog)
        self.officerLabel.setObjectName(u"officerLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officer = QComboBox(ExportDialog)
        self.officer.setObjectName(u"officer")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.officer)

        self.yearLabel = QLabel(ExportDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.year = QComboBox(ExportDialog)
        self.year.setObjectName(u"year")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.year)

        self.eachOfficer = QCheckBox(ExportDialog)
        self.eachOfficer.setObjectName(u"eachOfficer")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.eachOfficer)

        self.groupByLabel = QLabel(ExportDialog)
        self.groupByLabel.setObjectName(u"groupByLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.groupByLabel)

        self.groupByBox = QWidget(ExportDialog)
        self.groupByBox.setObjectName(u"groupByBox")
        self.groupByLayout = QHBoxLayout(self.groupByBox)
        self.groupByLayout.setObjectName(u"groupByLayout")
        self.groupByLayout.setContentsMargins(0, 0, 0, 0)
        self.byCode = QRadioButton(self.groupByBox)
        self.byCode.setObjectName(u"byCode")
        self.byCode.setChecked(True)

        self.groupByLayout.addWidget(self.byCode)

        self.byPartner = QRadioButton(self.groupByBox)
        self.byPartner.setObjectName(u"byPartner")

        self.groupByLayout.addWidget(self.byPartner)

        self.groupBySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.groupByLayout.addItem(self.groupBySpacer)


        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.groupByBox)

        self.scopeLabel = QLabel(ExportDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeBox = QWidget(ExportDialog)
        self.scopeBox.setObjectName(u"scopeBox")
        self.scopeLayout = QGridLayout(self.scopeBox)
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.scopeLayout.setContentsMargins(0, 0, 0, 0)
        self.sinceButton = QRadioButton(self.scopeBox)
        self.sinceButton.setObjectName(u"sinceButton")
        self.sinceButton.setChecked(True)

        self.scopeLayout.addWidget(self.sinceButton, 0, 0, 1, 1, Qt.AlignTop)

        self.since = DateField(self.scopeBox)
        self.since.setObjectName(u"since")

        self.scopeLayout.addWidget(self.since, 0, 1, 1, 1)

        self.everythingButton = QRadioButton(self.scopeBox)
        self.everythingButton.setObjectName(u"everythingButton")

        self.scopeLayout.addWidget(self.everythingButton, 1, 0, 1, 1, Qt.AlignLeft)

        self.scopeLayout.setColumnStretch(1, 1)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.scopeBox)

        self.scopeNote = QLabel(ExportDialog)
        self.scopeNote.setObjectName(u"scopeNote")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.scopeNote)

        self.formatLabel = QLabel(ExportDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatBox = QWidget(ExportDialog)
        self.formatBox.setObjectName(u"formatBox")
        self.formatLayout = QHBoxLayout(self.formatBox)
        self.formatLayout.setObjectName(u"formatLayout")
        self.formatLayout.setContentsMargins(0, 0, 0, 0)
        self.formatPdf = QRadioButton(self.formatBox)
        self.formatPdf.setObjectName(u"formatPdf")
        self.formatPdf.setChecked(True)

        self.formatLayout.addWidget(self.formatPdf)

        self.formatWord = QRadioButton(self.formatBox)
        self.formatWord.setObjectName(u"formatWord")

        self.formatLayout.addWidget(self.formatWord)

        self.formatSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formatLayout.addItem(self.formatSpacer)


        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.formatBox)

        self.formatNote = QLabel(ExportDialog)
        self.formatNote.setObjectName(u"formatNote")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.formatNote)

        self.largePrint = QCheckBox(ExportDialog)
        self.largePrint.setObjectName(u"largePrint")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.largePrint)

        self.languageLabel = QLabel(ExportDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(ExportDialog)
        self.language.setObjectName(u"language")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.language)

        self.fileLabel = QLabel(ExportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileName = QLineEdit(ExportDialog)
        self.fileName.setObjectName(u"fileName")

        self.fileLayout.addWidget(self.fileName)

        self.chooseButton = QPushButton(ExportDialog)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.chooseButton)


        self.form.setLayout(13, QFormLayout.ItemRole.FieldRole, self.fileLayout)


        self.layout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.MinimumExpanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(ExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.paperLabel.setBuddy(self.paper)
        self.meetingLabel.setBuddy(self.meeting)
        self.officerLabel.setBuddy(self.officer)
        self.yearLabel.setBuddy(self.year)
        self.languageLabel.setBuddy(self.language)
        self.fileLabel.setBuddy(self.fileName)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.paper, self.meeting)
        QWidget.setTabOrder(self.meeting, self.officer)
        QWidget.setTabOrder(self.officer, self.eachOfficer)
        QWidget.setTabOrder(self.eachOfficer, self.byCode)
        QWidget.setTabOrder(self.byCode, self.byPartner)
        QWidget.setTabOrder(self.byPartner, self.sinceButton)
        QWidget.setTabOrder(self.sinceButton, self.since)
        QWidget.setTabOrder(self.since, self.everythingButton)
        QWidget.setTabOrder(self.everythingButton, self.formatPdf)
        QWidget.setTabOrder(self.formatPdf, self.formatWord)
        QWidget.setTabOrder(self.formatWord, self.largePrint)
        QWidget.setTabOrder(self.largePrint, self.language)
        QWidget.setTabOrder(self.language, self.fileName)
        QWidget.setTabOrder(self.fileName, self.chooseButton)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export a paper", None))
        self.paperLabel.setText(QCoreApplication.translate("ExportDialog", u"&Paper:", None))
        self.about.setText("")
        self.meetingLabel.setText(QCoreApplication.translate("ExportDialog", u"&Meeting:", None))
        self.officerLabel.setText(QCoreApplication.translate("ExportDialog", u"&Officer:", None))
        self.yearLabel.setText(QCoreApplication.translate("ExportDialog", u"&Year:", None))
        self.eachOfficer.setText(QCoreApplication.translate("ExportDialog", u"One f&ile per officer", None))
        self.groupByLabel.setText(QCoreApplication.translate("ExportDialog", u"Group by:", None))
        self.byCode.setText(QCoreApplication.translate("ExportDialog", u"&Code area", None))
        self.byPartner.setText(QCoreApplication.translate("ExportDialog", u"Pa&rtner", None))
        self.scopeLabel.setText(QCoreApplication.translate("ExportDialog", u"Covers:", None))
        self.sinceButton.setText(QCoreApplication.translate("ExportDialog", u"Open, and closed si&nce", None))
        self.everythingButton.setText(QCoreApplication.translate("ExportDialog", u"E&verything", None))
        self.scopeNote.setText("")
        self.formatLabel.setText(QCoreApplication.translate("ExportDialog", u"Format:", None))
        self.formatPdf.setText(QCoreApplication.translate("ExportDialog", u"P&DF", None))
        self.formatWord.setText(QCoreApplication.translate("ExportDialog", u"&Word (.docx)", None))
        self.formatNote.setText("")
        self.largePrint.setText(QCoreApplication.translate("ExportDialog", u"&Large print (16 pt)", None))
        self.languageLabel.setText(QCoreApplication.translate("ExportDialog", u"Lan&guage:", None))
#if QT_CONFIG(tooltip)
        self.language.setToolTip(QCoreApplication.translate("ExportDialog", u"The paper's language: in both, the Welsh comes first in every heading, label and sentence", None))
#endif // QT_CONFIG(tooltip)
        self.fileLabel.setText(QCoreApplication.translate("ExportDialog", u"&Save as:", None))
        self.fileName.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"Folder and file name, ending .pdf or .docx", None))
        self.chooseButton.setText(QCoreApplication.translate("ExportDialog", u"C&hoose\u2026", None))
    # retranslateUi

