# SPDX-License-Identifier: GPL-3.0-or-later
# test-accessibility.py: every view of the demo scheme, walked through the accessibility tree
# as a screen reader would: a control that can take the keyboard focus must have a name, and
# a button showing only an icon must say what it does.

import re
import sys
import time

from hearth_e2e import FIRST_RECORD, Hearth, describe, fail, open_first_record, walk

import pyatspi

# Roles a person operates; each must be named.
CONTROLS = {
    'push button', 'toggle button', 'check box', 'radio button', 'combo box', 'text',
    'password text', 'spin button', 'slider', 'menu item', 'link', 'switch', 'entry',
    'list', 'tree table', 'table', 'page tab',
}


def unnamed_controls(app):
    problems = []
    for node in walk(app):
        try:
            states = node.getState()
            role = node.getRoleName()
        except Exception:
            continue
        if role not in CONTROLS or not states.contains(pyatspi.STATE_FOCUSABLE):
            continue
        name = (node.name or '').strip()
        if not name:
            problems.append(describe(node))
        elif badly_named(name):
            problems.append(f'{describe(node)} (spoken as {name!r})')
    return problems


def badly_named(name):
    """A name a person should not hear: a class name GTK fell back to, a mnemonic's
    underscore, or the same words twice over."""
    words = name.split(' ')
    half = len(words) // 2
    return (re.fullmatch(r'(Gtk|Adw)[A-Za-z]+', name) is not None
            or re.search(r'(^|\s)_\w|\w_\w', name) is not None
            or (len(words) % 2 == 0 and half > 0 and words[:half] == words[half:]))


def main():
    hearth = Hearth(sys.argv[1], ['--demo'])
    views = [row.name for row in hearth.views()]
    if len(views) < 3:
        fail(f'the sidebar lists too few views: {views}')

    # Each view as it first shows, then with its first record chosen where it lists records,
    # so the panes a record opens (a profile, a person's candidate carers) are walked too.
    problems = set()
    for view in views:
        hearth.show_view(view)
        time.sleep(0.5)
        problems.update(unnamed_controls(hearth.app))
        if view in FIRST_RECORD:
            open_first_record(hearth, view)
            time.sleep(1.0)
            problems.update(unnamed_controls(hearth.app))
    problems = sorted(problems)
    hearth.quit()
    if problems:
        fail('controls without a name a screen reader could speak:\n  ' + '\n  '.join(problems))
    print(f'{len(views)} views walked: {", ".join(views)}')


main()
