/* Overrides on the CfnFunction in the currentVersion hash; tags and reserved concurrency. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .reserved_concurrent_executions = CCDK_NUM(5),
    });
    ccdk_cfn_resource *cfn = ccdk_lambda_function_resource(fn);
    ccdk_cfn_resource_add_property_override(cfn, "MemorySize", ccdk_v_number(stack, 512));
    ccdk_cfn_resource_add_property_override(cfn, "TracingConfig.Mode", ccdk_v_string(stack, "Active"));
    ccdk_tags_add(fn, "team", "blue");
    ccdk_lambda_function_add_alias(ccdk_lambda_function_current_version(fn), "live", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
