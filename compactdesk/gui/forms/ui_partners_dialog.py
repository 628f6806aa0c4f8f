# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partners_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PartnersDialog(object):
    def setupUi(self, PartnersDialog):
        if not PartnersDialog.objectName():
            PartnersDialog.setObjectName(u"PartnersDialog")
        PartnersDialog.resize(560, 520)
        self.layout = QVBoxLayout(PartnersDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(PartnersDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.search = QLineEdit(PartnersDialog)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.layout.addWidget(self.search)

        self.organisations = QListWidget(PartnersDialog)
        self.organisations.setObjectName(u"organisations")
        self.organisations.setUniformItemSizes(True)
        self.organisations.setTextElideMode(Qt.ElideRight)

        self.layout.addWidget(self.organisations)

        self.countRow = QHBoxLayout()
        self.countRow.setObjectName(u"countRow")
        self.count = QLabel(PartnersDialog)
        self.count.setObjectName(u"count")

        self.countRow.addWidget(self.count)

        self.countSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countRow.addItem(self.countSpace)

        self.newOrganisation = QPushButton(PartnersDialog)
        self.newOrganisation.setObjectName(u"newOrganisation")
        self.newOrganisation.setAutoDefault(False)

        self.countRow.addWidget(self.newOrganisation)


        self.layout.addLayout(self.countRow)

        self.buttons = QDialogButtonBox(PartnersDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.search, self.organisations)
        QWidget.setTabOrder(self.organisations, self.newOrganisation)

        self.retranslateUi(PartnersDialog)

        QMetaObject.connectSlotsByName(PartnersDialog)
    # setupUi

    def retranslateUi(self, PartnersDialog):
        PartnersDialog.setWindowTitle(QCoreApplication.translate("PartnersDialog", u"Partner bodies that signed", None))
        self.intro.setText(QCoreApplication.translate("PartnersDialog", u"Tick each body that signed the compact. One not listed: \u201cNew organisation\u2026\u201d adds it.", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("PartnersDialog", u"Find an organisation", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("PartnersDialog", u"Find an organisation", None))
#if QT_CONFIG(accessibility)
        self.organisations.setAccessibleName(QCoreApplication.translate("PartnersDialog", u"Organisations that signed", None))
#endif // QT_CONFIG(accessibility)
        self.count.setText("")
        self.newOrganisation.setText(QCoreApplication.translate("PartnersDialog", u"&New organisation\u2026", None))
#if QT_CONFIG(tooltip)
        self.newOrganisation.setToolTip(QCoreApplication.translate("PartnersDialog", u"Add a new organisation (it is saved at once; Ctrl+Z takes it back)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

