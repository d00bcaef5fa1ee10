/* Conformance case 'error-nodejs-entry-outside-project-root': a projectRoot that is not above the
 * entry (a subfolder of the project given as the root) is aws-cdk-lib's error, with the entry as
 * given and the root made absolute. */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Function", &(ccdk_lambda_nodejs_function_props){
        .entry = "handler.ts",
        .project_root = "lib",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
