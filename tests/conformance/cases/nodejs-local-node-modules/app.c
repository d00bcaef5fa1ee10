/* Conformance case 'nodejs-local-node-modules': bundling.test.ts's local bundling tests with
 * nodeModules, with package managers of the case's own first on PATH: see app.js. */
#define _DEFAULT_SOURCE /* realpath, setenv */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ccdk/lambda_nodejs.h>

static ccdk_app *app;

static void fn(const char *stack_id, const char *dir, const char *lock, ccdk_lambda_nodejs_bundling_options bundling)
{
    char entry[64], lock_path[64];
    snprintf(entry, sizeof entry, "%s/handler.ts", dir);
    snprintf(lock_path, sizeof lock_path, "%s/%s", dir, lock);
    ccdk_stack *stack = ccdk_stack_new(app, stack_id, NULL);
    bundling.node_modules = CCDK_STRS("delay");
    ccdk_lambda_nodejs_function_new(stack, "Fn", &(ccdk_lambda_nodejs_function_props){
        .entry = entry,
        .deps_lock_file_path = lock_path,
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &bundling,
    });
}

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

    app = ccdk_app_new(NULL);
    fn("Npm", "npm", "package-lock.json", (ccdk_lambda_nodejs_bundling_options){.environment = CCDK_KVS({"KEY", "npm-value"})});
    fn("Yarn", "yarn", "yarn.lock", (ccdk_lambda_nodejs_bundling_options){
        .log_level = CCDK_NODEJS_LOG_LEVEL_ERROR, .environment = CCDK_KVS({"KEY", "value"})});
    fn("Pnpm", "pnpm", "pnpm-lock.yaml", (ccdk_lambda_nodejs_bundling_options){0});
    fn("Bun", "bun", "bun.lockb", (ccdk_lambda_nodejs_bundling_options){0});
    fn("BunLock", "bunlock", "bun.lock", (ccdk_lambda_nodejs_bundling_options){.log_level = CCDK_NODEJS_LOG_LEVEL_ERROR});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
