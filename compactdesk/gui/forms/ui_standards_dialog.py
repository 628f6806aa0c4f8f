# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'standards_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_StandardsDialog(object):
    def setupUi(self, StandardsDialog):
        if not StandardsDialog.objectName():
            StandardsDialog.setObjectName(u"StandardsDialog")
        StandardsDialog.resize(560, 300)
        self.layout = QVBoxLayout(StandardsDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(StandardsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.consultationLabel = QLabel(StandardsDialog)
        self.consultationLabel.setObjectName(u"consultationLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.consultationLabel)

        self.consultationWeeks = QSpinBox(StandardsDialog)
        self.consultationWeeks.setObjectName(u"consultationWeeks")
        self.consultationWeeks.setMinimumSize(QSize(130, 0))
        self.consultationWeeks.setMinimum(0)
        self.consultationWeeks.setMaximum(999)
        self.consultationWeeks.setValue(12)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.consultationWeeks)

        self.consultationFeedbackLabel = QLabel(StandardsDialog)
        self.consultationFeedbackLabel.setObjectName(u"consultationFeedbackLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.consultationFeedbackLabel)

        self.consultationFeedbackWeeks = QSpinBox(StandardsDialog)
        self.consultationFeedbackWeeks.setObjectName(u"consultationFeedbackWeeks")
        self.consultationFeedbackWeeks.setMinimumSize(QSize(130, 0))
        self.consultationFeedbackWeeks.setMinimum(0)
        self.consultationFeedbackWeeks.setMaximum(999)
        self.consultationFeedbackWeeks.setValue(12)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consultationFeedbackWeeks)

        self.fundingLabel = QLabel(StandardsDialog)
        self.fundingLabel.setObjectName(u"fundingLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fundingLabel)

        self.fundingMonths = QSpinBox(StandardsDialog)
        self.fundingMonths.setObjectName(u"fundingMonths")
        self.fundingMonths.setMinimumSize(QSize(130, 0))
        self.fundingMonths.setMinimum(0)
        self.fundingMonths.setMaximum(999)
        self.fundingMonths.setValue(3)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fundingMonths)

        self.feedbackLabel = QLabel(StandardsDialog)
        self.feedbackLabel.setObjectName(u"feedbackLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.feedbackLabel)

        self.feedbackDays = QSpinBox(StandardsDialog)
        self.feedbackDays.setObjectName(u"feedbackDays")
        self.feedbackDays.setMinimumSize(QSize(130, 0))
        self.feedbackDays.setMinimum(0)
        self.feedbackDays.setMaximum(999)
        self.feedbackDays.setValue(28)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.feedbackDays)

        self.feedbackByNextMeeting = QCheckBox(StandardsDialog)
        self.feedbackByNextMeeting.setObjectName(u"feedbackByNextMeeting")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.feedbackByNextMeeting)

        self.dueSoonLabel = QLabel(StandardsDialog)
        self.dueSoonLabel.setObjectName(u"dueSoonLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dueSoonLabel)

        self.dueSoonDays = QSpinBox(StandardsDialog)
        self.dueSoonDays.setObjectName(u"dueSoonDays")
        self.dueSoonDays.setMinimumSize(QSize(130, 0))
        self.dueSoonDays.setMinimum(0)
        self.dueSoonDays.setMaximum(999)
        self.dueSoonDays.setValue(30)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dueSoonDays)


        self.layout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(StandardsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.RestoreDefaults|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.consultationLabel.setBuddy(self.consultationWeeks)
        self.consultationFeedbackLabel.setBuddy(self.consultationFeedbackWeeks)
        self.fundingLabel.setBuddy(self.fundingMonths)
        self.feedbackLabel.setBuddy(self.feedbackDays)
        self.dueSoonLabel.setBuddy(self.dueSoonDays)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.consultationWeeks, self.consultationFeedbackWeeks)
        QWidget.setTabOrder(self.consultationFeedbackWeeks, self.fundingMonths)
        QWidget.setTabOrder(self.fundingMonths, self.feedbackDays)
        QWidget.setTabOrder(self.feedbackDays, self.feedbackByNextMeeting)
        QWidget.setTabOrder(self.feedbackByNextMeeting, self.dueSoonDays)

        self.retranslateUi(StandardsDialog)

        QMetaObject.connectSlotsByName(StandardsDialog)
    # setupUi

    def retranslateUi(self, StandardsDialog):
        StandardsDialog.setWindowTitle(QCoreApplication.translate("StandardsDialog", u"The compact's standards", None))
        self.intro.setText(QCoreApplication.translate("StandardsDialog", u"The national Compact's defaults are 12 weeks for a consultation, feedback to respondents within 12 weeks of its closing, and 3 months' notice before funding is reduced or ended. A local compact may set its own; longer notice is never flagged as a shortfall.", None))
        self.consultationLabel.setText(QCoreApplication.translate("StandardsDialog", u"&Consultations run at least:", None))
        self.consultationWeeks.setSuffix(QCoreApplication.translate("StandardsDialog", u" weeks", None))
        self.consultationFeedbackLabel.setText(QCoreApplication.translate("StandardsDialog", u"Feedback to &respondents within:", None))
#if QT_CONFIG(tooltip)
        self.consultationFeedbackLabel.setToolTip(QCoreApplication.translate("StandardsDialog", u"How soon after a consultation closes the public body should say what it did with the responses", None))
#endif // QT_CONFIG(tooltip)
        self.consultationFeedbackWeeks.setSuffix(QCoreApplication.translate("StandardsDialog", u" weeks of closing", None))
        self.fundingLabel.setText(QCoreApplication.translate("StandardsDialog", u"&Funding notice, in calendar months:", None))
        self.fundingMonths.setSuffix(QCoreApplication.translate("StandardsDialog", u" months", None))
        self.feedbackLabel.setText(QCoreApplication.translate("StandardsDialog", u"Days allowed for officers' feed&back:", None))
        self.feedbackDays.setSuffix(QCoreApplication.translate("StandardsDialog", u" days", None))
        self.feedbackByNextMeeting.setText(QCoreApplication.translate("StandardsDialog", u"Feedback is due by the &next meeting, when one is planned", None))
        self.dueSoonLabel.setText(QCoreApplication.translate("StandardsDialog", u"Show as \u2018due &soon\u2019 within:", None))
        self.dueSoonDays.setSuffix(QCoreApplication.translate("StandardsDialog", u" days", None))
    # retranslateUi

