/* Error: logRemovalPolicy with @aws-cdk/aws-lambda:useCdkManagedLogGroup (set on the stack) (aws-lambda/test/function.test.ts 'cannot use logRemovalPolicy and USE_CDK_MANAGED_LAMBDA_LOGGROUP'). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_node_set_context(stack, "@aws-cdk/aws-lambda:useCdkManagedLogGroup", "true");
    ccdk_lambda_function_new(stack, "fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .log_removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
