/* Seed README, Lambda Insights: LambdaInsightsVersion.fromInsightVersionArn. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_insights.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    const char *layer_arn = "arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:14";
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .insights_version = ccdk_lambda_insights_version_from_insight_version_arn(stack, layer_arn),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
