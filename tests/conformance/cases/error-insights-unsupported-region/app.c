/* error: existing region with existing but unsupported version throws error
 * Ported from aws-cdk: lambda-insights.test.ts 'existing region with existing but unsupported version throws error' */
#include <ccdk/lambda.h>
#include <ccdk/lambda_insights.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", &(ccdk_stack_props){.account = "123456789012", .region = "af-south-1"});
    ccdk_lambda_function_new(stack, "BadVersion", &(ccdk_lambda_function_props){
        .function_name = "BadVersion",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .architecture = NULL,
        .insights_version = CCDK_LAMBDA_INSIGHTS_VERSION(1_0_54_0),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
