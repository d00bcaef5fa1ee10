/* ported-lambda-insights-fact-register: see app.js. The test's Fact.register (allowReplacing) is
 * ccdk_fact_register on the App, before the functions. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_insights.h>

static void function_with_insights_version(ccdk_stack *stack, const char *id, const ccdk_lambda_insights_version *v,
                                           const ccdk_lambda_architecture *architecture)
{
    ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .function_name = id,
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .architecture = architecture,
        .insights_version = v,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_fact_register(app, "eu-west-1", "cloudwatch-lambda-insights-version:1_0_119_0_arm64", "CompletelyDifferent", 1);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    function_with_insights_version(stack, "MyLambda1", CCDK_LAMBDA_INSIGHTS_VERSION(1_0_119_0), NULL);
    function_with_insights_version(stack, "MyLambda2", CCDK_LAMBDA_INSIGHTS_VERSION(1_0_119_0), CCDK_LAMBDA_ARCHITECTURE_ARM_64);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
