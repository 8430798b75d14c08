# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'group_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_GroupEditor(object):
    def setupUi(self, GroupEditor):
        if not GroupEditor.objectName():
            GroupEditor.setObjectName(u"GroupEditor")
        GroupEditor.resize(1280, 700)
        self.editorLayout = QVBoxLayout(GroupEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.nameLabel = QLabel(GroupEditor)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.nameLabel.setText(u"")

        self.headerLayout.addWidget(self.nameLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.statusValue = QLabel(GroupEditor)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"")

        self.headerLayout.addWidget(self.statusValue)


        self.editorLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(GroupEditor)
        self.tabs.setObjectName(u"tabs")
        self.identityTab = QWidget()
        self.identityTab.setObjectName(u"identityTab")
        self.identityTabLayout = QVBoxLayout(self.identityTab)
        self.identityTabLayout.setObjectName(u"identityTabLayout")
        self.tabs.addTab(self.identityTab, "")
        self.membersTab = QWidget()
        self.membersTab.setObjectName(u"membersTab")
        self.membersTabLayout = QVBoxLayout(self.membersTab)
        self.membersTabLayout.setObjectName(u"membersTabLayout")
        self.tabs.addTab(self.membersTab, "")
        self.budgetTab = QWidget()
        self.budgetTab.setObjectName(u"budgetTab")
        self.budgetTabLayout = QVBoxLayout(self.budgetTab)
        self.budgetTabLayout.setObjectName(u"budgetTabLayout")
        self.tabs.addTab(self.budgetTab, "")
        self.documentsTab = QWidget()
        self.documentsTab.setObjectName(u"documentsTab")
        self.documentsTabLayout = QVBoxLayout(self.documentsTab)
        self.documentsTabLayout.setObjectName(u"documentsTabLayout")
        self.tabs.addTab(self.documentsTab, "")
        self.vettingTab = QWidget()
        self.vettingTab.setObjectName(u"vettingTab")
        self.vettingTabLayout = QVBoxLayout(self.vettingTab)
        self.vettingTabLayout.setObjectName(u"vettingTabLayout")
        self.tabs.addTab(self.vettingTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyTabLayout = QVBoxLayout(self.historyTab)
        self.historyTabLayout.setObjectName(u"historyTabLayout")
        self.tabs.addTab(self.historyTab, "")

        self.editorLayout.addWidget(self.tabs)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.changedLabel = QLabel(GroupEditor)
        self.changedLabel.setObjectName(u"changedLabel")
        self.changedLabel.setText(u"")

        self.buttonLayout.addWidget(self.changedLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.reloadButton = QPushButton(GroupEditor)
        self.reloadButton.setObjectName(u"reloadButton")
        self.reloadButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.reloadButton)

        self.saveButton = QPushButton(GroupEditor)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(GroupEditor)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.editorLayout.addLayout(self.buttonLayout)


        self.retranslateUi(GroupEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(GroupEditor)
    # setupUi

    def retranslateUi(self, GroupEditor):
        GroupEditor.setWindowTitle(QCoreApplication.translate("GroupEditor", u"Kelompok", None))
        self.tabs.setTabText(self.tabs.indexOf(self.identityTab), QCoreApplication.translate("GroupEditor", u"Identitas", None))
        self.tabs.setTabText(self.tabs.indexOf(self.membersTab), QCoreApplication.translate("GroupEditor", u"Anggota", None))
        self.tabs.setTabText(self.tabs.indexOf(self.budgetTab), QCoreApplication.translate("GroupEditor", u"RAB", None))
        self.tabs.setTabText(self.tabs.indexOf(self.documentsTab), QCoreApplication.translate("GroupEditor", u"Dokumen", u"tab"))
        self.tabs.setTabText(self.tabs.indexOf(self.vettingTab), QCoreApplication.translate("GroupEditor", u"Pemeriksaan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("GroupEditor", u"Riwayat", None))
        self.reloadButton.setText(QCoreApplication.translate("GroupEditor", u"&Muat Ulang", None))
        self.saveButton.setText(QCoreApplication.translate("GroupEditor", u"&Simpan", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("GroupEditor", u"Simpan perubahan dan periksa ulang kelompok (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("GroupEditor", u"&Tutup", None))
    # retranslateUi

