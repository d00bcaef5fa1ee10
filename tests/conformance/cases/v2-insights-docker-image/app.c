/* v2: insightsVersion on a DockerImageFunction (no layer; the managed policy only)
 * Ported from aws-cdk: lambda-insights.test.ts, its container image test: Function.configureLambdaInsights skips the layer for Runtime.FROM_IMAGE (test title not checked against the stored copy) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>
#include <ccdk/lambda_insights.h>
#include <ccdk/ecr.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", &(ccdk_stack_props){.region = "us-east-1"});
    ccdk_ecr_repository *repo = ccdk_ecr_repository_new(stack, "Repository", NULL);
    ccdk_lambda_docker_image_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_ecr(repo, NULL),
        .insights_version = CCDK_LAMBDA_INSIGHTS_VERSION(1_0_98_0),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
