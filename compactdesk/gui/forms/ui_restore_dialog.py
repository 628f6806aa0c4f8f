# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(820, 460)
        self.layout = QVBoxLayout(RestoreDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(RestoreDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.backups = QTableView(RestoreDialog)
        self.backups.setObjectName(u"backups")
        self.backups.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backups.setSelectionMode(QAbstractItemView.SingleSelection)
        self.backups.setAlternatingRowColors(True)

        self.layout.addWidget(self.backups)

        self.folder = QLabel(RestoreDialog)
        self.folder.setObjectName(u"folder")
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.folder)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.chooseFile = QPushButton(RestoreDialog)
        self.chooseFile.setObjectName(u"chooseFile")

        self.buttonRow.addWidget(self.chooseFile)

        self.gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.gap)

        self.buttons = QDialogButtonBox(RestoreDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.buttonRow.addWidget(self.buttons)


        self.layout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.backups, self.chooseFile)
        QWidget.setTabOrder(self.chooseFile, self.buttons)

        self.retranslateUi(RestoreDialog)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore from a backup", None))
        self.intro.setText("")
#if QT_CONFIG(accessibility)
        self.backups.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Backups", None))
#endif // QT_CONFIG(accessibility)
        self.folder.setText("")
        self.chooseFile.setText(QCoreApplication.translate("RestoreDialog", u"Choose a backup &file\u2026", None))
#if QT_CONFIG(tooltip)
        self.chooseFile.setToolTip(QCoreApplication.translate("RestoreDialog", u"A backup kept elsewhere: on a USB stick, or one made with \u201cBack up to a folder\u201d", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

