/* Conformance case 'error-nodejs-runtime-family' (function.test.ts): a runtime of another family ('throws with the wrong runtime family'). */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "handler1", &(ccdk_lambda_nodejs_function_props){.entry = "handler.ts", .function = {.runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_8}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
