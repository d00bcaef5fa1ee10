/* permissions_boundary.c - iam.PermissionsBoundary.of(scope).apply(policy) / .clear(): an aspect
 * (of mutatingAspectPrio32333's priority) overriding, or deleting, the PermissionsBoundary of every
 * AWS::IAM::Role and AWS::IAM::User under the scope. */
#include <string.h>

#include "iam_internal.h"

static int is_role_or_user(ccdk_cfn_resource *r)
{
    const char *type = r ? ccdk_cfn_resource_type(r) : NULL;
    return type && (!strcmp(type, "AWS::IAM::Role") || !strcmp(type, "AWS::IAM::User"));
}

/* each apply is an aspect of its own (a new object per call in aws-cdk-lib, never merged with an
 * earlier one: apply(a), clear(), apply(a) ends with a) */
typedef struct {
    ccdk_iam_managed_policy *policy;
} apply_ctx;

static void apply_visit(void *construct, void *ctx)
{
    const apply_ctx *a = ctx;
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    if (is_role_or_user(r))
        ccdk_cfn_resource_add_property_override(
            r, "PermissionsBoundary", ccdk__v_from_string(r->el.node.app, ccdk__managed_policy_arn(a->policy)));
}

static void clear_visit(void *construct, void *ctx)
{
    (void)ctx;
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    if (is_role_or_user(r))
        ccdk_cfn_resource_add_property_deletion_override(r, "PermissionsBoundary");
}

void ccdk_iam_permissions_boundary_apply(void *scope, ccdk_iam_managed_policy *boundary_policy)
{
    ccdk__node *n = ccdk__scope(scope);
    if (!n || !ccdk__arg_ok(boundary_policy, __func__, "boundary_policy"))
        return;
    apply_ctx *a = ccdk__alloc(n->app, sizeof *a);
    a->policy = boundary_policy;
    ccdk_aspects_add_with_priority(n, apply_visit, a, ccdk__mutating_aspect_priority(n));
}

void ccdk_iam_permissions_boundary_clear(void *scope)
{
    ccdk__node *n = ccdk__scope(scope);
    if (!n)
        return;
    ccdk_aspects_add_with_priority(n, clear_visit, ccdk__alloc(n->app, 1), ccdk__mutating_aspect_priority(n));
}
