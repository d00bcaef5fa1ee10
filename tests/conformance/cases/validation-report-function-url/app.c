/* aws-cdk-lib's CloudFormation validator at synth (validation-report.json): OPTIONS in a Function
 * URL's AllowMethods (W3030, F3033), reserved environment variables (E3663), MemorySize below 128
 * (F3034), deprecated runtimes (W2531, E2531, E2533: dates compared with today's); creation stack
 * traces off. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"aws:cdk:disable-creation-stack-traces", "true"})});
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .environment = CCDK_KVS({"STAGE", "test"}),
    });
    ccdk_lambda_function_add_function_url(fn, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_methods = CCDK_STRS("GET", "OPTIONS"),
            .allowed_origins = CCDK_STRS("https://example.com"),
        },
    });
    ccdk_lambda_function *small = ccdk_lambda_function_new(stack, "Small", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .memory_size = CCDK_NUM(64),
    });
    /* Function rejects reserved names: the escape hatch */
    ccdk_cfn_resource_add_property_override(ccdk_lambda_function_resource(fn), "Environment.Variables._HANDLER", ccdk_v_string(app, "x"));
    ccdk_cfn_resource_add_property_override(ccdk_lambda_function_resource(fn), "Environment.Variables.LAMBDA_TASK_ROOT", ccdk_v_string(app, "/var/task"));
    ccdk_cfn_resource_add_property_override(ccdk_lambda_function_resource(small), "Environment.Variables._HANDLER", ccdk_v_string(app, "x"));
    const char *ids[] = {"Old20", "Old14", "Old12"};
    const ccdk_lambda_runtime *rts[] = {CCDK_LAMBDA_RUNTIME_NODEJS_20_X, CCDK_LAMBDA_RUNTIME_NODEJS_14_X, CCDK_LAMBDA_RUNTIME_NODEJS_12_X};
    for (int i = 0; i < 3; i++)
        ccdk_lambda_function_new(stack, ids[i], &(ccdk_lambda_function_props){
            .runtime = rts[i],
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
