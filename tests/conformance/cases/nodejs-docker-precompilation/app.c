/* Conformance case 'nodejs-docker-precompilation': bundling.test.ts's Docker preCompilation tests,
 * with a docker client of the case's own (fake-docker, as CDK_DOCKER): see app.js. */
#define _DEFAULT_SOURCE /* realpath, setenv */
#include <limits.h>
#include <stdlib.h>

#include <ccdk/lambda_nodejs.h>

static ccdk_app *app;

static void fn(const char *stack_id, const char *entry, const char *tsconfig)
{
    ccdk_stack *stack = ccdk_stack_new(app, stack_id, NULL);
    ccdk_lambda_nodejs_function_new(stack, "Fn", &(ccdk_lambda_nodejs_function_props){
        .entry = entry,
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){
            .tsconfig = tsconfig, .pre_compilation = CCDK_TRUE, .force_docker_bundling = CCDK_TRUE},
    });
}

int main(void)
{
    char docker[PATH_MAX];
    if (!realpath("fake-docker", docker))
        return 1;
    setenv("CDK_DOCKER", docker, 1);

    app = ccdk_app_new(NULL);
    fn("PreCompilation", "lib/handler.ts", NULL);
    fn("PreCompilationTsx", "lib/view.tsx", NULL);
    /* absolute, as in app.js: a relative tsconfig is require()d from aws-cdk-lib's folder */
    char tsconfig[PATH_MAX];
    if (!realpath("custom/tsconfig.custom.json", tsconfig))
        return 1;
    fn("PreCompilationTsconfig", "custom/handler.ts", tsconfig);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
