/* snapStart on a function that mounts an EFS access point: aws-cdk-lib's error, nothing written. */
#include <ccdk/efs.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", NULL);
    ccdk_efs_file_system *fs = ccdk_efs_file_system_new(stack, "Efs", &(ccdk_efs_file_system_props){.vpc = vpc});
    ccdk_efs_access_point *ap = ccdk_efs_file_system_add_access_point(fs, "AccessPoint",
        &(ccdk_efs_access_point_options){.path = "/export/lambda"});
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13,
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(ap, "/mnt/msg"),
        .vpc = vpc,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
