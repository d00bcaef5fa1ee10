/* Seed README, Lambda Insights: ARM_64 with VERSION_1_0_119_0. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_insights.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .insights_version = CCDK_LAMBDA_INSIGHTS_VERSION(1_0_119_0),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
