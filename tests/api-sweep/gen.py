#!/usr/bin/env python3
"""gen.py - the API sweep: every public function of include/ccdk/ called with bad arguments.

The standard: bad input gets an error, never a crash. This generator reads the public headers (as the
compiler sees them, checked-handle macros off), and writes a C program that calls every public
function, each in its own forked child with a fresh App and Stack, then synthesizes. A child that
dies of a signal (or of a sanitizer report) fails the sweep. Four variants of the arguments:

  nulls          every pointer NULL, every number 0, every struct by value zeroed
  scoped         a scope/owner argument is the Stack, an id "Id", other strings "", the rest as nulls
  handles        as scoped, and every construct-handle argument a live one of its type (handles.h)
  handles_empty  as handles, and every string ""
  twice          as handles, the call made twice (a construct id given twice: aws-cdk-lib's error)
  after_synth    as handles, the call made after a first synth, then a second synth

usage: gen.py ROOT VARIANT > sweep.c
"""
import glob
import os
import re
import subprocess
import sys

VARIANTS = ('nulls', 'scoped', 'handles', 'handles_empty', 'twice', 'after_synth')
# the two last: the arguments of `handles`; the call made twice (fresh handles each time, the same
# ids where they are given), or made after a first synth and followed by a second one
# functions the harness itself calls around each case
SKIP = {'ccdk_app_free', 'ccdk_app_new'}
SCOPE_NAMES = ('scope', 'owner', 'construct', 'parent')
NUMERIC = re.compile(r'^(const )?(unsigned |signed )?(int|long|short|char|double|float|size_t|bool|_Bool|'
                     r'uint\w*|int\w*|long long)$')


def top_level_statements(text):
    """The top-level declarations of preprocessed C, with braces' contents dropped."""
    depth, stmt, out = 0, '', []
    for ch in text:
        if ch == '{':
            depth += 1
        if depth == 0:
            stmt += ch
        if ch == '}':
            depth -= 1
            if depth == 0:
                stmt += '{}'
        if ch == ';' and depth == 0:
            out.append(stmt)
            stmt = ''
    return out


def split_params(params):
    out, depth, cur = [], 0, ''
    for ch in params:
        if ch == '(':
            depth += 1
        if ch == ')':
            depth -= 1
        if ch == ',' and depth == 0:
            out.append(cur.strip())
            cur = ''
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return [] if out == ['void'] else out


def prototypes(root):
    hdrs = sorted(glob.glob(os.path.join(root, 'include/ccdk/*.h')))
    src = ''.join('#include <ccdk/%s>\n' % os.path.basename(h) for h in hdrs)
    pp = subprocess.run(['cc', '-E', '-P', '-DCCDK__BUILDING', '-D_GNU_SOURCE', '-I' + os.path.join(root, 'include'),
                         '-x', 'c', '-'], input=src, capture_output=True, text=True, check=True).stdout
    protos = []
    for s in top_level_statements(pp):
        s = ' '.join(s.split())
        s = re.sub(r'__attribute__\s*\(\((?:[^()]|\([^()]*\))*\)\)', '', s).strip()
        s = re.sub(r'\s+;$', ';', s)
        if s.startswith('typedef') or '{}' in s or 'static' in s:
            continue
        m = re.match(r'^(?:extern )?(.*?)\b(ccdk_\w+)\s*\((.*)\)\s*;$', s)
        if not m or '(' in m.group(1) or m.group(2) in SKIP:
            continue
        protos.append((m.group(2), split_params(m.group(3))))
    return hdrs, protos


def handle_types():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'handles.h')) as f:
        return {'ccdk_' + l.split('*mk_')[1].split('(')[0] for l in f if '*mk_' in l}


def argument(p, j, variant, handles):
    if p == '...':
        return None
    if '(*' in p or '[' in p:
        return 'NULL'
    typ, name = p, ''
    m = re.match(r'^(.*[\s\*])(\w+)$', p)
    if m and m.group(2) not in ('int', 'double', 'char', 'void', 'size_t', 'long', 'unsigned', 'bool', 'float') \
            and m.group(1).strip() not in ('struct', 'enum', 'const', 'unsigned'):
        typ, name = m.group(1).strip(), m.group(2)
    bare = typ.replace('const', '').replace(' ', '')
    if '*' in typ:
        if variant == 'nulls':
            return 'NULL'
        if variant not in ('scoped',) and bare[:-1] in handles and bare.count('*') == 1:
            return 'mk_%s(stack)' % bare[5:-1]
        if name in SCOPE_NAMES or (j == 0 and bare == 'void*'):
            return '(void *)stack'
        if bare == 'ccdk_stack*':
            return 'stack'
        if bare == 'ccdk_app*':
            return 'app'
        if name == 'id' and bare == 'char*':
            return 'nid("Id")'
        if bare == 'char*':
            return '""'
        return 'NULL'
    if NUMERIC.match(typ) or typ.startswith('enum '):
        return '0'
    return '(%s){0}' % typ.replace('const ', '')


def main():
    root, variant = sys.argv[1], sys.argv[2]
    if variant not in VARIANTS:
        sys.exit('gen.py: variant is one of ' + ', '.join(VARIANTS))
    hdrs, protos = prototypes(root)
    handles = handle_types()
    mode = {'twice': 1, 'after_synth': 2}.get(variant, 0)
    out = ['/* generated by tests/api-sweep/gen.py (%s); do not edit */' % variant,
           '#define _GNU_SOURCE', '#define CCDK__BUILDING 1', '#define SWEEP_MODE %d' % mode]
    out += ['#include <ccdk/%s>' % os.path.basename(h) for h in hdrs]
    out += ['#include <stdio.h>', '#include <stdlib.h>', '#include <string.h>', '#include <unistd.h>',
            '#include <sys/wait.h>', '#include "handles.h"']
    names = []
    for k, (name, params) in enumerate(protos):
        args = [a for a in (argument(p, j, variant, handles) for j, p in enumerate(params)) if a is not None]
        out.append('static void call_%d(ccdk_app *app, ccdk_stack *stack) { (void)app; (void)stack; (void)(%s)(%s); }'
                   % (k, name, ', '.join(args)))
        names.append(name)
    out.append('static void (*const calls[])(ccdk_app *, ccdk_stack *) = {%s};'
               % ', '.join('call_%d' % k for k in range(len(names))))
    out.append('static const char *const names[] = {%s};' % ', '.join('"%s"' % n for n in names))
    out.append('#include "main.h"')
    print('\n'.join(out))


if __name__ == '__main__':
    main()
