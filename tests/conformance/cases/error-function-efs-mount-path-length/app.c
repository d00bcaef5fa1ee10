/* Conformance case 'error-function-efs-mount-path-length': function.test.ts describe('filesystem') 'validate localMountPath length when mounting efs'. */
#include <string.h>
#include <ccdk/lambda.h>
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(3), .nat_gateways = CCDK_NUM(1)});
    ccdk_ec2_security_group *security_group = ccdk_ec2_security_group_new(stack, "LambdaSG",
        &(ccdk_ec2_security_group_props){.vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    ccdk_efs_file_system *fs = ccdk_efs_file_system_new(stack, "Efs", &(ccdk_efs_file_system_props){.vpc = vpc});
    ccdk_efs_access_point *access_point = ccdk_efs_file_system_add_access_point(fs, "AccessPoint", NULL);
    char path[166] = "/mnt/";
    memset(path + 5, 'a', 160);
    path[165] = 0;
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .vpc = vpc,
        .handler = "foo",
        .security_groups = CCDK_LIST(security_group),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .code = ccdk_lambda_code_from_asset(stack, "handler.zip", NULL),
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(access_point, path),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
