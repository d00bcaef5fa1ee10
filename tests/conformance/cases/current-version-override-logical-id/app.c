/* Conformance case 'current-version-override-logical-id': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static ccdk_lambda_function *handler(ccdk_stack *stack, const char *id)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *named = handler(stack, "Named");
    ccdk_cfn_element_override_logical_id(ccdk_lambda_version_resource(ccdk_lambda_function_current_version(named)), "NamedRelease");
    ccdk_lambda_function_add_alias(named, "live", NULL);
    ccdk_lambda_function *plain = handler(stack, "Plain");
    ccdk_cfn_element_override_logical_id(ccdk_lambda_version_resource(ccdk_lambda_function_current_version(plain)), "");
    ccdk_lambda_function_add_alias(plain, "live", NULL);
    ccdk_cfn_output_new(stack, "NamedVersion", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_version_version(ccdk_lambda_function_current_version(named)),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
