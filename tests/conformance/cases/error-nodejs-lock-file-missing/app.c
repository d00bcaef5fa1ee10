/* Conformance case 'error-nodejs-lock-file-missing' (function.test.ts): a depsLockFilePath that does not exist ('throws with non existing lock file'). */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "handler1", &(ccdk_lambda_nodejs_function_props){.entry = "handler.ts", .deps_lock_file_path = "/does/not/exist.lock"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
