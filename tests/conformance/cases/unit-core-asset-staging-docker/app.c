/* Conformance case 'unit-core-asset-staging-docker': see app.js. */
#define _DEFAULT_SOURCE /* realpath, setenv */
#include <limits.h>
#include <stdlib.h>

#include <ccdk/lambda.h>

int main(void)
{
    char docker[PATH_MAX];
    if (!realpath("fake-docker", docker))
        return 1;
    setenv("CDK_DOCKER", docker, 1);

    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    const char *ids[] = {"VolumeCopy", "BindMount"};
    ccdk_bundling_file_access access[] = {CCDK_BUNDLING_FILE_ACCESS_VOLUME_COPY, CCDK_BUNDLING_FILE_ACCESS_BIND_MOUNT};
    for (int i = 0; i < 2; i++) {
        ccdk_bundling_options bundling = {
            .image = ccdk_docker_image_from_registry(stack, "public.ecr.aws/docker/library/alpine"),
            .command = CCDK_STRS("sh", "-c", "cp -R . /asset-output"),
            .user = "1000",
            .network = "host",
            .platform = "linux/amd64",
            .bundling_file_access = access[i],
        };
        ccdk_lambda_function_new(stack, ids[i], &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_asset(stack, "handler", &(ccdk_asset_options){.bundling = &bundling}),
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
            .handler = "index.handler",
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
