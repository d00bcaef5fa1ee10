/* Conformance case 'nodejs-local-precompilation-no-typescript': preCompilation with a tsc on PATH
 * but no TypeScript as aws-cdk-lib finds it: no tsc step (see app.js). */
#define _DEFAULT_SOURCE /* realpath, setenv */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ccdk/lambda_nodejs.h>

int main(void)
{
    char bin[PATH_MAX];
    if (!realpath("bin", bin))
        return 1;
    const char *path = getenv("PATH");
    char *p = malloc(strlen(bin) + strlen(path ? path : "") + 2);
    if (!p)
        return 1;
    sprintf(p, "%s:%s", bin, path ? path : "");
    setenv("PATH", p, 1);
    free(p);

    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Fn", &(ccdk_lambda_nodejs_function_props){
        .entry = "lib/handler.ts",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){.pre_compilation = CCDK_TRUE},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
