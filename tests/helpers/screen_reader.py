"""What a blind user hears: Debian's Orca screen reader listening to the real reader.

One ``ScreenReader`` is a whole private desktop for a screen reader, started and stopped with
``screen_reader(folder)``:

- Xvfb on a display of its own, with a window manager (openbox);
- a private D-Bus session bus, on which the AT-SPI registry starts as it does on a desktop;
- speech-dispatcher configured privately (its own configuration folder and socket) with one
  output module, the generic one, whose "synthesizer" appends each utterance to a text file
  — Debian's stock voices need audio and abort without it;
- Orca, started with the system Python on its own modules (tests/helpers/orca_launcher.py),
  its debug log written line by line;
- a private HOME and XDG folders, GSettings in memory: nothing touches the user's own.

Keys are typed with xdotool into whichever window has the focus, as a keyboard would. What
Orca says is read back from speech-dispatcher's file (what reached the synthesizer); Orca's
own log is shown when a wait fails. Every wait has a deadline.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from bench.display import xvfb_server
from tests.helpers.paths import ROOT

SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHER = Path(__file__).with_name("orca_launcher.py")
SPEECHD_MODULES = Path("/usr/lib/speech-dispatcher-modules")  # Debian's
START_SECONDS = 60  # Orca's first start on a cold machine compiles its modules
WAIT_SECONDS = 20
QUIET_SECONDS = 1.5  # no new utterance for this long: Orca has said what it had to say

# The speech-dispatcher set-up: one module, the generic one, writing text to a file. The
# ALSA null device stands in for a sound card (the module opens one even though it never
# plays anything). Text in the language the client asks for is passed on as UTF-8; in the
# C locale (LANG=C.UTF-8) clients ask for "c", and speech-dispatcher 0.12 (Debian 13)
# would recode text in an unknown language to Latin-1, "—" becoming "?".
SPEECHD_CONF = """\
AddModule "textfile" "sd_generic" "textfile.conf"
DefaultModule textfile
LanguageDefaultModule "en" "textfile"
DefaultLanguage "en"
AudioOutputMethod "alsa"
LogLevel 3
DisableAutoSpawn
"""
TEXTFILE_CONF = """\
GenericExecuteSynth "printf '%s\\\\n' \\'$DATA\\' >> {spoken}"
AddVoice "en" "MALE1" "text"
GenericLanguage "en" "english" "utf-8"
GenericLanguage "c" "english" "utf-8"
DefaultVoice "text"
"""
ASOUNDRC = "pcm.!default { type null }\n"

# Words a user must never hear: web addresses (the buttons say what they do), the names the
# code gives its widgets, and the roles of invisible containers.
WEB_ADDRESS = re.compile(r"https?://|www\.", re.IGNORECASE)
NOT_FOR_EARS = re.compile(
    r"\b(questionList|answerView|searchField|searchStatus|donateButton|signupButton|"
    r"sidebarPanel|callToActionBar|mainWindow|presentationWindow|presenterConsole|"
    r"linkDialog|panel|filler)\b"
    # Orca's word for an empty line; "The screen is blank (black)" is what a trainer needs.
    r"|^blank\.?$"
)


def missing_programs() -> list[str]:
    """The programs the session needs that are not installed (``./test.sh`` installs them)."""
    programs = ("Xvfb", "dbus-daemon", "openbox", "speech-dispatcher", "xdotool")
    missing = [name for name in programs if shutil.which(name) is None]
    probe = [SYSTEM_PYTHON, "-c", "import orca.orca_platform, pyatspi, speechd"]
    if subprocess.run(probe, capture_output=True, timeout=60, check=False).returncode:
        missing.append("orca (its Python modules for /usr/bin/python3)")
    return missing


def orca_version() -> str:
    code = "from orca import orca_platform; print(orca_platform.version)"
    result = subprocess.run(
        [SYSTEM_PYTHON, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    return result.stdout.strip()


def unwanted(utterances: list[str]) -> list[str]:
    """The utterances a user should not hear: a web address, an object name, "panel"…"""
    return [u for u in utterances if WEB_ADDRESS.search(u) or NOT_FOR_EARS.search(u)]


class ScreenReader:
    """A running private desktop with Orca; see the module's docstring."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.folder = folder
        self.env = env
        self.spoken = folder / "spoken.txt"
        self.orca_log = folder / "orca-debug.log"
        self.reader: subprocess.Popen[str] | None = None
        self.reader_log = folder / "reader.log"

    # -- what was heard ------------------------------------------------------------------

    def utterances(self) -> list[str]:
        """Everything spoken so far, one line each, in order."""
        try:
            text = self.spoken.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return []
        return [line.strip() for line in text.splitlines() if line.strip()]

    def mark(self) -> int:
        """Where "from now on" starts, for :meth:`heard_since` and the waits."""
        return len(self.utterances())

    def heard_since(self, mark: int) -> list[str]:
        return self.utterances()[mark:]

    def wait_until(
        self, mark: int, wanted: Callable[[list[str]], bool], what: str, timeout: float = 0
    ) -> list[str]:
        """Waits until what was heard since ``mark`` satisfies ``wanted``; fails (with all
        that was heard, and the end of Orca's log) at the deadline."""
        deadline = time.monotonic() + (timeout or WAIT_SECONDS)
        while time.monotonic() < deadline:
            heard = self.heard_since(mark)
            if wanted(heard):
                return heard
            self._check_alive()
            time.sleep(0.1)
        raise AssertionError(f"never heard {what}\n{self.report(mark)}")

    def wait_for(self, mark: int, *phrases: str, timeout: float = 0) -> list[str]:
        """Waits until each phrase was heard (in any utterance, any order) since ``mark``."""
        return self.wait_until(
            mark,
            lambda heard: all(any(p in u for u in heard) for p in phrases),
            " and ".join(repr(p) for p in phrases),
            timeout,
        )

    def wait_for_any(self, mark: int, *phrases: str, timeout: float = 0) -> list[str]:
        """Waits until one of the phrases was heard since ``mark`` (a window's name or its
        focused control: which of them Orca says first depends on its timing)."""
        return self.wait_until(
            mark,
            lambda heard: any(p in u for p in phrases for u in heard),
            " or ".join(repr(p) for p in phrases),
            timeout,
        )

    def settle(self, mark: int, timeout: float = 0) -> list[str]:
        """Waits until Orca has said something since ``mark`` and then nothing more for a
        moment; what was heard. Silence fails."""
        deadline = time.monotonic() + (timeout or WAIT_SECONDS)
        heard = self.wait_until(mark, bool, "anything at all", timeout)
        quiet_since = time.monotonic()
        while time.monotonic() < deadline and time.monotonic() - quiet_since < QUIET_SECONDS:
            time.sleep(0.1)
            now = self.heard_since(mark)
            if len(now) != len(heard):
                heard, quiet_since = now, time.monotonic()
        return heard

    def report(self, mark: int = 0) -> str:
        """What was heard since ``mark``, and the end of Orca's log: for a failure message."""
        heard = "\n".join(f"  heard: {u}" for u in self.heard_since(mark)) or "  (silence)"
        log = self.orca_log.read_text(errors="replace") if self.orca_log.exists() else ""
        tail = "\n".join(log.splitlines()[-40:])
        reader = self.reader_log.read_text(errors="replace") if self.reader_log.exists() else ""
        return f"{heard}\n--- Orca's log (end) ---\n{tail}\n--- the reader's output ---\n{reader}"

    # -- the keyboard --------------------------------------------------------------------

    def keys(self, *names: str) -> None:
        """Press keys as xdotool names them ("Tab", "ctrl+Page_Down", "Return")."""
        self._xdotool("key", "--delay", "120", *names)

    def type(self, text: str) -> None:
        self._xdotool("type", "--delay", "120", text)

    def _xdotool(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["xdotool", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=WAIT_SECONDS,
            check=True,
        )

    # -- the reader ----------------------------------------------------------------------

    def start_reader(self, *args: str, path: str | None = None) -> list[str]:
        """Starts the reader (``python main.py ARGS``) and gives its window the keyboard, as
        a window manager would; returns what Orca said about the window."""
        self.stop_reader()
        mark = self.mark()
        env = {**self.env, "QT_QPA_PLATFORM": "xcb"}
        if path is not None:
            env["PATH"] = path
        with self.reader_log.open("w") as log:
            self.reader = subprocess.Popen(
                [sys.executable, "main.py", *args],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                text=True,
            )
        self.focus_window_of(self.reader.pid)
        return self.settle(mark)

    def focus_window_of(self, pid: int) -> None:
        """Waits for the visible window of process ``pid`` and makes sure it is the active
        one (the window manager gives a new window the keyboard; Orca may start first)."""
        window = self.wait_window("--pid", str(pid), "--name", ".")
        self._xdotool("windowactivate", window)

    def wait_window(self, *search: str) -> str:
        """Waits until a visible window matches ``search`` (xdotool's: a name by default,
        "--pid", PID…); its id."""
        search = search if len(search) > 1 else ("--name", *search)
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            self._check_alive()
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", *search],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=WAIT_SECONDS,
                check=False,
            )
            if found.stdout.split():
                return found.stdout.split()[-1]
            time.sleep(0.1)
        raise AssertionError(f"no window {search} appeared\n{self.report()}")

    def reader_exit(self, timeout: float = 0) -> int:
        """Waits for the reader to end by itself; its exit status."""
        assert self.reader is not None
        return self.reader.wait(timeout=timeout or WAIT_SECONDS)

    def stop_reader(self) -> None:
        if self.reader is not None and self.reader.poll() is None:
            self.reader.terminate()
            try:
                self.reader.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.reader.kill()
                self.reader.wait(timeout=10)
        self.reader = None

    def _check_alive(self) -> None:
        if self.reader is not None and self.reader.poll() not in (None, 0):
            raise AssertionError(f"the reader died ({self.reader.returncode})\n{self.report()}")


