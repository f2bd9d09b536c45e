"""Drives the real kluis binary the way a person does.

The desktop is Xvfb with openbox (or a display given in KLUIS_ACCEPTANCE_DISPLAY, to watch);
input is real X events from xdotool; widgets are found and read through the accessibility
tree (AT-SPI, pyatspi) by role and accessible name, never by pixel coordinates: where to point
comes from the widget's own extents. Every wait polls the tree until a deadline.

run-journey.sh starts the private D-Bus session, the keyring and the AT-SPI bus this needs.
"""

import json
import os
import xml.etree.ElementTree as ElementTree
import re
import shutil
import subprocess
import tempfile
import time

import pyatspi

# A loaded machine (CI runs tests side by side) gets longer deadlines, never shorter ones.
TIMEOUT_SCALE = float(os.environ.get("KLUIS_ACCEPTANCE_TIMEOUT_SCALE", "1"))
# Milliseconds to pause after every input, to watch a journey on a visible display.
SLOW_MS = int(os.environ.get("KLUIS_ACCEPTANCE_SLOW", "0"))
DEFAULT_TIMEOUT = 20


class Timeout(AssertionError):
    pass


def wait_for(condition, what, timeout=DEFAULT_TIMEOUT, interval=0.1):
    """Polls condition() until it returns something true, and returns that."""
    deadline = time.monotonic() + timeout * TIMEOUT_SCALE
    problem = None
    while True:
        try:
            value = condition()
            if value:
                return value
        except Exception as error:  # a widget went away while we looked at it
            problem = error
        if time.monotonic() > deadline:
            detail = f" (last error: {problem})" if problem else ""
            raise Timeout(f"timed out after {timeout * TIMEOUT_SCALE:.0f} s waiting for {what}{detail}")
        time.sleep(interval)


def _wait_process_file(path, process, what, timeout=30):
    def ready():
        if process.poll() is not None:
            raise AssertionError(f"{what} exited with {process.returncode}")
        return os.path.exists(path) and os.path.getsize(path) > 0

    wait_for(ready, what, timeout)


TRANSLATIONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                            "translations")
LOCALES = {"en": None, "nl": "nl_NL", "de": "de_DE", "fr": "fr_FR"}


class Translations:
    """What Kluis shows for a source text in a language: the finished translation in
    translations/kluis_<locale>.ts, else the English source (as Qt falls back), mnemonic '&'
    removed as AT-SPI names have it."""

    def __init__(self, language):
        self.texts = {}
        locale = LOCALES[language]
        if locale is None:
            return
        path = os.path.join(TRANSLATIONS, f"kluis_{locale}.ts")
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") is None and \
                        translation.text:
                    self.texts[(name, message.findtext("source"))] = translation.text

    def has(self, context, source):
        return (context, source) in self.texts

    def __call__(self, context, source):
        return self.texts.get((context, source), source).replace("&", "")


