/* Conformance case 'error-nodejs-entry-not-js-ts' (function.test.ts): an entry that is not JavaScript or TypeScript ('throws when entry is not js/ts'). */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Fn", &(ccdk_lambda_nodejs_function_props){.entry = "handler.py"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
