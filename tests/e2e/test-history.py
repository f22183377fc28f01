# SPDX-License-Identifier: GPL-3.0-or-later
# test-history.py: a coordinator finds a person, asks for their history from the profile's
# menu, and reads who changed their record, in the History view.

import sys
import time

from hearth_e2e import Hearth, fail


def main():
    hearth = Hearth(sys.argv[1], ['--demo'])
    hearth.show_view('People')

    search = hearth.app.child(name='Search people', roleName='entry')
    search.queryEditableText().setTextContents('Bronwen Abernethy')
    time.sleep(1.5)
    labels = hearth.app.findChildren(lambda n: n.roleName == 'label'
                                     and n.name == 'Bronwen Abernethy')
    if not labels:
        fail('searching for Bronwen Abernethy found no row')
    row = labels[0]
    while row.roleName != 'list item':
        row = row.parent
    row.parent.querySelection().selectChild(row.indexInParent)
    time.sleep(1)

    # Every page has the button; the one on the People page's profile is the one that acts.
    menus = [m for m in hearth.app.findChildren(lambda n: n.name == 'More About This Record')
             if 'click' in m.actions]
    if not menus:
        fail('the profile has no menu a screen reader can open')
    menus[0].doActionNamed('click')
    time.sleep(1)
    hearth.app.child(name='Show History', roleName='menu item').doActionNamed('click')
    time.sleep(1.5)

    heading = hearth.app.findChildren(lambda n: n.roleName == 'label'
                                      and n.name.startswith('The history of'))
    if not heading or 'Bronwen' not in heading[0].name:
        fail(f'the History view does not say whose history it shows: {[h.name for h in heading]}')
    hearth.quit()
    print(heading[0].name)


main()
