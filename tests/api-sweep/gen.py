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
  null_target    as handles, and the first argument NULL (the handle a method is called on)
  null_arg       mutators only, one child per other pointer argument: as handles, and that argument
                 NULL (a construct, statement, principal, required string ... the call needs)

Mutators (see is_mutator: calls that add or change something) must not be silent either: in the
variants nulls and null_target, where their target is NULL, the synth that follows must fail and
write nothing -- a NULL `fn` in ccdk_lambda_function_add_environment(fn, ...) would otherwise be a
template without the variable, and exit status 0. Getters may return NULL for NULL (documented),
as long as they do not crash: what they return reaches a mutator or a prop, which fails then.
In the variant null_arg the same holds for every other pointer argument of a mutator (NULL where the
call needs it would drop the change, or part of it): the synth must fail and write nothing, unless
the argument is documented as optional (NULL_ARG_OPTIONAL below, each with its reason). Each case
also runs its call with every argument live (null_arg's own values: NULL_ARG_STRINGS, null_arg_argument);
the sweep names the cases whose call fails even so (their NULL shows nothing) and counts the others.

usage: gen.py ROOT VARIANT > sweep.c
"""
import glob
import os
import re
import subprocess
import sys

VARIANTS = ('nulls', 'scoped', 'handles', 'handles_empty', 'twice', 'after_synth', 'null_target', 'null_arg')
# the variants whose mutators have a NULL target: their synth must fail
NULL_TARGET_VARIANTS = ('nulls', 'null_target')
# the two last: the arguments of `handles`; the call made twice (fresh handles each time, the same
# ids where they are given), or made after a first synth and followed by a second one
# functions the harness itself calls around each case
SKIP = {'ccdk_app_free', 'ccdk_app_new'}
SCOPE_NAMES = ('scope', 'owner', 'construct', 'parent')
NUMERIC = re.compile(r'^(const )?(unsigned |signed )?(int|long|short|char|double|float|size_t|bool|_Bool|'
                     r'uint\w*|int\w*|long long)$')


# Mutators. The rule: a function whose first parameter is the handle it is called on (a non-const
# pointer: a construct such as ccdk_lambda_function *, or an object such as a policy statement,
# connections or a value; or `void *` named as a handle: fn, fn_or_version, fn_or_alias, construct,
# element), and whose name has one of these verbs as a word -- it adds or changes something (add_*,
# grant_*, set_*, ..., and add_* that make a child: add_alias, add_function_url, ...).
MUTATOR_VERBS = ('add', 'grant', 'set', 'apply', 'enable', 'attach', 'allow', 'assign', 'configure', 'override',
                 'invalidate', 'scale', 'depend', 'push', 'remove', 'acknowledge')
VOID_HANDLE_NAMES = ('fn', 'fn_or_version', 'fn_or_alias', 'construct', 'element')
# the exceptions, both ways
MUTATOR_EXCEPTIONS = {
    # a getter: the principal to grant to (IGrantable.grantPrincipal); NULL for NULL
    'ccdk_lambda_function_grant_principal': False,
    'ccdk_lambda_web_function_grant_principal': False,
    # makes the parameters' values (CfnParametersCode.assign), changes nothing: NULL for NULL
    'ccdk_lambda_code_assign': False,
    # an aspect applied to a construct, without a verb in its name
    'ccdk_lambda_function_version_upgrade_aspect': True,
    # getters (securityGroup.allowAllOutbound / allowAllIpv6Outbound): 0 for NULL
    'ccdk_ec2_security_group_allow_all_outbound': False,
    'ccdk_ec2_security_group_allow_all_ipv6_outbound': False,
    # a getter: CfnFunction.attrSnapStartResponseApplyOn ("apply" is the attribute's name): NULL for NULL
    'ccdk_lambda_cfn_function_attr_snap_start_response_apply_on': False,
    # adds to the manifest's "missing" (stack.reportMissingContextKey), without a verb in its name
    'ccdk_stack_report_missing_context_key': True,
}


# The variant null_arg: the arguments of a mutator (other than its target) that may be NULL, as their
# header documents. (function, argument) -> the reason. An options or props struct pointer named
# `options`/`props` (NULL: every default) is optional by rule: see null_arg_optional.
NULL_ARG_OPTIONAL = {
    ('ccdk_lambda_api_event_source_with_options', 'options'): 'no MethodOptions, as ccdk_lambda_api_event_source (lambda_event_sources.h: may be NULL)',
    ('ccdk_lambda_function_grant_invoke_statements', 'principal_statement'): 'an out pointer not wanted (lambda.h: either may be NULL)',
    ('ccdk_lambda_function_grant_invoke_statements', 'resource_statement'): 'an out pointer not wanted (lambda.h: either may be NULL)',
    ('ccdk_annotations_add_warning', 'id'): 'addWarningV2 without an id (core.h: id may be NULL)',
    ('ccdk_stack_new', 'id'): "new Stack(scope) without an id: the stack 'Default' (core.h)",
    ('ccdk_annotations_acknowledge_warning', 'message'): 'the reason, kept nowhere (core.h: may be NULL)',
    ('ccdk_annotations_acknowledge_info', 'message'): 'the reason, kept nowhere (core.h: may be NULL)',
    ('ccdk_validations_acknowledge', 'reason'): 'no reason recorded (core.h: may be NULL)',
    ('ccdk_aspects_add', 'ctx'): "the caller's context pointer handed to fn, NULL as good as any",
    ('ccdk_cfn_resource_add_override', 'value'): 'a deletion override (addOverride(path, undefined))',
    ('ccdk_cfn_resource_add_property_override', 'value'): 'a deletion override (addPropertyOverride(path, undefined))',
    ('ccdk_cfn_resource_set_condition', 'condition'): 'removes the condition (cfnOptions.condition = undefined)',
    ('ccdk_node_set_default_child', 'child'): 'back to the child "Resource" or "Default" (node.defaultChild = undefined)',
    ('ccdk_cfn_resource_set_creation_policy', 'policy'): 'removes it (cfnOptions.creationPolicy = undefined)',
    ('ccdk_cfn_resource_set_update_policy', 'policy'): 'removes it (cfnOptions.updatePolicy = undefined)',
    ('ccdk_iam_policy_statement_set_sid', 'sid'): 'removes the sid (statement.sid = undefined)',
    ('ccdk_stack_set_template_format_version', 'version'):
        'removes it (templateOptions.templateFormatVersion = undefined, core.h)',
    ('ccdk_iam_policy_statement_add_service_principal', 'conditions'): 'a ServicePrincipal without opts.conditions (iam.h)',
    ('ccdk_iam_policy_statement_add_service_principal_with_options', 'options'):
        'a ServicePrincipal without opts (iam.h)',
    ('ccdk_iam_policy_statement_add_federated_principal', 'conditions'): 'a FederatedPrincipal without conditions (iam.h)',
    ('ccdk_events_event_bus_grant_put_events_to_with_sid', 'sid'): 'grantPutEventsTo(grantee) without a sid',
    ('ccdk_iam_grant_add_to_principal_and_resource', 'resource_policy_principal'): 'NULL: the grantee (iam.h)',
    ('ccdk_tags_add', 'value'): 'NULL is "" (core.h), as aws-cdk-lib\'s Tags.add(key, "")',
    ('ccdk_tags_add_with', 'value'): 'NULL is "", as ccdk_tags_add\'s',
    ('ccdk_aspects_add_tag', 'value'): 'NULL is "", as ccdk_tags_add\'s',
    ('ccdk_iam_grant_drop', 'intent'): 'the reason, kept nowhere (iam.h: may be NULL)',
    ('ccdk_iam_grant_on_principal_and_resource', 'resource_policy_principal'): 'NULL: the grantee (iam.h)',
    ('ccdk_cfn_rule_add_assertion', 'description'): 'an assertion without AssertDescription (core.h: may be NULL)',
    ('ccdk_secretsmanager_secret_add_replica_region', 'encryption_key'):
        'addReplicaRegion(region) without a key: no KmsKeyId (secretsmanager.h)',
}
# s3 bucket grants: the key pattern NULL is "*" (grantRead(grantee) without objectsKeyPattern)
for _g in ('read', 'write', 'write_actions', 'read_write', 'put', 'delete', 'put_acl', 'actions_on_object_keys',
           'actions_on_bucket_and_object_keys'):
    NULL_ARG_OPTIONAL[('ccdk_s3_bucket_grant_' + _g, 'key_pattern')] = 'NULL is "*" (s3.h), aws-cdk-lib\'s default'
NULL_ARG_OPTIONAL[('ccdk_s3_bucket_grant_public_access', 'key_prefix')] = 'NULL is "*" (s3.h), aws-cdk-lib\'s default'
NULL_ARG_OPTIONAL[('ccdk_s3_bucket_grant_public_access_statement', 'key_prefix')] = 'NULL is "*" (s3.h), aws-cdk-lib\'s default'
NULL_ARG_OPTIONAL[('ccdk_s3_bucket_add_replication_policy', 'account')] = \
    'addReplicationPolicy(roleArn) without an account: needed only with accessControlTransition (s3.h)'
for _p, _why in (('code_sha256', 'no CodeSha256 (lambda_versions.h: may be NULL)'),
                 ('description', 'no Description (lambda_versions.h: may be NULL)'),
                 ('async_invoke_config', 'no EventInvokeConfig (lambda_versions.h: may be NULL)')):
    NULL_ARG_OPTIONAL[('ccdk_lambda_function_add_version', _p)] = _why
# null_arg's value of a string argument, by name (else "a")
NULL_ARG_STRINGS = {'json': '"{}"', 'url': '"https://example.com"', 'event': '"s3:ObjectCreated:*"',
                    'email_address': '"a@example.com"'}
# null_arg's live value of a handle type where handles.h's would fail the call anyway: a grantee
# that is a role (a service principal is refused by several grants), and, for a resource policy, a
# statement with a principal (one without is aws-cdk-lib's error there)
NULL_ARG_HANDLES = {'ccdk_iam_principal': 'ccdk_iam_role_principal(mk_iam_role(stack))'}
RESOURCE_STATEMENT = ('ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){.actions = '
                      'CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("*"), .principals = '
                      '(ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_account_root_principal(stack))})')
# the exceptions to the rule for options/props pointers: a struct the call cannot do without
NULL_ARG_REQUIRED_OPTIONS = {
    ('ccdk_lambda_scalable_attribute_scale_on_utilization', 'options'),  # target_utilization_percent
}


def null_arg_optional(name, param):
    m = re.match(r'^(.*?)\s*\*\s*(\w+)$', ' '.join(param.split()))
    pname = m.group(2) if m else param
    if (name, pname) in NULL_ARG_OPTIONAL:
        return True
    if name.startswith('ccdk_ec2_') and pname == 'description':  # ec2.h: NULL is aws-cdk-lib's default
        return True
    return (pname in ('options', 'props') and re.match(r'^const ccdk_\w+_(options|props)$', m.group(1)) is not None
            and (name, pname) not in NULL_ARG_REQUIRED_OPTIONS)


def is_mutator(name, params):
    if name in MUTATOR_EXCEPTIONS:
        return MUTATOR_EXCEPTIONS[name]
    if not params:
        return False
    first = ' '.join(params[0].split())
    m = re.match(r'^(.*?)\s*\*\s*(\w+)$', first)
    # (the App is not a target: ccdk_app_new never returns NULL, and ccdk_app_* change nothing)
    if not m or m.group(1).startswith('const') or m.group(1) == 'ccdk_app':
        return False
    typ, pname = m.group(1), m.group(2)
    if not (typ.startswith('ccdk_') or (typ == 'void' and pname in VOID_HANDLE_NAMES)):
        return False
    words = name.split('_')[1:]
    return any(v in words for v in MUTATOR_VERBS)


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
        if variant == 'nulls' or (variant == 'null_target' and j == 0):
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
        if bare == 'char*' and variant == 'null_arg':
            # null_arg's live arguments: a string a call accepts, so that the NULL is what fails it
            return NULL_ARG_STRINGS.get(name, '"a"')
        if bare == 'char*':
            return '""'
        return 'NULL'
    if NUMERIC.match(typ) or typ.startswith('enum '):
        return '0'
    return '(%s){0}' % typ.replace('const ', '')


def null_arg_argument(name, p, j, handles):
    a = argument(p, j, 'null_arg', handles)
    pname = re.sub(r'^.*?(\w+)$', r'\1', ' '.join(p.split()))
    if j == 0 and a == '(void *)stack' and pname.startswith('fn'):  # a function's method: a function
        return 'mk_lambda_function(stack)'
    if a == '(ccdk_strs){0}' and pname == 'actions':
        return 'CCDK_STRS("s3:GetObject")'
    if a == '(ccdk_ec2_port){0}':
        return 'ccdk_ec2_port_tcp(22)'
    if j == 0 or a is None or not a.startswith('mk_'):
        return a
    typ = a[3:].split('(')[0]
    if typ == 'iam_policy_statement' and ('resource_policy' in name or 'endpoint_add_to_policy' in name):
        return RESOURCE_STATEMENT
    return NULL_ARG_HANDLES.get('ccdk_' + typ, a)


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
    names, mutators, cases, bases = [], [], [], []
    for name, params in protos:
        if variant != 'null_arg':
            args = [argument(p, j, variant, handles) for j, p in enumerate(params)]
            cases.append((name, name, args, variant in NULL_TARGET_VARIANTS and is_mutator(name, params)))
            continue
        if not is_mutator(name, params):
            continue
        # one case per pointer argument after the target: that one NULL, the rest as `handles`
        for j, p in enumerate(params):
            if j == 0 or p == '...' or '*' not in p:
                continue
            args = [null_arg_argument(name, q, i, handles) for i, q in enumerate(params)]
            base = ', '.join(a for a in args if a is not None)
            args[j] = 'NULL'
            pname = re.sub(r'^.*?(\w+)\)?(\(.*\))?$', r'\1', p.split('[')[0]) if '(*' not in p else \
                re.search(r'\(\s*\*\s*(\w+)', p).group(1)
            cases.append((name, '%s: %s' % (name, pname), args, not null_arg_optional(name, p)))
            bases.append('static void base_%d(ccdk_app *app, ccdk_stack *stack) { (void)app; (void)stack; (void)(%s)(%s); }'
                         % (len(bases), name, base))
    for k, (name, label, args, must) in enumerate(cases):
        args = [a for a in args if a is not None]
        out.append('static void call_%d(ccdk_app *app, ccdk_stack *stack) { (void)app; (void)stack; (void)(%s)(%s); }'
                   % (k, name, ', '.join(args)))
        names.append(label)
        mutators.append(must)
    out.append('static void (*const calls[])(ccdk_app *, ccdk_stack *) = {%s};'
               % ', '.join('call_%d' % k for k in range(len(names))))
    out.append('static const char *const names[] = {%s};' % ', '.join('"%s"' % n for n in names))
    out.append('static const char must_fail[] = {%s};' % ', '.join('1' if x else '0' for x in mutators))
    if variant == 'null_arg':
        # each case's call with every argument given: a case whose base fails its synth too shows nothing
        out += bases
        out.append('#define SWEEP_BASES 1')
        out.append('static void (*const bases[])(ccdk_app *, ccdk_stack *) = {%s};'
                   % ', '.join('base_%d' % k for k in range(len(bases))))
    out.append('#include "main.h"')
    print('\n'.join(out))


if __name__ == '__main__':
    main()
