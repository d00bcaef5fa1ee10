/* Conformance case 'unit-iam-managed-policy-groups': see app.js. */
#include <ccdk/iam.h>

static ccdk_stack *mk(ccdk_app *app, const char *name)
{
    return ccdk_stack_new(app, name, &(ccdk_stack_props){.account = "1234", .region = "us-east-1"});
}

static ccdk_iam_policy_statement *st(ccdk_stack *stack, const char *action, const char *resource)
{
    return ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS(action), .resources = CCDK_STRS(resource)});
}

static ccdk_iam_role *role(ccdk_stack *stack, const char *id)
{
    return ccdk_iam_role_new(stack, id, &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(stack, "test.service")});
}

static void out(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = mk(app, "WithStatements");
        ccdk_iam_managed_policy *policy = ccdk_iam_managed_policy_new(
            stack, "MyManagedPolicy", &(ccdk_iam_managed_policy_props){.managed_policy_name = "MyManagedPolicyName"});
        ccdk_iam_managed_policy_add_statements(policy, st(stack, "sqs:SendMessage", "*"));
        ccdk_iam_managed_policy_add_statements(policy, st(stack, "sns:Subscribe", "arn"));
        ccdk_iam_group_add_managed_policy(ccdk_iam_group_new(stack, "MyGroup", NULL), policy);
    }
    {
        ccdk_stack *stack = mk(app, "NameOmitted");
        ccdk_iam_managed_policy *policy = ccdk_iam_managed_policy_new(stack, "MyManagedPolicy", NULL);
        ccdk_iam_managed_policy_add_statements(policy, st(stack, "sqs:SendMessage", "*"));
        ccdk_iam_managed_policy_add_statements(policy, st(stack, "sns:Subscribe", "arn"));
        ccdk_iam_group_add_managed_policy(ccdk_iam_group_new(stack, "MyGroup", NULL), policy);
    }
    {
        ccdk_stack *stack = mk(app, "ViaProps");
        ccdk_iam_user *user1 = ccdk_iam_user_new(stack, "User1", NULL);
        ccdk_iam_group *group1 = ccdk_iam_group_new(stack, "Group1", NULL);
        ccdk_iam_role *role1 = role(stack, "Role1");
        ccdk_iam_managed_policy_new(stack, "MyTestManagedPolicy", &(ccdk_iam_managed_policy_props){
            .managed_policy_name = "Foo",
            .users = CCDK_LIST(user1),
            .groups = CCDK_LIST(group1),
            .roles = CCDK_LIST(role1),
            .description = "My Policy Description",
            .path = "tahiti/is/a/magical/place",
            .statements = CCDK_LIST(st(stack, "dynamodb:PutItem", "*")),
        });
    }
    {
        ccdk_stack *stack = mk(app, "Idempotent");
        ccdk_iam_managed_policy *p = ccdk_iam_managed_policy_new(stack, "MyManagedPolicy", NULL);
        ccdk_iam_managed_policy_add_statements(p, st(stack, "*", "*"));
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);
        ccdk_iam_managed_policy_attach_to_user(p, user);
        ccdk_iam_managed_policy_attach_to_user(p, user);
        ccdk_iam_group *group = ccdk_iam_group_new(stack, "MyGroup", NULL);
        ccdk_iam_managed_policy_attach_to_group(p, group);
        ccdk_iam_managed_policy_attach_to_group(p, group);
        ccdk_iam_role *r = role(stack, "MyRole");
        ccdk_iam_managed_policy_attach_to_role(p, r);
        ccdk_iam_managed_policy_attach_to_role(p, r);
    }
    {
        ccdk_stack *stack = mk(app, "IdempotentImported");
        ccdk_iam_managed_policy *p = ccdk_iam_managed_policy_new(stack, "MyManagedPolicy", NULL);
        ccdk_iam_managed_policy_add_statements(p, st(stack, "*", "*"));
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);
        ccdk_iam_managed_policy_attach_to_user(p, user);
        ccdk_iam_managed_policy_attach_to_user(p, ccdk_iam_user_from_user_arn(stack, "MyImportedUser", ccdk_iam_user_arn(user)));
        ccdk_iam_group *group = ccdk_iam_group_new(stack, "MyGroup", NULL);
        ccdk_iam_managed_policy_attach_to_group(p, group);
        ccdk_iam_managed_policy_attach_to_group(p, ccdk_iam_group_from_group_arn(stack, "MyImportedGroup", ccdk_iam_group_arn(group)));
        ccdk_iam_role *r = role(stack, "MyRole");
        ccdk_iam_managed_policy_attach_to_role(p, r);
        ccdk_iam_managed_policy_attach_to_role(p, ccdk_iam_role_from_role_arn(stack, "MyImportedRole", ccdk_iam_role_arn(r)));
    }
    {
        ccdk_stack *stack = mk(app, "ByMethods");
        ccdk_iam_managed_policy *p = ccdk_iam_managed_policy_new(stack, "MyManagedPolicy", &(ccdk_iam_managed_policy_props){
            .managed_policy_name = "Foo"});
        ccdk_iam_managed_policy_attach_to_user(p, ccdk_iam_user_new(stack, "User1", NULL));
        ccdk_iam_managed_policy_attach_to_user(p, ccdk_iam_user_new(stack, "User2", NULL));
        ccdk_iam_managed_policy_attach_to_group(p, ccdk_iam_group_new(stack, "Group1", NULL));
        ccdk_iam_managed_policy_attach_to_role(p, role(stack, "Role1"));
        ccdk_iam_managed_policy_add_statements(p, st(stack, "dynamodb:GetItem", "*"));
    }
    {
        ccdk_stack *stack = mk(app, "MethodsOnPrincipal");
        ccdk_iam_managed_policy *policy = ccdk_iam_managed_policy_new(stack, "MyManagedPolicy", NULL);
        ccdk_iam_user_add_managed_policy(ccdk_iam_user_new(stack, "MyUser", NULL), policy);
        ccdk_iam_group_add_managed_policy(ccdk_iam_group_new(stack, "MyGroup", NULL), policy);
        ccdk_iam_role_add_managed_policy(role(stack, "MyRole"), policy);
        ccdk_iam_managed_policy_add_statements(policy, st(stack, "*", "*"));
    }
    {
        ccdk_stack *stack = mk(app, "AwsManagedOnPrincipal");
        ccdk_iam_managed_policy *policy = ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "AnAWSManagedPolicy");
        ccdk_iam_user_add_managed_policy(ccdk_iam_user_new(stack, "MyUser", NULL), policy);
        ccdk_iam_group_add_managed_policy(ccdk_iam_group_new(stack, "MyGroup", NULL), policy);
        ccdk_iam_role_add_managed_policy(role(stack, "MyRole"), policy);
    }
    {
        ccdk_stack *stack = mk(app, "CustomerManagedOnPrincipal");
        ccdk_iam_managed_policy *policy =
            ccdk_iam_managed_policy_from_managed_policy_name(stack, "MyManagedPolicy", "ACustomerManagedPolicyName");
        ccdk_iam_user_add_managed_policy(ccdk_iam_user_new(stack, "MyUser", NULL), policy);
        ccdk_iam_group_add_managed_policy(ccdk_iam_group_new(stack, "MyGroup", NULL), policy);
        ccdk_iam_role_add_managed_policy(role(stack, "MyRole"), policy);
    }
    {
        ccdk_stack *stack = mk(app, "MyStack");
        ccdk_iam_managed_policy *mp = ccdk_iam_managed_policy_new(stack, "Policy", &(ccdk_iam_managed_policy_props){
            .managed_policy_name = CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED});
        ccdk_iam_managed_policy_add_statements(mp, st(stack, "a:abc", "*"));
        ccdk_iam_managed_policy *named = ccdk_iam_managed_policy_new(stack, "Named", &(ccdk_iam_managed_policy_props){
            .managed_policy_name = "NamedPolicy", .path = "/p/"});
        ccdk_iam_managed_policy_add_statements(named, st(stack, "a:abc", "*"));
        ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", &(ccdk_stack_props){.account = "5678", .region = "us-east-1"});
        out(stack2, "Output", ccdk_iam_managed_policy_arn(mp));
        out(stack2, "NamedOutput", ccdk_iam_managed_policy_arn(named));
        out(stack, "LocalOutput", ccdk_iam_managed_policy_arn(mp));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
