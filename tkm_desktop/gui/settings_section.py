"""What every *Pengaturan* section shares: a heading, read-only by permission, form dialogs.

Dialogs and questions go through the module functions ``edit_in_dialog`` and
``ask_yes_no``, which tests replace (call them as ``settings_section.edit_in_dialog``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tkm_desktop.domain.status import role_label
from tkm_desktop.gui.registers import setup_register_table
from tkm_desktop.gui.row_table_model import ROW_ROLE, RowTableModel
from tkm_desktop.gui.settings_forms import problem_label, show_reasons
from tkm_desktop.services import permissions
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.store.db import Database

translate = QCoreApplication.translate


class FormDialog(QDialog):
    """A settings form with Simpan/Batal; Simpan runs ``save`` and stays open on a refusal."""

    def __init__(
        self, parent: QWidget | None, title: str, form: QWidget, save: Callable[[], None]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form.setMinimumWidth(max(form.minimumWidth(), 480))
        self.form = form
        self._save = save
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        buttons = QDialogButtonBox(self)
        buttons.addButton(
            translate("SettingsSection", "Simpan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(
            translate("SettingsSection", "Batal"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_save(self) -> bool:
        """Save; on a refusal show the reasons on the form and keep the dialog open."""
        try:
            self._save()
        except InputRefused as refused:
            self.form.show_problems(refused.reasons)  # type: ignore[attr-defined]
            return False
        self.accept()
        return True


def edit_in_dialog(parent: QWidget, title: str, form: QWidget, save: Callable[[], None]) -> bool:
    """Show ``form`` in a dialog until it is saved (True) or cancelled (False)."""
    dialog = FormDialog(parent, title, form, save)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class Section(QWidget):
    """A heading, a line saying why it is read-only (when it is), the body, a problems line.

    Only ``body`` scrolls: the heading, the problems and status lines and the ``footer``
    buttons (Simpan …) stay in view on a 1366×768 screen whatever the body's height.
    """

    action = permissions.MANAGE_SETTINGS  # what an actor must be allowed to edit here

    def __init__(
        self,
        db: Database,
        actor: Actor,
        title: str,
        lang: str = "id",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._lang = lang
        self.editable = permissions.can(actor, self.action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title, self)
        heading.setStyleSheet("font-size: 11pt; font-weight: bold;")
        layout.addWidget(heading)
        self.readOnlyLabel = QLabel(self.why_read_only(), self)
        self.readOnlyLabel.setObjectName("readOnlyLabel")
        self.readOnlyLabel.setWordWrap(True)
        self.readOnlyLabel.setStyleSheet(
            "background: #fff4ce; border: 1px solid #e0c36c; padding: 4px;"
        )
        self.readOnlyLabel.setVisible(not self.editable)
        layout.addWidget(self.readOnlyLabel)
        body = QWidget(self)
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.problemsLabel = problem_label(self)
        layout.addWidget(self.problemsLabel)
        self.statusLabel = QLabel(self)
        self.statusLabel.setObjectName("statusLabel")
        self.statusLabel.setStyleSheet("color: #1b5e20;")
        layout.addWidget(self.statusLabel)
        self.footer = QHBoxLayout()
        self.footer.addStretch(1)
        layout.addLayout(self.footer)

    def why_read_only(self) -> str:
        role = role_label(self._actor.role, self._lang) if self._actor.role else "—"
        if self.action == permissions.MANAGE_USERS:
            text = translate(
                "SettingsSection",
                "Hanya administrator yang dapat mengelola pengguna; peran Anda: {role}.",
            )
        else:
            text = translate(
                "SettingsSection",
                "Hanya dapat dilihat: hanya administrator yang dapat mengubah pengaturan "
                "kantor; peran Anda: {role}.",
            )
        return text.format(role=role)

    def lock(self, widgets: Iterable[QWidget]) -> None:
        """Disable editing widgets for an actor without the permission, saying why."""
        if self.editable:
            return
        for widget in widgets:
            widget.setEnabled(False)
            widget.setToolTip(self.why_read_only())

    def show_problems(self, reasons: list[str] | tuple[str, ...]) -> None:
        show_reasons(self.problemsLabel, reasons)
        if reasons:
            self.statusLabel.clear()

    def problems(self) -> str:
        return self.problemsLabel.text() if self.problemsLabel.isVisibleTo(self) else ""

    def done(self, text: str) -> None:
        self.show_problems([])
        self.statusLabel.setText(text)

    def attempt(self, work: Callable[[], object], done_text: str) -> bool:
        """Run a service call; show its refusal or ``done_text``, then reload."""
        try:
            work()
        except InputRefused as refused:
            self.show_problems(refused.reasons)
            return False
        self.reload()
        self.done(done_text)
        return True

    # Every section defines it (a Qt class can't also be an ABC): read its data again.
    reload: Callable[[], None]


class ListSection(Section):
    """A section around one table; each row is found again by its ``key`` attribute."""

    key = "id"

    def add_table(self, model: RowTableModel, widths: dict[int, int]) -> QTableView:
        """The rows' table, opened by a double click with ``edit``."""
        table = list_table(self)
        setup_register_table(table, model, widths)
        table.doubleClicked.connect(self.edit)
        self.body.addWidget(table, 1)
        return table

    def add_buttons(self, *buttons: tuple[str, Callable[[], object]]) -> list[QPushButton]:
        """A row of ``(label, slot)`` buttons under the table, locked without permission."""
        row, made = button_row(self, *(label for label, _ in buttons))
        for button, (_, slot) in zip(made, buttons, strict=True):
            button.clicked.connect(slot)
        self.body.addLayout(row)
        self.lock(made)
        return made

    # Every list section defines it: open the current row in its dialog.
    edit: Callable[[], None]

    def show_rows(self, rows: list[Any]) -> None:
        """Replace the rows, keeping the selected one selected."""
        set_rows_keeping_selection(self.table, self.model, rows, self.key)

    def current(self) -> Any:
        return selected_row(self.table)

    def select(self, key: object) -> None:
        select_where(self.table, lambda r: getattr(r, self.key, None) == key)

    def add_through_dialog(
        self,
        title: str,
        form: QWidget,
        create: Callable[[], object],
        message: str | Callable[[Any], str],
    ) -> None:
        """Open ``form``; once ``create`` stored it (returning its key), reload, say
        ``message`` (a text, or a text made from the key) and select the new row."""
        created: list[object] = []

        def save() -> None:
            created.append(create())

        if edit_in_dialog(self, title, form, save):
            self.reload()
            self.done(message(created[-1]) if callable(message) else message)
            self.select(created[-1])

    def edit_through_dialog(
        self, title: str, form: QWidget, save: Callable[[], None], message: str, key: object
    ) -> None:
        """Open ``form``; once saved, reload, say ``message`` and select the row ``key``."""
        if edit_in_dialog(self, title, form, save):
            self.reload()
            self.done(message)
            self.select(key)


