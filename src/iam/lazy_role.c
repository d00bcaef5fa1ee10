/* lazy_role.c - iam.LazyRole (aws-iam/lib/lazy-role.js): a role that is made (new Role(this,
 * 'Default', props)) only when something reads it; until then the statements, inline policies and
 * managed policies added to it wait, and are given to the role, in that order, when it is made. It
 * is its own grantPrincipal (a principal of kind CCDK__P_LAZY_ROLE): grants to it wait too. */
#include <string.h>

#include "iam_internal.h"

/* the bundled class is LazyRole2 (decorated), the name aws-cdk-lib's messages give it */
static const ccdk__kind kind_lazy_role = {.fqn = "aws-cdk-lib.aws_iam.LazyRole", .class_name = "LazyRole2"};

/* the props, their lists and strings copied into the App (a list of no items, CCDK_LIST_N(NULL, n),
 * is left to Role's check of it: not read here) */
static void copy_props(ccdk_app *app, ccdk_iam_role_props *to, const ccdk_iam_role_props *from)
{
    *to = *from;
    to->role_name = from->role_name ? ccdk__keep(app, from->role_name) : NULL;
    to->description = from->description ? ccdk__keep(app, from->description) : NULL;
    to->path = from->path ? ccdk__keep(app, from->path) : NULL;
    if (from->managed_policies.count && from->managed_policies.items) {
        ccdk_iam_managed_policy **m = ccdk__alloc(app, from->managed_policies.count * sizeof *m);
        memcpy(m, from->managed_policies.items, from->managed_policies.count * sizeof *m);
        to->managed_policies.items = (ccdk_iam_managed_policy *const *)m;
    }
    if (from->inline_policies.count && from->inline_policies.items) {
        ccdk_iam_inline_policy *p = ccdk__alloc(app, from->inline_policies.count * sizeof *p);
        for (size_t i = 0; i < from->inline_policies.count; i++) {
            p[i] = from->inline_policies.items[i];
            p[i].name = p[i].name ? ccdk__keep(app, p[i].name) : NULL;
        }
        to->inline_policies.items = p;
    }
    if (from->external_ids.count && from->external_ids.items) {
        const char **s = ccdk__alloc(app, from->external_ids.count * sizeof *s);
        for (size_t i = 0; i < from->external_ids.count; i++)
            s[i] = from->external_ids.items[i] ? ccdk__keep(app, from->external_ids.items[i]) : NULL;
        to->external_ids.items = s;
    }
}

ccdk_iam_lazy_role *ccdk_iam_lazy_role_new(void *scope, const char *id, const ccdk_iam_role_props *props)
{
    ccdk_iam_lazy_role *l = ccdk__construct(ccdk_iam_lazy_role, &kind_lazy_role, scope, id);
    if (!l->node.stack) /* Resource's constructor: Stack.of(this) */
        ccdk__no_stack_error(&l->node);
    if (props)
        copy_props(l->node.app, &l->props, props);
    ccdk_iam_principal *p = ccdk__alloc(l->node.app, sizeof *p);
    p->app = l->node.app;
    p->kind = CCDK__P_LAZY_ROLE;
    p->lazy_role = l;
    l->principal = p;
    return l;
}

ccdk_iam_principal *ccdk_iam_lazy_role_principal(ccdk_iam_lazy_role *lazy)
{
    return ccdk__handle_ok(lazy, __func__) ? lazy->principal : NULL;
}

/* instantiate(): the role, made on first use with what was added before */
ccdk_iam_role *ccdk_iam_lazy_role_role(ccdk_iam_lazy_role *lazy)
{
    if (!ccdk__handle_ok(lazy, __func__))
        return NULL;
    if (!lazy->role) {
        ccdk_iam_role *role = ccdk_iam_role_new(lazy, "Default", &lazy->props);
        for (size_t i = 0; i < lazy->nstatements; i++)
            ccdk_iam_role_add_to_policy(role, lazy->statements[i]);
        for (size_t i = 0; i < lazy->npolicies; i++)
            ccdk_iam_role_attach_inline_policy(role, lazy->policies[i]);
        for (size_t i = 0; i < lazy->nmanaged; i++)
            ccdk_iam_role_add_managed_policy(role, lazy->managed[i]);
        lazy->role = role;
    }
    return lazy->role;
}

