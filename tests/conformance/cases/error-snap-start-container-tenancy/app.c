/* Conformance case 'error-snap-start-container-tenancy': function.test.ts describe('SnapStart') 'container image function with SnapStart and tenant isolation throws'. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_docker_image_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "docker-lambda-handler", NULL),
        .tenancy_config = CCDK_LAMBDA_TENANCY_CONFIG_PER_TENANT,
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