def _private_env(folder: Path) -> dict[str, str]:
    """The environment of a fresh desktop session of a user whose home is ``folder``."""
    home = folder / "home"
    runtime = folder / "runtime"
    for path in (home, runtime, home / ".config", home / ".local/share", home / ".cache"):
        path.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    (home / ".asoundrc").write_text(ASOUNDRC)
    drop = ("DBUS_SESSION_BUS_ADDRESS", "SPEECHD_ADDRESS", "WAYLAND_DISPLAY", "DESKTOP_SESSION")
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("XDG_")}
    env.update(
        {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_STATE_HOME": str(home / ".local/state"),
            "XDG_RUNTIME_DIR": str(runtime),
            "GSETTINGS_BACKEND": "memory",
            "LANG": "C.UTF-8",
            "LANGUAGE": "en",
        }
    )
    env.pop("NO_AT_BRIDGE", None)
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", None)  # Orca turns accessibility on itself
    return env


def _start(stack: ExitStack, args: list[str], env: dict[str, str], log: Path) -> None:
    """Starts a helper program for the life of the session; stops it at the end."""
    out = stack.enter_context(log.open("w"))
    process = subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.STDOUT)

    def stop() -> None:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)

    stack.callback(stop)


def _session_bus(stack: ExitStack, env: dict[str, str]) -> str:
    """A private D-Bus session bus (its address); stopped with the session."""
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address", str(write_end)],
        env=env,
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    stack.callback(lambda: (process.terminate(), process.wait(timeout=10)))
    with os.fdopen(read_end) as pipe:
        address = pipe.readline().strip()  # an empty line if the daemon ended
    assert address, "dbus-daemon did not start a session bus"
    return address


