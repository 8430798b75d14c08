# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letters_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_LettersPage(object):
    def setupUi(self, LettersPage):
        if not LettersPage.objectName():
            LettersPage.setObjectName(u"LettersPage")
        LettersPage.resize(1100, 640)
        self.pageLayout = QVBoxLayout(LettersPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(LettersPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.headerLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(LettersPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.pageLayout.addLayout(self.headerLayout)

        self.infoLabel = QLabel(LettersPage)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.infoLabel)

        self.stack = QStackedWidget(LettersPage)
        self.stack.setObjectName(u"stack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tablePageLayout = QVBoxLayout(self.tablePage)
        self.tablePageLayout.setObjectName(u"tablePageLayout")
        self.tablePageLayout.setContentsMargins(0, 0, 0, 0)
        self.lettersTable = QTableView(self.tablePage)
        self.lettersTable.setObjectName(u"lettersTable")
        self.lettersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lettersTable.setAlternatingRowColors(True)
        self.lettersTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.lettersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lettersTable.setSortingEnabled(True)
        self.lettersTable.setWordWrap(False)
        self.lettersTable.horizontalHeader().setHighlightSections(False)
        self.lettersTable.verticalHeader().setVisible(False)

        self.tablePageLayout.addWidget(self.lettersTable)

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


        self.retranslateUi(LettersPage)

        self.stack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(LettersPage)
    # setupUi

    def retranslateUi(self, LettersPage):
        self.titleLabel.setText(QCoreApplication.translate("LettersPage", u"Surat Keluar", None))
        self.infoLabel.setText(QCoreApplication.translate("LettersPage", u"Agenda surat keluar: setiap surat rekomendasi yang diterbitkan atau dicabut, dengan nomor dari register kantor.", None))
        self.emptyLabel.setText(QCoreApplication.translate("LettersPage", u"Belum ada surat yang diterbitkan.\n"
"\n"
"Surat rekomendasi diterbitkan untuk kelompok berstatus Direkomendasikan.", None))
        pass
    # retranslateUi

