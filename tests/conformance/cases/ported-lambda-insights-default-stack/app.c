/* Conformance case 'ported-lambda-insights-default-stack': aws-cdk's lambda-insights.test.ts
 * (aws-lambda), its one test with a `new cdk.Stack()`, kept in the Default stack (a NULL id).
 * Ported from aws-cdk: lambda-insights.test.ts 'insights layer is skipped for container images and the
 * role is updated' */
#include <ccdk/ecr.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>
#include <ccdk/lambda_insights.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_docker_image_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_ecr(ccdk_ecr_repository_from_repository_arn(
                    stack, "MyRepo", "arn:aws:ecr:us-east-1:123456789012:repository/MyRepo"), NULL),
        .insights_version = CCDK_LAMBDA_INSIGHTS_VERSION(1_0_98_0),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
