# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_result_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_ImportResultDialog(object):
    def setupUi(self, ImportResultDialog):
        if not ImportResultDialog.objectName():
            ImportResultDialog.setObjectName(u"ImportResultDialog")
        ImportResultDialog.resize(900, 520)
        self.dialogLayout = QVBoxLayout(ImportResultDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summaryLabel = QLabel(ImportResultDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.dialogLayout.addWidget(self.summaryLabel)

        self.detailLabel = QLabel(ImportResultDialog)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setText(u"")
        self.detailLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.detailLabel)

        self.problemsTable = QTableView(ImportResultDialog)
        self.problemsTable.setObjectName(u"problemsTable")
        self.problemsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsTable.setAlternatingRowColors(True)
        self.problemsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsTable.setSortingEnabled(True)
        self.problemsTable.setWordWrap(False)
        self.problemsTable.horizontalHeader().setHighlightSections(False)
        self.problemsTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.problemsTable)

        self.buttonBox = QDialogButtonBox(ImportResultDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(ImportResultDialog)

        QMetaObject.connectSlotsByName(ImportResultDialog)
    # setupUi

    def retranslateUi(self, ImportResultDialog):
        ImportResultDialog.setWindowTitle(QCoreApplication.translate("ImportResultDialog", u"Hasil Impor", None))
    # retranslateUi

