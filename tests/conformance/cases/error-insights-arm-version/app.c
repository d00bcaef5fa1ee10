/* error: throws if arm is not available in this version
 * Ported from aws-cdk: lambda-insights.test.ts 'throws if arm is not available in this version' */
#include <ccdk/lambda.h>
#include <ccdk/lambda_insights.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .function_name = "MyLambda",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .insights_version = CCDK_LAMBDA_INSIGHTS_VERSION(1_0_98_0),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
