# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_PeoplePage(object):
    def setupUi(self, PeoplePage):
        if not PeoplePage.objectName():
            PeoplePage.setObjectName(u"PeoplePage")
        PeoplePage.resize(1100, 640)
        self.pageLayout = QVBoxLayout(PeoplePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 8)
        self.titleLabel = QLabel(PeoplePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.pageLayout.addWidget(self.titleLabel)

        self.infoLabel = QLabel(PeoplePage)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.infoLabel)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(PeoplePage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(PeoplePage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(360, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.searchSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.searchLayout.addItem(self.searchSpacer)


        self.pageLayout.addLayout(self.searchLayout)

        self.verdictLabel = QLabel(PeoplePage)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setText(u"")
        self.verdictLabel.setWordWrap(True)
        self.verdictLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.pageLayout.addWidget(self.verdictLabel)

        self.membersLabel = QLabel(PeoplePage)
        self.membersLabel.setObjectName(u"membersLabel")

        self.pageLayout.addWidget(self.membersLabel)

        self.membersTable = QTableView(PeoplePage)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membersTable.setAlternatingRowColors(True)
        self.membersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membersTable.setSortingEnabled(True)
        self.membersTable.setWordWrap(False)
        self.membersTable.horizontalHeader().setHighlightSections(False)
        self.membersTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.membersTable)

        self.fundedLabel = QLabel(PeoplePage)
        self.fundedLabel.setObjectName(u"fundedLabel")

        self.pageLayout.addWidget(self.fundedLabel)

        self.fundedTable = QTableView(PeoplePage)
        self.fundedTable.setObjectName(u"fundedTable")
        self.fundedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fundedTable.setAlternatingRowColors(True)
        self.fundedTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fundedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fundedTable.setSortingEnabled(True)
        self.fundedTable.setWordWrap(False)
        self.fundedTable.horizontalHeader().setHighlightSections(False)
        self.fundedTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.fundedTable)

        self.nikNoteLabel = QLabel(PeoplePage)
        self.nikNoteLabel.setObjectName(u"nikNoteLabel")
        self.nikNoteLabel.setText(u"")
        self.nikNoteLabel.setWordWrap(True)
        self.nikNoteLabel.setStyleSheet(u"color: #5f6368;")

        self.pageLayout.addWidget(self.nikNoteLabel)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.membersTable)
        QWidget.setTabOrder(self.membersTable, self.fundedTable)

        self.retranslateUi(PeoplePage)

        QMetaObject.connectSlotsByName(PeoplePage)
    # setupUi

    def retranslateUi(self, PeoplePage):
        self.titleLabel.setText(QCoreApplication.translate("PeoplePage", u"Cari Anggota", None))
        self.infoLabel.setText(QCoreApplication.translate("PeoplePage", u"Ketik NIK (16 digit, atau paling sedikit 6 digit awalnya) atau sebagian nama (paling sedikit 3 huruf). Pencarian mencakup semua kelompok dan semua skema, serta daftar penerima bantuan tahun-tahun sebelumnya.", None))
        self.searchLabel.setText(QCoreApplication.translate("PeoplePage", u"&NIK atau nama:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PeoplePage", u"Contoh: 3275014101990001 atau Siti Aminah", None))
        self.membersLabel.setText(QCoreApplication.translate("PeoplePage", u"Anggota kelompok:", None))
        self.fundedLabel.setText(QCoreApplication.translate("PeoplePage", u"Penerima bantuan sebelumnya:", None))
        pass
    # retranslateUi