const char *ccdk_iam_lazy_role_arn(ccdk_iam_lazy_role *lazy)
{
    return ccdk__handle_ok(lazy, __func__) ? ccdk_iam_role_arn(ccdk_iam_lazy_role_role(lazy)) : NULL;
}

const char *ccdk_iam_lazy_role_name(ccdk_iam_lazy_role *lazy)
{
    return ccdk__handle_ok(lazy, __func__) ? ccdk_iam_role_name(ccdk_iam_lazy_role_role(lazy)) : NULL;
}

const char *ccdk_iam_lazy_role_id(ccdk_iam_lazy_role *lazy)
{
    return ccdk__handle_ok(lazy, __func__) ? ccdk_iam_role_id(ccdk_iam_lazy_role_role(lazy)) : NULL;
}

/* grant / grantPassRole / grantAssumeRole: this.instantiate()'s */
int ccdk_iam_lazy_role_grant(ccdk_iam_lazy_role *lazy, ccdk_iam_principal *grantee, ccdk_strs actions)
{
    if (!ccdk__target_ok(lazy, __func__) || !ccdk__arg_ok(grantee, __func__, "grantee"))
        return 0;
    return ccdk_iam_role_grant(ccdk_iam_lazy_role_role(lazy), grantee, actions);
}

int ccdk_iam_lazy_role_grant_pass_role(ccdk_iam_lazy_role *lazy, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(lazy, __func__) || !ccdk__arg_ok(grantee, __func__, "grantee"))
        return 0;
    return ccdk_iam_role_grant_pass_role(ccdk_iam_lazy_role_role(lazy), grantee);
}

int ccdk_iam_lazy_role_grant_assume_role(ccdk_iam_lazy_role *lazy, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(lazy, __func__) || !ccdk__arg_ok(grantee, __func__, "grantee"))
        return 0;
    return ccdk_iam_role_grant_assume_role(ccdk_iam_lazy_role_role(lazy), grantee);
}

/* addToPrincipalPolicy: the role's when it is made (its statementAdded), else kept for it ({statementAdded:
 * true, policyDependable: this}) */
int ccdk__lazy_role_add_to_principal_policy(ccdk_iam_lazy_role *lazy, ccdk_iam_policy_statement *s)
{
    if (lazy->role)
        return ccdk_iam_principal_add_to_policy(lazy->role->principal, s);
    if (lazy->nstatements == lazy->capstatements)
        lazy->statements = ccdk__arena_grow(lazy->node.app, lazy->statements, lazy->nstatements, &lazy->capstatements,
                                            sizeof *lazy->statements, 4);
    lazy->statements[lazy->nstatements++] = s;
    return 1;
}

void ccdk_iam_lazy_role_add_to_policy(ccdk_iam_lazy_role *lazy, ccdk_iam_policy_statement *statement)
{
    if (!ccdk__target_ok(lazy, __func__) || !ccdk__arg_ok(statement, __func__, "statement"))
        return;
    ccdk__lazy_role_add_to_principal_policy(lazy, statement);
}

void ccdk_iam_lazy_role_attach_inline_policy(ccdk_iam_lazy_role *lazy, ccdk_iam_policy *policy)
{
    if (!ccdk__target_ok(lazy, __func__) || !ccdk__arg_handle_ok(policy, __func__, "policy"))
        return;
    if (lazy->role) {
        ccdk_iam_role_attach_inline_policy(lazy->role, policy);
        return;
    }
    if (lazy->npolicies == lazy->cappolicies)
        lazy->policies = ccdk__arena_grow(lazy->node.app, lazy->policies, lazy->npolicies, &lazy->cappolicies,
                                          sizeof *lazy->policies, 2);
    lazy->policies[lazy->npolicies++] = policy;
}

void ccdk_iam_lazy_role_add_managed_policy(ccdk_iam_lazy_role *lazy, ccdk_iam_managed_policy *policy)
{
    if (!ccdk__target_ok(lazy, __func__) || !ccdk__arg_ok(policy, __func__, "policy"))
        return;
    if (lazy->role) {
        ccdk_iam_role_add_managed_policy(lazy->role, policy);
        return;
    }
    if (lazy->nmanaged == lazy->capmanaged)
        lazy->managed = ccdk__arena_grow(lazy->node.app, lazy->managed, lazy->nmanaged, &lazy->capmanaged, sizeof *lazy->managed, 2);
    lazy->managed[lazy->nmanaged++] = policy;
}
