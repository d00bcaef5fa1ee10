/* group.c - iam.Group (new, fromGroupArn, fromGroupName), its policies, and users added to groups. */
#include <string.h>

#include "iam_internal.h"

static const ccdk__kind kind_group = {.fqn = "aws-cdk-lib.aws_iam.Group", .class_name = "Group2"};
/* fromGroupArn's `class Import extends GroupBase`: GroupBase has no jsii fqn of its own */
static const ccdk__kind kind_imported_group = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

/* Token.asString(undefined): resolves to nothing */
static ccdk_value *undefined_lazy(void *ctx)
{
    (void)ctx;
    return NULL;
}

static ccdk_iam_group *group_alloc(void *scope, const char *id, const ccdk__kind *kind)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_iam_group *g = ccdk__alloc(app, sizeof *g);
    ccdk__node_init(&g->node, kind, scope, id);
    g->managed_arns = ccdk__v_list(app);
    g->principal = ccdk__alloc(app, sizeof *g->principal);
    g->principal->app = app;
    g->principal->kind = CCDK__P_GROUP;
    g->principal->group = g;
    return g;
}

static void push_managed(ccdk_iam_group *g, ccdk_iam_managed_policy *policy)
{
    if (g->nmanaged == g->capmanaged)
        g->managed = ccdk__arena_grow(g->node.app, g->managed, g->nmanaged, &g->capmanaged, sizeof *g->managed, 2);
    g->managed[g->nmanaged++] = policy;
    ccdk__v_push(g->managed_arns, ccdk__v_str(g->node.app, ccdk__managed_policy_arn(policy)));
}

/* group.ts managedPoliciesExceededWarning: more than 10 managed policies, a warning on the group each
 * time (in the constructor, and on each addManagedPolicy that adds one). The name is this.physicalName:
 * the given name; for an unnamed group aws-cdk-lib's Token.asString(undefined), made when the
 * constructor reads it, which ccdk does not make: its "${Token[TOKEN.n]}" number is one of ccdk's, made
 * here (it may differ from aws-cdk-lib's) */
static void managed_policies_exceeded_warning(ccdk_iam_group *g)
{
    if (g->nmanaged <= 10)
        return;
    const char *name = g->given_name;
    if (!name) {
        if (!g->physical_token)
            g->physical_token = ccdk__token_str(g->node.app, ccdk__v_lazy(g->node.app, undefined_lazy, NULL));
        name = g->physical_token;
    }
    ccdk__warning(g, "@aws-cdk/aws-iam:groupMaxPoliciesExceeded",
                  "You added %zu to IAM Group %s. The maximum number of managed policies attached to an IAM group is 10.",
                  g->nmanaged, name);
}

ccdk_iam_group *ccdk_iam_group_new(void *scope, const char *id, const ccdk_iam_group_props *props)
{
    ccdk_iam_group *g = group_alloc(scope, id, &kind_group);
    ccdk_app *app = g->node.app;
    g->resource = ccdk__l1(g, "Resource", "AWS::IAM::Group", "aws-cdk-lib.aws_iam.CfnGroup");
    const char *given = props ? props->group_name : NULL;
    if (given)
        ccdk__res_set(g->resource, "GroupName", ccdk__v_str(app, given));
    /* Box.fromArray(managedPolicies): omitted while empty */
    ccdk__res_set(g->resource, "ManagedPolicyArns", ccdk__v_ignore_empty(app, g->managed_arns));
    if (props && props->path)
        ccdk__res_set(g->resource, "Path", ccdk__v_str(app, props->path));
    /* groupName: getResourceNameAttribute(ref); groupArn: getResourceArnAttribute(attrArn, {region: '',
     * service: 'iam', resource: 'group', resourceName: <path without its leading '/'><physicalName>}) */
    const char *pname = ccdk__physical_name(given);
    const char *path = props && props->path ? props->path + (props->path[0] == '/') : "";
    /* both memoized getters, made at their first read (token.c) */
    g->name = ccdk__token_mark_unread(app, ccdk__resource_env_attribute(g, g->resource, NULL, pname));
    g->arn = ccdk__token_mark_unread(
        app, ccdk__resource_env_attribute(
                 g, g->resource, "Arn",
                 pname ? ccdk__format_arn(g->node.stack, "iam", "", "group", NULL, ccdk__sprintf(app, "%s%s", path, pname)) : NULL));
    g->given_name = given;
    if (props) { /* Box.fromArray([...props.managedPolicies]): as given, a policy twice is there twice */
        size_t nm = CCDK__LEN(props->managed_policies, "Group managedPolicies");
        for (size_t i = 0; i < nm; i++)
            if (props->managed_policies.items[i])
                push_managed(g, props->managed_policies.items[i]);
    }
    managed_policies_exceeded_warning(g);
    return g;
}

/* Group.fromGroupArn: the name is splitArn(arn, SLASH_RESOURCE_NAME).resourceName (a path stays in
 * it), principalAccount the ARN's account */
