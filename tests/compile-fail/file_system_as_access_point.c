/* A function mounts an access point, not the file system itself: a FileSystem where
 * lambda.FileSystem.fromEfsAccessPoint wants an AccessPoint is a compile error. */
// expect: incompatible pointer type
#include <ccdk/efs.h>
#include <ccdk/lambda.h>

void f(ccdk_stack *stack, ccdk_lambda_code *code, ccdk_ec2_vpc *vpc, ccdk_efs_file_system *fs, ccdk_efs_access_point *ap)
{
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = code,
        .vpc = vpc,
#ifndef CONTROL
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(fs, "/mnt/data"),
#else
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(ap, "/mnt/data"),
#endif
    });
}
