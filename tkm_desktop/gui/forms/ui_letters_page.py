# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letters_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
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

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(LettersPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.yearLabel = QLabel(LettersPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(LettersPage)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMinimumContentsLength(10)

        self.filterLayout.addWidget(self.yearCombo)

        self.filterSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.previewButton = QPushButton(LettersPage)
        self.previewButton.setObjectName(u"previewButton")

        self.filterLayout.addWidget(self.previewButton)

        self.reprintButton = QPushButton(LettersPage)
        self.reprintButton.setObjectName(u"reprintButton")

        self.filterLayout.addWidget(self.reprintButton)

        self.revokeButton = QPushButton(LettersPage)
        self.revokeButton.setObjectName(u"revokeButton")

        self.filterLayout.addWidget(self.revokeButton)

        self.scanButton = QPushButton(LettersPage)
        self.scanButton.setObjectName(u"scanButton")

        self.filterLayout.addWidget(self.scanButton)


        self.pageLayout.addLayout(self.filterLayout)

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
        self.lettersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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

        self.verifyBox = QGroupBox(LettersPage)
        self.verifyBox.setObjectName(u"verifyBox")
        self.verifyLayout = QVBoxLayout(self.verifyBox)
        self.verifyLayout.setObjectName(u"verifyLayout")
        self.verifyInputLayout = QHBoxLayout()
        self.verifyInputLayout.setObjectName(u"verifyInputLayout")
        self.verifyEdit = QLineEdit(self.verifyBox)
        self.verifyEdit.setObjectName(u"verifyEdit")
        self.verifyEdit.setClearButtonEnabled(True)

        self.verifyInputLayout.addWidget(self.verifyEdit)

        self.verifyButton = QPushButton(self.verifyBox)
        self.verifyButton.setObjectName(u"verifyButton")

        self.verifyInputLayout.addWidget(self.verifyButton)

        self.verifyFileButton = QPushButton(self.verifyBox)
        self.verifyFileButton.setObjectName(u"verifyFileButton")

        self.verifyInputLayout.addWidget(self.verifyFileButton)


        self.verifyLayout.addLayout(self.verifyInputLayout)

        self.verdictLabel = QLabel(self.verifyBox)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setText(u"")
        self.verdictLabel.setWordWrap(True)
        self.verdictLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verifyLayout.addWidget(self.verdictLabel)


        self.pageLayout.addWidget(self.verifyBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LettersPage)

        self.stack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(LettersPage)
    # setupUi

    def retranslateUi(self, LettersPage):
        self.titleLabel.setText(QCoreApplication.translate("LettersPage", u"Surat Keluar", None))
        self.infoLabel.setText(QCoreApplication.translate("LettersPage", u"Agenda surat keluar: setiap surat rekomendasi yang diterbitkan atau dicabut, dengan nomor dari register kantor.", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("LettersPage", u"Cari nomor surat atau nama kelompok\u2026", None))
        self.yearLabel.setText(QCoreApplication.translate("LettersPage", u"Tahun", None))
        self.previewButton.setText(QCoreApplication.translate("LettersPage", u"Lihat", None))
        self.reprintButton.setText(QCoreApplication.translate("LettersPage", u"Cetak Ulang\u2026", None))
        self.revokeButton.setText(QCoreApplication.translate("LettersPage", u"Cabut\u2026", None))
        self.scanButton.setText(QCoreApplication.translate("LettersPage", u"Lampirkan Pindaian\u2026", None))
        self.emptyLabel.setText(QCoreApplication.translate("LettersPage", u"Belum ada surat yang diterbitkan.\n"
"\n"
"Surat rekomendasi diterbitkan untuk kelompok berstatus Direkomendasikan.", None))
        self.verifyBox.setTitle(QCoreApplication.translate("LettersPage", u"Verifikasi Surat", None))
        self.verifyEdit.setPlaceholderText(QCoreApplication.translate("LettersPage", u"Ketik kode verifikasi atau pindai kode QR, lalu tekan Enter", None))
        self.verifyButton.setText(QCoreApplication.translate("LettersPage", u"Periksa", None))
        self.verifyFileButton.setText(QCoreApplication.translate("LettersPage", u"Periksa Berkas PDF\u2026", None))
        pass
    # retranslateUi

