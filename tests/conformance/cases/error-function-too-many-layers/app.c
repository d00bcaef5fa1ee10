/* Error: the same layer six times (aws-lambda/test/function.test.ts 'using more than 5 layers'). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_lambda_layer_version *l = ccdk_lambda_layer_version_from_layer_version_attributes(stack, "TestLayer",
        &(ccdk_lambda_layer_version_attributes){.layer_version_arn = "arn:aws:...", .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_22_X)});
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .layers = CCDK_LIST(l, l, l, l, l, l),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .code = ccdk_lambda_code_from_inline(stack, "exports.main = function() { console.log(\"DONE\"); }"),
        .handler = "index.main",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
