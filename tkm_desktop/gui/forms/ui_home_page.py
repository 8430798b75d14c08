# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_HomePage(object):
    def setupUi(self, HomePage):
        if not HomePage.objectName():
            HomePage.setObjectName(u"HomePage")
        HomePage.resize(1100, 640)
        self.pageLayout = QVBoxLayout(HomePage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(HomePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.schemeLabel = QLabel(HomePage)
        self.schemeLabel.setObjectName(u"schemeLabel")

        self.headerLayout.addWidget(self.schemeLabel)

        self.schemeCombo = QComboBox(HomePage)
        self.schemeCombo.setObjectName(u"schemeCombo")
        self.schemeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.schemeCombo.setMinimumContentsLength(12)

        self.headerLayout.addWidget(self.schemeCombo)

        self.refreshButton = QPushButton(HomePage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.welcomeLabel = QLabel(HomePage)
        self.welcomeLabel.setObjectName(u"welcomeLabel")
        self.welcomeLabel.setText(u"")
        self.welcomeLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.welcomeLabel)

        self.statusBox = QGroupBox(HomePage)
        self.statusBox.setObjectName(u"statusBox")
        self.statusGrid = QGridLayout(self.statusBox)
        self.statusGrid.setSpacing(8)
        self.statusGrid.setObjectName(u"statusGrid")

        self.pageLayout.addWidget(self.statusBox)

        self.lowerLayout = QHBoxLayout()
        self.lowerLayout.setSpacing(12)
        self.lowerLayout.setObjectName(u"lowerLayout")
        self.attentionBox = QGroupBox(HomePage)
        self.attentionBox.setObjectName(u"attentionBox")
        self.attentionLayout = QVBoxLayout(self.attentionBox)
        self.attentionLayout.setObjectName(u"attentionLayout")

        self.lowerLayout.addWidget(self.attentionBox)

        self.quotaBox = QGroupBox(HomePage)
        self.quotaBox.setObjectName(u"quotaBox")
        self.quotaLayout = QVBoxLayout(self.quotaBox)
        self.quotaLayout.setObjectName(u"quotaLayout")

        self.lowerLayout.addWidget(self.quotaBox)


        self.pageLayout.addLayout(self.lowerLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.schemeLabel.setBuddy(self.schemeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.schemeCombo, self.refreshButton)

        self.retranslateUi(HomePage)

        QMetaObject.connectSlotsByName(HomePage)
    # setupUi

    def retranslateUi(self, HomePage):
        self.titleLabel.setText(QCoreApplication.translate("HomePage", u"Beranda", None))
        self.schemeLabel.setText(QCoreApplication.translate("HomePage", u"S&kema:", None))
        self.refreshButton.setText(QCoreApplication.translate("HomePage", u"&Muat Ulang", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("HomePage", u"Hitung ulang dari basis data (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.statusBox.setTitle(QCoreApplication.translate("HomePage", u"Jumlah kelompok per status", None))
        self.attentionBox.setTitle(QCoreApplication.translate("HomePage", u"Perlu perhatian", None))
        self.quotaBox.setTitle(QCoreApplication.translate("HomePage", u"Kuota skema", None))
        pass
    # retranslateUi

