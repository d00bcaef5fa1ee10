/* aws-iam managed-policy.test.ts, one stack per test (env 1234/us-east-1 as the test's; groups left
 * out: their tests are unit-iam-managed-policy-groups). Values the tests resolve are outputs. PolicyDocument.fromJson's document
 * is built from the statement it reads. 'managed policy name is correctly calculated' gets a
 * resource: its statement has none, which only the test's missing synth lets pass. */
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

static void out(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

static ccdk_iam_role *role(ccdk_stack *stack, const char *id)
{
    return ccdk_iam_role_new(stack, id, &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(stack, "test.service")});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = mk(app, "SimpleAwsManaged");
        out(stack, "Arn", ccdk_iam_managed_policy_arn(ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "service-role/SomePolicy")));
    }
    {
        ccdk_stack *stack = mk(app, "SimpleCustomerManaged");
        out(stack, "Arn", ccdk_iam_managed_policy_arn(
                              ccdk_iam_managed_policy_from_managed_policy_name(stack, "MyCustomerManagedPolicy", "SomeCustomerPolicy")));
    }
    {
        ccdk_stack *stack = mk(app, "ByArn");
        out(stack, "Arn", ccdk_iam_managed_policy_arn(ccdk_iam_managed_policy_from_managed_policy_arn(
                              stack, "MyManagedPolicyByArn", "arn:aws:iam::1234:policy/my-policy")));
    }
    {
        ccdk_stack *stack = mk(app, "WithStatements");
        ccdk_iam_managed_policy *policy = ccdk_iam_managed_policy_new(
            stack, "MyManagedPolicy", &(ccdk_iam_managed_policy_props){.managed_policy_name = "MyManagedPolicyName"});
        ccdk_iam_managed_policy_add_statements(policy, st(stack, "sqs:SendMessage", "*"));
        ccdk_iam_managed_policy_add_statements(policy, st(stack, "sns:Subscribe", "arn"));
    }
    {
        ccdk_stack *stack = mk(app, "DocumentAlone");
        ccdk_iam_managed_policy_new(stack, "MyManagedPolicy", &(ccdk_iam_managed_policy_props){
            .managed_policy_name = "MyManagedPolicyName",
            .document = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(st(stack, "sqs:SendMessage", "*")))});
    }
    {
        ccdk_stack *stack = mk(app, "DocumentAndStatements");
        ccdk_iam_managed_policy_new(stack, "MyManagedPolicy", &(ccdk_iam_managed_policy_props){
            .managed_policy_name = "MyManagedPolicyName",
            .document = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(st(stack, "sqs:SendMessage", "*"))),
            .statements = CCDK_LIST(st(stack, "sns:Subscribe", "arn"))});
    }
    {
        ccdk_stack *stack = mk(app, "NameOmitted");
        ccdk_iam_managed_policy *policy = ccdk_iam_managed_policy_new(stack, "MyManagedPolicy", NULL);
        ccdk_iam_managed_policy_add_statements(policy, st(stack, "sqs:SendMessage", "*"));
        ccdk_iam_managed_policy_add_statements(policy, st(stack, "sns:Subscribe", "arn"));
    }
    {
        ccdk_stack *stack = mk(app, "ViaProps");
        ccdk_iam_user *user1 = ccdk_iam_user_new(stack, "User1", NULL);
        ccdk_iam_role *role1 = role(stack, "Role1");
        ccdk_iam_managed_policy_new(stack, "MyTestManagedPolicy", &(ccdk_iam_managed_policy_props){
            .managed_policy_name = "Foo",
            .users = CCDK_LIST(user1),
            .roles = CCDK_LIST(role1),
            .description = "My Policy Description",
            .path = "tahiti/is/a/magical/place",
            .statements = CCDK_LIST(st(stack, "dynamodb:PutItem", "*"))});
    }
    {
        ccdk_stack *stack = mk(app, "Idempotent");
        ccdk_iam_managed_policy *p = ccdk_iam_managed_policy_new(stack, "MyManagedPolicy", NULL);
        ccdk_iam_managed_policy_add_statements(p, st(stack, "*", "*"));
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);
        ccdk_iam_managed_policy_attach_to_user(p, user);
        ccdk_iam_managed_policy_attach_to_user(p, user);
        ccdk_iam_role *r = role(stack, "MyRole");
        ccdk_iam_managed_policy_attach_to_role(p, r);
        ccdk_iam_managed_policy_attach_to_role(p, r);
    }
    {
        ccdk_stack *stack = mk(app, "IdempotentImported");
        ccdk_iam_managed_policy *p = ccdk_iam_managed_policy_new(stack, "MyManagedPolicy", NULL);
        ccdk_iam_managed_policy_add_statements(p, st(stack, "*", "*"));
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);
        ccdk_iam_user *imported_user = ccdk_iam_user_from_user_arn(stack, "MyImportedUser", ccdk_iam_user_arn(user));
        ccdk_iam_managed_policy_attach_to_user(p, user);
        ccdk_iam_managed_policy_attach_to_user(p, imported_user);
        ccdk_iam_role *r = role(stack, "MyRole");
        ccdk_iam_role *imported_role = ccdk_iam_role_from_role_arn(stack, "MyImportedRole", ccdk_iam_role_arn(r));
        ccdk_iam_managed_policy_attach_to_role(p, r);
        ccdk_iam_managed_policy_attach_to_role(p, imported_role);
    }
    {
        ccdk_stack *stack = mk(app, "ByMethods");
        ccdk_iam_managed_policy *p =
            ccdk_iam_managed_policy_new(stack, "MyManagedPolicy", &(ccdk_iam_managed_policy_props){.managed_policy_name = "Foo"});
        ccdk_iam_managed_policy_attach_to_user(p, ccdk_iam_user_new(stack, "User1", NULL));
        ccdk_iam_managed_policy_attach_to_user(p, ccdk_iam_user_new(stack, "User2", NULL));
        ccdk_iam_managed_policy_attach_to_role(p, role(stack, "Role1"));
        ccdk_iam_managed_policy_add_statements(p, st(stack, "dynamodb:GetItem", "*"));
    }
    {
        ccdk_stack *stack = mk(app, "MethodsOnPrincipal");
        ccdk_iam_managed_policy *policy = ccdk_iam_managed_policy_new(stack, "MyManagedPolicy", NULL);
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);
        ccdk_iam_role *r = role(stack, "MyRole");
        ccdk_iam_user_add_managed_policy(user, policy);
        ccdk_iam_role_add_managed_policy(r, policy);
        ccdk_iam_managed_policy_add_statements(policy, st(stack, "*", "*"));
    }
    {
        ccdk_stack *stack = mk(app, "AwsManagedOnPrincipal");
        ccdk_iam_managed_policy *policy = ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "AnAWSManagedPolicy");
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);
        ccdk_iam_role *r = role(stack, "MyRole");
        ccdk_iam_user_add_managed_policy(user, policy);
        ccdk_iam_role_add_managed_policy(r, policy);
    }
    {
        ccdk_stack *stack = mk(app, "CustomerManagedOnPrincipal");
        ccdk_iam_managed_policy *policy =
            ccdk_iam_managed_policy_from_managed_policy_name(stack, "MyManagedPolicy", "ACustomerManagedPolicyName");
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);
        ccdk_iam_role *r = role(stack, "MyRole");
        ccdk_iam_user_add_managed_policy(user, policy);
        ccdk_iam_role_add_managed_policy(r, policy);
    }
    {
        ccdk_stack *stack = mk(app, "NameCalculated");
        ccdk_iam_managed_policy *mp = ccdk_iam_managed_policy_new(stack, "Policy", NULL);
        ccdk_iam_managed_policy_add_statements(mp, st(stack, "a:abc", "*"));
        out(stack, "Name", ccdk_iam_managed_policy_name(mp));
        out(stack, "Arn", ccdk_iam_managed_policy_arn(mp));
    }
    {
        ccdk_stack *stack = mk(app, "SameAwsManagedArn");
        out(stack, "Arn1", ccdk_iam_managed_policy_arn(ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "foo/bar")));
        out(stack, "Arn2", ccdk_iam_managed_policy_arn(ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "foo/bar")));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
