#!/usr/bin/env python3
# Reads the JSON log that `meson test` wrote and prints one line:
#   N passed, N failed[, N skipped]
# Every TAP subtest counts on its own; any other test counts once. A TAP
# executable that crashed, timed out, bailed out or exited non-zero counts
# as a failure even when each subtest it printed was "ok".
#
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import glob
import json
import os
import re
import subprocess
import sys

# The same directive rules as meson's TAP parser, so both agree on a line.
TAP_TEST = re.compile(r'(not )?ok\b[^#]*(?:#\s*(skip\S*|todo)\b)?', re.IGNORECASE)
TAP_PLAN = re.compile(r'1\.\.[0-9]+')
GOOD_RESULTS = {'OK', 'EXPECTEDFAIL'}


def find_log(build_dir, newer_than):
    """The newest JSON test log written after the marker file, or None."""
    since = os.stat(newer_than).st_mtime if newer_than else 0
    logs = [path for path in glob.glob(os.path.join(build_dir, 'meson-logs', '*.json'))
            if os.stat(path).st_mtime >= since]
    return max(logs, key=os.path.getmtime) if logs else None


def introspected_protocols(build_dir):
    """Test name -> protocol, for meson versions whose log does not say."""
    protocols = {}
    for option in ('--tests', '--benchmarks'):
        try:
            out = subprocess.run(['meson', 'introspect', build_dir, option],
                                 capture_output=True, text=True, check=True).stdout
            tests = json.loads(out)
        except (OSError, subprocess.CalledProcessError, ValueError):
            continue
        for test in tests:
            protocols.setdefault(test.get('name'), set()).add(test.get('protocol'))
    return protocols


def protocol_of(entry, protocols):
    if entry.get('protocol'):
        return entry['protocol']
    # The log names a test "project:suite / name" when there are several suites.
    name = entry.get('name', '')
    found = protocols.get(name) or protocols.get(name.rsplit(' / ', 1)[-1])
    if found and len(found) == 1:
        return next(iter(found))
    lines = (entry.get('stdout') or '').splitlines()
    if any(TAP_PLAN.match(line) or TAP_TEST.match(line) for line in lines):
        return 'tap'
    return 'exitcode'


def count_tap(stdout):
    passed = failed = skipped = 0
    for line in (stdout or '').splitlines():
        match = TAP_TEST.match(line.rstrip())
        if not match:
            continue
        ok = match.group(1) is None
        directive = (match.group(2) or '').lower()
        if directive.startswith('skip') and ok:
            skipped += 1
        elif directive == 'todo':
            # An expected failure is fine; an unexpected pass is not.
            if ok:
                failed += 1
            else:
                passed += 1
        elif ok:
            passed += 1
        else:
            failed += 1
    return passed, failed, skipped


def count_entry(entry, protocols):
    result = entry.get('result', 'ERROR')
    if protocol_of(entry, protocols) == 'tap' and result != 'EXPECTEDFAIL':
        passed, failed, skipped = count_tap(entry.get('stdout'))
        if result not in GOOD_RESULTS and result != 'SKIP' and failed == 0:
            failed = 1
        if passed + failed + skipped == 0:
            skipped = 1 if result == 'SKIP' else 0
            passed = 1 if result in GOOD_RESULTS else 0
        return passed, failed, skipped
    if result in GOOD_RESULTS:
        return 1, 0, 0
    if result == 'SKIP':
        return 0, 0, 1
    return 0, 1, 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--build-dir', default='_build')
    parser.add_argument('--newer-than', help='ignore logs older than this file')
    parser.add_argument('--meson-status', type=int, default=0,
                        help='exit status of meson test')
    args = parser.parse_args()

    passed = failed = skipped = 0
    log = find_log(args.build_dir, args.newer_than)
    if log is not None:
        protocols = introspected_protocols(args.build_dir)
        with open(log, encoding='utf-8', errors='surrogateescape') as f:
            for line in f:
                if not line.strip():
                    continue
                try:
                    entry = json.loads(line)
                except ValueError:
                    print(f'{log}: a line is not JSON', file=sys.stderr)
                    failed += 1
                    continue
                p, f_, s = count_entry(entry, protocols)
                passed, failed, skipped = passed + p, failed + f_, skipped + s

    # meson test failing without a failed test to show for it (the build of
    # the tests broke, it was interrupted, it wrote no log) is still a failure.
    if args.meson_status != 0 and failed == 0:
        print(f'meson test exited with status {args.meson_status}', file=sys.stderr)
        failed = 1

    summary = f'{passed} passed, {failed} failed'
    if skipped:
        summary += f', {skipped} skipped'
    print(summary)
    return 1 if failed else 0


if __name__ == '__main__':
    try:
        sys.exit(main())
    except Exception as error:  # noqa: BLE001 -- the tally line must still come last
        print(f'cannot read the test log: {error}', file=sys.stderr)
        print('0 passed, 1 failed')
        sys.exit(1)
