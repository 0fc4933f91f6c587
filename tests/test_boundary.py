"""The extraction library stays free of the UI, and `import tui` stays cheap."""

import subprocess
import sys

from tests.conftest import ROOT


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    return set(out.split())


def test_import_tui_is_ui_free_and_lazy():
    mods = _modules_after("import tui")
    assert not {m for m in mods if m.split(".")[0] in ("textual", "rich", "selectolax", "yaml")}
    assert not {"tui.corpus", "tui.load", "tui.merge"} & mods


def test_library_use_never_imports_textual():
    mods = _modules_after(
        "import tui\n"
        "c = tui.load_corpus(['seeds'])\n"
        "tui.analyze('Mr. Ghani said on Sunday that talks would resume.', published='2020-04-01')\n"
        "from tui import cli, config, model, read, analysis, corpus, load, merge\n"
        "assert callable(tui.analyze)"
    )
    assert not {m for m in mods if m.split(".")[0] in ("textual", "rich")}


def test_import_contracts_hold():
    lint = ROOT / ".venv" / "bin" / "lint-imports"
    exe = str(lint) if lint.exists() else "lint-imports"
    res = subprocess.run([exe, "--no-cache"], capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stdout + res.stderr