def _module_dir(folder: Path) -> Path:
    """speech-dispatcher's output modules for the session: the generic one, and the dummy
    one in place of espeak-ng. Version 0.12 (Debian 13) always starts an espeak-ng
    "fallback" module as well; with that not installed, it now and then hung at start-up
    waiting for the module that could not be run."""
    modules = folder / "speechd-modules"
    modules.mkdir(exist_ok=True)
    for name, target in (("sd_generic", "sd_generic"), ("sd_espeak-ng", "sd_dummy")):
        link = modules / name
        if not link.exists():
            link.symlink_to(SPEECHD_MODULES / target)
    return modules


def _wait_path(path: Path, what: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, f"{what} did not start"
        time.sleep(0.1)


@contextmanager
def screen_reader(folder: Path) -> Iterator[ScreenReader]:
    """A private desktop with Orca running in it, for as long as the block runs."""
    folder.mkdir(parents=True, exist_ok=True)
    env = _private_env(folder)
    with ExitStack() as stack:
        env["DISPLAY"] = stack.enter_context(xvfb_server())
        env["DBUS_SESSION_BUS_ADDRESS"] = _session_bus(stack, env)
        # A window manager, as on any desktop: it gives a new window the keyboard, and the
        # window under a closed dialog gets it back.
        _start(stack, ["openbox", "--sm-disable"], env, folder / "openbox.out")
        listener = ScreenReader(folder, env)
        stack.callback(listener.stop_reader)

        speechd = folder / "speechd"
        (speechd / "modules").mkdir(parents=True, exist_ok=True)
        (speechd / "speechd.conf").write_text(SPEECHD_CONF)
        conf = TEXTFILE_CONF.format(spoken=listener.spoken)
        (speechd / "modules" / "textfile.conf").write_text(conf)
        socket = Path(env["XDG_RUNTIME_DIR"]) / "speechd.sock"
        env["SPEECHD_ADDRESS"] = f"unix_socket:{socket}"
        speechd_args = ["speech-dispatcher", "--run-single", "--config-dir", str(speechd)]
        speechd_args += ["--module-dir", str(_module_dir(folder))]
        speechd_args += ["--socket-path", str(socket), "--timeout", "0"]
        speechd_args += ["--log-dir", str(folder)]
        _start(stack, speechd_args, env, folder / "speech-dispatcher.out")
        _wait_path(socket, "speech-dispatcher", WAIT_SECONDS)

        prefs = folder / "orca-prefs"
        prefs.mkdir(exist_ok=True)
        orca_args = [SYSTEM_PYTHON, "-u", str(LAUNCHER), str(listener.orca_log), str(prefs)]
        _start(stack, orca_args, env, folder / "orca.out")
        listener.wait_for(0, "Screen reader on", timeout=START_SECONDS)
        yield listener
