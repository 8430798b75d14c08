"""``--smoke-test`` in-process: the same checks the frozen build runs in CI."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tkm_desktop.gui import app as gui_app
from tkm_desktop.gui import bundle_check


def test_smoke_test_passes_from_the_source_tree(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    assert gui_app.smoke_test() == 0
    out, err = capsys.readouterr()
    assert out == "smoke-test ok\n"
    assert err == ""


def test_smoke_test_ignores_command_line_options(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    # Whatever the options name, the check runs on a temporary data folder of its own.
    assert gui_app.smoke_test({"data_dir": str(tmp_path / "never")}) == 0
    assert not (tmp_path / "never").exists()
    assert capsys.readouterr().out == "smoke-test ok\n"


def test_smoke_test_fails_loudly(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing() -> None:
        raise FileNotFoundError("bundled folder missing: reports")

    monkeypatch.setattr(bundle_check, "CHECKS", (missing,))
    assert gui_app.smoke_test() == 1
    out, err = capsys.readouterr()
    assert "smoke-test ok" not in out
    assert "smoke-test failed: FileNotFoundError: bundled folder missing: reports" in err


def test_every_bundle_check_passes_in_the_source_tree(qapp: QApplication) -> None:
    gui_app.make_application("id")
    for check in bundle_check.CHECKS:
        check()


def test_smoke_test_leaves_this_pcs_settings_alone(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    # Closing its window would remember its place: not in the clerk's settings.
    from PySide6.QtCore import QSettings

    QSettings().setValue("window/geometry", b"where the clerk left it")
    QSettings().sync()
    assert gui_app.smoke_test() == 0
    capsys.readouterr()
    # The settings folder tests/gui/conftest.py gave this test, again.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    assert QSettings().value("window/geometry") == b"where the clerk left it"
