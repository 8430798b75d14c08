"""The message catalogue (services.i18n) and refused input (services.errors)."""

from __future__ import annotations

import pytest

from tkm_desktop import cli
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.i18n import register, tr


def test_tr_formats_in_the_language_asked() -> None:
    assert tr("cli.groups.total", "id", n=3) == "Jumlah: 3 kelompok"
    assert tr("cli.groups.total", "en", n=3) == "Total: 3 groups"


def test_tr_falls_back_to_indonesian() -> None:
    register({"test.only_id": {"id": "Hanya bahasa Indonesia {x}"}})
    assert tr("test.only_id", "en", x=1) == "Hanya bahasa Indonesia 1"


def test_register_refuses_a_message_without_indonesian() -> None:
    with pytest.raises(ValueError, match="Indonesian"):
        register({"test.no_id": {"en": "English only"}})


def test_register_refuses_the_same_key_with_another_text() -> None:
    register({"test.twice": {"id": "satu"}})
    register({"test.twice": {"id": "satu"}})  # a module imported twice is fine
    with pytest.raises(ValueError, match="twice"):
        register({"test.twice": {"id": "dua"}})


def test_every_cli_message_has_both_languages_and_formats() -> None:
    for key, texts in cli.MESSAGES.items():
        assert set(texts) == {"id", "en"}, key
        assert texts["id"] != "" and texts["en"] != "", key


@pytest.mark.parametrize(
    "args",
    [("a", "b"), (["a", "b"],), ("a", ["b"])],
)
def test_input_refused_collects_reasons(args: tuple) -> None:
    exc = InputRefused(*args)
    assert exc.reasons == ["a", "b"]
    assert str(exc) == "a; b"


def test_input_refused_with_one_reason() -> None:
    assert InputRefused("Berkas terkunci.").reasons == ["Berkas terkunci."]


def _run(capsys: pytest.CaptureFixture[str], tmp_path, *argv: str) -> tuple[int, str]:
    code = cli.main(["--data-dir", str(tmp_path / "data"), *argv])
    return code, capsys.readouterr().err


def test_no_english_from_the_os_or_argparse_in_indonesian(
    capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    code, err = _run(capsys, tmp_path, "verify", str(tmp_path / "nope.pdf"))
    assert code == 1 and "(berkas tidak ada)" in err
    assert "Errno" not in err and "FileNotFoundError" not in err
    code, err = _run(capsys, tmp_path, "import", str(tmp_path / "nope.xlsx"))
    assert code == 1 and "(berkas tidak ada)" in err and "No such file" not in err
    code, err = _run(capsys, tmp_path, "letters", "list", "--year", "20x4")
    assert code == 2 and "argumen --year: bukan bilangan bulat: '20x4'" in err
    assert "invalid" not in err


def test_the_refusal_prefix_follows_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    code, err = _run(capsys, tmp_path, "--lang", "en", "verify", str(tmp_path / "nope.pdf"))
    assert code == 1 and err.startswith("Refused:") and "(no such file)" in err
    code, err = _run(capsys, tmp_path, "verify", str(tmp_path / "nope.pdf"))
    assert err.startswith("Ditolak:")
