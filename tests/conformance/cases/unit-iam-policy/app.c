/* aws-iam policy.test.ts, one stack per test (groups left out: ccdk has no Group): the name from
 * the logical id, users and roles by props and by methods, each once (an import by ARN too), an
 * empty or unattached policy left out of the template and of DependsOn, generated names of the last
 * 128 characters of the logical id. */
#include <string.h>
#include <ccdk/iam.h>

static ccdk_iam_policy_statement *st(ccdk_stack *stack, const char *action, const char *resource)
{
    return ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS(action), .resources = CCDK_STRS(resource)});
}

static void create_policy_with_logical_id(ccdk_stack *stack, const char *logical_id)
{
    ccdk_iam_policy *policy = ccdk_iam_policy_new(stack, logical_id, NULL);
    ccdk_cfn_element_override_logical_id(ccdk_node_default_child(policy), logical_id);
    ccdk_iam_policy_add_statements(policy, st(stack, "*", "*"));
    ccdk_iam_policy_attach_to_role(policy, ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_any_principal(stack)}));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "NameOmitted", NULL);
        ccdk_iam_policy *policy = ccdk_iam_policy_new(stack, "MyPolicy", NULL);
        ccdk_iam_policy_add_statements(policy, st(stack, "sqs:SendMessage", "*"));
        ccdk_iam_policy_add_statements(policy, st(stack, "sns:Subscribe", "arn"));
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);
        ccdk_iam_policy_attach_to_user(policy, user);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AttachedViaProps", NULL);
        ccdk_iam_user *user1 = ccdk_iam_user_new(stack, "User1", NULL);
        ccdk_iam_role *role1 = ccdk_iam_role_new(stack, "Role1", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "test.service")});
        ccdk_iam_policy_new(stack, "MyTestPolicy", &(ccdk_iam_policy_props){
            .policy_name = "Foo",
            .users = CCDK_LIST(user1),
            .roles = CCDK_LIST(role1),
            .statements = CCDK_LIST(st(stack, "dynamodb:PutItem", "*")),
        });
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "IdempotentUser", NULL);
        ccdk_iam_policy *p = ccdk_iam_policy_new(stack, "MyPolicy", NULL);
        ccdk_iam_policy_add_statements(p, st(stack, "*", "*"));
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);
        ccdk_iam_policy_attach_to_user(p, user);
        ccdk_iam_policy_attach_to_user(p, user);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AttachedViaMethods", NULL);
        ccdk_iam_policy *p = ccdk_iam_policy_new(stack, "MyTestPolicy", &(ccdk_iam_policy_props){.policy_name = "Foo"});
        ccdk_iam_policy_attach_to_user(p, ccdk_iam_user_new(stack, "User1", NULL));
        ccdk_iam_policy_attach_to_user(p, ccdk_iam_user_new(stack, "User2", NULL));
        ccdk_iam_policy_attach_to_role(p, ccdk_iam_role_new(stack, "Role1", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "test.service")}));
        ccdk_iam_policy_add_statements(p, st(stack, "dynamodb:GetItem", "*"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AttachedViaPrincipal", NULL);
        ccdk_iam_policy *policy = ccdk_iam_policy_new(stack, "MyPolicy", NULL);
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "test.service")});
        ccdk_iam_policy_attach_to_user(policy, user);
        ccdk_iam_policy_attach_to_role(policy, role);
        ccdk_iam_policy_add_statements(policy, st(stack, "*", "*"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "UniqueNames", NULL);
        ccdk_iam_policy *p1 = ccdk_iam_policy_new(stack, "P1", &(ccdk_iam_policy_props){.policy_name = "Foo"});
        ccdk_iam_policy *p3 = ccdk_iam_policy_new(stack, "P3", NULL);
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "sns.amazonaws.com")});
        ccdk_iam_policy *ps[] = {p1, p3};
        for (int i = 0; i < 2; i++) {
            ccdk_iam_policy_add_statements(ps[i], st(stack, "*", "*"));
            ccdk_iam_policy_attach_to_user(ps[i], user);
            ccdk_iam_policy_attach_to_role(ps[i], role);
        }
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "IdempotentTwice", NULL);
        ccdk_iam_policy *p = ccdk_iam_policy_new(stack, "Policy", NULL);
        ccdk_iam_policy_add_statements(p, st(stack, "*", "*"));
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);
        ccdk_iam_policy_attach_to_user(p, user);
        ccdk_iam_policy_attach_to_user(p, user);
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "test.service")});
        ccdk_iam_policy_attach_to_role(p, role);
        ccdk_iam_policy_attach_to_role(p, role);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "IdempotentImported", NULL);
        ccdk_iam_policy *p = ccdk_iam_policy_new(stack, "Policy", NULL);
        ccdk_iam_policy_add_statements(p, st(stack, "*", "*"));
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);
        ccdk_iam_user *imported_user = ccdk_iam_user_from_user_arn(stack, "MyImportedUser", ccdk_iam_user_arn(user));
        ccdk_iam_policy_attach_to_user(p, user);
        ccdk_iam_policy_attach_to_user(p, imported_user);
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "test.service")});
        ccdk_iam_role *imported_role = ccdk_iam_role_from_role_arn(stack, "MyImportedRole", ccdk_iam_role_arn(role));
        ccdk_iam_policy_attach_to_role(p, role);
        ccdk_iam_policy_attach_to_role(p, imported_role);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ShortLogicalId", NULL);
        create_policy_with_logical_id(stack, "Foo");
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "LongLogicalId", NULL);
        char id[140] = "PREFIXa";
        memset(id + 7, 'x', 126);
        strcpy(id + 133, "a");
        create_policy_with_logical_id(stack, id);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "EmptyDependency", NULL);
        ccdk_iam_policy *pol = ccdk_iam_policy_new(stack, "Pol", &(ccdk_iam_policy_props){.force = CCDK_FALSE});
        ccdk_cfn_resource *res = ccdk_cfn_resource_new(stack, "Resource", "Some::Resource", NULL);
        ccdk_node_add_dependency(res, pol);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AttachedDependency", NULL);
        ccdk_iam_policy *pol = ccdk_iam_policy_new(stack, "Pol", &(ccdk_iam_policy_props){.force = CCDK_FALSE});
        ccdk_iam_policy_add_statements(pol, st(stack, "s3:*", "*"));
        ccdk_iam_policy_attach_to_user(pol, ccdk_iam_user_new(stack, "User", NULL));
        ccdk_cfn_resource *res = ccdk_cfn_resource_new(stack, "Resource", "Some::Resource", NULL);
        ccdk_node_add_dependency(res, pol);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "EmptyOk", NULL);
        ccdk_iam_policy_new(stack, "Pol", &(ccdk_iam_policy_props){.force = CCDK_FALSE});
        ccdk_iam_policy_new(stack, "Unattached", &(ccdk_iam_policy_props){.statements = CCDK_LIST(st(stack, "s3:*", "*"))});
        ccdk_iam_policy *empty = ccdk_iam_policy_new(stack, "Empty", NULL);
        ccdk_iam_policy_attach_to_role(empty, ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_any_principal(stack)}));
        ccdk_iam_policy *forced = ccdk_iam_policy_new(stack, "Forced", &(ccdk_iam_policy_props){.force = CCDK_TRUE});
        ccdk_iam_policy_add_statements(forced, st(stack, "s3:*", "*"));
        ccdk_iam_policy_attach_to_user(forced, ccdk_iam_user_new(stack, "User", NULL));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
