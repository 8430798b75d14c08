"""What a new password must be: long enough, and not one an attacker tries first.

UU PDP (UU 27/2022) asks for safeguards fitting the data; accounts here open
thousands of NIKs, so a password guessable from the username, a run of digits or
the top of every guessing list is refused. The demo's users keep ``demo``: they are
made without these rules (services/users.py ``create_demo_users``).
"""

from __future__ import annotations

from tkm_desktop.services.i18n import DEFAULT_LANG, register, tr

MIN_PASSWORD_LENGTH = 8

# The most tried passwords (global lists and Indonesian ones), compared in lower case.
# Only those of 8+ characters matter: shorter ones are refused by length already.
COMMON_PASSWORDS = frozenset(
    """
    password password1 password123 passw0rd p@ssw0rd p@ssword 12345678 123456789 1234567890
    87654321 11111111 00000000 12341234 12121212 11223344 147258369 123123123 1q2w3e4r
    1qaz2wsx qwertyui qwerty12 qwerty123 qwertyuiop asdfghjk asdf1234 zxcvbnm1 abcd1234
    abc12345 iloveyou sunshine princess football baseball whatever superman starwars
    trustno1 letmein1 welcome1 welcome123 admin123 admin1234 administrator rahasia1
    rahasia123 indonesia indonesia1 indonesia123 merdeka45 merdeka123 bismillah
    bismillah123 alhamdulillah assalamualaikum sayang123 sayangku sayangkamu
    cintaku123 akusayangkamu anjing123 garuda123 jakarta123 bandung123 surabaya
    disnaker disnaker123 kemnaker kemnaker123 pemkot123 pemkab123 kantor123
    """.split()  # noqa: SIM905  (a word list reads better than 70 quoted strings)
)

register(
    {
        "password.too_short": {
            "id": "Kata sandi minimal {n} karakter.",
            "en": "A password needs at least {n} characters.",
        },
        "password.spaces": {
            "id": "Kata sandi tidak boleh diawali atau diakhiri spasi.",
            "en": "A password may not begin or end with a space.",
        },
        "password.has_username": {
            "id": "Kata sandi tidak boleh memuat nama pengguna.",
            "en": "A password may not contain the username.",
        },
        "password.digits_only": {
            "id": "Kata sandi tidak boleh hanya berupa angka.",
            "en": "A password may not be digits only.",
        },
        "password.common": {
            "id": "Kata sandi ini terlalu umum dan mudah ditebak; pilih yang lain.",
            "en": "This password is too common and easily guessed; choose another.",
        },
    }
)


def password_problems(password: str, username: str = "", lang: str = DEFAULT_LANG) -> list[str]:
    """Why ``password`` may not become ``username``'s password ([] if it may).

    Without a username (a screen checking before the name is known) that rule waits
    for the service, which always knows it.
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        return [tr("password.too_short", lang, n=MIN_PASSWORD_LENGTH)]
    if password.strip() != password:
        return [tr("password.spaces", lang)]
    problems: list[str] = []
    name = username.strip().lower()
    if name and name in password.lower():
        problems.append(tr("password.has_username", lang))
    if password.isdigit():
        problems.append(tr("password.digits_only", lang))
    elif password.lower() in COMMON_PASSWORDS:
        problems.append(tr("password.common", lang))
    return problems
