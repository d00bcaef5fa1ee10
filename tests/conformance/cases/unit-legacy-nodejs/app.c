/* A NodejsFunction in a stack of the LegacyStackSynthesizer (see app.js). */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:newStyleStackSynthesis", "false"})});
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Function", &(ccdk_lambda_nodejs_function_props){
        .entry = "main.js", .function = {.handler = "main", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
