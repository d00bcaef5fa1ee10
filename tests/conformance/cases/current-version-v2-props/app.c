/* v2: currentVersion of a function with the v2 props (their place in the version hash)
 * Ported from aws-cdk: function-hash.test.ts, its tests of properties that invalidate the version (the v2 props; titles not checked against the stored copy) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", &(ccdk_stack_props){.region = "eu-west-1"});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "pass"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
        .runtime_management_mode = CCDK_LAMBDA_RUNTIME_MANAGEMENT_MODE_FUNCTION_UPDATE,
        .recursive_loop = CCDK_LAMBDA_RECURSIVE_LOOP_TERMINATE,
        .durable_config = &(ccdk_lambda_durable_config){.execution_timeout = ccdk_duration_minutes(5)},
        .params_and_secrets = &(ccdk_lambda_params_and_secrets){.version = CCDK_LAMBDA_PARAMS_AND_SECRETS_V1_0_103},
        .adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){
            .layer_version = {CCDK_LAMBDA_ADOT_LAYER_PYTHON_SDK, NULL},
            .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_INSTRUMENT_HANDLER,
        },
        .current_version_options = &(ccdk_lambda_version_options){.description = "v2"},
    });
    ccdk_lambda_function_current_version(fn);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
