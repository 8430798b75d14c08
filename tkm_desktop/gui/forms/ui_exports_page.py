# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exports_page.ui'
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
    QLabel, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_ExportsPage(object):
    def setupUi(self, ExportsPage):
        if not ExportsPage.objectName():
            ExportsPage.setObjectName(u"ExportsPage")
        ExportsPage.resize(1100, 640)
        self.pageLayout = QVBoxLayout(ExportsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ExportsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.headerLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(ExportsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.pageLayout.addLayout(self.headerLayout)

        self.infoLabel = QLabel(ExportsPage)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.infoLabel)

        self.stack = QStackedWidget(ExportsPage)
        self.stack.setObjectName(u"stack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tablePageLayout = QVBoxLayout(self.tablePage)
        self.tablePageLayout.setObjectName(u"tablePageLayout")
        self.tablePageLayout.setContentsMargins(0, 0, 0, 0)
        self.exportsTable = QTableView(self.tablePage)
        self.exportsTable.setObjectName(u"exportsTable")
        self.exportsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exportsTable.setAlternatingRowColors(True)
        self.exportsTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.exportsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.exportsTable.setSortingEnabled(True)
        self.exportsTable.setWordWrap(False)
        self.exportsTable.horizontalHeader().setHighlightSections(False)
        self.exportsTable.verticalHeader().setVisible(False)

        self.tablePageLayout.addWidget(self.exportsTable)

        self.stack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyPageLayout = QVBoxLayout(self.emptyPage)
        self.emptyPageLayout.setObjectName(u"emptyPageLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyPageLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)

        self.pageLayout.addWidget(self.stack)


        self.retranslateUi(ExportsPage)

        self.stack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ExportsPage)
    # setupUi

    def retranslateUi(self, ExportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ExportsPage", u"Ekspor ke Kemnaker", None))
        self.infoLabel.setText(QCoreApplication.translate("ExportsPage", u"Riwayat berkas usulan yang diekspor dalam format Kemnaker, dengan sidik SHA-256 untuk memeriksa keasliannya.", None))
        self.emptyLabel.setText(QCoreApplication.translate("ExportsPage", u"Belum ada ekspor.\n"
"\n"
"Kelompok berstatus Direkomendasikan diekspor ke berkas Excel format Kemnaker; setiap ekspor tercatat di sini.", None))
        pass
    # retranslateUi

