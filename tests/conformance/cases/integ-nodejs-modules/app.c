/* Conformance case 'integ-nodejs-modules': aws-lambda-nodejs test/integ.modules.ts, entries with
 * the .mts, .cts and .cjs extensions, one stack each. Dropped: the IntegTest and its
 * invokeFunction assertions. */
#include <ccdk/lambda_nodejs.h>

static void module_stack(ccdk_app *app, const char *stack_id, const char *fn_id, const char *entry)
{
    ccdk_stack *stack = ccdk_stack_new(app, stack_id, NULL);
    ccdk_lambda_nodejs_function_new(stack, fn_id, &(ccdk_lambda_nodejs_function_props){.entry = entry});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    module_stack(app, "cdk-integ-lambda-nodejs-modules-mts", "mts-entry", "integ-handlers/mts-handler.mts");
    module_stack(app, "cdk-integ-lambda-nodejs-modules-cts", "cts-entry", "integ-handlers/cts-handler.cts");
    module_stack(app, "cdk-integ-lambda-nodejs-modules-cjs", "cjs-entry", "integ-handlers/cjs-handler.cjs");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
