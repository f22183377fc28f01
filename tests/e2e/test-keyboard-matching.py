# SPDX-License-Identifier: GPL-3.0-or-later
# test-keyboard-matching.py: the heart of the story without a pointer, on the demo scheme. A
# coordinator finds carers for someone waiting, proposes a trial, follows it stage by stage to
# both yeses, starts the arrangement and finds it listed. Keys go to the window through the X
# server, as a keyboard would send them; the pointer rests on the header bar and never clicks.
# The accessibility tree is only read, and hearth-cli reads the scheme file, to see what the
# keys did.

import json
import os
import subprocess
import sys
import time

from dogtail import rawinput

from hearth_e2e import Hearth, extents, fail, keys, labels, typed, wait_for

PERSON = 'Mateusz Ekwueme'      # waiting for a long-term match in the demo scheme
CARER = 'Mateusz Hussain'       # a candidate for him, with both places free
PAIR = f'{PERSON} ↔ {CARER}'
STAGES = ['Proposed', 'Pen portraits shared', 'First meeting', 'Further visits',
          'Overnight stay', 'Trial period', 'Decision']
PERSON_WORDS = 'I feel at home there'
CARER_WORDS = 'He fits in with us'
FEE = '712.50'
TODAY = os.environ.get('HEARTH_TODAY', '2026-11-22')


def page(hearth, name):
    """A view's part of the tree: the whole tree takes seconds to walk, a toast lasts five."""
    return hearth.app.child(name=name, roleName='filler')


def windows(hearth):
    """The names of the app's windows, the main one and any question open over it."""
    return [w.name for w in hearth.app.children]


def window_named(hearth, name):
    return wait_for(lambda: name in windows(hearth))


def window_gone(hearth, name):
    return wait_for(lambda: name not in windows(hearth))


class Scheme:
    """The demo scheme file, read with hearth-cli while the window has it open."""

    def __init__(self, cli, hearth):
        self.cli = cli
        self.file = os.path.join(hearth.data, 'data', 'hearth', 'Demo scheme.hearth')

    def json(self, *args):
        done = subprocess.run([self.cli] + list(args[:1]) + [self.file] + list(args[1:]) +
                              ['--json'], capture_output=True, text=True)
        if done.returncode != 0:
            fail(f'hearth-cli {" ".join(args)} failed: {done.stderr.strip()}')
        return json.loads(done.stdout)

    def person_id(self, name):
        found = [p for p in self.json('search', name.split()[-1])
                 if f'{p["first_name"]} {p["last_name"]}' == name]
        if len(found) != 1:
            fail(f'the demo scheme has {len(found)} people called {name}')
        return found[0]['id']

    def carer_id(self, name):
        found = [c for c in self.json('list', 'carers')
                 if f'{c["first_name"]} {c["last_name"]}' == name]
        if len(found) != 1:
            fail(f'the demo scheme has {len(found)} carers called {name}')
        return found[0]['id']

    def trials(self, person, carer):
        return [t for t in self.json('list', 'trials')
                if t['person_id'] == person and t['carer_id'] == carer]

    def arrangements(self, trial):
        return [a for a in self.json('list', 'arrangements') if a['trial_id'] == trial]


