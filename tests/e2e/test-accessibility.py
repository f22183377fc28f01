# SPDX-License-Identifier: GPL-3.0-or-later
# test-accessibility.py: every view of the demo scheme, walked through the accessibility tree
# as a screen reader would: a control that can take the keyboard focus must have a name that
# says what it is, no name may say the same words twice, and an image only there to look at
# must not be announced. A record's profile and its editor in People and Carers, a review
# being written, and a dialog are walked too.

import collections
import re
import sys
import time

from hearth_e2e import FIRST_RECORD, Hearth, extents, fail, wait_for

from dogtail import rawinput
import pyatspi

# Roles a person operates; each must be named.
CONTROLS = {
    'push button', 'toggle button', 'check box', 'radio button', 'combo box', 'text',
    'password text', 'spin button', 'slider', 'menu item', 'link', 'switch', 'entry',
    'list', 'tree table', 'table', 'page tab', 'list item', 'table row', 'tree item',
    'check menu item', 'radio menu item',
}

# What a screen reader announces as it reads through a view, focusable or not: each is named
# by what it holds, never by its class ("GtkFlowBoxChild").
STRUCTURES = {'table', 'table cell', 'page tab list', 'list', 'list item', 'page tab', 'tree',
              'grid cell', 'dialog', 'alert'}

# The name GTK 4.8 falls back to when a widget has none of its own.
TYPE_NAME = re.compile(r'(Gtk|Adw|Hearth)[A-Z]\w*')

# A longer list has its first rows walked, then a few spread over the rest, its last among
# them: its rows are made alike, each kind among the first, and the AT-SPI calls for
# hundreds of rows would take minutes.
FIRST_ROWS = 12
SPREAD_ROWS = 4

# Words too common to show that a name repeats itself.
COMMON = {'the', 'and', 'for', 'with', 'from', 'this', 'that', 'its', 'their', 'into', 'not'}


class Seen:
    """One accessible as the walk found it, with the path to it and the text of the labels
    below it (what GTK 4.8 puts together into a name that has not been set)."""

    def __init__(self, node, role, name, focusable, path, parent):
        self.node, self.role, self.name, self.focusable, self.path, self.parent = \
            node, role, name, focusable, path, parent
        self.texts = []

    def within(self, ancestor):
        up = self.parent
        while up is not None and up is not ancestor:
            up = up.parent
        return up is not None

    def where(self):
        return ' < '.join(self.path[:5])


def rows_to_walk(count):
    """The indexes of a list's children that are walked."""
    if count <= FIRST_ROWS + SPREAD_ROWS:
        return list(range(count))
    step = (count - FIRST_ROWS) // SPREAD_ROWS
    spread = [FIRST_ROWS + step * (i + 1) - 1 for i in range(SPREAD_ROWS)]
    return list(range(FIRST_ROWS)) + spread[:-1] + [count - 1]


def collect(window, view_index=None):
    """Walks @window's tree once, asking each accessible for its role, name, states and
    children once. GTK 4.8 marks no stack page as showing: of the views' stack, only the page
    of the view chosen in the sidebar (@view_index) is walked; every page of any other stack
    is, as each is made to be shown."""
    seen = []

    def visit(node, path, parent):
        try:
            role = node.getRoleName()
            name = (node.name or '').strip()
            focusable = node.getState().contains(pyatspi.STATE_FOCUSABLE)
            count = node.childCount
        except Exception:
            return []
        step = f'{role}:{name!r}' + (f' ({count} rows)' if count > FIRST_ROWS else '')
        entry = Seen(node, role, name, focusable, [step] + path, parent)
        seen.append(entry)
        texts = [name] if role == 'label' and name else []
        if len(path) > 60:
            return texts
        children = [node.getChildAtIndex(i) for i in rows_to_walk(count)]
        children = [c for c in children if c is not None]
        if view_index is not None and len(children) > view_index and \
                all(c.name == 'GtkStackPage' for c in children) and \
                children[0].childCount == 1 and \
                children[0].getChildAtIndex(0).name == 'HearthDashboardPage':
            children = [children[view_index]]
        for child in children:
            texts += visit(child, entry.path, entry)
        entry.texts = texts
        return texts

    visit(window, [], None)
    return seen


def words(text):
    return re.findall(r'\w+', text.lower())


