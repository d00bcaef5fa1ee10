/* error: a local mount path outside /mnt/. */
#include <ccdk/efs.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", NULL);
    ccdk_efs_file_system *file_system = ccdk_efs_file_system_new(stack, "Efs", &(ccdk_efs_file_system_props){.vpc = vpc});
    ccdk_efs_access_point *access_point = ccdk_efs_file_system_add_access_point(file_system, "AccessPoint",
        &(ccdk_efs_access_point_options){.path = "/export/lambda"});
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
        .vpc = vpc,
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(access_point, "/data/msg"),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
