#!/usr/bin/env python3
"""check-includes.py - the include rules of src/, checked (run by `make test`).

Every folder src/<m>/ is a module. A module's file may include, with #include "...":
  - public headers (include/ccdk/*.h),
  - headers of its own folder,
  - core's headers (src/core/*.h), and the interface headers of the core-level modules below
    (src/assets/fingerprint.h: core stages assets with it, lambda fingerprints code with it;
    src/assets/bundling.h: lambda bundles code and builds images with it),
and never another module's internal header (lambda_internal.h, iam_internal.h, assets_internal.h,
lambda/insights_table.h ...). A violation prints a line and makes the exit status 1.

It also prints the include graph of core (src/core/ and the core-level modules): who includes
which of their headers. With --layers (make test passes it) it checks that graph against LAYERS
below: a file may only include headers of its own layer or lower ones, and every file of core
must have a layer.

Usage: python3 scripts/check-includes.py [--layers] [--quiet]
"""
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
SRC = os.path.join(ROOT, 'src')

# modules at core's level, and the headers of theirs that any module may include
CORE_LEVEL = {
    'core': None,  # None: every header of the folder
    'assets': {'fingerprint.h', 'bundling.h', 'jsregex.h'},
}

# Known exceptions, printed on every run until they are gone (not failures): 'src file -> target'.
KNOWN = {}

# The layers of core (--layers, which make test passes): file (relative to src/) -> layer; a file
# may include headers of its own layer or lower ones, so the graph has no cycle and nothing calls
# upward (a function of a higher layer is not declared below it). types < arena < value < token
# < node < cfn < synth, then internal.h (all of core, for modules) and the assets files that use it.
LAYERS = {
    # 0: the data structures, and the asset fingerprint, which needs nothing of core but SHA-256
    'core/types.h': 0, 'core/digest.h': 0, 'assets/fingerprint.h': 0, 'assets/assets_internal.h': 0,
    'assets/unicode_tables.h': 0, 'assets/jsregex.h': 0,
    **{'assets/%s.c' % f: 0 for f in ('alloc', 'braces', 'content_hash', 'dockerignore', 'fingerprint', 'gitignore',
                                       'ignore', 'jsregex', 'jsstring', 'minimatch', 'path', 'pool', 'regex_consts',
                                       'stage', 'walk')},
    'core/arena.h': 1, 'core/util.c': 1, 'core/digest.c': 1, 'core/errors.c': 1,
    'core/value.h': 2, 'core/value.c': 2,
    'core/tree_props.h': 2, 'core/tree_props.c': 2, 'core/tree_props_table.c': 2,
    'core/token.h': 3, 'core/token.c': 3,
    'core/node.h': 4, 'core/construct.c': 4, 'core/arn.c': 4, 'core/asset_cache.c': 4, 'core/acknowledge.c': 4,
    'core/cfn.h': 5, 'core/cfn.c': 5, 'core/cfn_fn.c': 5, 'core/cfn_sections.c': 5, 'core/duration_fns.c': 5, 'core/to_json_string.c': 5, 'core/custom_resource.c': 5, 'core/resolve.c': 5, 'core/tags.c': 5, 'core/removal_policies.c': 5, 'core/stack_inspect.c': 5,
    'core/synth.h': 6, 'core/synth.c': 6, 'core/lint.h': 6, 'core/lint.c': 6, 'core/validation.c': 6, 'core/assembly.c': 6, 'core/fmt.c': 6, 'core/refs.c': 6, 'core/lookups.c': 6,
    'core/metadata_resource.c': 6, 'core/spec_stage.c': 6, 'core/cross_region_exports.c': 6, 'core/cfn_json.c': 6, 'core/custom_resource_provider.c': 6,
    'core/cross_region_ssm_writer_handler.c': 0, 'core/cross_region_ssm_reader_handler.c': 0, 'core/cfn_utils_handler.c': 0, 'core/nested_stack.c': 6, 'core/assembly_tables.h': 0, 'core/assembly_tables.c': 0,
    'core/internal.h': 7, 'core/scalable.h': 7, 'core/scalable.c': 7, 'core/region_fact.h': 7, 'core/region_fact.c': 7, 'core/regions_table.c': 7, 'core/fact.c': 7, 'core/facts_table.c': 7, 'core/json_v8.c': 7, 'assets/bundling.h': 7, 'assets/bundling.c': 7, 'assets/docker_build.c': 7,
}

