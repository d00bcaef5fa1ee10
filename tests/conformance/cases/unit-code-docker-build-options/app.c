/* Code.fromDockerBuild with every DockerBuildOptions field, with the case's fake docker client
 * (see app.js). */
#define _DEFAULT_SOURCE /* realpath, setenv */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include <ccdk/lambda.h>

static void fn(ccdk_stack *stack, const char *id, const ccdk_docker_build_options *options)
{
    ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_docker_build(stack, "build", options),
        .handler = "index.handler", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST});
}

int main(void)
{
    char docker[PATH_MAX];
    if (!realpath("fake-docker", docker))
        return 1;
    setenv("CDK_DOCKER", docker, 1);
    /* a TMPDIR of the case's own for the cdk-docker-cp-* directories (see app.js) */
    char tmp[PATH_MAX];
    snprintf(tmp, sizeof tmp, "%s/ccdk-docker-build-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(tmp))
        return 1;
    setenv("TMPDIR", tmp, 1);

    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    fn(stack, "All", &(ccdk_docker_build_options){
        .build_args = CCDK_KVS({"B", "2"}, {"A", "1"}), .file = "Dockerfile", .platform = "linux/arm64",
        .target_stage = "stage", .cache_disabled = CCDK_FALSE, .image_path = "/my/image/path"});
    fn(stack, "Network", &(ccdk_docker_build_options){.network = "host", .cache_disabled = CCDK_TRUE});
    fn(stack, "EmptyArgs", &(ccdk_docker_build_options){.build_args = CCDK_EMPTY_LIST});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    char rm[PATH_MAX + 16];
    snprintf(rm, sizeof rm, "rm -rf '%s'", tmp);
    if (system(rm) != 0)
        rc = 1;
    return rc ? 1 : 0;
}