class Desktop:
    """An X display with a window manager: Xvfb + openbox, or KLUIS_ACCEPTANCE_DISPLAY."""

    def __init__(self, workdir, size="1280x800"):
        self.workdir = workdir
        self.processes = []
        given = os.environ.get("KLUIS_ACCEPTANCE_DISPLAY")
        try:
            if given:
                self.display = given
            else:
                self._start_xvfb(workdir, size)
            if not self._window_manager_running():
                self._start_window_manager(workdir)
        except BaseException:
            self.stop()
            raise

    def _start_xvfb(self, workdir, size):
        read_end, write_end = os.pipe()
        with open(os.path.join(workdir, "xvfb.log"), "wb") as log:
            self.processes.append(subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{size}x24", "-nolisten",
                 "tcp"], pass_fds=(write_end,), stdout=log, stderr=log))
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise AssertionError("Xvfb did not start; see xvfb.log")
        self.display = f":{number}"
        wait_for(lambda: self._x(["xprop", "-root", "-len", "0"]).returncode == 0,
                 f"Xvfb to accept connections on {self.display}")

    def _start_window_manager(self, workdir):
        # Without a window manager Qt's windows are never activated and keyboard focus is odd.
        for _ in range(3):
            with open(os.path.join(workdir, "openbox.log"), "ab") as log:
                openbox = subprocess.Popen(["openbox", "--sm-disable"], env=self.env(),
                                           stdout=log, stderr=log)
            self.processes.append(openbox)
            try:
                wait_for(lambda: openbox.poll() is None and self._window_manager_running(),
                         "openbox to manage the display", 10)
                return
            except AssertionError:
                if openbox.poll() is None:
                    raise
        raise AssertionError("openbox did not start; see openbox.log")

    def env(self):
        env = dict(os.environ)
        env["DISPLAY"] = self.display
        return env

    def _x(self, command):
        return subprocess.run(command, env=self.env(), capture_output=True, text=True)

    def _window_manager_running(self):
        return "window id" in self._x(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"]).stdout

    def screenshot(self, path):
        subprocess.run(["import", "-window", "root", path], env=self.env(), check=False,
                       capture_output=True)

    def xdotool(self, *args):
        subprocess.run(["xdotool", *args], env=self.env(), check=True)
        if SLOW_MS:
            time.sleep(SLOW_MS / 1000)

    def clipboard(self, selection="clipboard", target=None):
        """What another program gets when it pastes; None when nobody owns the selection."""
        command = ["xclip", "-o", "-selection", selection]
        if target:
            command += ["-t", target]
        result = subprocess.run(command, env=self.env(), capture_output=True, timeout=10)
        if result.returncode != 0:
            return None
        return result.stdout.decode("utf-8", "replace")

    def set_clipboard(self, text):
        # xclip stays in the background as the selection's owner until another program takes
        # it over or the display goes.
        subprocess.run(["xclip", "-i", "-selection", "clipboard"], input=text.encode(),
                       env=self.env(), check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)

    def stop(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


class Emulator:
    """The real kluis-emulator with the demo seed; every caller is seen as 203.0.113.10."""

    def __init__(self, bin_dir, workdir, extra_args=()):
        self.bin_dir = bin_dir
        self.data_dir = os.path.join(workdir, "emulator")
        self.log_path = os.path.join(workdir, "emulator.log")
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                [os.path.join(bin_dir, "kluis-emulator"), "--data-dir", self.data_dir, "--listen",
                 "127.0.0.1:0", "--in-memory", "--seed", "demo", "--nat", "203.0.113.10",
                 *extra_args], stdout=log, stderr=log)
        self.cloud_file = os.path.join(self.data_dir, "cloud.json")
        try:
            _wait_process_file(self.cloud_file, self.process, "kluis-emulator")
        except BaseException:
            self.stop()
            raise
        with open(self.cloud_file) as handle:
            self.cloud = json.load(handle)

    def client(self):
        return next(c for c in self.cloud["clients"] if c.get("dataAccess"))

    def kluisctl(self, *args, check=True):
        """kluisctl as the full-access service principal, as an independent look at the vault."""
        client = self.client()
        env = dict(os.environ, AZURE_CLIENT_ID=client["clientId"],
                   AZURE_CLIENT_SECRET=client["clientSecret"],
                   AZURE_TENANT_ID=self.cloud["tenantId"])
        result = subprocess.run(
            [os.path.join(self.bin_dir, "kluisctl"), "--cloud-file", self.cloud_file, "--json",
             *args], env=env, capture_output=True, text=True, timeout=60)
        if check and result.returncode != 0:
            raise AssertionError(f"kluisctl {' '.join(args)} failed: {result.stderr}")
        return json.loads(result.stdout) if result.stdout.strip() else None

    def approve_device_code(self, code):
        """What the person does in the browser: enter the code on the device page, approve."""
        url = self.cloud["authorityHost"].rstrip("/") + "/device"
        result = subprocess.run(
            ["curl", "-sS", "--fail", "--cacert", self.cloud["caFile"], "--data-urlencode",
             f"user_code={code}", "--data", "action=approve", url],
            capture_output=True, text=True, timeout=30)
        if result.returncode != 0 or "signed in" not in result.stdout:
            raise AssertionError(f"the device page refused {code}: {result.stdout}{result.stderr}")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _role(accessible):
    return accessible.getRoleName()


def _showing(accessible):
    return accessible.getState().contains(pyatspi.STATE_SHOWING)


def _matches(value, pattern):
    if pattern is None:
        return True
    if isinstance(pattern, re.Pattern):
        return bool(pattern.search(value or ""))
    return value == pattern


class Kluis:
    """The kluis binary on the desktop, with its own settings, and its accessibility tree."""

    def __init__(self, bin_dir, desktop, workdir, cloud_file=None, locale="C.UTF-8",
                 settings=None, args=()):
        self.desktop = desktop
        self.workdir = workdir
        self.config_dir = os.path.join(workdir, "config")
        self.data_dir = os.path.join(workdir, "data")
        os.makedirs(os.path.join(self.config_dir, "Kluis"), exist_ok=True)
        os.makedirs(self.data_dir, exist_ok=True)
        if settings:
            self._write_settings(settings)
        env = desktop.env()
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
            env.pop(name, None)
        env.update(LANG=locale, TZ="UTC", QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                   XDG_CONFIG_HOME=self.config_dir, KLUIS_DATA_DIR=self.data_dir,
                   XDG_DATA_HOME=self.data_dir)
        command = [os.path.join(bin_dir, "kluis"), *args]
        if cloud_file:
            command += ["--cloud-file", cloud_file]
        self.log_path = os.path.join(workdir, "kluis.log")
        # File dialogs open in the working directory.
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(command, env=env, cwd=workdir, stdout=log, stderr=log)
        try:
            self.app = wait_for(self._find_application, "Kluis on the accessibility bus", 30)
            self.window = self.find("frame", re.compile("Kluis"), within=self.app)
        except BaseException:
            self.stop()
            raise

    def _write_settings(self, settings):
        groups = {}
        for key, value in settings.items():
            group, _, name = key.rpartition("/")
            groups.setdefault(group or "General", {})[name] = value
        with open(os.path.join(self.config_dir, "Kluis", "Kluis.conf"), "w") as handle:
            for group, values in groups.items():
                handle.write(f"[{group}]\n")
                for name, value in values.items():
                    handle.write(f"{name}={value}\n")
                handle.write("\n")

    def _find_application(self):
        if self.process.poll() is not None:
            raise AssertionError(f"kluis exited with {self.process.returncode}; see kluis.log")
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.get_process_id() == self.process.pid:
                # The main window is on the bus once it is shown.
                if any(_role(app.getChildAtIndex(i)) == "frame" for i in range(app.childCount)):
                    return app
        return None

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    # --- the accessibility tree ---------------------------------------------------------------

    def walk(self, root=None, cells=True):
        """Every showing accessible under root (the whole application by default)."""
        stack = [root or self.app]
        while stack:
            node = stack.pop()
            try:
                role = _role(node)
                if node is not self.app and not _showing(node):
                    continue
                count = node.childCount
            except Exception:
                continue
            yield node
            if not cells and role in ("table", "tree", "tree table", "list"):
                continue
            children = []
            for index in range(count):
                try:
                    child = node.getChildAtIndex(index)
                except Exception:
                    child = None
                if child is not None:
                    children.append(child)
            stack.extend(reversed(children))

    def find_all(self, role=None, name=None, within=None, description=None, cells=True):
        found = []
        for node in self.walk(within, cells=cells):
            try:
                if (role is None or _role(node) == role) and _matches(node.name, name) and \
                        _matches(node.description, description):
                    found.append(node)
            except Exception:
                continue
        return found

    def find(self, role=None, name=None, within=None, description=None, timeout=DEFAULT_TIMEOUT,
             cells=None):
        """The first showing accessible with this role and name (a string or a regex)."""
        if cells is None:
            cells = role in ("table cell", "tree item", "list item")
        what = f"{role or 'anything'} named {name.pattern if isinstance(name, re.Pattern) else name!r}"
        return wait_for(lambda: next(iter(self.find_all(role, name, within, description, cells)), None),
                        what, timeout)

    def dialog(self, title, timeout=DEFAULT_TIMEOUT):
        """A dialog window (a top-level child of the application) by its title."""
        def look():
            for index in range(self.app.childCount):
                window = self.app.getChildAtIndex(index)
                if window is not None and _role(window) in ("dialog", "frame", "alert") and \
                        _matches(window.name, title) and _showing(window):
                    return window
            return None
        return wait_for(look, f"the dialog {title!r}", timeout)

    def top_windows(self):
        windows = []
        for index in range(self.app.childCount):
            window = self.app.getChildAtIndex(index)
            if window is not None and _showing(window):
                windows.append(window)
        return windows

    @staticmethod
    def text(accessible):
        """What a text field or value label holds (its name when it has no text)."""
        try:
            return accessible.queryText().getText(0, -1)
        except NotImplementedError:
            return accessible.name
        except Exception:
            return accessible.name

    @staticmethod
    def has_state(accessible, state):
        return accessible.getState().contains(state)

    @classmethod
    def enabled(cls, accessible):
        return cls.has_state(accessible, pyatspi.STATE_ENABLED)

    @classmethod
    def focused(cls, accessible):
        return cls.has_state(accessible, pyatspi.STATE_FOCUSED)

    @classmethod
    def checked(cls, accessible):
        return cls.has_state(accessible, pyatspi.STATE_CHECKED) or \
            cls.has_state(accessible, pyatspi.STATE_PRESSED)

    @staticmethod
    def extents(accessible):
        box = accessible.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return box.x, box.y, box.width, box.height

    @staticmethod
    def rows(table, column=0):
        """The names in one column of a table, top to bottom, as it shows them."""
        grid = table.queryTable()
        names = []
        for row in range(grid.nRows):
            cell = grid.getAccessibleAt(row, column)
            names.append(cell.name if cell is not None else None)
        return names

    @staticmethod
    def cell(table, row, column):
        return table.queryTable().getAccessibleAt(row, column)

    def row_cell(self, table, name, column=0, timeout=DEFAULT_TIMEOUT):
        """The cell in `column` of the row whose first column reads `name`."""
        def look():
            names = self.rows(table)
            return self.cell(table, names.index(name), column) if name in names else None
        return wait_for(look, f"the row {name!r}", timeout)

    @staticmethod
    def relation_target(accessible, relation):
        for item in accessible.getRelationSet():
            if item.getRelationType() == relation and item.getNTargets() > 0:
                return item.getTarget(0)
        return None

    def labelled(self, label, within=None, timeout=DEFAULT_TIMEOUT):
        """The widget a label names (its buddy): a combo box is named by its current text."""
        def look():
            for node in self.find_all("label", label, within):
                target = self.relation_target(node, pyatspi.RELATION_LABEL_FOR)
                if target is not None:
                    return target
            return None
        return wait_for(look, f"the field labelled {label!r}", timeout)

    def choose(self, combo, item):
        """Opens a combo box with the mouse and clicks one of its items."""
        self.click(combo)
        self.click(self.find("list item", item))
        wait_for(lambda: combo.name == item, f"{item!r} to be chosen")

    # --- input --------------------------------------------------------------------------------

    def point_at(self, accessible):
        x, y, width, height = self.extents(accessible)
        if width <= 0 or height <= 0:
            raise AssertionError(f"{_role(accessible)} {accessible.name!r} has no area on screen")
        return x + width // 2, y + height // 2

    def move_to(self, x, y):
        # --sync waits for the pointer to move: not when it is already there.
        where = subprocess.run(["xdotool", "getmouselocation", "--shell"], env=self.desktop.env(),
                               capture_output=True, text=True).stdout
        if f"X={x}\n" in where and f"Y={y}\n" in where:
            return
        self.desktop.xdotool("mousemove", "--sync", str(x), str(y))

    def click(self, accessible, button=1, modifiers=None):
        x, y = self.point_at(accessible)
        self.move_to(x, y)
        if modifiers:
            self.desktop.xdotool("keydown", modifiers)
        self.desktop.xdotool("click", str(button))
        if modifiers:
            self.desktop.xdotool("keyup", modifiers)

    def keys(self, *combos):
        """Key presses as xdotool names them: "ctrl+n", "Tab", "Return", "alt+f"."""
        for combo in combos:
            self.desktop.xdotool("key", "--clearmodifiers", combo)

    def type(self, text):
        self.desktop.xdotool("type", "--delay", "15", "--", text)

    def dump(self):
        """The showing tree as text: role, accessible name, text, description, states."""
        lines = []

        def visit(node, depth):
            try:
                if node is not self.app and not _showing(node):
                    return
                text = self.text(node)
                extra = f" text={text!r}" if text and text != node.name else ""
                if node.description:
                    extra += f" description={node.description!r}"
                if not self.enabled(node):
                    extra += " (disabled)"
                if self.focused(node):
                    extra += " (focused)"
                lines.append(f"{'  ' * depth}{_role(node)} {node.name!r}{extra}")
                for index in range(node.childCount):
                    child = node.getChildAtIndex(index)
                    if child is not None:
                        visit(child, depth + 1)
            except Exception as error:
                lines.append(f"{'  ' * depth}? {error}")

        visit(self.app, 0)
        return "\n".join(lines)

    def focused_widget(self):
        for node in self.walk(cells=True):
            try:
                if self.focused(node) and _role(node) not in ("frame", "dialog", "application"):
                    return node
            except Exception:
                continue
        return None


def make_workdir(name):
    root = os.environ.get("KLUIS_ACCEPTANCE_OUT") or tempfile.gettempdir()
    os.makedirs(root, exist_ok=True)
    path = os.path.join(root, "work", name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path

