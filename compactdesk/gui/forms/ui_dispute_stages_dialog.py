# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dispute_stages_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_DisputeStagesDialog(object):
    def setupUi(self, DisputeStagesDialog):
        if not DisputeStagesDialog.objectName():
            DisputeStagesDialog.setObjectName(u"DisputeStagesDialog")
        DisputeStagesDialog.resize(620, 460)
        self.layout = QVBoxLayout(DisputeStagesDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(DisputeStagesDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.listRow = QHBoxLayout()
        self.listRow.setObjectName(u"listRow")
        self.stages = QTableView(DisputeStagesDialog)
        self.stages.setObjectName(u"stages")

        self.listRow.addWidget(self.stages)

        self.moveButtons = QVBoxLayout()
        self.moveButtons.setObjectName(u"moveButtons")
        self.upButton = QPushButton(DisputeStagesDialog)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setAutoDefault(False)

        self.moveButtons.addWidget(self.upButton)

        self.downButton = QPushButton(DisputeStagesDialog)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setAutoDefault(False)

        self.moveButtons.addWidget(self.downButton)

        self.deleteButton = QPushButton(DisputeStagesDialog)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.moveButtons.addWidget(self.deleteButton)

        self.moveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveButtons.addItem(self.moveSpacer)


        self.listRow.addLayout(self.moveButtons)


        self.layout.addLayout(self.listRow)

        self.ticks = QHBoxLayout()
        self.ticks.setObjectName(u"ticks")
        self.optional = QCheckBox(DisputeStagesDialog)
        self.optional.setObjectName(u"optional")

        self.ticks.addWidget(self.optional)

        self.outcome = QCheckBox(DisputeStagesDialog)
        self.outcome.setObjectName(u"outcome")

        self.ticks.addWidget(self.outcome)

        self.tickSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ticks.addItem(self.tickSpacer)


        self.layout.addLayout(self.ticks)

        self.nameRow = QHBoxLayout()
        self.nameRow.setObjectName(u"nameRow")
        self.nameLabel = QLabel(DisputeStagesDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.nameRow.addWidget(self.nameLabel)

        self.name = QLineEdit(DisputeStagesDialog)
        self.name.setObjectName(u"name")

        self.nameRow.addWidget(self.name)

        self.addButton = QPushButton(DisputeStagesDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.nameRow.addWidget(self.addButton)

        self.renameButton = QPushButton(DisputeStagesDialog)
        self.renameButton.setObjectName(u"renameButton")
        self.renameButton.setAutoDefault(False)

        self.nameRow.addWidget(self.renameButton)


        self.layout.addLayout(self.nameRow)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.undoButton = QPushButton(DisputeStagesDialog)
        self.undoButton.setObjectName(u"undoButton")
        self.undoButton.setAutoDefault(False)

        self.bottom.addWidget(self.undoButton)

        self.buttons = QDialogButtonBox(DisputeStagesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.bottom.addWidget(self.buttons)


        self.layout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stages, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.optional)
        QWidget.setTabOrder(self.optional, self.outcome)
        QWidget.setTabOrder(self.outcome, self.name)
        QWidget.setTabOrder(self.name, self.addButton)
        QWidget.setTabOrder(self.addButton, self.renameButton)
        QWidget.setTabOrder(self.renameButton, self.undoButton)

        self.retranslateUi(DisputeStagesDialog)

        QMetaObject.connectSlotsByName(DisputeStagesDialog)
    # setupUi

    def retranslateUi(self, DisputeStagesDialog):
        DisputeStagesDialog.setWindowTitle(QCoreApplication.translate("DisputeStagesDialog", u"Stages of a dispute", None))
        self.intro.setText(QCoreApplication.translate("DisputeStagesDialog", u"The route your compact sets for a dispute, in order. Optional stages (a councillor's call-in, arbitration) are available off the usual route; the outcome stage ends it and is recorded when a dispute is resolved.", None))
        self.upButton.setText(QCoreApplication.translate("DisputeStagesDialog", u"Move u&p", None))
        self.downButton.setText(QCoreApplication.translate("DisputeStagesDialog", u"Move do&wn", None))
        self.deleteButton.setText(QCoreApplication.translate("DisputeStagesDialog", u"&Delete", None))
        self.optional.setText(QCoreApplication.translate("DisputeStagesDialog", u"&Optional: off the usual route", None))
        self.outcome.setText(QCoreApplication.translate("DisputeStagesDialog", u"Ou&tcome: the stage that ends a dispute", None))
        self.nameLabel.setText(QCoreApplication.translate("DisputeStagesDialog", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("DisputeStagesDialog", u"A stage's name, to add or to rename the chosen stage", None))
        self.addButton.setText(QCoreApplication.translate("DisputeStagesDialog", u"&Add", None))
        self.renameButton.setText(QCoreApplication.translate("DisputeStagesDialog", u"&Rename", None))
        self.undoButton.setText(QCoreApplication.translate("DisputeStagesDialog", u"&Undo", None))
    # retranslateUi

