#!/usr/bin/env python3
# Checks the house rules of src/ that the build alone does not spell out:
#  - nothing under src/core/ or src/cli/ includes a GTK header;
#  - a folder's *-private.h is included from that folder only;
#  - the includes between folders form no circle.
#
# Usage: check-layout.py [SOURCE_ROOT] [--expect-problems N]
# With --expect-problems, succeeds only when exactly N problems are found:
# the suite runs it so on a tree that breaks each rule once.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.MULTILINE)
GTK_HEADERS = ('gtk/', 'gdk/', 'gsk/', 'adwaita.h')
WITHOUT_GTK = ('core', 'cli')


def read_includes(src):
    """Each source file under src, with the (kind, name) it includes."""
    files = sorted(p for p in src.rglob('*') if p.suffix in ('.c', '.h'))
    return {p: INCLUDE.findall(p.read_text(encoding='utf-8')) for p in files}


def folder_of(path, src):
    return path.parent.relative_to(src).as_posix()


def find_circle(edges):
    """A list of folders that lead back to the first, or None."""
    state = {}

    def visit(node, trail):
        state[node] = 'open'
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 'open':
                return trail[trail.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt, trail + [nxt])
                if found:
                    return found
        state[node] = 'done'
        return None

    for node in sorted(edges):
        if node not in state:
            found = visit(node, [node])
            if found:
                return found
    return None


def check(root):
    src = root / 'src'
    includes = read_includes(src)
    by_name = {}
    for path in includes:
        by_name.setdefault(path.name, []).append(path)

    problems = []
    edges = {}
    for path, found in includes.items():
        here = folder_of(path, src)
        rel = path.relative_to(root).as_posix()
        for kind, name in found:
            if kind == '<':
                if here.split('/')[0] in WITHOUT_GTK and name.startswith(GTK_HEADERS):
                    problems.append(f'{rel} includes <{name}>, but {here}/ never uses GTK')
                continue
            for target in by_name.get(pathlib.PurePath(name).name, []):
                there = folder_of(target, src)
                if there == here:
                    continue
                if target.name.endswith('-private.h'):
                    problems.append(f'{rel} includes {target.name}, private to {there}/')
                edges.setdefault(here, set()).add(there)

    circle = find_circle(edges)
    if circle:
        problems.append('folders include each other in a circle: ' + ' -> '.join(circle))
    return problems, len(includes), len(edges)


def main():
    args = sys.argv[1:]
    expected = None
    if '--expect-problems' in args:
        at = args.index('--expect-problems')
        expected = int(args[at + 1])
        del args[at:at + 2]
    root = pathlib.Path(args[0] if args else pathlib.Path(__file__).parent.parent)
    problems, n_files, n_folders = check(root.resolve())
    for problem in problems:
        print(f'check-layout: {problem}', file=sys.stderr)
    if expected is not None:
        print(f'check-layout: {len(problems)} problems found, {expected} expected')
        return 0 if len(problems) == expected else 1
    if problems:
        return 1
    print(f'check-layout: {n_files} files in {n_folders} folders that use others, '
          'no GTK in core/ or cli/, private headers kept in their folders, no circle')
    return 0


if __name__ == '__main__':
    sys.exit(main())
