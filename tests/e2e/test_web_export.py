"""``export-html`` and ``export-zim`` as a user runs them: with no display, their output
line, every refusal as one line with nothing half-written, a copy without python-libzim
saying so, and neither the exports nor libzim loaded when the reader starts. (The page in a
browser: test_web_browser.py; the ZIM file in Kiwix's programs: test_zim_kiwix.py.)"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.paths import ROOT
from tests.helpers.processes import assert_one_line_error, run_cli, with_the_window

HEADLESS = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}


def test_export_html_without_a_display(tmp_path: Path, pack) -> None:
    out = tmp_path / "faq.html"
    result = run_cli("export-html", str(out), env=HEADLESS)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{out}: one web page, 7 questions")
    assert result.stderr == ""
    page = out.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and pack.questions[-1].title in page
    assert [p.name for p in tmp_path.iterdir()] == ["faq.html"]


def test_export_replaces_an_older_file_whole(tmp_path: Path) -> None:
    out = tmp_path / "faq.html"
    out.write_text("an older page")
    assert run_cli("export-html", str(out)).returncode == 0
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("command", ["export-html", "export-zim"])
@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("{tmp}/missing/dir/x", ["Could not save", "missing/dir/x"]),
        ("{tmp}", ["is a folder: give a file name"]),
    ],
)
def test_unwritable_targets(tmp_path: Path, command: str, target: str, words: list[str]) -> None:
    result = run_cli(command, target.format(tmp=tmp_path))
    assert_one_line_error(result, *words)
    assert list(tmp_path.rglob("*")) == [], "nothing half-written is left"


def test_a_pipe_is_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for command in ("export-html", "export-zim"):
        assert_one_line_error(run_cli(command, str(fifo)), "is not a regular file")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_a_copy_without_libzim_says_so_in_one_line(tmp_path: Path) -> None:
    """The packaged builds leave python-libzim out (README, "Take it home")."""
    blocker = tmp_path / "no-libzim"
    (blocker / "libzim").mkdir(parents=True)
    (blocker / "libzim" / "__init__.py").write_text("raise ImportError('not in this build')\n")
    out = tmp_path / "faq.zim"
    result = run_cli("export-zim", str(out), env={"PYTHONPATH": str(blocker)})
    assert_one_line_error(result, "cannot write ZIM files", "export the web page instead")
    assert not out.exists()


def test_help_names_the_exports() -> None:
    assert "export-html" in run_cli("--help").stdout
    for command, name in (("export-html", "OUT.html"), ("export-zim", "OUT.zim")):
        result = run_cli(command, "--help")
        assert result.returncode == 0 and name in result.stdout and "--content" in result.stdout


def test_reader_start_up_loads_neither_the_exports_nor_libzim() -> None:
    loaded = with_the_window(
        "print(*sorted(m for m in sys.modules if m.split('.')[0] in ('libzim', 'iso639')"
        " or m.startswith(('hrd_reader.web', 'hrd_reader.gui.exports'))))\n",
        ROOT / "build" / "s.ini",
    )
    assert loaded.split() == []


@pytest.mark.parametrize(
    ("command", "name"), [("export-html", "faq.html"), ("export-zim", "faq.zim")]
)
def test_exports_connect_to_nothing(tmp_path: Path, command: str, name: str) -> None:
    """Traced with strace as the reader's own exports are (tests/e2e/test_offline.py)."""
    from tests.e2e.test_offline import INET, run_traced

    env = {**os.environ, **HEADLESS, "HOME": str(tmp_path)}
    out = tmp_path / name
    result, trace = run_traced(
        [sys.executable, str(ROOT / "main.py"), command, str(out)], tmp_path, env, "execve"
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000
    assert any("execve(" in line for line in trace)
    assert [line for line in trace if INET.search(line)] == []


def test_a_pack_file_exports_with_its_pictures(make_pack, tmp_path: Path) -> None:
    """A .hrdpack is read in memory: its pictures still reach the page and the ZIM file."""
    from tests.helpers.web import pack_with_pictures

    archive = tmp_path / "pictures.hrdpack"
    assert run_cli("pack", str(pack_with_pictures(make_pack)), str(archive)).returncode == 0
    page, book = tmp_path / "p.html", tmp_path / "p.zim"
    assert run_cli("export-html", str(page), "--content", str(archive)).returncode == 0
    assert page.read_text("utf-8").count('src="data:image/png;base64,') == 2
    assert run_cli("export-zim", str(book), "--content", str(archive)).returncode == 0
    from libzim.reader import Archive

    from tests.helpers.web import tiny_png

    picture = Archive(str(book)).get_entry_by_path("files/images/map.png").get_item()
    assert bytes(picture.content) == tiny_png() and picture.mimetype == "image/png"


@pytest.mark.frozen
@pytest.mark.timeout(900)
def test_packaged_program_writes_the_page_and_says_why_no_zim(frozen, tmp_path: Path) -> None:
    """The packaged build leaves python-libzim out (size budget): the page still works."""
    env = {**os.environ, **HEADLESS}
    page = subprocess.run(
        [str(frozen.executable), "export-html", str(tmp_path / "faq.html")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert page.returncode == 0, page.stderr
    assert (tmp_path / "faq.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    book = subprocess.run(
        [str(frozen.executable), "export-zim", str(tmp_path / "faq.zim")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert_one_line_error(book, "cannot write ZIM files", "export the web page instead")
    assert not (tmp_path / "faq.zim").exists()
    assert not list(frozen.folder.rglob("libzim*")), "libzim stays out of the package"
