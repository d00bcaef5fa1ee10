#!/usr/bin/env python3
"""check-enums.py - every enum of the public headers is checked where it enters the library.

A C enum field or parameter holds any int: (ccdk_lambda_tracing)17 compiles. ccdk checks each
value where it enters (a constructor's props, a function's parameter) with CCDK__ENUM_OK or
CCDK__ENUM_IN (src/core/arena.h), so that a value that is none of the constants fails synth
instead of becoming a default or reading a name table out of bounds. This script (make headers)
keeps that true as the headers grow:

  - every CCDK__ENUM_OK(scope, value, type, first, last, what) names a public enum type, and first
    and last are its first and last constants, which are contiguous; every CCDK__ENUM_IN names a
    public enum and a table of src/ that lists all its constants;
  - every field of a public struct whose type is a public enum is checked somewhere: a check of
    that type whose value ends with the field's name (`props->tracing`, `o.auth_type`);
  - every parameter of a public function whose type is a public enum is checked in that
    function's definition;
  - every public enum is checked at least once, except OUTPUT_ONLY below (values the library
    gives, never takes).

A failure prints a line and makes the exit status 1. Usage: python3 scripts/check-enums.py
"""
import glob
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

# enums the library only gives out: nothing to check on the way in (type -> why)
OUTPUT_ONLY = {
    'ccdk_synthesis_message_level': 'ccdk_synthesis_message is filled by the library (ccdk_app_messages)',
    'ccdk_iam_principal_kind': 'returned by ccdk_iam_principal_kind_of only',
    'ccdk_lambda_destination_type': 'passed by the library to a destination bind callback',
}
# fields checked with aws-cdk-lib's own message for a value out of its enum (struct.field -> where)
CHECKED_OTHERWISE = {
    'ccdk_dynamodb_table_props.encryption': "dynamodb.c parse_encryption: \"Unexpected 'encryptionType': N\"",
    'ccdk_s3_bucket_props.encryption': "s3/bucket.c: \"Unexpected 'encryptionType': N\"",
    'ccdk_s3_bucket_notification_destination_config.type':
        's3/notifications.c: "Unsupported notification target type:undefined"',
}
CHECKED_OTHERWISE_TYPES = {'ccdk_dynamodb_table_encryption', 'ccdk_s3_bucket_encryption',
                           'ccdk_s3_bucket_notification_destination_type'}
# struct fields of an enum type that the library fills and never reads from the user (struct.field)
OUTPUT_FIELDS = {'ccdk_synthesis_message.level'}


def strip_comments(s):
    s = re.sub(r'/\*.*?\*/', lambda m: '\n' * m.group(0).count('\n'), s, flags=re.S)
    return re.sub(r'//[^\n]*', '', s)


def parse_headers():
    enums, fields, params = {}, [], []
    for path in sorted(glob.glob(os.path.join(ROOT, 'include/ccdk/*.h'))):
        s = strip_comments(open(path).read())
        for m in re.finditer(r'typedef\s+enum\s*\w*\s*\{(.*?)\}\s*(\w+)\s*;', s, re.S):
            consts, value = [], -1
            for item in [x.strip() for x in m.group(1).split(',') if x.strip()]:
                name, _, expr = item.partition('=')
                value = int(expr.strip(), 0) if expr.strip() else value + 1
                consts.append((name.strip(), value))
            enums[m.group(2)] = consts
    names = '|'.join(sorted(enums, key=len, reverse=True))
    for path in sorted(glob.glob(os.path.join(ROOT, 'include/ccdk/*.h'))):
        s = strip_comments(open(path).read())
        for m in re.finditer(r'(typedef\s+)?struct\s*(\w*)\s*\{', s):
            i, depth = m.end(), 1
            while depth:
                depth += {'{': 1, '}': -1}.get(s[i], 0)
                i += 1
            tail = re.match(r'\s*(\w+)', s[i:])
            struct = m.group(2) or (tail.group(1) if tail else '?')
            for f in re.finditer(r'\b(%s)\s+(\w+)\s*;' % names, s[m.end():i - 1]):
                fields.append((struct, f.group(2), f.group(1)))
        for m in re.finditer(r'\b(ccdk_\w+)\s*\(([^;{)]*)\)\s*;', s):
            for p in m.group(2).split(','):
                pm = re.match(r'\s*(?:const\s+)?(%s)\s+(\w+)\s*$' % names, p)
                if pm:
                    params.append((m.group(1), pm.group(2), pm.group(1)))
    return enums, fields, params


