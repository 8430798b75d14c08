"""Run TKM Desktop's main code paths with network sockets refused; used by tests/test_offline.py.

    python tests/offline_guard.py SCENARIO WORKDIR

``socket.socket.connect``/``connect_ex``/``sendto``, ``socket.create_connection`` and
the name lookups (``getaddrinfo``, ``gethostbyname``…) refuse every peer except the
hosts in ``TKM_OFFLINE_ALLOWED`` (comma-separated: the configured database server)
and local ``AF_UNIX`` sockets. Each refused attempt is *recorded* as well as raised,
so an attempt that the code catches and hides still counts. The script prints one
JSON document, ``{"attempts": [...], "steps": [...]}``, and leaves judging to the test.

It sees what Python code does; libpq (psycopg's C library) connects on its own, and
only ever to the URL the office configured.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import socket
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ATTEMPTS: list[dict[str, Any]] = []
STEPS: list[dict[str, Any]] = []


class OfflineViolation(OSError):
    """A network peer other than the configured database server was asked for."""


def _allowed_hosts() -> set[str]:
    hosts = {h.strip() for h in os.environ.get("TKM_OFFLINE_ALLOWED", "").split(",") if h.strip()}
    resolved = set(hosts)
    for host in hosts:  # before the guard: the server's own addresses are allowed too
        with contextlib.suppress(OSError):
            resolved |= {info[4][0] for info in socket.getaddrinfo(host, None)}
    return resolved


def _where() -> list[str]:
    frames = traceback.extract_stack()[:-3]
    return [f"{f.filename}:{f.lineno} {f.name}" for f in frames[-6:]]


def install_guard() -> None:
    allowed = _allowed_hosts()

    def check(kind: str, host: object, detail: object = None) -> None:
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        if host in allowed:
            return
        ATTEMPTS.append(
            {"call": kind, "host": str(host), "detail": repr(detail), "where": _where()}
        )
        raise OfflineViolation(f"offline: {kind} to {host!r} refused")

    def peer(sock: socket.socket, address: Any) -> None:
        if sock.family == getattr(socket, "AF_UNIX", None):
            return
        host = address[0] if isinstance(address, tuple) else address
        check("connect", host, address)

    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_sendto, real_getaddrinfo = socket.socket.sendto, socket.getaddrinfo
    real_create_connection = socket.create_connection

    def connect(self: socket.socket, address: Any) -> None:
        peer(self, address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        peer(self, address)
        return real_connect_ex(self, address)

    def sendto(self: socket.socket, data: bytes, *args: Any) -> int:
        peer(self, args[-1])
        return real_sendto(self, data, *args)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host is not None:
            check("getaddrinfo", host)
        return real_getaddrinfo(host, *args, **kwargs)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        check("create_connection", address[0], address)
        return real_create_connection(address, *args, **kwargs)

    def lookup(name: str) -> Callable[..., Any]:
        real = getattr(socket, name)

        def guarded(host: Any, *args: Any, **kwargs: Any) -> Any:
            check(name, host)
            return real(host, *args, **kwargs)

        return guarded

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = sendto  # type: ignore[method-assign,assignment]
    socket.getaddrinfo = getaddrinfo
    socket.create_connection = create_connection  # type: ignore[assignment]
    for name in ("gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo"):
        setattr(socket, name, lookup(name))


# --- what is run -------------------------------------------------------------------------


def step(name: str, action: Callable[[], object]) -> object:
    """Run one code path; its outcome (exit code, or the exception) goes into STEPS."""
    entry: dict[str, Any] = {"name": name}
    STEPS.append(entry)
    try:
        result = action()
        entry["result"] = result if isinstance(result, int | str | None) else type(result).__name__
        return result
    except BaseException as exc:  # recorded, the run goes on with the next path
        entry["error"] = f"{type(exc).__name__}: {exc}"
        return None


def cli(*args: str) -> tuple[int, str]:
    from tkm_desktop import cli as command_line

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = command_line.main(list(args))
    return code, out.getvalue()


def import_everything() -> int:
    import importlib
    import pkgutil

    import tkm_desktop

    count = 0
    for module in pkgutil.walk_packages(tkm_desktop.__path__, "tkm_desktop."):
        importlib.import_module(module.name)
        count += 1
    return count


def main_paths(work: Path) -> None:
    data = str(work / "data")
    step("import every module", import_everything)

    def open_app() -> str:
        from tkm_desktop.services.bootstrap import open_app

        app = open_app(data, None, demo=False)
        app.close()
        return "opened"

    step("open_app on SQLite", open_app)
    step("demo", lambda: cli("--data-dir", data, "demo")[0])
    listing: dict[str, str] = {}

    def groups_json() -> int:
        code, listing["out"] = cli("--data-dir", data, "--demo", "groups", "--json")
        return code

    step("groups --json", groups_json)
    step("template", lambda: cli("--data-dir", data, "template", "-o", str(work / "t.xlsx"))[0])
    step("vet --json", lambda: cli("--data-dir", data, "--demo", "vet", "--json")[0])
    if (Path(__file__).resolve().parents[1] / "tkm_desktop" / "services" / "letters.py").exists():
        groups = json.loads(listing.get("out") or '{"groups": []}')["groups"]
        recommended = [str(g["id"]) for g in groups if g["status"] == "direkomendasikan"][:1]
        pdf = str(work / "surat.pdf")
        step("letter", lambda: cli("--data-dir", data, "--demo", "letter", *recommended,
                                   "-o", pdf, "--user", "pejabat")[0])  # fmt: skip
        step("verify", lambda: cli("--data-dir", data, "--demo", "verify", pdf)[0])
    step("export", lambda: cli("--data-dir", data, "--demo", "export", "-o",
                               str(work / "ekspor.xlsx"), "--user", "pejabat")[0])  # fmt: skip
    backup = str(work / "cadangan.zip")
    step("backup", lambda: cli("--data-dir", data, "--demo", "backup", "-o", backup)[0])
    step("restore", lambda: cli("--data-dir", data, "--demo", "restore", backup)[0])
    step("smoke test", lambda: cli("--data-dir", data, "--smoke-test")[0])
    server = os.environ.get("TKM_OFFLINE_DB_URL")
    if server:
        step("groups on the server", lambda: cli("--db", server, "groups", "--json")[0])


def deliberate(work: Path) -> None:
    """Attempts the guard must catch (even when the code hides them), and one it must allow."""

    def hidden_connect() -> str:
        try:
            socket.create_connection(("127.0.0.2", 9), timeout=0.5)
        except OSError:
            return "hidden"  # code that swallows the refusal must still be found out
        return "connected"

    def raw_connect() -> str:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.settimeout(0.5)
            return str(s.connect_ex(("127.0.0.2", 9)))

    step("create_connection", hidden_connect)
    step("connect_ex", raw_connect)
    step("getaddrinfo", lambda: len(socket.getaddrinfo("localhost", 80)))

    def allowed_server() -> str:
        host = os.environ["TKM_OFFLINE_ALLOWED"].split(",")[0]
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
            server.bind((host, 0))
            server.listen(1)
            with socket.create_connection(server.getsockname(), timeout=2):
                return "connected"

    step("the database server", allowed_server)


def main() -> int:
    scenario, work = sys.argv[1], Path(sys.argv[2])
    install_guard()
    {"paths": main_paths, "deliberate": deliberate}[scenario](work)
    print(json.dumps({"attempts": ATTEMPTS, "steps": STEPS}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
