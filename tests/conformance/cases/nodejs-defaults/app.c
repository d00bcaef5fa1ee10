/* Conformance case 'nodejs-defaults': a NodejsFunction with a TypeScript entry and every default
 * (runtime from the feature flag, handler "handler", the lock file found from the working
 * directory, which is the case's: its package-lock.json makes the case folder the project root). */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Function", &(ccdk_lambda_nodejs_function_props){.entry = "handler.ts"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
