/* Conformance case 'nodejs-lockfile-project-root': see app.js (the absolute paths are made from the working directory). */

#include <stdio.h>
#include <unistd.h>
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    char cwd[4096], entry[4096 + 64], lock[4096 + 64];
    if (!getcwd(cwd, sizeof cwd))
        return 1;
    snprintf(entry, sizeof entry, "%s/service/src/index.ts", cwd);
    snprintf(lock, sizeof lock, "%s/service/package-lock.json", cwd);
    ccdk_lambda_nodejs_function_new(stack, "Function",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .entry = entry,
                                        .deps_lock_file_path = "service/package-lock.json",
                                        .project_root = "service",
                                        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X},
                                    });
    ccdk_lambda_nodejs_function_new(stack, "RootAbove",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .entry = "service/src/index.ts",
                                        .deps_lock_file_path = lock,
                                        .project_root = cwd,
                                        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X},
                                    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