ccdk_iam_group *ccdk_iam_group_from_group_arn(void *scope, const char *id, const char *group_arn)
{
    ccdk__scope(scope);
    ccdk_iam_group *g = group_alloc(scope, id, &kind_imported_group);
    ccdk_app *app = g->node.app;
    if (!group_arn)
        ccdk__process_error("%s: group_arn is NULL", __func__);
    g->imported = 1;
    g->arn = ccdk__strdup(app, group_arn ? group_arn : "");
    g->name = "";
    if (!ccdk__arn_check(g, g->arn))
        return g;
    g->account = ccdk__arn_component(g, g->arn, 4);
    g->name = ccdk__arn_slash_resource_name(g, g->arn);
    return g;
}

/* Group.fromGroupName: fromGroupArn of Stack.of(scope).formatArn({service: 'iam', region: '',
 * resource: 'group', resourceName}) */
ccdk_iam_group *ccdk_iam_group_from_group_name(void *scope, const char *id, const char *group_name)
{
    ccdk__scope(scope);
    ccdk_stack *s = ((ccdk__node *)scope)->stack;
    if (!s || !group_name)
        return ccdk_iam_group_from_group_arn(scope, id, group_name);
    return ccdk_iam_group_from_group_arn(scope, id, ccdk__format_arn(s, "iam", "", "group", NULL, group_name));
}

/* Group.addManagedPolicy: each policy object once (an import's: nothing, GroupBase's no-op), then
 * managedPoliciesExceededWarning */
void ccdk_iam_group_add_managed_policy(ccdk_iam_group *group, ccdk_iam_managed_policy *policy)
{
    if (!ccdk__target_ok(group, __func__) || !policy || group->imported)
        return;
    for (size_t i = 0; i < group->nmanaged; i++)
        if (group->managed[i] == policy)
            return;
    push_managed(group, policy);
    managed_policies_exceeded_warning(group);
}

/* GroupBase.attachInlinePolicy: attachedPolicies.attach(policy), policy.attachToGroup(this) */
void ccdk_iam_group_attach_inline_policy(ccdk_iam_group *group, ccdk_iam_policy *policy)
{
    if (!ccdk__target_ok(group, __func__) || !ccdk__arg_handle_ok(policy, __func__, "policy"))
        return;
    if (ccdk__attach_policy(&group->attached, policy))
        ccdk_iam_policy_attach_to_group(policy, group);
}

/* GroupBase.addToPrincipalPolicy: new Policy(this, 'DefaultPolicy') attached to the group (an
 * import's too) */
ccdk_iam_policy *ccdk_iam_group_add_to_principal_policy(ccdk_iam_group *group, ccdk_iam_policy_statement *s)
{
    if (!ccdk__target_ok(group, __func__) || !ccdk__arg_ok(s, __func__, "s"))
        return NULL;
    if (!group->default_policy) {
        group->default_policy = ccdk_iam_policy_new(group, "DefaultPolicy", NULL);
        ccdk_iam_policy_attach_to_group(group->default_policy, group);
    }
    ccdk_iam_policy_add_statements(group->default_policy, s);
    return group->default_policy;
}

void ccdk_iam_group_add_user(ccdk_iam_group *group, ccdk_iam_user *user)
{
    if (!ccdk__target_ok(group, __func__) || !ccdk__arg_handle_ok(user, __func__, "user"))
        return;
    ccdk_iam_user_add_to_group(user, group);
}

/* User.addToGroup: the group's name in the user's Groups; an imported user's is a
 * CfnUserToGroupAddition `${userName}Group${groupId}` in the group's stack */
void ccdk_iam_user_add_to_group(ccdk_iam_user *user, ccdk_iam_group *group)
{
    if (!ccdk__target_ok(user, __func__) || !ccdk__arg_handle_ok(group, __func__, "group"))
        return;
    ccdk_app *app = user->node.app;
    if (!user->imported) {
        ccdk__v_push(user->groups, ccdk__v_str(app, group->name));
        return;
    }
    ccdk_stack *stack = group->node.stack;
    if (!stack)
        return;
    ccdk_cfn_resource *r = ccdk__l1(stack, ccdk__sprintf(app, "%sGroup%d", user->name, user->group_id),
                                    "AWS::IAM::UserToGroupAddition", "aws-cdk-lib.aws_iam.CfnUserToGroupAddition");
    ccdk__res_set(r, "GroupName", ccdk__v_str(app, group->name));
    ccdk_value *users = ccdk__v_list(app);
    ccdk__v_push(users, ccdk__v_str(app, user->name));
    ccdk__res_set(r, "Users", users);
    user->group_id++;
}

const char *ccdk_iam_group_name(ccdk_iam_group *group) { return CCDK__MEMO_GET(group, name); }
const char *ccdk_iam_group_arn(ccdk_iam_group *group) { return CCDK__MEMO_GET(group, arn); }
ccdk_cfn_resource *ccdk_iam_group_resource(ccdk_iam_group *group)
{
    return ccdk__handle_ok(group, __func__) ? group->resource : NULL;
}
ccdk_iam_principal *ccdk_iam_group_principal(ccdk_iam_group *group)
{
    return ccdk__handle_ok(group, __func__) ? group->principal : NULL;
}
