#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# test-readme.py: runs the README's first command, as written, the way a new user would.
#
# The two commands are read out of README.md, so the README and this test cannot drift
# apart. The first runs literally in a copy of the source tree, as a fresh clone would be,
# with a clean environment: no variable of the caller's shell, a new HOME, no GSETTINGS_*.
# It passes only when a window titled "… — Hearth" appears on this test's X display.
# The second must be the command .ci/run runs.

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77
SECTION = '## Try it on Debian 12'
TITLE = re.compile(r'"[^"]* — Hearth"')


def fail(message):
    print(f'FAIL: {message}', flush=True)
    sys.exit(1)


def readme_commands(source):
    with open(os.path.join(source, 'README.md'), encoding='utf-8') as readme:
        text = readme.read()
    if SECTION not in text:
        fail(f'README.md has no “{SECTION}” section')
    section = text.split(SECTION, 1)[1].split('\n## ', 1)[0]
    blocks = re.findall(r'```sh\n(.*?)```', section, re.S)
    if len(blocks) != 2:
        fail(f'the README’s “{SECTION}” section should hold two commands, not {len(blocks)}')
    commands = []
    for block in blocks:
        lines = [line for line in block.strip().splitlines() if not line.startswith('#')]
        if len(lines) != 1:
            fail(f'each README command should be one line, not: {block!r}')
        commands.append(lines[0])
    return commands


def check_ci_runs(source, test_command):
    with open(os.path.join(source, '.ci', 'run'), encoding='utf-8') as ci:
        lines = [line.strip() for line in ci]
    if test_command not in lines:
        fail(f'.ci/run does not run the README’s test command: {test_command}')


def copy_tree(source, copy):
    """What a fresh clone holds: the files git knows (as they are now) and nothing built."""
    try:
        listed = subprocess.run(['git', '-C', source, 'ls-files', '-z', '--cached', '--others',
                                 '--exclude-standard'],
                                check=True, capture_output=True).stdout.decode().split('\0')
    except (OSError, subprocess.CalledProcessError):
        listed = None

    if listed is None:
        shutil.copytree(source, copy, symlinks=True,
                        ignore=shutil.ignore_patterns('_build*', 'build', 'builddir', '.git'))
        return

    for name in filter(None, listed):
        path = os.path.join(source, name)
        if not os.path.lexists(path):
            continue
        target = os.path.join(copy, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy2(path, target, follow_symlinks=False)


def as_this_user(command):
    """As root, sudo is dropped where it is not installed; otherwise it must not ask."""
    if os.geteuid() == 0:
        if shutil.which('sudo') is None:
            return command.replace('sudo ', '')
        return command
    if shutil.which('sudo') is None or subprocess.run(['sudo', '-n', 'true']).returncode != 0:
        print('SKIP: the README’s first command needs sudo, which would ask for a password here')
        sys.exit(SKIP)
    return command.replace('sudo ', 'sudo -n ')


def display_environment():
    """The X display and its key: what a desktop session hands every program."""
    names = ('DISPLAY', 'XAUTHORITY')
    return {name: os.environ[name] for name in names if name in os.environ}


def hearth_window():
    tree = subprocess.run(['xwininfo', '-root', '-tree'], capture_output=True, text=True,
                          env=dict(display_environment(), PATH='/usr/bin:/bin',
                                   LC_ALL='C.UTF-8'))
    for line in tree.stdout.splitlines():
        found = TITLE.search(line)
        if found:
            return found.group(0)
    return None


def unmount_below(folder):
    """The desktop's document portal may have mounted its FUSE folder in the fresh home; once
    the session is gone the mount is dead and would stop the folder being removed."""
    with open('/proc/self/mounts', encoding='utf-8') as mounts:
        points = [line.split()[1].replace('\\040', ' ') for line in mounts]
    for point in sorted(points, reverse=True):
        if point.startswith(folder + os.sep):
            for command in (['fusermount3', '-u', '-z', point], ['fusermount', '-u', '-z', point],
                            ['umount', '-l', point]):
                if shutil.which(command[0]) and subprocess.run(command,
                                                               capture_output=True).returncode == 0:
                    break


def main():
    source = sys.argv[1]
    timeout = float(sys.argv[2]) if len(sys.argv) > 2 else 900
    if 'DISPLAY' not in os.environ:
        fail('no X display: this test runs under xvfb-run')

    first, second = readme_commands(source)
    check_ci_runs(source, second)
    first = as_this_user(first)

    with tempfile.TemporaryDirectory(prefix='hearth-readme-', ignore_cleanup_errors=True) as work:
        clone = os.path.join(work, 'hearth')
        home = os.path.join(work, 'home')
        os.makedirs(home, mode=0o700)
        copy_tree(source, clone)

        # A desktop session has a display and a session bus; nothing of this shell is passed on.
        display = [f'{name}={value}' for name, value in display_environment().items()]
        clean = ['env', '-i', f'HOME={home}', *display,
                 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
                 'dbus-run-session', '--', 'bash', '-c', first]
        print(f'$ {first}', flush=True)
        log_path = os.path.join(work, 'output.log')
        with open(log_path, 'wb') as log:
            process = subprocess.Popen(clean, cwd=clone, stdin=subprocess.DEVNULL, stdout=log,
                                       stderr=subprocess.STDOUT, start_new_session=True)
            started = time.monotonic()
            title = None
            try:
                while time.monotonic() - started < timeout:
                    title = hearth_window()
                    if title is not None or process.poll() is not None:
                        break
                    time.sleep(1)
            finally:
                if process.poll() is None:
                    os.killpg(process.pid, signal.SIGTERM)
                    try:
                        process.wait(20)
                    except subprocess.TimeoutExpired:
                        os.killpg(process.pid, signal.SIGKILL)
                        process.wait()

        unmount_below(work)
        with open(log_path, encoding='utf-8', errors='replace') as log:
            output = log.read()
        if title is None:
            print(output[-20000:])
            if process.returncode not in (None, -signal.SIGTERM):
                fail(f'the README’s first command ended ({process.returncode}) with no window')
            fail(f'no window titled “… — Hearth” within {timeout:.0f} s')
        if 'settings schema' in output and 'not installed' in output:
            print(output[-20000:])
            fail('Hearth ran without its settings schema: preferences would not be remembered')
        print(f'window {title} after {time.monotonic() - started:.0f} s', flush=True)


if __name__ == '__main__':
    main()
