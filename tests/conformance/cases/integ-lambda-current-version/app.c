/* Conformance case 'integ-lambda-current-version': aws-lambda test/integ.current-version.ts
 * (currentVersionOptions, an alias of the current version, the FunctionVersionUpgrade aspect).
 * Nothing dropped; layer-code is a folder of our own. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static ccdk_stack *test_stack_new(ccdk_app *scope, const char *id)
{
    ccdk_stack *stack = ccdk_stack_new(scope, id, NULL);
    ccdk_lambda_function *handler = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer-code", NULL),
        .handler = "index.main",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_8,
        .current_version_options = &(ccdk_lambda_version_options){
            .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
            .retry_attempts = CCDK_NUM(1),
        },
    });
    ccdk_lambda_version_add_alias(ccdk_lambda_function_current_version(handler), "live", NULL);
    return stack;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = test_stack_new(app, "lambda-test-current-version");
    /* Changes the function description when the feature flag is present to validate the changed
     * function hash. */
    ccdk_lambda_function_version_upgrade_aspect(stack, CCDK_LAMBDA_RECOGNIZE_LAYER_VERSION, CCDK_UNSET);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