def main():
    hearth = Hearth(sys.argv[1], ['--demo'])
    time.sleep(1)
    scheme = Scheme(sys.argv[2], hearth)
    person_id = scheme.person_id(PERSON)
    carer_id = scheme.carer_id(CARER)
    if scheme.trials(person_id, carer_id):
        fail(f'the demo scheme already has a trial of {PAIR}: the test would prove nothing')

    # Xvfb has no window manager to give the window the keyboard focus: X sends keys to the
    # window under the pointer, so the pointer rests there, on the header bar. It never clicks.
    x, y, w, h = extents(hearth.frame())
    rawinput.absoluteMotion(x + w // 2, y + 12)
    time.sleep(0.5)
    main_window = hearth.frame().name
    views = [row.name for row in hearth.views()]

    # 1. Matching: Alt and its number, Ctrl+F, the surname, Down and Enter choose him.
    keys(f'<Alt>{views.index("Matching") + 1}')
    # Ctrl+M belongs to Trials now; the weights have Ctrl+Shift+W.
    keys('<Control>m', 1.0)
    if 'Matching Weights' in windows(hearth):
        fail('Ctrl+M still opens the matching weights in the Matching view')
    keys('<Control><Shift>w', 1.0)
    if not window_named(hearth, 'Matching Weights'):
        fail(f'Ctrl+Shift+W did not open the matching weights: {windows(hearth)}')
    keys('Escape', 1.0)
    if not window_gone(hearth, 'Matching Weights'):
        fail('Escape did not close the matching weights')

    matching = page(hearth, 'HearthMatchingPage')
    keys('<Control>f', 1.0)
    typed(PERSON.split()[-1], 0.8)
    waiting = matching.child(name='People who need a match', roleName='list')
    if not wait_for(lambda: [r.name for r in waiting.children if r.roleName == 'list item']
                    == [f'{PERSON}, Matching · Fernley']):
        fail(f'the search did not find {PERSON} alone: '
             f'{[r.name for r in waiting.children if r.roleName == "list item"]}')
    keys('Down', 0.5)
    keys('Return', 1.5)
    candidates = matching.child(name='Carers worth introducing', roleName='list')

    def shown():
        return [r.name for r in candidates.children if r.roleName == 'list item']

    if not wait_for(lambda: any(n.startswith(f'{CARER}, score') for n in shown())):
        fail(f'Enter did not show the carers for {PERSON}: {shown()}')
    expected = [c['name'] for c in scheme.json('suggest', f'--person={person_id}')['candidates']]
    if [n.split(', score')[0] for n in shown()] != expected:
        fail(f'the candidates shown are not the ones the core suggests: {shown()} / {expected}')

    # 2. Enter put the keyboard on the first candidate: Down to the carer, Enter opens the row,
    # Alt+P proposes, Enter agrees.
    for _ in range(expected.index(CARER)):
        keys('Down', 0.4)
    keys('Return', 1.0)
    keys('<Alt>p', 1.5)
    if not window_named(hearth, 'Propose a Trial?'):
        fail(f'Alt+P did not ask to propose a trial: {windows(hearth)}')
    keys('Return', 1.5)
    if not window_gone(hearth, 'Propose a Trial?'):
        fail('Enter did not answer the question')
    # He is in a trial now, and the carer is no longer suggested to him.
    if not wait_for(lambda: labels(matching, 'In trial · Fernley')):
        fail(f'Enter did not propose the trial of {PAIR}: {PERSON} is not shown in a trial')
    if any(n.startswith(f'{CARER}, score') for n in shown()):
        fail(f'{CARER} is still suggested to {PERSON} once their trial is proposed')
    trials = scheme.trials(person_id, carer_id)
    if len(trials) != 1 or trials[0]['stage'] != 'proposed' or trials[0]['outcome'] != 'open':
        fail(f'the scheme does not hold one open, proposed trial of {PAIR}: {trials}')
    trial_id = trials[0]['id']

    # 3. Trials: Ctrl+F finds the card, Down selects it; Ctrl+M moves it on, stage by stage.
    keys(f'<Alt>{views.index("Trials") + 1}', 1.0)
    board = page(hearth, 'HearthTrialsPage')
    keys('<Control>f', 1.0)
    typed(PERSON.split()[-1], 1.0)
    if not wait_for(lambda: labels(board, '1 trial found')):
        fail('Ctrl+F and typing did not search the trials')
    keys('Down', 0.8)

    def card():
        """The trial's card on the board (its row in the closed list is left out)."""
        found = board.findChildren(lambda n: n.roleName == 'list item' and
                                        n.name.startswith(f'{PAIR}, ') and
                                        n.parent.name in STAGES)
        if len(found) > 1:
            fail(f'the board has {len(found)} cards of {PAIR}')
        return found[0] if found else None

    def card_in(stage):
        c = card()
        return c is not None and c.parent.name == stage and c.selected

    if not wait_for(lambda: card_in('Proposed')):
        fail(f'Down from the search did not select the card of {PAIR} in Proposed')

    for i, stage in enumerate(STAGES[1:]):
        keys('<Control>m', 1.0)
        if not window_named(hearth, 'Move On'):
            fail(f'Ctrl+M did not ask to move {PAIR} on to {stage}: {windows(hearth)}')
        if i % 2 == 0:
            keys('Tab', 0.4)        # from the next stage to the date, where Enter answers
            keys('Return', 1.0)
        else:
            keys('<Control>Return', 1.0)
        if not window_gone(hearth, 'Move On'):
            fail(f'the question to move on to {stage} did not close')
        if not wait_for(lambda: card_in(stage)):
            c = card()
            fail(f'the card of {PAIR} is not selected in {stage}: '
                 f'{c.parent.name if c else None}, {c.name if c else None}')
    trial = scheme.json('show', f'--trial={trial_id}')
    trial = trial.get('trial', trial)
    if trial['stage'] != 'decision' or trial['trial_start'] != TODAY:
        fail(f'the scheme does not hold the trial at its decision, its period from today: {trial}')

    # Ctrl+D records each side's choice: Tab past whose choice and "Yes" to their own words.
    for words, choices in ((PERSON_WORDS, 'Person: yes · Carer: waiting'),
                           (CARER_WORDS, 'Person: yes · Carer: yes')):
        keys('<Control>d', 1.0)
        if not window_named(hearth, 'Record Choice'):
            fail(f'Ctrl+D did not ask for a choice: {windows(hearth)}')
        keys('Tab', 0.4)
        keys('Tab', 0.4)
        typed(words, 0.5)
        keys('Return', 1.5)
        if not window_gone(hearth, 'Record Choice'):
            fail('Enter did not record the choice')
        if not wait_for(lambda: card_in('Decision') and labels(card(), choices)):
            fail(f'the card of {PAIR}, still selected, does not say “{choices}”')
    trial = scheme.json('show', f'--trial={trial_id}')
    trial = trial.get('trial', trial)
    if (trial['outcome'], trial['person_decision'], trial['person_words'], trial['carer_decision'],
            trial['carer_words']) != ('agreed', 'yes', PERSON_WORDS, 'yes', CARER_WORDS):
        fail(f'the scheme does not hold both yeses in their own words: {trial}')
    if not wait_for(lambda: card_in('Decision') and 'agreed by both' in card().name):
        fail(f'the card of {PAIR} does not say it is agreed by both')

    # 4. Enter on the card opens its actions; the only one left is Start Arrangement. The
    # dialog starts on the weekly fee; Ctrl+Return starts it.
    keys('Return', 1.0)
    keys('Return', 1.5)
    if not window_named(hearth, 'Start Arrangement'):
        fail(f'Enter on the card and Enter did not start the arrangement: {windows(hearth)}')
    typed(FEE, 0.5)
    keys('<Control>Return', 1.5)
    if not window_gone(hearth, 'Start Arrangement'):
        fail('Ctrl+Return did not start the arrangement')
    arrangements = scheme.arrangements(trial_id)
    if len(arrangements) != 1:
        fail(f'the scheme has {len(arrangements)} arrangements from the trial of {PAIR}')
    arrangement = arrangements[0]
    if (arrangement['person_id'], arrangement['carer_id'], arrangement['start_date'],
            arrangement['weekly_fee_pence'], arrangement['end_date']) != \
            (person_id, carer_id, TODAY, 71250, None):
        fail(f'the arrangement is not the one typed: {arrangement}')
    if not wait_for(lambda: card() is None):
        fail(f'the card of {PAIR} is still on the board once its arrangement started')

    # 5. Arrangements: Alt and its number, Ctrl+F, the surname: it is listed, with its fee.
    keys(f'<Alt>{views.index("Arrangements") + 1}', 1.0)
    keys('<Control>f', 1.0)
    typed(PERSON.split()[-1], 1.0)
    listed = page(hearth, 'HearthArrangementsPage').child(name='Arrangements', roleName='list')
    since = f'{PAIR}, Long-term, since 22 November 2026'

    def rows():
        return [r.name for r in listed.children if r.roleName == 'list item']

    if not wait_for(lambda: rows() == [since]):
        fail(f'the arrangement is not listed alone as “{since}”: {rows()}')
    # Down from the search to the row, Enter opens it: its terms show the fee typed.
    keys('Down', 0.5)
    keys('Return', 1.5)
    arrangements_page = page(hearth, 'HearthArrangementsPage')
    if not wait_for(lambda: [r for r in listed.children if r.roleName == 'list item' and
                             r.selected]):
        fail('Down and Enter did not choose the arrangement')
    if not wait_for(lambda: labels(arrangements_page, '£712.50 a week')):
        fail('the arrangement chosen does not show its weekly fee of £712.50')
    if windows(hearth) != [main_window]:
        fail(f'a window was left open: {windows(hearth)}')

    hearth.quit()
    print('matched, trialled, agreed and started with the keyboard alone')


main()
