/* Conformance case 'iam-user': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_singleton.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "UserStack", NULL);
    ccdk_iam_user *user = ccdk_iam_user_new(stack, "user", NULL);
    ccdk_iam_managed_policy *read_only = ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "ReadOnlyAccess");
    ccdk_iam_user *named = ccdk_iam_user_new(stack, "Named", &(ccdk_iam_user_props){
        .user_name = "bob", .path = "/ops/", .managed_policies = CCDK_LIST(read_only)});
    ccdk_iam_user_add_managed_policy(named, ccdk_iam_managed_policy_from_managed_policy_arn(stack, "Custom",
                                                                                          "arn:aws:iam::123456789012:policy/custom"));
    ccdk_iam_user_add_managed_policy(named, read_only);
    ccdk_lambda_singleton_function *singleton = ccdk_lambda_singleton_function_new(stack, "Singleton", &(ccdk_lambda_singleton_function_props){
        .uuid = "84c0de93-353f-4217-9b0b-45b6c993251a",
        .function = {
            .code = ccdk_lambda_code_from_inline(stack, "def hello(): pass"),
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
            .handler = "index.hello",
        },
    });
    ccdk_lambda_singleton_function_depend_on(singleton, user);
    ccdk_cfn_output_new(stack, "UserName", &(ccdk_cfn_output_props){.value = ccdk_iam_user_name(named)});
    ccdk_cfn_output_new(stack, "UserArn", &(ccdk_cfn_output_props){.value = ccdk_iam_user_arn(named)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
