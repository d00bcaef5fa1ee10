/* Conformance case 'unit-iam-policy-groups': see app.js. */
#include <ccdk/iam.h>

#define STATEMENT(scope, action, resource) \
    ccdk_iam_policy_statement_new(scope, &(ccdk_iam_policy_statement_props){.resources = CCDK_STRS(resource), .actions = CCDK_STRS(action)})
#define TEST_ROLE(scope, id) \
    ccdk_iam_role_new(scope, id, &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(scope, "test.service")})

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "WithStatements", NULL);
        ccdk_iam_policy *policy = ccdk_iam_policy_new(stack, "MyPolicy", &(ccdk_iam_policy_props){.policy_name = "MyPolicyName"});
        ccdk_iam_policy_add_statements(policy, STATEMENT(stack, "sqs:SendMessage", "*"));
        ccdk_iam_policy_add_statements(policy, STATEMENT(stack, "sns:Subscribe", "arn"));
        ccdk_iam_group_attach_inline_policy(ccdk_iam_group_new(stack, "MyGroup", NULL), policy);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "FromDocument", NULL);
        ccdk_iam_policy *policy = ccdk_iam_policy_new(stack, "MyPolicy", &(ccdk_iam_policy_props){
            .policy_name = "MyPolicyName",
            .document = ccdk_iam_policy_document_from_json(stack, ccdk_v_json(stack,
                "{\"Statement\": [{\"Action\": \"sqs:SendMessage\", \"Effect\": \"Allow\", \"Resource\": \"*\"}]}"))});
        ccdk_iam_group_attach_inline_policy(ccdk_iam_group_new(stack, "MyGroup", NULL), policy);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ViaProps", NULL);
        ccdk_iam_user *user1 = ccdk_iam_user_new(stack, "User1", NULL);
        ccdk_iam_group *group1 = ccdk_iam_group_new(stack, "Group1", NULL);
        ccdk_iam_role *role1 = TEST_ROLE(stack, "Role1");
        ccdk_iam_policy_new(stack, "MyTestPolicy", &(ccdk_iam_policy_props){
            .policy_name = "Foo",
            .users = CCDK_LIST(user1),
            .groups = CCDK_LIST(group1),
            .roles = CCDK_LIST(role1),
            .statements = CCDK_LIST(STATEMENT(stack, "dynamodb:PutItem", "*"))});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ViaMethods", NULL);
        ccdk_iam_policy *p = ccdk_iam_policy_new(stack, "MyTestPolicy", &(ccdk_iam_policy_props){.policy_name = "Foo"});
        ccdk_iam_policy_attach_to_user(p, ccdk_iam_user_new(stack, "User1", NULL));
        ccdk_iam_policy_attach_to_user(p, ccdk_iam_user_new(stack, "User2", NULL));
        ccdk_iam_policy_attach_to_group(p, ccdk_iam_group_new(stack, "Group1", NULL));
        ccdk_iam_policy_attach_to_role(p, TEST_ROLE(stack, "Role1"));
        ccdk_iam_policy_add_statements(p, STATEMENT(stack, "dynamodb:GetItem", "*"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ViaPrincipals", NULL);
        ccdk_iam_policy *policy = ccdk_iam_policy_new(stack, "MyPolicy", NULL);
        ccdk_iam_user_attach_inline_policy(ccdk_iam_user_new(stack, "MyUser", NULL), policy);
        ccdk_iam_group_attach_inline_policy(ccdk_iam_group_new(stack, "MyGroup", NULL), policy);
        ccdk_iam_role_attach_inline_policy(TEST_ROLE(stack, "MyRole"), policy);
        ccdk_iam_policy_add_statements(policy, STATEMENT(stack, "*", "*"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "UniqueNames", NULL);
        ccdk_iam_policy *ps[2] = {ccdk_iam_policy_new(stack, "P1", &(ccdk_iam_policy_props){.policy_name = "Foo"}),
                                  ccdk_iam_policy_new(stack, "P3", NULL)};
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);
        ccdk_iam_group *group = ccdk_iam_group_new(stack, "MyGroup", NULL);
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "sns.amazonaws.com")});
        for (int i = 0; i < 2; i++) {
            ccdk_iam_policy_add_statements(ps[i], STATEMENT(stack, "*", "*"));
            ccdk_iam_policy_attach_to_user(ps[i], user);
            ccdk_iam_policy_attach_to_group(ps[i], group);
            ccdk_iam_policy_attach_to_role(ps[i], role);
        }
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Twice", NULL);
        ccdk_iam_policy *p = ccdk_iam_policy_new(stack, "Policy", NULL);
        ccdk_iam_policy_add_statements(p, STATEMENT(stack, "*", "*"));
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);
        ccdk_iam_policy_attach_to_user(p, user);
        ccdk_iam_policy_attach_to_user(p, user);
        ccdk_iam_group *group = ccdk_iam_group_new(stack, "MyGroup", NULL);
        ccdk_iam_policy_attach_to_group(p, group);
        ccdk_iam_policy_attach_to_group(p, group);
        ccdk_iam_role *role = TEST_ROLE(stack, "MyRole");
        ccdk_iam_policy_attach_to_role(p, role);
        ccdk_iam_policy_attach_to_role(p, role);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedTwice", NULL);
        ccdk_iam_policy *p = ccdk_iam_policy_new(stack, "Policy", NULL);
        ccdk_iam_policy_add_statements(p, STATEMENT(stack, "*", "*"));
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);
        ccdk_iam_policy_attach_to_user(p, user);
        ccdk_iam_policy_attach_to_user(p, ccdk_iam_user_from_user_arn(stack, "MyImportedUser", ccdk_iam_user_arn(user)));
        ccdk_iam_group *group = ccdk_iam_group_new(stack, "MyGroup", NULL);
        ccdk_iam_policy_attach_to_group(p, group);
        ccdk_iam_policy_attach_to_group(p, ccdk_iam_group_from_group_arn(stack, "MyImportedGroup", ccdk_iam_group_arn(group)));
        ccdk_iam_role *role = TEST_ROLE(stack, "MyRole");
        ccdk_iam_policy_attach_to_role(p, role);
        ccdk_iam_policy_attach_to_role(p, ccdk_iam_role_from_role_arn(stack, "MyImportedRole", ccdk_iam_role_arn(role)));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
