/* Conformance case 'error-nodejs-entry-not-found' (function.test.ts): no entry and none next to the defining file: the six candidates, absolute ('throws when entry cannot be automatically found'). */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Fn", &(ccdk_lambda_nodejs_function_props){.defining_file = "app.c"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
