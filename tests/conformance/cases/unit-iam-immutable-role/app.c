/* aws-iam immutable-role.test.ts, a stack per test (each with beforeEach's MutableRole and its
 * withoutPolicyUpdates()): attachInlinePolicy on the immutable role ignored, Role.fromRoleName's id
 * kept, an immutable import given one Policy twice, addManagedPolicy and addToPolicy ignored,
 * Grant.addToPrincipal ignored, constructs under the immutable role. */
#include <stdio.h>

#include <ccdk/iam.h>

typedef struct {
    ccdk_stack *stack;
    ccdk_iam_role *mutable_role, *immutable_role;
} fixture;

static fixture setup(ccdk_app *app, const char *id)
{
    fixture f;
    f.stack = ccdk_stack_new(app, id, NULL);
    f.mutable_role = ccdk_iam_role_new(f.stack, "MutableRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_any_principal(f.stack)});
    f.immutable_role = ccdk_iam_role_without_policy_updates(f.mutable_role, NULL);
    return f;
}

static ccdk_iam_policy_statement *statement(ccdk_stack *stack, const char *action)
{
    return ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS("*"), .actions = CCDK_STRS(action)});
}

static ccdk_iam_policy *user_policy(ccdk_stack *stack)
{
    ccdk_iam_user *user = ccdk_iam_user_new(stack, "User", NULL);
    return ccdk_iam_policy_new(stack, "Policy", &(ccdk_iam_policy_props){
        .statements = CCDK_LIST(statement(stack, "s3:*")), .users = CCDK_LIST(user)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        fixture f = setup(app, "T1");
        ccdk_iam_role_attach_inline_policy(f.immutable_role, user_policy(f.stack));
    }
    {
        fixture f = setup(app, "T2");
        ccdk_iam_role_from_role_name(f.stack, "TestRole123", "my-role");
        if (!ccdk_node_try_find_child(f.stack, "TestRole123") || ccdk_node_try_find_child(f.stack, "MutableRoleTestRole123"))
            fprintf(stderr, "ids\n");
    }
    {
        fixture f = setup(app, "T3");
        ccdk_iam_policy *policy = user_policy(f.stack);
        ccdk_iam_role *found = ccdk_iam_role_from_role_arn_with_options(f.stack, "MyRole",
            "arn:aws:iam::12345:role/role-name", &(ccdk_iam_from_role_arn_options){.mutable_ = CCDK_FALSE});
        ccdk_iam_role_attach_inline_policy(found, policy);
        ccdk_iam_role_attach_inline_policy(found, policy);
    }
    {
        fixture f = setup(app, "T4");
        ccdk_iam_role_add_managed_policy(f.mutable_role, ccdk_iam_managed_policy_from_managed_policy_arn(f.stack, "Arn1", "Arn1"));
        ccdk_iam_role_add_managed_policy(f.immutable_role, ccdk_iam_managed_policy_from_managed_policy_arn(f.stack, "Arn2", "Arn2"));
    }
    {
        fixture f = setup(app, "T5");
        ccdk_iam_role_add_to_policy(f.immutable_role, statement(f.stack, "iam:*"));
        ccdk_iam_role_add_to_policy(f.mutable_role, statement(f.stack, "s3:*"));
    }
    {
        fixture f = setup(app, "T6");
        ccdk_iam_grant_add_to_principal(CCDK_IAM_GRANTABLE(f.immutable_role), CCDK_STRS("s3:*"), CCDK_STRS("*"));
    }
    {
        fixture f = setup(app, "T7");
        ccdk_construct_new(CCDK_CONSTRUCT(f.immutable_role), "Child");
        ccdk_construct_new(CCDK_CONSTRUCT(ccdk_iam_role_without_policy_updates(f.mutable_role, NULL)), "Child2");
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
