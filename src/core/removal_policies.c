/* removal_policies.c - RemovalPolicies.of(scope) and MissingRemovalPolicies.of(scope): aspects that
 * apply a removal policy to the CfnResources under a scope at synth, with aws-cdk-lib's filters by
 * resource type and its priorities. */
#include <string.h>

#include "cfn.h"

typedef struct {
    ccdk_removal_policy policy;
    const char **apply_to, **exclude;
    size_t napply_to, nexclude;
    int only_missing; /* MissingRemovalPolicies: resources without a policy of their own */
} removal_aspect;

static int has_type(const char *const *types, size_t n, const char *type)
{
    for (size_t i = 0; i < n; i++)
        if (types[i] && !strcmp(types[i], type))
            return 1;
    return 0;
}

/* BaseRemovalPolicyAspect.visit */
static void visit(void *construct, void *ctx)
{
    const removal_aspect *a = ctx;
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    if (!r || has_type(a->exclude, a->nexclude, r->type))
        return;
    if (a->napply_to && !has_type(a->apply_to, a->napply_to, r->type))
        return;
    if (a->only_missing && (r->deletion_policy || r->update_replace_policy))
        return;
    /* cfnResource.applyRemovalPolicy(policy): `policy || RETAIN` there */
    ccdk_cfn_resource_apply_removal_policy(r, a->policy ? a->policy : CCDK_REMOVAL_POLICY_RETAIN);
}

static void add(ccdk__node *n, ccdk_removal_policy policy, const ccdk_removal_policy_props *props, int only_missing,
                int priority)
{
    removal_aspect *a = ccdk__alloc(n->app, sizeof *a);
    memset(a, 0, sizeof *a);
    a->policy = policy;
    a->only_missing = only_missing;
    if (props) {
        a->apply_to = ccdk__strs_dup(n->app, props->apply_to_resource_types, &a->napply_to);
        a->exclude = ccdk__strs_dup(n->app, props->exclude_resource_types, &a->nexclude);
    }
    ccdk_aspects_add_with_priority(n, visit, a, priority);
}

static int props_priority(const ccdk_removal_policy_props *props, int fallback)
{
    return props && props->priority.set ? (int)props->priority.value : fallback;
}

void ccdk_removal_policies_apply(void *scope, ccdk_removal_policy policy, const ccdk_removal_policy_props *props)
{
    ccdk__node *n = ccdk__scope(scope);
    if (!n || !CCDK__ENUM_OK(n, policy, ccdk_removal_policy, CCDK_REMOVAL_POLICY_UNSET,
                             CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, "policy"))
        return;
    /* props.priority ?? mutatingAspectPrio32333(scope): MUTATING under the flag, else undefined,
     * which Aspects.add takes as DEFAULT */
    add(n, policy, props, 0, props_priority(props, ccdk__mutating_aspect_priority(n)));
}

void ccdk_missing_removal_policies_apply(void *scope, ccdk_removal_policy policy, const ccdk_removal_policy_props *props)
{
    ccdk__node *n = ccdk__scope(scope);
    if (!n || !CCDK__ENUM_OK(n, policy, ccdk_removal_policy, CCDK_REMOVAL_POLICY_UNSET,
                             CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, "policy"))
        return;
    /* props.priority ?? AspectPriority.MUTATING: not mutatingAspectPrio32333, whatever the flag */
    add(n, policy, props, 1, props_priority(props, CCDK_ASPECT_PRIORITY_MUTATING));
    if (props && props->priority.set)
        ccdk__warning(n, ccdk__sprintf(n->app, "Warning MissingRemovalPolicies with priority in %s", n->path),
                      "Applying a MissingRemovalPolicy with `priority` can lead to unexpected behavior since it only "
                      "applies to resources without existing policies. Please refer to the documentation for more "
                      "details.");
}
