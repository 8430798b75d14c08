"""``user`` and ``history`` through ``cli.main``, in-process, on each backend."""

from __future__ import annotations

import io
import json
from types import SimpleNamespace

import pytest
from sqlalchemy import select, text

from tkm_desktop import cli
from tkm_desktop.services import audit, permissions, users
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Group, Member, Scheme

PASSWORD = "rahasia-123"


pytestmark = pytest.mark.usefixtures("cheap_hasher")  # tests/conftest.py


def _add(run_cli, name: str, role: str, *by: str) -> tuple[int, str, str]:
    extra = ["--user", by[0]] if by else []
    return run_cli("user", "add", name, "--role", role, "--password-stdin", *extra,
                   stdin=PASSWORD + "\n")  # fmt: skip


def _users_json(run_cli) -> list[dict]:
    code, out, _ = run_cli("user", "list", "--json")
    assert code == 0
    return json.loads(out)["users"]


# --- user -----------------------------------------------------------------------


def test_first_user_needs_no_user_and_must_be_admin(run_cli) -> None:
    code, _, err = _add(run_cli, "budi", "verifikator")
    assert code == 1 and "Pengguna pertama harus berperan admin" in err
    code, out, _ = _add(run_cli, "kepala", "admin")
    assert code == 0, out
    assert "'kepala'" in out
    assert _users_json(run_cli) == [
        {"username": "kepala", "display_name": "", "role": "admin", "active": True}
    ]


def test_second_user_needs_an_admin(run_cli) -> None:
    assert _add(run_cli, "kepala", "admin")[0] == 0
    code, _, err = _add(run_cli, "budi", "verifikator")
    assert code == 2 and "--user ADMIN" in err
    assert _add(run_cli, "budi", "verifikator", "kepala")[0] == 0
    code, _, err = _add(run_cli, "siti", "pejabat", "budi")
    assert code == 1
    assert "Pengguna 'budi' (peran verifikator) tidak berwenang untuk mengelola pengguna" in err
    code, _, err = _add(run_cli, "siti", "pejabat", "hantu")
    assert code == 1 and "'hantu' tidak dikenal" in err
    assert _add(run_cli, "siti", "pejabat", "kepala")[0] == 0
    assert [u["username"] for u in _users_json(run_cli)] == ["budi", "kepala", "siti"]


def test_user_list_json_and_table(run_cli) -> None:
    code, out, _ = run_cli("user", "list", "--json")
    assert (code, json.loads(out)) == (0, {"users": []})
    run_cli("user", "add", "kepala", "--role", "admin", "--password-stdin",
            "--display-name", "Kepala Seksi", stdin=PASSWORD)  # fmt: skip
    assert _users_json(run_cli)[0]["display_name"] == "Kepala Seksi"
    code, out, _ = run_cli("user", "list")
    assert code == 0
    assert "Nama Pengguna" in out and "Kepala Seksi" in out and "Aktif" in out