def said_twice(name, texts):
    """The words @name says twice, if it does: a label's text put after (or before) a name
    that already says it ("Move Jo Bloggs on Move On…", "Area, +0 points, … area Area"), or
    its last words said again at once ("Pipeline Pipeline"). GTK 4.8 joins a name and a
    label's text as they are, with a space alone: a name's own sentence that ends in the same
    words ("Area, +0 points, Lives in another area"), or ends a clause before them, after a
    comma or full stop, says them once."""
    low = name.lower()
    for text in set(texts):
        said = text.lower()
        if said == low:
            continue
        if name.endswith(' ' + text):
            rest = low[:-len(said) - 1]
            if rest.rstrip()[-1:] in ('.', ',', ';', ':', '·', '—', '–'):
                continue
        elif name.startswith(text + ' '):
            rest = low[len(said) + 1:]
        else:
            continue
        again = [w for w in words(said) if len(w) > 2 and w not in COMMON and w in words(rest)]
        if again:
            return text
    plain = words(name)
    for k in range(1, len(plain) // 2 + 1):
        if plain[-k:] == plain[-2 * k:-k]:
            return ' '.join(plain[-k:])
    return None


def offences(seen):
    """What a screen reader would get wrong, each with its role and path, and how often."""
    found = collections.Counter()
    for entry in seen:
        typed = TYPE_NAME.fullmatch(entry.name) is not None
        if entry.focusable and entry.role in CONTROLS:
            if not entry.name or typed:
                found[f'no name: {entry.where()}'] += 1
            elif re.search(r'(^|\s)_\w|\w_\w', entry.name):
                found[f'a mnemonic underscore spoken: {entry.where()}'] += 1
        elif entry.role in STRUCTURES and typed:
            found[f'named by its type: {entry.where()}'] += 1
        if entry.role in ('image', 'icon') and (not entry.name or typed):
            found[f'an image announced without a name: {entry.where()}'] += 1
        if entry.name and entry.role != 'label':
            twice = said_twice(entry.name, entry.texts)
            if twice:
                found[f'{twice!r} said twice: {entry.where()}'] += 1
    return found


def find(seen, role, name):
    return [e.node for e in seen if e.role == role and e.name == name]


def show_view(seen, index):
    """Chooses the view at @index in the sidebar, as a click or the arrow keys would. (A
    search of the whole tree for the sidebar, each time, would take seconds.)"""
    sidebar = find(seen, 'list', 'Views')
    if not sidebar:
        fail('the sidebar has no list of views a screen reader can find')
    try:
        chosen = sidebar[0].querySelection().selectChild(index)
    except Exception:
        # No answer in time: the view is still being filled (History lists hundreds of
        # changes), and the walk waits for it.
        chosen = True
    if not chosen:
        fail(f'the view at {index} in the sidebar could not be chosen')
    time.sleep(0.5)


def open_first_record(seen, view):
    """Chooses the first record of the list beside the view's search entry."""
    entries = [e for e in seen if e.role == 'entry' and e.name == FIRST_RECORD[view]]
    if not entries:
        fail(f'{view} has no search entry named {FIRST_RECORD[view]!r}')
    pane = entries[0].parent
    while pane is not None:
        items = [e for e in seen if e.role == 'list item' and e.within(pane)]
        if items:
            items[0].node.parent.querySelection().selectChild(items[0].node.indexInParent)
            time.sleep(1.0)
            return
        pane = pane.parent
    fail(f'{view} lists no record to open')


class Audit:
    def __init__(self, hearth):
        self.hearth, self.problems, self.view_index = hearth, [], None

    def windows(self):
        """Hearth's windows, once it answers: a view that fills a long list (History's
        hundreds of changes) can keep it busy past a call's timeout."""
        deadline = time.monotonic() + 90
        while True:
            try:
                return [c for c in self.hearth.app.children if c is not None]
            except Exception as error:
                if time.monotonic() > deadline:
                    fail(f'hearth did not answer: {error}')
                time.sleep(1.0)

    def walk(self, what, windows=None):
        """Walks the windows (by default, all that hearth shows) and notes what is wrong,
        under @what. Returns what it saw."""
        started = time.monotonic()
        while True:
            seen = []
            for window in windows or self.windows():
                seen += collect(window, self.view_index)
            # A window too busy to answer (History filling its list) is walked again.
            if len(seen) > 20 or time.monotonic() > started + 90:
                break
            time.sleep(1.0)
        print(f'{what}: {len(seen)} accessibles walked in {time.monotonic() - started:.1f} s')
        for problem, times in offences(seen).items():
            self.problems.append(f'{what}: {problem}' + (f' (×{times})' if times > 1 else ''))
        return seen


def click(node):
    """A click of the pointer, for rows that GTK 4.8 gives no action: without a window
    manager every window sits at the screen's corner, so a widget's place is on the screen."""
    x, y, w, h = extents(node)
    rawinput.click(x + w // 2, y + h // 2)
    time.sleep(0.5)


def walk_editor(audit, view, seen):
    """The editor of the record shown, then back to its profile unchanged."""
    edit = find(seen, 'push button', 'Edit')
    if not edit:
        fail(f'{view}: the profile has no Edit button a screen reader can find')
    edit[0].doActionNamed('click')
    if not wait_for(lambda: find(collect(edit[0].parent), 'push button', 'Done'), 5):
        fail(f'{view}: Edit did not open the editor')
    seen = audit.walk(f'{view}, a record’s editor')
    cancel = find(seen, 'push button', 'Cancel')
    if not cancel:
        fail(f'{view}: the editor has no Cancel button a screen reader can find')
    cancel[0].doActionNamed('click')
    time.sleep(1.0)


def walk_review(audit, seen):
    """A review being written, opened from the first review listed."""
    lists = find(seen, 'list', 'Reviews')
    due = [lists[0].getChildAtIndex(i) for i in range(lists[0].childCount)] if lists else []
    if not due:
        fail('the Reviews view lists no review to open')
    click(due[0])
    if not wait_for(lambda: find(collect(audit.hearth.frame(), audit.view_index),
                                 'push button', 'Record Review'), 5):
        fail(f'{due[0].name!r} did not open a review to write')
    seen = audit.walk('Reviews, a review being written')
    record = [e.parent for e in seen if e.role == 'push button' and e.name == 'Record Review']
    cancel = [e.node for e in seen if e.role == 'push button' and e.name == 'Cancel'
              and e.parent in record]
    if not cancel:
        fail('the review has no Cancel beside its Record Review')
    cancel[0].doActionNamed('click')
    time.sleep(1.0)


def walk_view(audit, view):
    """Walks @view, and what it opens. Returns what was seen in it first."""
    seen = audit.walk(view)
    if view == 'Reviews':
        walk_review(audit, seen)
    if view not in FIRST_RECORD:
        return seen
    open_first_record(seen, view)
    shown = audit.walk(f'{view}, a record')
    if view in ('People', 'Carers'):
        walk_editor(audit, view, shown)
    return seen


def walk_dialog(audit, seen):
    """A dialog a coordinator opens often: moving an applicant on in Recruitment."""
    hearth = audit.hearth
    show_view(seen, 1)
    audit.view_index = 1
    moves = [e.node for e in collect(hearth.frame(), 1) if e.role == 'push button'
             and e.name.startswith('Move ') and 'click' in e.node.actions]
    if not moves:
        fail('Recruitment has no button to move an applicant on')
    moves[0].doActionNamed('click')
    dialogs = wait_for(lambda: [c for c in hearth.app.children if c.roleName == 'dialog'], 5)
    if not dialogs:
        fail(f'{moves[0].name!r} opened no dialog')
    seen = audit.walk(f'the dialog of {moves[0].name!r}', dialogs)
    close = find(seen, 'push button', 'Cancel')
    if not close:
        fail('the dialog has no Cancel button')
    close[0].doActionNamed('click')
    time.sleep(0.5)


def main():
    hearth = Hearth(sys.argv[1], ['--demo'])
    views = [row.name for row in hearth.views()]
    if len(views) < 9:
        fail(f'the sidebar lists too few views: {views}')

    started = time.monotonic()
    audit = Audit(hearth)
    seen = collect(hearth.frame())
    for index, view in enumerate(views):
        show_view(seen, index)
        audit.view_index = index
        seen = walk_view(audit, view)
    walk_dialog(audit, seen)
    hearth.quit()
    if audit.problems:
        fail(f'{len(audit.problems)} things a screen reader would get wrong:\n  '
             + '\n  '.join(audit.problems))
    print(f'{len(views)} views walked in {time.monotonic() - started:.0f} s: {", ".join(views)}')


if __name__ == '__main__':
    main()