def button_row(parent: QWidget, *labels: str) -> tuple[QHBoxLayout, list[QPushButton]]:
    """A row of buttons, left-aligned."""
    row = QHBoxLayout()
    buttons = [QPushButton(label, parent) for label in labels]
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row, buttons


def list_table(parent: QWidget) -> QTableView:
    """A read-only table that selects one whole row."""
    table = QTableView(parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    return table


def selected_row(table: QTableView) -> object | None:
    """The row object behind the table's current selection, or None."""
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return rows[0].data(ROW_ROLE) if rows else None


def set_rows_keeping_selection(table: QTableView, model: Any, rows: list[Any], key: str) -> None:
    """Replace the table's rows; the row with the same ``key`` stays selected."""
    before = selected_row(table)
    model.set_rows(rows)
    if before is not None:
        wanted = getattr(before, key)
        select_where(table, lambda r: getattr(r, key, None) == wanted)


def select_where(table: QTableView, match: Callable[[object], bool]) -> None:
    model = table.model()
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        if match(index.data(ROW_ROLE)):
            table.selectRow(r)
            table.scrollTo(index)
            return


def buddy(parent: QWidget, text: str, widget: QWidget) -> QLabel:
    """A form label whose &-key jumps to ``widget`` (for rows that hold a layout)."""
    label = QLabel(text, parent)
    label.setBuddy(widget)
    return label


def centre_note(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label
