/* Conformance case 'ported-nodejs-bundling-util' (util.test.ts's extractDependencies and
 * getTsconfigCompilerOptions, through Docker bundling), with a docker client of the case's own
 * (fake-docker, as CDK_DOCKER): see app.js. */
#define _DEFAULT_SOURCE /* realpath, setenv */
#include <limits.h>
#include <stdlib.h>

#include <ccdk/lambda_nodejs.h>

static ccdk_app *app;

#define DEPS "deps/handler.ts", "deps/package-lock.json"
#define PRE "pre/handler.ts", "pre/package-lock.json"

/* dir/handler.ts with dir/package-lock.json */
static void fn(const char *stack_id, const char *entry, const char *lock, ccdk_lambda_nodejs_bundling_options bundling)
{
    ccdk_stack *stack = ccdk_stack_new(app, stack_id, NULL);
    bundling.force_docker_bundling = CCDK_TRUE;
    ccdk_lambda_nodejs_function_new(stack, "Fn", &(ccdk_lambda_nodejs_function_props){
        .entry = entry,
        .deps_lock_file_path = lock,
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
    fn("DupModules", DEPS, (ccdk_lambda_nodejs_bundling_options){.node_modules = CCDK_STRS("delay", "delay")});
    fn("ExternalAndModule", DEPS,
       (ccdk_lambda_nodejs_bundling_options){.external_modules = CCDK_STRS("delay"), .node_modules = CCDK_STRS("delay")});
    fn("FileVersions", DEPS,
       (ccdk_lambda_nodejs_bundling_options){
           .node_modules = CCDK_STRS("trailing", "dot", "up", "doubled", "linked", "spaced")});
    fn("EmptyModules", DEPS, (ccdk_lambda_nodejs_bundling_options){.node_modules = CCDK_EMPTY_LIST});
    fn("PeerNull", DEPS, (ccdk_lambda_nodejs_bundling_options){.node_modules = CCDK_STRS("constructs")});
    fn("PreCompilation", PRE, (ccdk_lambda_nodejs_bundling_options){.pre_compilation = CCDK_TRUE});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
