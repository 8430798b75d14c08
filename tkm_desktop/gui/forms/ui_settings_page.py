# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(1100, 640)
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(SettingsPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setSpacing(10)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.contentsLayout.setContentsMargins(16, 12, 16, 8)
        self.titleLabel = QLabel(self.scrollContents)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.contentsLayout.addWidget(self.titleLabel)

        self.infoLabel = QLabel(self.scrollContents)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.contentsLayout.addWidget(self.infoLabel)

        self.topLayout = QHBoxLayout()
        self.topLayout.setSpacing(12)
        self.topLayout.setObjectName(u"topLayout")
        self.officeBox = QGroupBox(self.scrollContents)
        self.officeBox.setObjectName(u"officeBox")
        self.officeForm = QFormLayout(self.officeBox)
        self.officeForm.setObjectName(u"officeForm")
        self.governmentLabel = QLabel(self.officeBox)
        self.governmentLabel.setObjectName(u"governmentLabel")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.governmentLabel)

        self.governmentValue = QLabel(self.officeBox)
        self.governmentValue.setObjectName(u"governmentValue")
        self.governmentValue.setText(u"")
        self.governmentValue.setWordWrap(True)
        self.governmentValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.officeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.governmentValue)

        self.officeLabel = QLabel(self.officeBox)
        self.officeLabel.setObjectName(u"officeLabel")

        self.officeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeValue = QLabel(self.officeBox)
        self.officeValue.setObjectName(u"officeValue")
        self.officeValue.setText(u"")
        self.officeValue.setWordWrap(True)
        self.officeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.officeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeValue)

        self.addressLabel = QLabel(self.officeBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.officeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressValue = QLabel(self.officeBox)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setText(u"")
        self.addressValue.setWordWrap(True)
        self.addressValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.officeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.contactLabel = QLabel(self.officeBox)
        self.contactLabel.setObjectName(u"contactLabel")

        self.officeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactValue = QLabel(self.officeBox)
        self.contactValue.setObjectName(u"contactValue")
        self.contactValue.setText(u"")
        self.contactValue.setWordWrap(True)
        self.contactValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.officeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactValue)

        self.regionLabel = QLabel(self.officeBox)
        self.regionLabel.setObjectName(u"regionLabel")

        self.officeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionValue = QLabel(self.officeBox)
        self.regionValue.setObjectName(u"regionValue")
        self.regionValue.setText(u"")
        self.regionValue.setWordWrap(True)
        self.regionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.officeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.regionValue)

        self.numberingLabel = QLabel(self.officeBox)
        self.numberingLabel.setObjectName(u"numberingLabel")

        self.officeForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.numberingLabel)

        self.numberingValue = QLabel(self.officeBox)
        self.numberingValue.setObjectName(u"numberingValue")
        self.numberingValue.setText(u"")
        self.numberingValue.setWordWrap(True)
        self.numberingValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.officeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.numberingValue)

        self.idleLockLabel = QLabel(self.officeBox)
        self.idleLockLabel.setObjectName(u"idleLockLabel")

        self.officeForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.idleLockLabel)

        self.idleLockValue = QLabel(self.officeBox)
        self.idleLockValue.setObjectName(u"idleLockValue")
        self.idleLockValue.setText(u"")
        self.idleLockValue.setWordWrap(True)
        self.idleLockValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.officeForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.idleLockValue)


        self.topLayout.addWidget(self.officeBox)

        self.accountBox = QGroupBox(self.scrollContents)
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
        self.userValue.setWordWrap(True)
        self.userValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.accountForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userValue)

        self.roleLabel = QLabel(self.accountBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleValue = QLabel(self.accountBox)
        self.roleValue.setObjectName(u"roleValue")
        self.roleValue.setText(u"")
        self.roleValue.setWordWrap(True)
        self.roleValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.accountForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleValue)


        self.accountLayout.addLayout(self.accountForm)

        self.changePasswordButton = QPushButton(self.accountBox)
        self.changePasswordButton.setObjectName(u"changePasswordButton")

        self.accountLayout.addWidget(self.changePasswordButton)

        self.accountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.accountLayout.addItem(self.accountSpacer)


        self.topLayout.addWidget(self.accountBox)


        self.contentsLayout.addLayout(self.topLayout)

        self.schemesBox = QGroupBox(self.scrollContents)
        self.schemesBox.setObjectName(u"schemesBox")
        self.schemesLayout = QVBoxLayout(self.schemesBox)
        self.schemesLayout.setObjectName(u"schemesLayout")
        self.schemesTable = QTableView(self.schemesBox)
        self.schemesTable.setObjectName(u"schemesTable")
        self.schemesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.schemesTable.setAlternatingRowColors(True)
        self.schemesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.schemesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.schemesTable.setSortingEnabled(False)
        self.schemesTable.setWordWrap(False)
        self.schemesTable.setMinimumSize(QSize(0, 120))
        self.schemesTable.horizontalHeader().setHighlightSections(False)
        self.schemesTable.verticalHeader().setVisible(False)

        self.schemesLayout.addWidget(self.schemesTable)


        self.contentsLayout.addWidget(self.schemesBox)

        self.usersBox = QGroupBox(self.scrollContents)
        self.usersBox.setObjectName(u"usersBox")
        self.usersLayout = QVBoxLayout(self.usersBox)
        self.usersLayout.setObjectName(u"usersLayout")
        self.usersTable = QTableView(self.usersBox)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setAlternatingRowColors(True)
        self.usersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersTable.setSortingEnabled(False)
        self.usersTable.setWordWrap(False)
        self.usersTable.setMinimumSize(QSize(0, 120))
        self.usersTable.horizontalHeader().setHighlightSections(False)
        self.usersTable.verticalHeader().setVisible(False)

        self.usersLayout.addWidget(self.usersTable)


        self.contentsLayout.addWidget(self.usersBox)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)

        QWidget.setTabOrder(self.changePasswordButton, self.schemesTable)
        QWidget.setTabOrder(self.schemesTable, self.usersTable)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.titleLabel.setText(QCoreApplication.translate("SettingsPage", u"Pengaturan", None))
        self.infoLabel.setText(QCoreApplication.translate("SettingsPage", u"Pengaturan kantor ditampilkan di sini untuk diperiksa; layar untuk mengubahnya (kop surat, penanda tangan, skema, pengguna) menyusul pada versi berikutnya.", None))
        self.officeBox.setTitle(QCoreApplication.translate("SettingsPage", u"Kantor", None))
        self.governmentLabel.setText(QCoreApplication.translate("SettingsPage", u"Pemerintah:", None))
        self.officeLabel.setText(QCoreApplication.translate("SettingsPage", u"Dinas:", None))
        self.addressLabel.setText(QCoreApplication.translate("SettingsPage", u"Alamat:", None))
        self.contactLabel.setText(QCoreApplication.translate("SettingsPage", u"Telepon / surel:", None))
        self.regionLabel.setText(QCoreApplication.translate("SettingsPage", u"Wilayah kerja:", None))
        self.numberingLabel.setText(QCoreApplication.translate("SettingsPage", u"Pola nomor surat:", None))
        self.idleLockLabel.setText(QCoreApplication.translate("SettingsPage", u"Kunci otomatis:", None))
        self.accountBox.setTitle(QCoreApplication.translate("SettingsPage", u"Akun Anda", None))
        self.userLabel.setText(QCoreApplication.translate("SettingsPage", u"Pengguna:", None))
        self.roleLabel.setText(QCoreApplication.translate("SettingsPage", u"Peran:", None))
        self.changePasswordButton.setText(QCoreApplication.translate("SettingsPage", u"&Ganti Kata Sandi\u2026", None))
        self.schemesBox.setTitle(QCoreApplication.translate("SettingsPage", u"Skema", None))
        self.usersBox.setTitle(QCoreApplication.translate("SettingsPage", u"Pengguna", None))
        pass
    # retranslateUi

