/* error: adotInstrumentation on a DockerImageFunction
 * Ported from aws-cdk: function.test.ts, its adotInstrumentation container image test: Function.configureAdotInstrumentation (the matching function.test.ts test not located in the stored copy of aws-cdk) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>
#include <ccdk/ecr.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", &(ccdk_stack_props){.region = "us-west-2"});
    ccdk_ecr_repository *repo = ccdk_ecr_repository_new(stack, "Repository", NULL);
    ccdk_lambda_docker_image_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_ecr(repo, NULL),
        .adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){
            .layer_version = {CCDK_LAMBDA_ADOT_LAYER_JAVA_SDK, NULL},
            .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_REGULAR_HANDLER,
        },
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
