/* Seed README, FileSystem Access: an EFS access point mounted by a function in a VPC. */
#include <ccdk/efs.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    /* create a new VPC */
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", NULL);

    /* create a new Amazon EFS filesystem */
    ccdk_efs_file_system *file_system = ccdk_efs_file_system_new(stack, "Efs", &(ccdk_efs_file_system_props){.vpc = vpc});

    /* create a new access point from the filesystem */
    ccdk_efs_access_point *access_point = ccdk_efs_file_system_add_access_point(file_system, "AccessPoint",
        &(ccdk_efs_access_point_options){
            /* set /export/lambda as the root of the access point */
            .path = "/export/lambda",
            /* as /export/lambda does not exist in a new efs filesystem, the efs will create the
             * directory with the following createAcl */
            .create_acl = &(ccdk_efs_acl){.owner_uid = "1001", .owner_gid = "1001", .permissions = "750"},
            /* enforce the POSIX identity so lambda function will access with this identity */
            .posix_user = &(ccdk_efs_posix_user){.uid = "1001", .gid = "1001"},
        });

    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        /* mount the access point to /mnt/msg in the lambda runtime environment */
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(access_point, "/mnt/msg"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .vpc = vpc,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
