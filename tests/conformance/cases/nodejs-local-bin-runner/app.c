/* Conformance case 'nodejs-local-bin-runner': local bundling runs the workspace's esbuild through
 * the project's package manager, found on the bundling environment's PATH: see app.js. */
#define _DEFAULT_SOURCE /* realpath */
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

    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    const char *const projects[][2] = {{"yarn", "yarn.lock"}, {"pnpm", "pnpm-lock.yaml"}, {"bun", "bun.lock"}, {"npm", "package-lock.json"}};
    for (size_t i = 0; i < 4; i++) {
        char entry[64], lock[64];
        snprintf(entry, sizeof entry, "%s/handler.ts", projects[i][0]);
        snprintf(lock, sizeof lock, "%s/%s", projects[i][0], projects[i][1]);
        ccdk_lambda_nodejs_function_new(stack, projects[i][0], &(ccdk_lambda_nodejs_function_props){
            .entry = entry,
            .deps_lock_file_path = lock,
            .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
            .bundling = &(ccdk_lambda_nodejs_bundling_options){.environment = CCDK_KVS({"PATH", p})},
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    free(p);
    return rc ? 1 : 0;
}
