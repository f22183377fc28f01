# SPDX-License-Identifier: GPL-3.0-or-later
# test-profiles.py: a coordinator adds a person through the editor, writes their pen
# portrait, finds them by a word from it, saves the introductions copy as PDF and reads it,
# then archives them and takes it back with Undo. Every control is found by its name.

import os
import subprocess
import sys
import tempfile
import time

from hearth_e2e import Hearth, fail


def clickable(hearth, name, role=None):
    """The control with this name that can be pressed now (hidden pages keep theirs)."""
    found = [n for n in hearth.app.findChildren(
        lambda n: n.name == name and (role is None or n.roleName == role))
        if 'click' in n.actions and n.sensitive]
    if not found:
        near = [(n.roleName, n.name, n.sensitive) for n in hearth.app.findChildren(
            lambda n: n.roleName == 'push button' and name in (n.name or ''))]
        fail(f'no control named {name!r} can be pressed; near: {near}')
    return found[0]


def press(hearth, name, role=None, wait=1.0):
    clickable(hearth, name, role).doActionNamed('click')
    time.sleep(wait)


def type_into(hearth, name, text, role='text'):
    fields = hearth.app.findChildren(lambda n: n.name == name and n.roleName == role)
    if not fields:
        fail(f'no field named {name!r}')
    fields[-1].queryEditableText().setTextContents(text)
    time.sleep(0.3)


def labels(hearth, text):
    return [n for n in hearth.app.findChildren(lambda n: n.roleName == 'label' and n.name == text)]


def pdf_text(path):
    return subprocess.run(['pdftotext', path, '-'], check=True, capture_output=True,
                          text=True).stdout


def main():
    hearth = Hearth(sys.argv[1], ['--demo'])
    hearth.show_view('People')

    # Add a person.
    press(hearth, 'Add a Person')
    type_into(hearth, 'First name', 'Morwenna')
    type_into(hearth, 'Last name', 'Trelawny')
    type_into(hearth, 'Date of birth', '12/03/1990')
    type_into(hearth, 'Postcode', 'QX9 1AB')
    type_into(hearth, 'About me',
              'Morwenna keeps bees on the allotment and sings alto in a choir.')
    press(hearth, 'Done', wait=1.5)
    if not labels(hearth, 'Morwenna Trelawny'):
        fail('after Done, the profile does not show Morwenna Trelawny')

    # Find her by a word from her pen portrait.
    search = hearth.app.child(name='Search people', roleName='entry')
    search.queryEditableText().setTextContents('beekeeping bees')
    time.sleep(1.5)
    search.queryEditableText().setTextContents('bees')
    time.sleep(1.5)
    people = hearth.app.child(name='People', roleName='list')
    rows = [r for r in people.children if r.roleName == 'list item']
    if len(rows) != 1 or 'Morwenna Trelawny' not in rows[0].name:
        fail(f'searching "bees" should find only Morwenna: {[r.name for r in rows]}')

    # Save the introductions copy of her pen portrait as PDF, and read it.
    out_dir = tempfile.mkdtemp(prefix='hearth-e2e-pdf-')
    press(hearth, 'More About This Record')
    hearth.app.child(name='Save Pen Portrait for Introductions as PDF…',
                     roleName='menu item').doActionNamed('click')
    time.sleep(2)
    path = os.path.join(out_dir, 'Morwenna.pdf')
    dialog = [n for n in hearth.app.children if 'Save Pen Portrait' in (n.name or '')]
    if not dialog:
        fail(f'no save dialog appeared: {[(n.roleName, n.name) for n in hearth.app.children]}')
    # GTK's own file chooser (no portal under Xvfb); GTK 4.8 names its widgets loosely.
    name_field = dialog[0].findChildren(lambda n: n.roleName == 'text'
                                        and n.name.rstrip(':') == 'Name')
    if not name_field:
        fail('the save dialog has no Name field: ' + repr([(n.roleName, n.name) for n in
             dialog[0].findChildren(lambda n: n.roleName in ('text', 'entry', 'push button'))]))
    name_field[0].queryEditableText().setTextContents(path)
    time.sleep(0.5)
    [b for b in dialog[0].findChildren(lambda n: n.roleName == 'push button'
                                       and n.name.split(' ')[-1] == 'Save')][0] \
        .doActionNamed('click')
    for _ in range(20):
        if os.path.exists(path):
            break
        time.sleep(0.5)
    if not os.path.exists(path):
        fail('the pen portrait PDF was not saved')
    text = pdf_text(path)
    if 'Morwenna' not in text or 'bees' not in text:
        fail(f'the PDF lacks her name or her words:\n{text}')
    for identifying in ('Trelawny', 'QX9', '1990'):
        if identifying in text:
            fail(f'the introductions copy shows {identifying!r}:\n{text}')

    # Archive her with a reason, then Undo.
    press(hearth, 'More About This Record')
    hearth.app.child(name='Archive…', roleName='menu item').doActionNamed('click')
    time.sleep(1)
    type_into(hearth, 'Reason for archiving', 'Moved to Cornwall')
    press(hearth, 'Archive', 'push button', wait=0)
    archived = hearth.toast('Morwenna Trelawny archived')
    if archived is None:
        fail('archiving did not say so, with an Undo')
    undo = [b for b in archived.children if b.roleName == 'push button' and b.name == 'Undo']
    if not undo:
        fail(f'the toast has no Undo: {[(b.roleName, b.name) for b in archived.children]}')
    rows = [r for r in people.children if r.roleName == 'list item']
    if rows:
        fail(f'after archiving, the search still lists {[r.name for r in rows]}')
    undo[0].doActionNamed('click')
    time.sleep(1.5)
    rows = [r for r in people.children if r.roleName == 'list item']
    if len(rows) != 1:
        fail(f'Undo did not bring Morwenna back: {[r.name for r in rows]}')

    hearth.quit()
    print('added, found, printed for introductions, archived and restored')


main()
