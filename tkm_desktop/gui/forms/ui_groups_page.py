# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'groups_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_GroupsPage(object):
    def setupUi(self, GroupsPage):
        if not GroupsPage.objectName():
            GroupsPage.setObjectName(u"GroupsPage")
        GroupsPage.resize(1100, 640)
        self.pageLayout = QVBoxLayout(GroupsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(GroupsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.headerLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(GroupsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.searchLabel = QLabel(GroupsPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.headerLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(GroupsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(360, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.headerLayout.addWidget(self.searchEdit)


        self.pageLayout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.schemeLabel = QLabel(GroupsPage)
        self.schemeLabel.setObjectName(u"schemeLabel")

        self.filterLayout.addWidget(self.schemeLabel)

        self.schemeCombo = QComboBox(GroupsPage)
        self.schemeCombo.setObjectName(u"schemeCombo")
        self.schemeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.schemeCombo.setMinimumContentsLength(12)

        self.filterLayout.addWidget(self.schemeCombo)

        self.statusLabel = QLabel(GroupsPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(GroupsPage)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusCombo.setMinimumContentsLength(12)

        self.filterLayout.addWidget(self.statusCombo)

        self.kecamatanLabel = QLabel(GroupsPage)
        self.kecamatanLabel.setObjectName(u"kecamatanLabel")

        self.filterLayout.addWidget(self.kecamatanLabel)

        self.kecamatanCombo = QComboBox(GroupsPage)
        self.kecamatanCombo.setObjectName(u"kecamatanCombo")
        self.kecamatanCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kecamatanCombo.setMinimumContentsLength(12)

        self.filterLayout.addWidget(self.kecamatanCombo)

        self.attentionLabel = QLabel(GroupsPage)
        self.attentionLabel.setObjectName(u"attentionLabel")

        self.filterLayout.addWidget(self.attentionLabel)

        self.attentionCombo = QComboBox(GroupsPage)
        self.attentionCombo.setObjectName(u"attentionCombo")
        self.attentionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.attentionCombo.setMinimumContentsLength(12)

        self.filterLayout.addWidget(self.attentionCombo)

        self.filterSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.clearButton = QPushButton(GroupsPage)
        self.clearButton.setObjectName(u"clearButton")

        self.filterLayout.addWidget(self.clearButton)

        self.printButton = QToolButton(GroupsPage)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.printButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.filterLayout.addWidget(self.printButton)


        self.pageLayout.addLayout(self.filterLayout)

        self.groupStack = QStackedWidget(GroupsPage)
        self.groupStack.setObjectName(u"groupStack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tablePageLayout = QVBoxLayout(self.tablePage)
        self.tablePageLayout.setObjectName(u"tablePageLayout")
        self.tablePageLayout.setContentsMargins(0, 0, 0, 0)
        self.groupTable = QTableView(self.tablePage)
        self.groupTable.setObjectName(u"groupTable")
        self.groupTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groupTable.setAlternatingRowColors(True)
        self.groupTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.groupTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groupTable.setSortingEnabled(True)
        self.groupTable.setWordWrap(False)
        self.groupTable.horizontalHeader().setHighlightSections(False)
        self.groupTable.verticalHeader().setVisible(False)

        self.tablePageLayout.addWidget(self.groupTable)

        self.groupStack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyPageLayout = QVBoxLayout(self.emptyPage)
        self.emptyPageLayout.setObjectName(u"emptyPageLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyPageLayout.addWidget(self.emptyLabel)

        self.groupStack.addWidget(self.emptyPage)

        self.pageLayout.addWidget(self.groupStack)

        self.hintLabel = QLabel(GroupsPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #5f6368;")

        self.pageLayout.addWidget(self.hintLabel)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.schemeLabel.setBuddy(self.schemeCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.kecamatanLabel.setBuddy(self.kecamatanCombo)
        self.attentionLabel.setBuddy(self.attentionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.schemeCombo)
        QWidget.setTabOrder(self.schemeCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.kecamatanCombo)
        QWidget.setTabOrder(self.kecamatanCombo, self.attentionCombo)
        QWidget.setTabOrder(self.attentionCombo, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.groupTable)

        self.retranslateUi(GroupsPage)

        self.groupStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(GroupsPage)
    # setupUi

    def retranslateUi(self, GroupsPage):
        self.titleLabel.setText(QCoreApplication.translate("GroupsPage", u"Daftar Kelompok", None))
        self.searchLabel.setText(QCoreApplication.translate("GroupsPage", u"&Cari:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("GroupsPage", u"Nama kelompok, kelurahan, ketua, atau NIK", None))
        self.schemeLabel.setText(QCoreApplication.translate("GroupsPage", u"S&kema:", None))
        self.statusLabel.setText(QCoreApplication.translate("GroupsPage", u"S&tatus:", None))
        self.kecamatanLabel.setText(QCoreApplication.translate("GroupsPage", u"Kec&amatan:", None))
        self.attentionLabel.setText(QCoreApplication.translate("GroupsPage", u"&Perhatian:", None))
        self.clearButton.setText(QCoreApplication.translate("GroupsPage", u"&Hapus Saringan", None))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("GroupsPage", u"Kosongkan pencarian dan semua saringan", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("GroupsPage", u"C&etak", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("GroupsPage", u"Cetak dokumen kelompok yang dipilih, atau rekap daftar ini (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("GroupsPage", u"Belum ada kelompok usulan.\n"
"\n"
"Kelompok akan tampil di sini setelah usulan dari desa/kelurahan diimpor (Berkas \u2192 Impor Usulan, Ctrl+I).", None))
        self.hintLabel.setText(QCoreApplication.translate("GroupsPage", u"Tekan Enter atau klik dua kali untuk membuka kelompok. Klik kanan kelompok untuk mencetak (Ctrl+P). Klik judul kolom untuk mengurutkan; klik kanan judul untuk memilih kolom.", None))
        pass
    # retranslateUi

