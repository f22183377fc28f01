# SPDX-License-Identifier: GPL-3.0-or-later
# test-keyboard.py: the main path without a pointer. Keys go to the window through the X
# server, as a keyboard would send them; the accessibility tree is only read, to see what
# happened.

import sys
import time

from dogtail import rawinput

from hearth_e2e import Hearth, extents, fail, keys, labels, typed, wait_for


def main():
    hearth = Hearth(sys.argv[1], ['--demo'])
    time.sleep(1)
    # Xvfb has no window manager to give the window the keyboard focus: X sends keys to the
    # window under the pointer, so the pointer rests there, on the header bar. It never clicks.
    x, y, w, h = extents(hearth.frame())
    rawinput.absoluteMotion(x + w // 2, y + 12)
    time.sleep(0.5)

    # Alt and a number choose a view, in the sidebar's order.
    views = [row.name for row in hearth.views()]
    keys(f'<Alt>{views.index("People") + 1}')

    # Add a person without leaving the keyboard: the editor opens on the first name.
    # (GTK 4.8 reports neither focus nor an entry's text to AT-SPI, so the test reads where
    # the typing went from the profile that Done shows.)
    keys('<Control><Shift>n', 1.0)
    typed('Morwenna')
    keys('Tab')
    typed('Trelawny')
    for _ in range(3):          # past Preferred name and Pronouns
        keys('Tab', 0.3)
    typed('12/03/1990')
    keys('<Control>Return', 1.5)
    if not wait_for(lambda: labels(hearth.app, 'Morwenna Trelawny')):
        fail('Ctrl+Return did not save and show Morwenna Trelawny')
    if not wait_for(lambda: labels(hearth.app, '12 March 1990')):
        fail('the date of birth typed after three Tabs is not on her profile')

    # Find her: Ctrl+F, type, then Down and Enter open her profile.
    keys('<Control>f', 1.0)
    typed('Trelawny', 0.5)
    people = hearth.app.child(name='People', roleName='list')

    def rows():
        return [r for r in people.children if r.roleName == 'list item']

    if not wait_for(lambda: len(rows()) == 1):
        fail(f'Ctrl+F and typing did not search: {len(rows())} rows')
    keys('Down', 0.5)
    keys('Return', 1.0)
    chosen = wait_for(lambda: [r for r in rows() if r.selected])
    if len(chosen) != 1 or 'Morwenna Trelawny' not in chosen[0].name:
        fail(f'Down and Enter did not choose her: {[r.name for r in chosen]}')

    # Ctrl+E edits; Escape with nothing changed closes the editor again.
    def editing():
        # A hidden button is not in the tree at all; Done is there only while editing.
        return hearth.app.findChildren(lambda n: n.name == 'Done' and n.roleName == 'push button'
                                       and n.sensitive)

    keys('<Control>e', 1.0)
    if not wait_for(editing):
        fail('Ctrl+E did not open the editor')
    keys('Escape', 1.0)
    if not wait_for(lambda: not editing()):
        fail('Escape did not close an editor with no changes')

    # Alt and a number take the keyboard into the view: typing goes straight to its search.
    # (A view is made when it is first shown, so its list is looked for once it is.)
    keys(f'<Alt>{views.index("Carers") + 1}', 1.0)
    carers = hearth.app.child(name='Carers', roleName='list')

    def carer_rows():
        return [r.name for r in carers.children if r.roleName == 'list item']

    everyone = wait_for(carer_rows)
    surname = everyone[0].split(',')[0].split(' ')[-1]
    expected = [name for name in everyone if surname in name]
    typed(surname, 0.8)
    if not wait_for(lambda: carer_rows() == expected):
        fail(f'typing {surname!r} after Alt+number did not search the carers: {carer_rows()}')

    hearth.quit()
    print('added, found and opened with the keyboard alone')


main()
