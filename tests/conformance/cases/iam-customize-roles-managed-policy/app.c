/* Conformance case 'iam-customize-roles-managed-policy': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "OtherStack", NULL);
    ccdk_iam_role_customize_roles(stack, &(ccdk_iam_customize_roles_options){
        .use_precreated_roles = CCDK_KVS({"OtherStack/MyRole", "other-role-name"}),
    });
    ccdk_cfn_resource *res = ccdk_cfn_resource_new(stack, "SomeResource", "AWS::SomeResource", ccdk_v_object(stack));
    ccdk_iam_managed_policy *custom = ccdk_iam_managed_policy_new(stack, "CustomPolicy", &(ccdk_iam_managed_policy_props){
        .statements = CCDK_LIST(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("sns:Publish", "s3:GetObject"), .resources = CCDK_STRS(ccdk_cfn_resource_ref(res))})),
    });
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "sns.amazonaws.com"),
        .managed_policies = CCDK_LIST(ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "ReadOnlyAccess"),
                                      ccdk_iam_managed_policy_from_managed_policy_name(stack, "CustomReadPolicy",
                                                                                       "CustomReadOnlyAccess"),
                                      custom),
    });
    ccdk_iam_managed_policy_new(stack, "OtherCustomPolicy", &(ccdk_iam_managed_policy_props){
        .roles = CCDK_LIST(role),
        .statements = CCDK_LIST(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:PutObject"), .resources = CCDK_STRS(ccdk_cfn_resource_get_att(res, "Arn"))})),
    });
    ccdk_iam_role *imported = ccdk_iam_role_from_role_name(stack, "Imported", "imported-role");
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .role = imported,
    });
    ccdk_sqs_queue_grant_consume_messages(ccdk_sqs_queue_new(stack, "Queue", NULL), fn);
    ccdk_iam_role_add_managed_policy(imported, custom);
    ccdk_cfn_output_new(stack, "PolicyArn", &(ccdk_cfn_output_props){.value = ccdk_iam_managed_policy_arn(custom)});
    ccdk_cfn_output_new(stack, "PolicyName", &(ccdk_cfn_output_props){.value = ccdk_iam_managed_policy_name(custom)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
