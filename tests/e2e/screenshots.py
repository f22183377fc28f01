# SPDX-License-Identifier: GPL-3.0-or-later
# screenshots.py: every view of the demo scheme, wide (1280×800) and narrow (400 pixels, the
# sidebar folded away), saved into data/screenshots/ for AppStream and the README.
#
# Usage (from the build directory: ninja screenshots):
#   xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session /usr/bin/python3 screenshots.py \
#     HEARTH OUT_DIR [VIEW...]      (only the views named, by their sidebar names)

import os
import re
import subprocess
import sys
import tempfile
import time

# The window's size comes from its settings: a keyfile the script writes for each run.
config_home = tempfile.mkdtemp(prefix='hearth-shots-')
os.environ['GSETTINGS_BACKEND'] = 'keyfile'
os.environ['XDG_CONFIG_HOME'] = config_home

from hearth_e2e import Hearth, open_first_record  # noqa: E402


def file_name(view):
    return re.sub(r'[^a-z0-9]+', '-', view.lower()).strip('-')


def shoot(hearth_path, out_dir, width, suffix, only):
    settings = os.path.join(config_home, 'glib-2.0', 'settings')
    os.makedirs(settings, exist_ok=True)
    with open(os.path.join(settings, 'keyfile'), 'w') as keyfile:
        keyfile.write(f'[io/github/hearthapp/Hearth]\nwindow-width={width}\nwindow-height=800\n')

    hearth = Hearth(hearth_path, ['--demo'])
    time.sleep(2)
    names = [row.name for row in hearth.views()]
    for name in names:
        if only and name not in only:
            continue
        hearth.show_view(name)
        if width > 400:
            open_first_record(hearth, name)
        time.sleep(1.5)
        path = os.path.join(out_dir, f'{file_name(name)}{suffix}.png')
        geometry = f'{width}x800+0+0'
        subprocess.run(['import', '-window', 'root', '-crop', geometry, '+repage', path],
                       check=True)
        print(path)
    hearth.quit()


def main():
    hearth_path, out_dir, only = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(out_dir, exist_ok=True)
    shoot(hearth_path, out_dir, 1280, '', only)
    shoot(hearth_path, out_dir, 400, '-narrow', only)


main()
