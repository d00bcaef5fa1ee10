/* Conformance case 'error-nodejs-missing-entry': an entry file that does not exist is
 * aws-cdk-lib's error (an entry with another extension is checked first: see the unit tests). */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Function", &(ccdk_lambda_nodejs_function_props){.entry = "handlers/missing.ts"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
