/* Conformance case 'ported-nodejs-bundling-paths' (bundling.test.ts's Docker command lines, the
 * paths in them), with a docker client of the case's own (fake-docker, as CDK_DOCKER): see app.js. */
#define _DEFAULT_SOURCE /* realpath, setenv */
#include <limits.h>
#include <stdlib.h>

#include <ccdk/lambda_nodejs.h>

static ccdk_app *app;

static void fn(const char *stack_id, const char *entry, const char *lock, ccdk_lambda_nodejs_bundling_options bundling)
{
    ccdk_stack *stack = ccdk_stack_new(app, stack_id, NULL);
    bundling.force_docker_bundling = CCDK_TRUE;
    ccdk_lambda_nodejs_function_new(stack, "Fn", &(ccdk_lambda_nodejs_function_props){
        .entry = entry,
        .deps_lock_file_path = lock,
        .project_root = "proj",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &bundling,
    });
}

int main(void)
{
    char docker[PATH_MAX];
    if (!realpath("fake-docker", docker))
        return 1;
    setenv("CDK_DOCKER", docker, 1);

    app = ccdk_app_new(NULL);
    fn("TsconfigOutside", "proj/handler.ts", "proj/package-lock.json",
       (ccdk_lambda_nodejs_bundling_options){.tsconfig = "shared/tsconfig.json"});
    fn("DotSegments", "proj/sub/../handler.ts", "proj/./sub/../package-lock.json",
       (ccdk_lambda_nodejs_bundling_options){.tsconfig = "./proj/sub/../tsconfig.json"});
    fn("EsmOutputs", "proj/handler.ts", "proj/package-lock.json",
       (ccdk_lambda_nodejs_bundling_options){
           .format = CCDK_NODEJS_FORMAT_ESM,
           .metafile = CCDK_TRUE,
           .source_map = CCDK_TRUE,
           .source_map_mode = CCDK_NODEJS_SOURCE_MAP_MODE_BOTH,
           .target = "",
           .banner = "",
           .footer = "",
           .inject = CCDK_STRS("../shared/shim.js"),
       });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
