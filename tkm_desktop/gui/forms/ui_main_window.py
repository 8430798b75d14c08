# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QSpacerItem, QStackedWidget,
    QStatusBar, QTableView, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 720)
        MainWindow.setMinimumSize(QSize(800, 500))
        MainWindow.setWindowTitle(u"TKM Desktop")
        self.actionReload = QAction(MainWindow)
        self.actionReload.setObjectName(u"actionReload")
#if QT_CONFIG(shortcut)
        self.actionReload.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(12, 10, 12, 6)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(self.centralwidget)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(self.centralwidget)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.searchLabel = QLabel(self.centralwidget)
        self.searchLabel.setObjectName(u"searchLabel")

        self.headerLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.centralwidget)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(320, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.headerLayout.addWidget(self.searchEdit)


        self.centralLayout.addLayout(self.headerLayout)

        self.groupStack = QStackedWidget(self.centralwidget)
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

        self.centralLayout.addWidget(self.groupStack)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.groupTable)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionReload)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        self.groupStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.actionReload.setText(QCoreApplication.translate("MainWindow", u"&Muat Ulang", None))
#if QT_CONFIG(tooltip)
        self.actionReload.setToolTip(QCoreApplication.translate("MainWindow", u"Muat ulang daftar kelompok dari basis data", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Keluar", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Tentang TKM Desktop", None))
        self.titleLabel.setText(QCoreApplication.translate("MainWindow", u"Daftar Kelompok", None))
        self.searchLabel.setText(QCoreApplication.translate("MainWindow", u"&Cari:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Nama kelompok, kelurahan, atau kecamatan", None))
        self.emptyLabel.setText(QCoreApplication.translate("MainWindow", u"Belum ada kelompok usulan.\n"
"\n"
"Kelompok akan tampil di sini setelah usulan dari desa/kelurahan diimpor.", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&Berkas", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"Ban&tuan", None))
        pass
    # retranslateUi

