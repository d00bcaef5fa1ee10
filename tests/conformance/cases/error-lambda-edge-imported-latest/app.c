/* The edgeArn of a version imported as $LATEST: aws-cdk-lib's error at once. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
    ccdk_lambda_version *latest = ccdk_lambda_version_from_version_attributes(stack, "Latest",
        &(ccdk_lambda_version_attributes){.lambda = fn, .version = "$LATEST"});
    ccdk_cfn_output_new(stack, "EdgeArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_edge_arn(latest)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
