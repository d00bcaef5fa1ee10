/* Conformance case 'error-nodejs-lock-file-outside-project-root': the entry under the projectRoot
 * given (src) but the lock file (found in the folder above) not: aws-cdk-lib's error. */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Function", &(ccdk_lambda_nodejs_function_props){
        .entry = "src/handler.ts",
        .project_root = "src",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
