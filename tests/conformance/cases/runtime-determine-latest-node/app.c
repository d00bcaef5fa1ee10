/* lambda.determineLatestNodeRuntime(scope) in an environment-agnostic stack, in known regions (aws,
 * aws-cn) and in a region aws-cdk-lib does not know.
 * Ported from aws-cdk: function.test.ts, the latest Lambda node runtime tests */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:target-partitions", "[\"aws\",\"aws-cn\"]"})});
    const char *names[] = {"Agnostic", "UsEast1", "CnNorth1", "Unknown"};
    const char *regions[] = {NULL, "us-east-1", "cn-north-1", "xx-unknown-1"};
    for (int i = 0; i < 4; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, names[i], &(ccdk_stack_props){.region = regions[i]});
        const ccdk_lambda_runtime *runtime = ccdk_lambda_determine_latest_node_runtime(stack);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
            .runtime = runtime,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => process.version;"),
        });
        ccdk_lambda_function_new(stack, "Latest", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => process.version;"),
        });
        ccdk_cfn_output_new(stack, "RuntimeName", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_runtime(fn)->name});
        ccdk_cfn_output_new(stack, "IsVariable", &(ccdk_cfn_output_props){.value = runtime->is_variable ? "true" : "false"});
        ccdk_cfn_output_new(stack, "Family", &(ccdk_cfn_output_props){
            .value = runtime->family == CCDK_LAMBDA_FAMILY_NODEJS ? "true" : "false"});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
