#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# launch-time.py: how long a program takes from being started to showing its window, measured
# from outside the same way for every program, so Hearth and a baseline are compared fairly.
#
# Usage: launch-time.py RUNS WINDOW_NAME_REGEX -- COMMAND [ARGS...]
# Prints the median and each run's time in milliseconds, then the median of the program's peak
# memory (VmHWM, in MB) a second after its window showed. Needs an X display and xdotool.

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time


def window_shown(pattern):
    found = subprocess.run(['xdotool', 'search', '--onlyvisible', '--name', pattern],
                           capture_output=True, text=True)
    return found.returncode == 0 and found.stdout.strip() != ''


def peak_mb(pid):
    with open(f'/proc/{pid}/status') as status:
        for line in status:
            if line.startswith('VmHWM:'):
                return int(line.split()[1]) / 1024
    return 0.0


def one_run(pattern, command):
    env = dict(os.environ)
    env['XDG_CONFIG_HOME'] = tempfile.mkdtemp(prefix='bench-config-')
    env['XDG_DATA_HOME'] = tempfile.mkdtemp(prefix='bench-data-')
    env.setdefault('GSETTINGS_BACKEND', 'memory')
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        while time.monotonic() - start < 60:
            if window_shown(pattern):
                shown = (time.monotonic() - start) * 1000
                time.sleep(1.0)        # the first frames drawn, as a person would see them
                return shown, peak_mb(process.pid)
            time.sleep(0.002)
        raise SystemExit(f'{command[0]} showed no window named {pattern!r} within 60 s')
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def main():
    runs = int(sys.argv[1])
    pattern = sys.argv[2]
    command = sys.argv[sys.argv.index('--') + 1:]
    one_run(pattern, command)          # warms the disk cache; not counted
    results = [one_run(pattern, command) for _ in range(runs)]
    times = [t for t, _ in results]
    print(f'{statistics.median(times):.1f}\t' + ' '.join(f'{t:.0f}' for t in times) +
          f'\t{statistics.median(m for _, m in results):.1f}')


main()
