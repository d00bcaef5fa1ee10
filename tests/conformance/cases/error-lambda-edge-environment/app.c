/* A version's edgeArn is used in another function's environment, then variables without
 * remove_in_edge are added to its function: the synth fails with aws-cdk-lib's Lambda@Edge error. */
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
    ccdk_lambda_version *version = ccdk_lambda_function_current_version(fn);
    ccdk_lambda_function_new(stack, "OtherFn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .environment = CCDK_KVS({"EDGE_ARN", ccdk_lambda_version_edge_arn(version)}),
    });
    ccdk_lambda_function_add_environment_with_options(fn, "DROPPED", "d",
                                                      &(ccdk_lambda_environment_options){.remove_in_edge = CCDK_TRUE});
    ccdk_lambda_function_add_environment(fn, "KEY2", "value2");
    ccdk_lambda_function_add_environment(fn, "KEY1", "value1");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
