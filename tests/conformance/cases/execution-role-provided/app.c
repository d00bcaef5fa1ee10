/* Seed README, Execution Role: a user-provided role. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role *my_role = ccdk_iam_role_new(stack, "My Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
    });
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .role = my_role, /* user-provided role */
    });
    ccdk_iam_role_add_managed_policy(my_role, ccdk_iam_managed_policy_from_aws_managed_policy_name(
                                                  stack, "service-role/AWSLambdaBasicExecutionRole"));
    /* only required if your function lives in a VPC */
    ccdk_iam_role_add_managed_policy(my_role, ccdk_iam_managed_policy_from_aws_managed_policy_name(
                                                  stack, "service-role/AWSLambdaVPCAccessExecutionRole"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