def split_args(s, i):
    """the arguments of the call whose '(' is at s[i]; returns (args, end)"""
    depth, args, cur = 0, [], ''
    while True:
        c = s[i]
        if c in '([{':
            depth += 1
            if depth > 1:
                cur += c
        elif c in ')]}':
            depth -= 1
            if depth == 0:
                args.append(cur.strip())
                return args, i
            cur += c
        elif c == ',' and depth == 1:
            args.append(cur.strip())
            cur = ''
        else:
            cur += c
        i += 1


def main():
    enums, fields, params = parse_headers()
    errors = []
    calls = []  # (file, type, value, function it is in)
    sources = {}
    for path in sorted(glob.glob(os.path.join(ROOT, 'src/**/*.c'), recursive=True)):
        rel = os.path.relpath(path, ROOT)
        s = strip_comments(open(path).read())
        sources[rel] = s
        for m in re.finditer(r'\bCCDK__ENUM_(OK|IN)\s*\(', s):
            args, _ = split_args(s, m.end() - 1)
            line = s.count('\n', 0, m.start()) + 1
            where = '%s:%d' % (rel, line)
            typ = args[2] if len(args) > 2 else '?'
            if typ not in enums:
                errors.append('%s: %s is not an enum of include/ccdk/*.h' % (where, typ))
                continue
            consts = enums[typ]
            if m.group(1) == 'OK':
                if len(args) != 6:
                    errors.append('%s: CCDK__ENUM_OK takes 6 arguments' % where)
                    continue
                values = [v for _, v in consts]
                if values != list(range(values[0], values[0] + len(values))):
                    errors.append('%s: %s is not contiguous: use CCDK__ENUM_IN' % (where, typ))
                if (args[3], args[4]) != (consts[0][0], consts[-1][0]):
                    errors.append('%s: %s runs from %s to %s, not %s to %s' %
                                  (where, typ, consts[0][0], consts[-1][0], args[3], args[4]))
            else:
                if len(args) != 5:
                    errors.append('%s: CCDK__ENUM_IN takes 5 arguments' % where)
                    continue
                tm = None  # the table's definition, in this file or another one of src/
                for text in [s] + [open(f).read() for f in glob.glob(os.path.join(ROOT, 'src/**/*.c'), recursive=True)]:
                    tm = tm or re.search(r'\b%s\s*\[[^\]]*\]\s*=\s*\{(.*?)\}' % re.escape(args[3]), text, re.S)
                listed = set(x.strip() for x in tm.group(1).split(',') if x.strip()) if tm else set()
                missing = [c for c, _ in consts if c not in listed]
                if not tm or missing:
                    errors.append('%s: the table %s does not list %s' % (where, args[3], ', '.join(missing) or 'anything'))
            # the function the call is in: the last definition that starts before it
            fn = None
            for d in re.finditer(r'^[a-z][^\n;]*?\b(\w+)\s*\([^;]*?\)\s*\{', s[:m.start()], re.M | re.S):
                fn = d.group(1)
            calls.append((rel, typ, args[1], fn))

    checked_types = {t for _, t, _, _ in calls}
    for typ in sorted(enums):
        if typ not in checked_types and typ not in OUTPUT_ONLY and typ not in CHECKED_OTHERWISE_TYPES:
            errors.append('%s: no CCDK__ENUM_OK / CCDK__ENUM_IN checks it anywhere in src/' % typ)
    for struct, field, typ in fields:
        if '%s.%s' % (struct, field) in OUTPUT_FIELDS | set(CHECKED_OTHERWISE) or typ in OUTPUT_ONLY:
            continue
        if not any(t == typ and re.search(r'(->|\.)\s*%s\s*$' % field, v) for _, t, v, _ in calls):
            errors.append('%s.%s (%s): not checked (no check of that type on a value ending in .%s)' %
                          (struct, field, typ, field))
    for func, param, typ in params:
        if typ in OUTPUT_ONLY:
            continue
        if not any(t == typ and fn == func and re.fullmatch(r'\(?\s*%s\s*\)?' % param, v) for _, t, v, fn in calls):
            errors.append('%s(%s %s): the parameter is not checked in the function' % (func, typ, param))

    for e in errors:
        print('check-enums: ' + e)
    if errors:
        return 1
    print('check-enums: %d public enums, %d fields and %d parameters of them, %d checks' %
          (len(enums), len(fields), len(params), len(calls)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
