/* A stack given the LegacyStackSynthesizer beside a stack of the default one, and in a Stage (see app.js). */
#include <ccdk/lambda.h>

static void fn(ccdk_stack *stack)
{
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .code = ccdk_lambda_code_from_asset(stack, "my-lambda-handler", NULL),
        .handler = "index.handler"});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    fn(ccdk_stack_new(app, "Legacy", &(ccdk_stack_props){.legacy_synthesizer = CCDK_TRUE}));
    fn(ccdk_stack_new(app, "Default", NULL));
    fn(ccdk_stack_new(ccdk_stage_new(app, "Beta", NULL), "InStage", &(ccdk_stack_props){.legacy_synthesizer = CCDK_TRUE}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
