/* Conformance case 'nodejs-docker-node-modules': bundling.test.ts's Docker tests with nodeModules
 * and package-manager.test.ts's install commands, with a docker client of the case's own
 * (fake-docker, as CDK_DOCKER): see app.js. */
#define _DEFAULT_SOURCE /* realpath, setenv */
#include <limits.h>
#include <stdlib.h>

#include <ccdk/lambda_nodejs.h>

static ccdk_app *app;

static void fn(const char *stack_id, const char *entry, const char *lock, const char *root, ccdk_lambda_nodejs_bundling_options bundling)
{
    ccdk_stack *stack = ccdk_stack_new(app, stack_id, NULL);
    bundling.force_docker_bundling = CCDK_TRUE;
    ccdk_lambda_nodejs_function_new(stack, "Fn", &(ccdk_lambda_nodejs_function_props){
        .entry = entry,
        .deps_lock_file_path = lock,
        .project_root = root,
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &bundling,
    });
}

static void before_install(const char *in, const char *out, ccdk_lambda_nodejs_commands *cmds, void *ctx)
{
    (void)ctx;
    ccdk_lambda_nodejs_command_add(cmds, "echo before install %s %s", in, out);
    ccdk_lambda_nodejs_command_add(cmds, "ls");
}

static void after_bundling(const char *in, const char *out, ccdk_lambda_nodejs_commands *cmds, void *ctx)
{
    (void)in, (void)ctx;
    ccdk_lambda_nodejs_command_add(cmds, "ls %s", out);
}

#define DELAY .node_modules = CCDK_STRS("delay")

int main(void)
{
    char docker[PATH_MAX];
    if (!realpath("fake-docker", docker))
        return 1;
    setenv("CDK_DOCKER", docker, 1);

    app = ccdk_app_new(NULL);
    fn("Npm", "npm/handler.ts", "npm/package-lock.json", NULL,
       (ccdk_lambda_nodejs_bundling_options){.external_modules = CCDK_STRS("abc"), DELAY});
    fn("NpmError", "npm/handler.ts", "npm/package-lock.json", NULL,
       (ccdk_lambda_nodejs_bundling_options){.log_level = CCDK_NODEJS_LOG_LEVEL_ERROR, DELAY});
    fn("NpmInfo", "npm/handler.ts", "npm/package-lock.json", NULL,
       (ccdk_lambda_nodejs_bundling_options){.log_level = CCDK_NODEJS_LOG_LEVEL_INFO, DELAY});
    fn("Yarn", "yarn/handler.ts", "yarn/yarn.lock", NULL, (ccdk_lambda_nodejs_bundling_options){DELAY});
    fn("YarnError", "yarn/handler.ts", "yarn/yarn.lock", NULL,
       (ccdk_lambda_nodejs_bundling_options){.log_level = CCDK_NODEJS_LOG_LEVEL_ERROR, DELAY});
    fn("YarnInfo", "yarn/handler.ts", "yarn/yarn.lock", NULL,
       (ccdk_lambda_nodejs_bundling_options){.log_level = CCDK_NODEJS_LOG_LEVEL_INFO, DELAY});
    fn("Pnpm", "pnpm/handler.ts", "pnpm/pnpm-lock.yaml", NULL, (ccdk_lambda_nodejs_bundling_options){DELAY});
    fn("PnpmError", "pnpm/handler.ts", "pnpm/pnpm-lock.yaml", NULL,
       (ccdk_lambda_nodejs_bundling_options){.log_level = CCDK_NODEJS_LOG_LEVEL_ERROR, DELAY});
    fn("Bun", "bun/handler.ts", "bun/bun.lockb", NULL, (ccdk_lambda_nodejs_bundling_options){DELAY});
    fn("BunError", "bun/handler.ts", "bun/bun.lockb", NULL,
       (ccdk_lambda_nodejs_bundling_options){.log_level = CCDK_NODEJS_LOG_LEVEL_ERROR, DELAY});
    fn("BunLock", "bunlock/handler.ts", "bunlock/bun.lock", NULL, (ccdk_lambda_nodejs_bundling_options){DELAY});
    fn("OtherLock", "other/handler.ts", "other/other.lock", NULL, (ccdk_lambda_nodejs_bundling_options){DELAY});
    fn("ProjectRoot", "monorepo/packages/app/handler.ts", "monorepo/common/package-lock.json", "monorepo",
       (ccdk_lambda_nodejs_bundling_options){.external_modules = CCDK_STRS("abc"), DELAY});
    fn("Versions", "npm/handler.ts", "npm/package-lock.json", NULL,
       (ccdk_lambda_nodejs_bundling_options){
           .node_modules = CCDK_STRS("delay", "left-pad", "local-lib", "abs-lib", "constructs", "quoted")});
    fn("BeforeInstall", "yarn/handler.ts", "yarn/yarn.lock", NULL,
       (ccdk_lambda_nodejs_bundling_options){
           DELAY, .command_hooks = &(ccdk_lambda_nodejs_command_hooks){
                      .before_install = before_install, .after_bundling = after_bundling}});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
