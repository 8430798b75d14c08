# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(1100, 640)
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 8)
        self.titleLabel = QLabel(SettingsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.pageLayout.addWidget(self.titleLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(12)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.sectionList = QListWidget(SettingsPage)
        self.sectionList.setObjectName(u"sectionList")
        self.sectionList.setMinimumSize(QSize(170, 0))
        self.sectionList.setMaximumSize(QSize(190, 16777215))
        self.sectionList.setStyleSheet(u"QListWidget::item { padding: 6px 4px; }")

        self.bodyLayout.addWidget(self.sectionList)

        self.sectionStack = QStackedWidget(SettingsPage)
        self.sectionStack.setObjectName(u"sectionStack")
        self.accountPage = QWidget()
        self.accountPage.setObjectName(u"accountPage")
        self.accountPageLayout = QVBoxLayout(self.accountPage)
        self.accountPageLayout.setObjectName(u"accountPageLayout")
        self.accountPageLayout.setContentsMargins(0, 0, 0, 0)
        self.accountBox = QGroupBox(self.accountPage)
        self.accountBox.setObjectName(u"accountBox")
        self.accountLayout = QVBoxLayout(self.accountBox)
        self.accountLayout.setObjectName(u"accountLayout")
        self.accountForm = QFormLayout()
        self.accountForm.setObjectName(u"accountForm")
        self.userLabel = QLabel(self.accountBox)
        self.userLabel.setObjectName(u"userLabel")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userValue = QLabel(self.accountBox)
        self.userValue.setObjectName(u"userValue")
        self.userValue.setText(u"")
        self.userValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.accountForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userValue)

        self.roleLabel = QLabel(self.accountBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleValue = QLabel(self.accountBox)
        self.roleValue.setObjectName(u"roleValue")
        self.roleValue.setText(u"")
        self.roleValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.accountForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleValue)


        self.accountLayout.addLayout(self.accountForm)

        self.changePasswordButton = QPushButton(self.accountBox)
        self.changePasswordButton.setObjectName(u"changePasswordButton")

        self.accountLayout.addWidget(self.changePasswordButton)


        self.accountPageLayout.addWidget(self.accountBox)

        self.accountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.accountPageLayout.addItem(self.accountSpacer)

        self.sectionStack.addWidget(self.accountPage)

        self.bodyLayout.addWidget(self.sectionStack)


        self.pageLayout.addLayout(self.bodyLayout)

        QWidget.setTabOrder(self.sectionList, self.changePasswordButton)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.titleLabel.setText(QCoreApplication.translate("SettingsPage", u"Pengaturan", None))
        self.accountBox.setTitle(QCoreApplication.translate("SettingsPage", u"Akun Anda", None))
        self.userLabel.setText(QCoreApplication.translate("SettingsPage", u"Pengguna:", None))
        self.roleLabel.setText(QCoreApplication.translate("SettingsPage", u"Peran:", None))
        self.changePasswordButton.setText(QCoreApplication.translate("SettingsPage", u"&Ganti Kata Sandi\u2026", None))
        pass
    # retranslateUi

