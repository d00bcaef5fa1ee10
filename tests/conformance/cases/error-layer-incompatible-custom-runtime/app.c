/* Error: a function of a runtime of one's own with a layer for another (aws-lambda/test/function.test.ts 'using an incompatible layer'). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    static const ccdk_lambda_runtime something1 = {.name = "something1", .family = CCDK_LAMBDA_FAMILY_NODEJS, .supports_inline_code = 1};
    static const ccdk_lambda_runtime something2 = {.name = "something2"};
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_from_layer_version_attributes(stack, "TestLayer",
        &(ccdk_lambda_layer_version_attributes){.layer_version_arn = "arn:aws:...", .compatible_runtimes = CCDK_LIST(&something2)});
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .layers = CCDK_LIST(layer),
        .runtime = &something1,
        .code = ccdk_lambda_code_from_inline(stack, "exports.main = function() { console.log(\"DONE\"); }"),
        .handler = "index.main",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