INCLUDE_RE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def include_dirs():
    """The -I directories of the Makefile's CFLAGS_ALL, in order (as the compiler searches them)."""
    dirs = []
    with open(os.path.join(ROOT, 'Makefile')) as f:
        for line in f:
            if line.startswith('CFLAGS_ALL'):
                dirs = [os.path.join(ROOT, d) for d in re.findall(r'-I(\S+)', line)]
    return dirs


def resolve(including, name, dirs):
    for d in [os.path.dirname(including)] + dirs:
        p = os.path.normpath(os.path.join(d, name))
        if os.path.isfile(p):
            return p
    return None


def module_of(path):
    rel = os.path.relpath(path, SRC)
    return rel.split(os.sep)[0] if not rel.startswith('..') and os.sep in rel else None


def allowed(src_file, target):
    """None when src_file may include target, else why not."""
    if os.path.commonpath([target, os.path.join(ROOT, 'include', 'ccdk')]) == os.path.join(ROOT, 'include', 'ccdk'):
        return None
    m, t = module_of(src_file), module_of(target)
    if t is None:
        return 'outside src/ and include/ccdk/'
    if t == m:
        return None
    if t in CORE_LEVEL:
        hs = CORE_LEVEL[t]
        if hs is None or os.path.basename(target) in hs:
            return None
    return "another module's internal header"


def main(argv):
    check_layers = '--layers' in argv
    quiet = '--quiet' in argv
    dirs = include_dirs()
    files = []
    for dp, _, fns in os.walk(SRC):
        files += [os.path.join(dp, f) for f in fns if f.endswith(('.c', '.h'))]
    files.sort()
    passed = failed = 0
    graph = {}
    for f in files:
        rel = os.path.relpath(f, SRC)
        with open(f, errors='replace') as fh:
            for ln, line in enumerate(fh, 1):
                m = INCLUDE_RE.match(line)
                if not m:
                    continue
                target = resolve(f, m.group(1), dirs)
                if target is None:
                    print(f'includes: src/{rel}:{ln}: "{m.group(1)}" not found')
                    failed += 1
                    continue
                why = allowed(f, target)
                trel = os.path.relpath(target, SRC)
                if why and f'{rel} -> {trel}' in KNOWN:
                    print(f'includes: known exception: src/{rel}:{ln} includes src/{trel}: {KNOWN[f"{rel} -> {trel}"]}')
                    why = None
                if why:
                    print(f'includes: src/{rel}:{ln}: includes {os.path.relpath(target, ROOT)}: {why}')
                    failed += 1
                    continue
                passed += 1
                if module_of(f) in CORE_LEVEL and module_of(target) in CORE_LEVEL:
                    graph.setdefault(rel, []).append(trel)
                    if check_layers:
                        lf, lt = LAYERS.get(rel), LAYERS.get(trel)
                        if lf is None or lt is None:
                            print(f'includes: src/{rel}:{ln}: no layer for {rel if lf is None else trel} (LAYERS)')
                            failed += 1
                        elif lt > lf:
                            print(f'includes: src/{rel}:{ln}: layer {lf} includes {trel} of layer {lt} (upwards)')
                            failed += 1
    if not quiet:
        print('core include graph (src/core/ and the core-level modules, local headers only):')
        for f in sorted(graph):
            print(f'  {f} -> {", ".join(graph[f])}')
    print(f'includes: {passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
