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
