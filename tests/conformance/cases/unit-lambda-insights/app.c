/* aws-cdk's lambda-insights.test.ts (aws-lambda), each test that synthesizes as its own stack (see
 * app.js). */
#include <ccdk/ecr.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>
#include <ccdk/lambda_insights.h>

static ccdk_app *app;

/* functionWithInsightsVersion */
static void fn(ccdk_stack *stack, const char *id, const ccdk_lambda_insights_version *insights_version,
               const ccdk_lambda_architecture *architecture)
{
    ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .function_name = id,
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .architecture = architecture,
        .insights_version = insights_version,
    });
}

static ccdk_stack *stack_in(const char *id, int with_env)
{
    return ccdk_stack_new(app, id, with_env ? &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"} : NULL);
}

int main(void)
{
    app = ccdk_app_new(NULL);
    ccdk_stack *s = stack_in("InsightsArn", 0);
    fn(s, "MyLambda", ccdk_lambda_insights_version_from_insight_version_arn(
                          s, "arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:14"), NULL);
    fn(stack_in("InsightsVersion", 1), "MyLambda", CCDK_LAMBDA_INSIGHTS_VERSION(1_0_54_0), NULL);
    fn(stack_in("InsightsWithoutRegion", 0), "MyLambda", CCDK_LAMBDA_INSIGHTS_VERSION(1_0_98_0), NULL);
    s = stack_in("InsightsTwoFunctions", 0);
    fn(s, "MyLambda1", CCDK_LAMBDA_INSIGHTS_VERSION(1_0_98_0), NULL);
    fn(s, "MyLambda2", CCDK_LAMBDA_INSIGHTS_VERSION(1_0_98_0), NULL);
    s = stack_in("InsightsContainerImage", 0);
    ccdk_lambda_docker_image_function_new(s, "MyFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_ecr(ccdk_ecr_repository_from_repository_arn(
                    s, "MyRepo", "arn:aws:ecr:us-east-1:123456789012:repository/MyRepo"), NULL),
        .insights_version = CCDK_LAMBDA_INSIGHTS_VERSION(1_0_98_0),
    });
    fn(stack_in("InsightsArm", 1), "MyLambda", CCDK_LAMBDA_INSIGHTS_VERSION(1_0_119_0), CCDK_LAMBDA_ARCHITECTURE_ARM_64);
    s = stack_in("InsightsTwoArchitectures", 0);
    fn(s, "MyLambda1", CCDK_LAMBDA_INSIGHTS_VERSION(1_0_119_0), NULL);
    fn(s, "MyLambda2", CCDK_LAMBDA_INSIGHTS_VERSION(1_0_119_0), CCDK_LAMBDA_ARCHITECTURE_ARM_64);
    fn(stack_in("Insights143", 1), "MyLambda", CCDK_LAMBDA_INSIGHTS_VERSION(1_0_143_0), CCDK_LAMBDA_ARCHITECTURE_X86_64);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
