# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'group_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
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
    QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QSizePolicy, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_GroupDialog(object):
    def setupUi(self, GroupDialog):
        if not GroupDialog.objectName():
            GroupDialog.setObjectName(u"GroupDialog")
        GroupDialog.resize(980, 620)
        self.dialogLayout = QVBoxLayout(GroupDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.nameLabel = QLabel(GroupDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"")
        self.nameLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.dialogLayout.addWidget(self.nameLabel)

        self.detailForm = QFormLayout()
        self.detailForm.setObjectName(u"detailForm")
        self.schemeLabel = QLabel(GroupDialog)
        self.schemeLabel.setObjectName(u"schemeLabel")

        self.detailForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schemeLabel)

        self.schemeValue = QLabel(GroupDialog)
        self.schemeValue.setObjectName(u"schemeValue")
        self.schemeValue.setText(u"")
        self.schemeValue.setWordWrap(True)
        self.schemeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.schemeValue)

        self.statusLabel = QLabel(GroupDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.detailForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusValue = QLabel(GroupDialog)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"")
        self.statusValue.setWordWrap(True)
        self.statusValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.businessLabel = QLabel(GroupDialog)
        self.businessLabel.setObjectName(u"businessLabel")

        self.detailForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.businessLabel)

        self.businessValue = QLabel(GroupDialog)
        self.businessValue.setObjectName(u"businessValue")
        self.businessValue.setText(u"")
        self.businessValue.setWordWrap(True)
        self.businessValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.businessValue)

        self.addressLabel = QLabel(GroupDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.detailForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressValue = QLabel(GroupDialog)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setText(u"")
        self.addressValue.setWordWrap(True)
        self.addressValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.kelurahanLabel = QLabel(GroupDialog)
        self.kelurahanLabel.setObjectName(u"kelurahanLabel")

        self.detailForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kelurahanLabel)

        self.kelurahanValue = QLabel(GroupDialog)
        self.kelurahanValue.setObjectName(u"kelurahanValue")
        self.kelurahanValue.setText(u"")
        self.kelurahanValue.setWordWrap(True)
        self.kelurahanValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kelurahanValue)

        self.kecamatanLabel = QLabel(GroupDialog)
        self.kecamatanLabel.setObjectName(u"kecamatanLabel")

        self.detailForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.kecamatanLabel)

        self.kecamatanValue = QLabel(GroupDialog)
        self.kecamatanValue.setObjectName(u"kecamatanValue")
        self.kecamatanValue.setText(u"")
        self.kecamatanValue.setWordWrap(True)
        self.kecamatanValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kecamatanValue)

        self.bankLabel = QLabel(GroupDialog)
        self.bankLabel.setObjectName(u"bankLabel")

        self.detailForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.bankLabel)

        self.bankValue = QLabel(GroupDialog)
        self.bankValue.setObjectName(u"bankValue")
        self.bankValue.setText(u"")
        self.bankValue.setWordWrap(True)
        self.bankValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.bankValue)


        self.dialogLayout.addLayout(self.detailForm)

        self.tabs = QTabWidget(GroupDialog)
        self.tabs.setObjectName(u"tabs")
        self.membersTab = QWidget()
        self.membersTab.setObjectName(u"membersTab")
        self.membersTabLayout = QVBoxLayout(self.membersTab)
        self.membersTabLayout.setObjectName(u"membersTabLayout")
        self.membersTable = QTableView(self.membersTab)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membersTable.setAlternatingRowColors(True)
        self.membersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membersTable.setSortingEnabled(True)
        self.membersTable.setWordWrap(False)
        self.membersTable.horizontalHeader().setHighlightSections(False)
        self.membersTable.verticalHeader().setVisible(False)

        self.membersTabLayout.addWidget(self.membersTable)

        self.tabs.addTab(self.membersTab, "")
        self.findingsTab = QWidget()
        self.findingsTab.setObjectName(u"findingsTab")
        self.findingsTabLayout = QVBoxLayout(self.findingsTab)
        self.findingsTabLayout.setObjectName(u"findingsTabLayout")
        self.findingsTable = QTableView(self.findingsTab)
        self.findingsTable.setObjectName(u"findingsTable")
        self.findingsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findingsTable.setAlternatingRowColors(True)
        self.findingsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findingsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findingsTable.setSortingEnabled(True)
        self.findingsTable.setWordWrap(False)
        self.findingsTable.horizontalHeader().setHighlightSections(False)
        self.findingsTable.verticalHeader().setVisible(False)

        self.findingsTabLayout.addWidget(self.findingsTable)

        self.tabs.addTab(self.findingsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.nikNoteLabel = QLabel(GroupDialog)
        self.nikNoteLabel.setObjectName(u"nikNoteLabel")
        self.nikNoteLabel.setText(u"")
        self.nikNoteLabel.setWordWrap(True)
        self.nikNoteLabel.setStyleSheet(u"color: #5f6368;")

        self.dialogLayout.addWidget(self.nikNoteLabel)

        self.editorNoteLabel = QLabel(GroupDialog)
        self.editorNoteLabel.setObjectName(u"editorNoteLabel")
        self.editorNoteLabel.setWordWrap(True)
        self.editorNoteLabel.setStyleSheet(u"color: #5f6368;")

        self.dialogLayout.addWidget(self.editorNoteLabel)

        self.buttonBox = QDialogButtonBox(GroupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.tabs, self.membersTable)
        QWidget.setTabOrder(self.membersTable, self.findingsTable)

        self.retranslateUi(GroupDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(GroupDialog)
    # setupUi

    def retranslateUi(self, GroupDialog):
        GroupDialog.setWindowTitle(QCoreApplication.translate("GroupDialog", u"Kelompok", None))
        self.schemeLabel.setText(QCoreApplication.translate("GroupDialog", u"Skema:", None))
        self.statusLabel.setText(QCoreApplication.translate("GroupDialog", u"Status:", None))
        self.businessLabel.setText(QCoreApplication.translate("GroupDialog", u"Jenis usaha:", None))
        self.addressLabel.setText(QCoreApplication.translate("GroupDialog", u"Alamat:", None))
        self.kelurahanLabel.setText(QCoreApplication.translate("GroupDialog", u"Desa/Kelurahan:", None))
        self.kecamatanLabel.setText(QCoreApplication.translate("GroupDialog", u"Kecamatan:", None))
        self.bankLabel.setText(QCoreApplication.translate("GroupDialog", u"Bank:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.membersTab), QCoreApplication.translate("GroupDialog", u"Anggota", None))
        self.tabs.setTabText(self.tabs.indexOf(self.findingsTab), QCoreApplication.translate("GroupDialog", u"Temuan", None))
        self.editorNoteLabel.setText(QCoreApplication.translate("GroupDialog", u"Penyunting kelompok (ubah data, anggota, RAB, dokumen) akan tersedia pada versi berikutnya; jendela ini hanya untuk melihat.", None))
    # retranslateUi

