/* aws-cdk's lambda-platform.test.ts (aws-lambda): see app.js. */
#include <ccdk/lambda_image.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const char *ids[] = {"Arm64Stack", "X86Stack"};
    const ccdk_lambda_architecture *archs[] = {CCDK_LAMBDA_ARCHITECTURE_ARM_64, CCDK_LAMBDA_ARCHITECTURE_X86_64};
    for (int i = 0; i < 2; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, ids[i], NULL);
        ccdk_lambda_docker_image_function_new(stack, "Lambda", &(ccdk_lambda_function_props){
            .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "docker-arm64-handler", NULL),
            .architecture = archs[i],
        });
    }

    /* beyond the tests: one DockerImageCode for several functions and architectures (see app.js) */
    ccdk_lambda_code *shared = ccdk_lambda_docker_image_code_from_image_asset(app, "docker-arm64-handler", NULL);
    ccdk_stack *shared_stack = ccdk_stack_new(app, "SharedStack", NULL);
    ccdk_lambda_docker_image_function_new(shared_stack, "Default", &(ccdk_lambda_function_props){.code = shared});
    ccdk_lambda_docker_image_function_new(shared_stack, "Arm", &(ccdk_lambda_function_props){
        .code = shared, .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64});
    ccdk_lambda_docker_image_function_new(shared_stack, "Arm2", &(ccdk_lambda_function_props){
        .code = shared, .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64});
    ccdk_lambda_docker_image_function_new(ccdk_stack_new(app, "SharedStack2", NULL), "X86", &(ccdk_lambda_function_props){
        .code = shared, .architecture = CCDK_LAMBDA_ARCHITECTURE_X86_64});
    ccdk_lambda_docker_image_function_new(shared_stack, "PlatformGiven", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(app, "docker-arm64-handler", &(ccdk_lambda_asset_image_code_props){
            .platform = "linux/amd64", .cmd = CCDK_STRS("index.handler")}),
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
