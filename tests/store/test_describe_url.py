"""``describe_url``: how the log, the status bar and the settings page name the database —
never with a password, wherever the URL carries one."""

from __future__ import annotations

import pytest

from tkm_desktop.store.db import Database, describe_url

SECRET = "S3cretPw99"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (f"postgresql+psycopg://127.0.0.1:55432/tkm?password={SECRET}", "127.0.0.1:55432/tkm"),
        (f"postgresql+psycopg://clerk:{SECRET}@db.kantor/tkm", "db.kantor/tkm"),
        (f"postgresql+psycopg://clerk@db/tkm?sslmode=require&sslpassword={SECRET}", "db/tkm"),
        (f"postgresql+psycopg://db/tkm?user=clerk&password={SECRET}&connect_timeout=5", "db/tkm"),
        (f"postgresql+psycopg:///tkm?host=/run/postgresql&password={SECRET}", "/tkm"),
        ("postgresql+psycopg://clerk:***@db:5432/tkm?password=***", "db:5432/tkm"),
        ("postgresql+psycopg://[::1]:5432/tkm", "[::1]:5432/tkm"),
        ("sqlite:////data/tkm.sqlite3", "/data/tkm.sqlite3"),
        ("sqlite://", ":memory:"),
    ],
)
def test_the_database_is_named_without_secrets(url: str, shown: str) -> None:
    assert describe_url(url) == shown


def test_the_database_describes_itself_without_the_password() -> None:
    # What the start's log line, the status bar and the settings page print; no connection.
    url = f"postgresql+psycopg://clerk:{SECRET}@127.0.0.1:55432/tkm?sslpassword={SECRET}"
    db = Database(url)
    try:
        assert db.description == "127.0.0.1:55432/tkm"
    finally:
        db.dispose()
