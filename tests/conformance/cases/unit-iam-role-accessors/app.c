/* Conformance case 'unit-iam-role-accessors': see app.js. */
#include <ccdk/iam.h>

#define sns_role(scope, id) \
    ccdk_iam_role_new(scope, id, &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(scope, "sns.amazonaws.com")})

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "RoleId", NULL);
        ccdk_iam_role *role = sns_role(stack, "MyRole");
        ccdk_iam_policy_document_add_statements(ccdk_iam_role_assume_role_policy(role),
            ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                .actions = CCDK_STRS("sts:AssumeRole", "sts:TagSession"),
                .principals = CCDK_LIST(ccdk_iam_account_principal(stack, "123456789012"))}));
        ccdk_cfn_output_new(stack, "Id", &(ccdk_cfn_output_props){.value = ccdk_iam_role_id(role)});
    }
    const char *scopes[2][2] = {{"Relative", "Role"}, {"Absolute", "Absolute/SomeConstruct/Role"}};
    for (int i = 0; i < 2; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, scopes[i][0], NULL);
        ccdk_construct *sub = ccdk_construct_new(stack, "SomeConstruct");
        ccdk_iam_role_customize_roles(sub, &(ccdk_iam_customize_roles_options){
            .use_precreated_roles = CCDK_KVS({scopes[i][1], "SomeRoleName"})});
        ccdk_iam_role *role = sns_role(sub, "Role");
        ccdk_cfn_output_new(sub, "Name", &(ccdk_cfn_output_props){.value = ccdk_iam_role_name(role)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AllProps", NULL);
        ccdk_iam_role_customize_roles(stack, &(ccdk_iam_customize_roles_options){
            .use_precreated_roles = CCDK_KVS({"AllProps/Role", "SomeRoleName"})});
        ccdk_iam_role *role = sns_role(stack, "Role");
        ccdk_iam_role *imported = ccdk_iam_role_from_role_name(stack, "ImportedRole", "ImportedRole");
        ccdk_iam_role_grant(imported, role, CCDK_STRS("sts:AssumeRole"));
        ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .effect = CCDK_IAM_ALLOW, .actions = CCDK_STRS("*"), .resources = CCDK_STRS("*")}));
        ccdk_iam_role *principal = ccdk_iam_role_from_role_name(stack, "OtherRole", "OtherRole");
        ccdk_iam_role_grant(role, principal, CCDK_STRS("sts:AssumeRole"));
        ccdk_iam_role_grant_pass_role(role, principal);
        ccdk_iam_role_grant_assume_role(role, principal);
        ccdk_iam_role_add_managed_policy(role, ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "ReadOnlyAccess"));
        ccdk_iam_role_add_managed_policy(role, ccdk_iam_managed_policy_new(stack, "MyPolicy", &(ccdk_iam_managed_policy_props){
            .statements = CCDK_LIST(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                .effect = CCDK_IAM_ALLOW, .actions = CCDK_STRS("sns:Publish"), .resources = CCDK_STRS("*")}))}));
        ccdk_iam_role_without_policy_updates(role, NULL);
        ccdk_cfn_output_new(stack, "RoleName", &(ccdk_cfn_output_props){.value = ccdk_iam_role_name(role)});
        ccdk_cfn_output_new(stack, "RoleArn", &(ccdk_cfn_output_props){.value = ccdk_iam_role_arn(role)});
        ccdk_cfn_output_new(stack, "PrincipalAccount", &(ccdk_cfn_output_props){.value = ccdk_iam_role_principal_account(role)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "NoPrevent", NULL);
        ccdk_iam_role_customize_roles(stack, &(ccdk_iam_customize_roles_options){
            .prevent_synthesis = CCDK_FALSE, .use_precreated_roles = CCDK_KVS({"NoPrevent/Role", "SomeRoleName"})});
        ccdk_iam_role *role = sns_role(stack, "Role");
        ccdk_cfn_output_new(stack, "Id", &(ccdk_cfn_output_props){.value = ccdk_iam_role_id(role)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
