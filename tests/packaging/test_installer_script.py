"""The Inno Setup script generated from installer/tkm-desktop.iss.in (compiled on Windows only)."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import tkm_desktop

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer.spec"
TOOL = ROOT / "tools" / "make_installer_script.py"
APP_ID = "{{79D071E8-6FA4-41BD-BCAF-9E469AD1B76B}"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_installer_script", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def spec_functions() -> dict[str, Any]:
    """installer.spec's own ``read_version`` and ``version_tuple``, without running PyInstaller."""
    tree = ast.parse(SPEC.read_text("utf-8"))
    keep = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name in
            ("read_version", "version_tuple")]  # fmt: skip
    namespace: dict[str, Any] = {"re": re}
    exec(compile(ast.Module(body=keep, type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace


@pytest.fixture
def script(tool: ModuleType, tmp_path: Path) -> str:
    dist = tmp_path / "build" / "dist" / "TKMDesktop"
    out = tmp_path / "build" / "installer" / "tkm-desktop.iss"
    written = tool.write_script(dist, out)
    assert written == out and not out.with_name(out.name + ".part").exists()
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark, as Inno reads it
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    return raw.decode("utf-8-sig").replace("\r\n", "\n")


def sections(text: str) -> dict[str, list[str]]:
    """Each [Section]'s lines, comments and preprocessor lines left out."""
    found: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith((";", "#")):
            continue
        if m := re.fullmatch(r"\[(\w+)\]", line):
            current = m.group(1)
            found.setdefault(current, [])
        elif current:
            found[current].append(line)
    return found


def setup(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections(text)["Setup"])


def defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', text, re.M))


def test_version_is_the_packages_and_the_specs(script: str) -> None:
    version = defines(script)["AppVersion"]
    assert version == tkm_desktop.__version__
    spec = spec_functions()
    assert version == spec["read_version"](ROOT / "tkm_desktop" / "__init__.py")
    quad = ".".join(str(n) for n in spec["version_tuple"](version))
    assert setup(script)["VersionInfoVersion"] == quad
    assert "OutputBaseFilename=TKMDesktop-{#AppVersion}-setup" in script


def test_per_user_install_with_a_fixed_app_id(script: str) -> None:
    values = setup(script)
    assert values["AppId"] == APP_ID
    assert values["PrivilegesRequired"] == "lowest"
    assert values["PrivilegesRequiredOverridesAllowed"] == "dialog"
    assert values["DefaultDirName"] == r"{autopf}\{#AppName}"


def test_paths_point_at_the_dist_folder_and_the_icon(script: str, tmp_path: Path) -> None:
    assert defines(script)["DistDir"] == r"..\dist\TKMDesktop"
    assert r'Source: "{#DistDir}\*"' in script and "recursesubdirs" in script
    icon = setup(script)["SetupIconFile"]
    here = tmp_path / "build" / "installer"
    assert (here / icon.replace("\\", "/")).resolve() == ROOT / "resources" / "icons" / "tkm.ico"
    assert "@" not in "".join(sections(script)["Setup"])  # every field filled


def test_both_languages(script: str) -> None:
    languages = sections(script)["Languages"]
    assert languages[0] == r'Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"'
    assert languages[1] == 'Name: "en"; MessagesFile: "compiler:Default.isl"'
    messages = sections(script)["CustomMessages"]
    keys = {line.split("=", 1)[0] for line in messages}
    for name in ("SharedDataTask", "DemoShortcut", "DataKept"):
        assert {f"id.{name}", f"en.{name}"} <= keys


def test_shortcuts_and_uninstaller_that_keeps_the_data(script: str) -> None:
    parts = sections(script)
    icons = parts["Icons"]
    assert any(line.startswith(r'Name: "{autoprograms}\{#AppName}"') for line in icons)
    assert any("{autodesktop}" in line and "Tasks: desktopicon" in line for line in icons)
    assert "UninstallDelete" not in parts and "UninstallRun" not in parts
    assert "usPostUninstall" in script and "DataKept" in script
    assert r"{localappdata}\Disnaker\{#AppName}" in script  # paths.py's per-user folder


def test_shared_data_folder_only_for_all_users(script: str) -> None:
    parts = sections(script)
    [task] = [t for t in parts["Tasks"] if t.startswith('Name: "shareddata"')]
    assert "Check: IsAdminInstallMode" in task
    [folder] = parts["Dirs"]
    assert "Permissions: users-modify" in folder and "uninsneveruninstall" in folder
    [variable] = parts["Registry"]
    assert 'ValueName: "TKM_DATA_DIR"' in variable and "Tasks: shareddata" in variable


def test_custom_messages_parse_as_ini(script: str) -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    block = script[script.index("[CustomMessages]") : script.index("[Tasks]")]
    parser.read_string(block)
    assert parser["CustomMessages"]["id.DataKept"].count("%1") == 1


def test_unknown_field_is_refused(tool: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="NEW_FIELD"):
        tool.render("x=@NEW_FIELD@", version="1.0", dist_dir=tmp_path, out_file=tmp_path / "a")


def test_version_quad(tool: ModuleType) -> None:
    spec = spec_functions()
    for version in ("1.2.3", "0.4.0rc2", "2.0", "1.2.3+local.7"):
        assert tool.version_quad(version) == ".".join(map(str, spec["version_tuple"](version)))


def test_command_line_writes_the_script(tmp_path: Path) -> None:
    out = tmp_path / "x.iss"
    done = subprocess.run(
        [sys.executable, str(TOOL), "--dist", str(tmp_path / "dist"), "-o", str(out),
         "--indonesian-isl", r"C:\isl\Indonesian.isl"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    assert r'MessagesFile: "C:\isl\Indonesian.isl"' in out.read_text("utf-8-sig")
