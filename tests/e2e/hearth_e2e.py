# SPDX-License-Identifier: GPL-3.0-or-later
# hearth_e2e.py: what the end-to-end tests share: start the real hearth binary on a scheme,
# find controls the way a person would (by the names a screen reader speaks), and look at
# the accessibility tree as a whole.
#
# Run under: xvfb-run -a dbus-run-session /usr/bin/python3 TEST HEARTH HEARTH_CLI

import os
import re
import subprocess
import sys
import tempfile
import threading
import time

os.environ.setdefault('GSETTINGS_BACKEND', 'memory')

from dogtail import utils  # noqa: E402

# Under Xvfb there is no session that switched accessibility on; GTK exports the tree anyway.
utils.isA11yEnabled = lambda: True

from dogtail import rawinput  # noqa: E402
from dogtail import tree  # noqa: E402
from dogtail.config import config  # noqa: E402
import pyatspi  # noqa: E402

config.searchCutoffCount = 20
config.searchBackoffDuration = 0.25
config.defaultDelay = 0.2
config.actionDelay = 0.2
config.typingDelay = 0.02
config.logDebugToFile = False
config.logDebugToStdOut = False


# Every hearth a test started, so that a failure stops them rather than leave a window to
# catch the keys of the next run on the same display.
_started = []

# A warning or critical from any log domain, as GLib prints it: "Gtk-WARNING **: ...",
# "GLib-GObject-CRITICAL **: ...", "Adwaita-WARNING **: ...", "hearth-store-WARNING **: ...".
_WARNING = re.compile(r'\b[\w.-]+-(WARNING|CRITICAL) \*\*')


class _Stderr(threading.Thread):
    """Reads what hearth writes to stderr, passing it on to the test's own stderr for
    whoever reads the log, and keeping every warning and critical among it."""

    def __init__(self, stream):
        super().__init__(daemon=True)
        self.stream = stream
        self.warnings = []

    def run(self):
        for line in iter(self.stream.readline, ''):
            sys.stderr.write(line)
            if _WARNING.search(line):
                self.warnings.append(line.rstrip())


class Hearth:
    """The hearth binary, started on a scheme file, and its accessibility tree."""

    def __init__(self, hearth, args):
        self.data = tempfile.mkdtemp(prefix='hearth-e2e-')
        env = dict(os.environ)
        env['XDG_DATA_HOME'] = os.path.join(self.data, 'data')
        env.setdefault('XDG_CONFIG_HOME', os.path.join(self.data, 'config'))
        env.setdefault('HEARTH_TODAY', '2026-11-22')
        self.process = subprocess.Popen([hearth] + args, env=env, stderr=subprocess.PIPE,
                                        text=True, errors='replace')
        self.stderr = _Stderr(self.process.stderr)
        self.stderr.start()
        _started.append(self.process)
        self.app = None
        for _ in range(100):
            try:
                self.app = tree.root.application('hearth')
                if self.frame() is not None:
                    break
            except Exception:
                pass
            time.sleep(0.2)
        if self.app is None:
            fail('hearth did not appear in the accessibility tree')
        if args:
            # The window comes at once, saying what it opens; the views follow.
            def has_views():
                return self.app.findChild(
                    lambda n: n.name == 'Views' and n.roleName == 'list',
                    retry=False, requireResult=False)
            if not wait_for(has_views, 60):
                fail('the scheme did not open in its window')

    def frame(self):
        frames = [c for c in self.app.children if c.roleName == 'frame']
        return frames[0] if frames else None

    def quit(self):
        """Stops hearth, and fails the test if it printed any warning or critical: ordinary
        use of the window prints none."""
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            fail('hearth did not exit when asked')
        self.stderr.join(10)
        if self.stderr.warnings:
            fail('hearth printed warnings:\n' + '\n'.join(self.stderr.warnings))

    def toast(self, text, seconds=6):
        """The toast showing @text, found near the top of the window: a toast lasts five
        seconds, and a search of the whole tree can take longer than that on a busy machine."""
        def near_top():
            level = [self.frame()]
            for _ in range(4):
                below = []
                for node in level:
                    for i in range(node.childCount if node is not None else 0):
                        child = node.getChildAtIndex(i)
                        if child is None:
                            continue
                        if child.roleName == 'filler' and child.name == text:
                            return child
                        below.append(child)
                level = below
            return None
        return wait_for(near_top, seconds)

    def views(self):
        """The sidebar's rows, by their spoken names."""
        sidebar = self.app.child(name='Views', roleName='list')
        return [row for row in sidebar.children if row.name]

    def show_view(self, name):
        """Chooses a view in the sidebar, as a click or the arrow keys would."""
        sidebar = self.app.child(name='Views', roleName='list')
        row = sidebar.child(name=name, recursive=False)
        if not sidebar.querySelection().selectChild(row.indexInParent):
            fail(f'the view {name} could not be chosen')
        time.sleep(0.5)


def extents(node):
    """Where @node is, and its size: x, y, width, height. Asked in the window's coordinates:
    GTK 4 cannot tell screen coordinates, and warns when asked (dogtail's position and size
    ask for them). Under Xvfb, with no window manager, the window sits at the screen's
    corner, so the two are the same."""
    box = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    return box.x, box.y, box.width, box.height


def walk(node):
    yield node
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child)


def describe(node):
    path = []
    while node is not None and node.roleName != 'application':
        path.append(f'{node.roleName}:{node.name!r}')
        node = node.parent
    return ' < '.join(path[:4])


def fail(message):
    print(f'FAIL: {message}', file=sys.stderr)
    # What the screen showed, for whoever reads the failure.
    shot = os.path.join(tempfile.gettempdir(), 'hearth-e2e-failure.png')
    if subprocess.run(['import', '-window', 'root', shot], capture_output=True).returncode == 0:
        print(f'The screen at the failure: {shot}', file=sys.stderr)
    for process in _started:
        if process.poll() is None:
            process.kill()
            process.wait()
    sys.exit(1)


def screenshot(path):
    subprocess.run(['import', '-window', 'root', path], check=True)


# The list views, by the name of their search entry: a record chosen in one shows its pane.
FIRST_RECORD = {
    'People': 'Search people',
    'Carers': 'Search carers',
    'Matching': 'Search people who need a match',
    'Arrangements': 'Search arrangements',
}


def open_first_record(hearth, view):
    """In a list view, chooses the first record, as a click would, so its pane is shown."""
    if view not in FIRST_RECORD:
        return
    entries = hearth.app.findChildren(lambda n: n.roleName == 'entry'
                                      and n.name == FIRST_RECORD[view])
    if not entries:
        return
    pane, items = entries[0].parent, []
    while pane is not None and not items:
        items = pane.findChildren(lambda n: n.roleName == 'list item')
        pane = pane.parent
    if items:
        items[0].parent.querySelection().selectChild(items[0].indexInParent)


def wait_for(check, seconds=10):
    """Polls @check until it holds: the machine may be busy, and the window is not."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.25)
    return check()


def keys(combo, wait=0.6):
    """Presses keys together, as a person would, through the X server."""
    rawinput.keyCombo(combo)
    time.sleep(wait)


def typed(text, wait=0.4):
    rawinput.typeText(text)
    time.sleep(wait)


def labels(within, text):
    """The labels below @within (a view, or the whole app) that read @text."""
    return within.findChildren(lambda n: n.roleName == 'label' and n.name == text)
