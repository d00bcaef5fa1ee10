/* Conformance case 'error-snap-start-container-efs': function.test.ts describe('SnapStart') 'container image function with SnapStart and EFS throws'. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(3), .nat_gateways = CCDK_NUM(1)});
    ccdk_efs_file_system *fs = ccdk_efs_file_system_new(stack, "Efs", &(ccdk_efs_file_system_props){.vpc = vpc});
    ccdk_efs_access_point *access_point = ccdk_efs_file_system_add_access_point(fs, "AccessPoint", NULL);
    ccdk_lambda_docker_image_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "docker-lambda-handler", NULL),
        .vpc = vpc,
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(access_point, "/mnt/msg"),
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