def test_without_a_terminal_the_password_must_come_on_stdin(run_cli) -> None:
    code, _, err = run_cli("user", "add", "kepala", "--role", "admin")
    assert code == 1 and "--password-stdin" in err
    code, _, err = run_cli("user", "add", "kepala", "--role", "admin", "--password-stdin")
    assert code == 1 and "Tidak ada kata sandi" in err
    code, _, err = run_cli("user", "add", "kepala", "--role", "admin", "--password-stdin",
                           stdin="pendek\n")  # fmt: skip
    assert code == 1 and "minimal 8 karakter" in err
    assert _users_json(run_cli) == []


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_at_a_terminal_the_password_is_asked_twice(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    typed = iter([PASSWORD, "lain-lain-1", PASSWORD, PASSWORD])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(typed)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    monkeypatch.setattr("sys.stdin", _Terminal())
    argv = ["--db", db.url, "user", "add", "kepala", "--role", "admin"]
    assert cli.main(argv) == 1
    assert "tidak sama" in capsys.readouterr().err
    assert cli.main(argv) == 0
    assert prompts == ["Kata sandi baru: ", "Ulangi kata sandi: "] * 2
    with db.session() as s:
        assert users.authenticate(s, "kepala", PASSWORD) is not None


def test_bad_role_or_name_is_refused_before_the_password(run_cli) -> None:
    code, _, _ = run_cli("user", "add", "kepala", "--role", "raja", "--password-stdin")
    assert code == 2
    code, _, err = run_cli("user", "add", "Ke Pala", "--role", "admin")
    assert code == 1 and "tidak sah" in err


def test_admin_deactivates_and_changes_roles(run_cli, db: Database) -> None:
    _add(run_cli, "kepala", "admin")
    _add(run_cli, "budi", "verifikator", "kepala")
    assert run_cli("user", "deactivate", "budi")[0] == 2  # --user is required
    code, _, err = run_cli("user", "deactivate", "kepala", "--user", "budi")
    assert code == 1 and "tidak berwenang" in err
    code, out, _ = run_cli("user", "deactivate", "budi", "--user", "kepala")
    assert code == 0 and "dinonaktifkan" in out
    code, _, err = _add(run_cli, "siti", "viewer", "budi")
    assert code == 1 and "'budi' tidak aktif" in err
    assert run_cli("user", "activate", "budi", "--user", "kepala")[0] == 0
    assert run_cli("user", "role", "budi", "pejabat", "--user", "kepala")[0] == 0
    code, _, err = run_cli("user", "role", "kepala", "viewer", "--user", "kepala")
    assert code == 1 and "satu-satunya admin aktif" in err
    code, _, _ = run_cli("user", "password", "budi", "--password-stdin", "--user", "kepala",
                         stdin="baru-sekali-1\n")  # fmt: skip
    assert code == 0
    assert {u["username"]: u["role"] for u in _users_json(run_cli)} == {
        "budi": "pejabat",
        "kepala": "admin",
    }
    with db.session() as s:
        assert users.authenticate(s, "budi", "baru-sekali-1") is not None


# --- the actor of writing commands ----------------------------------------------


def _fake_run(db: Database, user: str | None):
    def actor(session):
        return users.actor_for(session, user, "cli") if user else Actor.anonymous("cli")

    return SimpleNamespace(args=SimpleNamespace(user=user), actor=actor, tr=cli.Run.tr.__get__(
        SimpleNamespace(lang="id")))  # fmt: skip


def test_resolve_actor_checks_the_table_and_the_optional_user(db: Database) -> None:
    with db.session() as s:
        users.create_demo_users(s)
    with db.session() as s:
        assert cli.resolve_actor(_fake_run(db, "verifikator"), s, permissions.IMPORT).username
        with pytest.raises(permissions.PermissionDenied):
            cli.resolve_actor(_fake_run(db, "viewer"), s, permissions.IMPORT)
        anonymous = cli.resolve_actor(_fake_run(db, None), s, permissions.IMPORT, optional=True)
        assert anonymous.user_id is None and anonymous.channel == "cli"
        with pytest.raises(cli.UsageError, match="--user"):
            cli.resolve_actor(_fake_run(db, None), s, permissions.RECOMMEND)
        with pytest.raises(permissions.PermissionDenied):
            cli.resolve_actor(_fake_run(db, None), s, permissions.RECOMMEND, optional=True)


# --- history --------------------------------------------------------------------


def _group_with_story(db: Database) -> int:
    """A group edited a few times, each change audited in its own unit of work."""
    with db.session() as s:
        users.create_demo_users(s)
    with db.session() as s:
        clerk = users.actor_for(s, "verifikator", "cli")
        scheme = s.scalars(select(Scheme).order_by(Scheme.id)).first()
        group = Group(scheme=scheme, name="Kelompok Maju Jaya", business_type="Kuliner")
        s.add(group)
        s.flush()
        audit.record(s, clerk, audit.CREATE, "group", group.id, group_id=group.id,
                     after=audit.snapshot(group, ("name", "business_type")))  # fmt: skip
        group_id = group.id
    with db.session() as s:
        clerk = users.actor_for(s, "verifikator", "gui")
        member = Member(group_id=group_id, nik="3275014101900001", name="Siti Aminah")
        s.add(member)
        s.flush()
        audit.record(s, clerk, audit.CREATE, "member", member.id, group_id=group_id,
                     after=audit.snapshot(member, ("nik", "name")))  # fmt: skip
    with db.session() as s:
        clerk = users.actor_for(s, "verifikator", "cli")
        group = s.get(Group, group_id)
        before = audit.snapshot(group, ("name", "status"))
        group.name, group.status = "Kelompok Maju Bersama", "diverifikasi"
        old, new = audit.diff(before, audit.snapshot(group, ("name", "status")))
        audit.record(s, clerk, audit.UPDATE, "group", group_id, group_id=group_id,
                     before=old, after=new)  # fmt: skip
    with db.session() as s:
        audit.record(s, users.actor_for(s, "admin", "cli"), audit.UPDATE, "group", 999,
                     group_id=999, after={"name": "lain"})  # fmt: skip
    return group_id


def test_history_is_complete_and_ordered(run_cli, db: Database) -> None:
    group_id = _group_with_story(db)
    code, out, _ = run_cli("history", str(group_id), "--json")
    assert code == 0
    document = json.loads(out)
    assert document["group_id"] == group_id and "chain" not in document
    events = document["events"]
    assert [(e["action"], e["entity"]) for e in events] == [
        ("create", "group"),
        ("create", "member"),
        ("update", "group"),
    ]
    assert [e["id"] for e in events] == sorted(e["id"] for e in events)
    assert [e["channel"] for e in events] == ["cli", "gui", "cli"]
    assert {e["user"] for e in events} == {"verifikator"}
    assert events[2]["changes"] == [
        {"field": "name", "from": "Kelompok Maju Jaya", "to": "Kelompok Maju Bersama"},
        {"field": "status", "from": "diusulkan", "to": "diverifikasi"},
    ]
    code, out, _ = run_cli("history", str(group_id))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 3 + 2 + 2 + 2  # three events, two changed fields each
    assert "verifikator (cli, OS:" in lines[0] and "dibuat kelompok" in lines[0]
    assert "name: Kelompok Maju Jaya → Kelompok Maju Bersama" in out
    assert "status: diusulkan → diverifikasi" in out


def test_history_of_an_unknown_group_is_refused(run_cli) -> None:
    code, _, err = run_cli("history", "4242")
    assert code == 1 and "4242 tidak ada" in err


def test_history_verify_finds_a_row_edited_behind_the_programs_back(run_cli, db: Database) -> None:
    group_id = _group_with_story(db)
    code, out, _ = run_cli("history", str(group_id), "--verify")
    assert code == 0 and "Rantai audit utuh" in out
    code, out, _ = run_cli("history", str(group_id), "--json", "--verify")
    chain = json.loads(out)["chain"]
    assert (code, chain["ok"], chain["breaks"]) == (0, True, [])
    assert chain["events"] == 4 + 4  # the demo users' events count too

    with db.session() as s:
        target = audit.history(s, group_id)[1].id
    with db.engine.begin() as conn:  # a "fix" straight in the database
        conn.execute(text("UPDATE audit_event SET os_account = 'x' WHERE id = :id"),
                     {"id": target})  # fmt: skip

    code, out, _ = run_cli("history", str(group_id), "--verify")
    assert code == 1
    assert "Rantai audit RUSAK" in out and f"kejadian #{target}:" in out
    code, out, _ = run_cli("history", str(group_id), "--json", "--verify")
    chain = json.loads(out)["chain"]
    assert code == 1 and chain["ok"] is False
    assert [(b["event_id"], b["kind"]) for b in chain["breaks"]] == [(target, "content")]
