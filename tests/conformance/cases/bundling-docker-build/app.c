/* Conformance case 'bundling-docker-build': Bundling Asset Code: `DockerImage.fromBuild` bundling
 * image with build args. DockerImage.fromBuild runs `docker build` while the app is constructed. */
#include <stdio.h>
#include <unistd.h>

#include <ccdk/lambda.h>

int main(void)
{
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        return 1;
    char handler[4200], dockerdir[4200];
    snprintf(handler, sizeof handler, "%s/handler", cwd); /* path.join(__dirname, ...) */
    snprintf(dockerdir, sizeof dockerdir, "%s/dir-with-dockerfile", cwd);
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_docker_image image = ccdk_docker_image_from_build(stack, dockerdir, &(ccdk_docker_build_options){
        .build_args = CCDK_KVS({"ARG1", "value1"}),
    });
    if (ccdk_app_error_count(app) > 0) { /* aws-cdk-lib throws here: nothing else is constructed */
        ccdk_app_synth(app);
        ccdk_app_free(app);
        return 1;
    }
    ccdk_bundling_options bundling = {
        .image = image,
        .command = CCDK_STRS("my", "cool", "command"),
    };
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, handler, &(ccdk_asset_options){.bundling = &bundling}),
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .handler = "index.handler",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
