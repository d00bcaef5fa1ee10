/* Conformance case 'iam-customize-roles-role': see app.js. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_iam_role_customize_roles(app, &(ccdk_iam_customize_roles_options){
        .use_precreated_roles = CCDK_KVS({"StackA/MyRole", "my-role"}, {"StackB/Other", "other-role"}),
    });
    ccdk_stack *a = ccdk_stack_new(app, "StackA", NULL);
    ccdk_cfn_resource *res = ccdk_cfn_resource_new(a, "SomeResource", "AWS::SomeResource", ccdk_v_object(a));
    ccdk_iam_role *role = ccdk_iam_role_new(a, "MyRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_composite_principal(a, (ccdk_iam_principal_list)CCDK_LIST(
            ccdk_iam_service_principal(a, "sns.amazonaws.com"), ccdk_iam_account_principal(a, "111111111111"))),
        .inline_policies = CCDK_LIST_OF(ccdk_iam_inline_policy,
            {"Doc", ccdk_iam_policy_document_new(a, (ccdk_iam_policy_statement_list)CCDK_LIST(
                ccdk_iam_policy_statement_new(a, &(ccdk_iam_policy_statement_props){
                    .actions = CCDK_STRS("sns:Publish"), .resources = CCDK_STRS("*")})))}),
        .managed_policies = CCDK_LIST(ccdk_iam_managed_policy_from_aws_managed_policy_name(a, "ReadOnlyAccess"),
                                      ccdk_iam_managed_policy_from_managed_policy_name(a, "CustomRead", "CustomReadOnlyAccess")),
    });
    const char *arn = ccdk_cfn_resource_get_att(res, "Arn");
    ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(a, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetObject"),
        .conditions = ccdk_v_json(a, ccdk_fmt(a, "{\"StringLike\": {\"s3:prefix\": [\"%s\", \"arn:aws:s3:::someBucket/*\"]}}", arn)),
        .resources = CCDK_STRS(arn, "arn:aws:s3:::someBucket/*"),
    }));
    const char *topic = ccdk_fmt(a, "arn:aws:sns:%s:%s:%s", ccdk_stack_region(a), ccdk_stack_account(a), ccdk_cfn_resource_ref(res));
    ccdk_iam_role_attach_inline_policy(role, ccdk_iam_policy_new(a, "Policy", &(ccdk_iam_policy_props){
        .statements = CCDK_LIST(ccdk_iam_policy_statement_new(a, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("sns:Publish"), .resources = CCDK_STRS(topic)})),
    }));
    ccdk_iam_role_add_managed_policy(role, ccdk_iam_managed_policy_from_aws_managed_policy_name(a, "ReadOnlyAccess"));
    ccdk_stack *b = ccdk_stack_new(app, "StackB", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});
    ccdk_iam_role *other = ccdk_iam_role_new(b, "Other", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(b, "lambda.amazonaws.com"),
        .role_name = "ignored-name",
    });
    ccdk_iam_role_grant_pass_role(role, other);
    ccdk_cfn_output_new(b, "Arn", &(ccdk_cfn_output_props){.value = ccdk_iam_role_arn(other)});
    ccdk_cfn_output_new(b, "Name", &(ccdk_cfn_output_props){.value = ccdk_iam_role_name(other)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
