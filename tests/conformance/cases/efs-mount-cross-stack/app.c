/* Conformance case 'efs-mount-cross-stack': a function in one stack mounts an access point of a
 * file system in another stack (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *net = ccdk_stack_new(app, "Net", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(net, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(2), .nat_gateways = CCDK_NUM(1), .restrict_default_security_group = CCDK_FALSE});
    ccdk_efs_file_system *fs = ccdk_efs_file_system_new(net, "Fs", &(ccdk_efs_file_system_props){
        .vpc = vpc, .removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    ccdk_efs_access_point *ap = ccdk_efs_file_system_add_access_point(fs, "Ap", &(ccdk_efs_access_point_options){
        .path = "/export/lambda"});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(net, "Sg", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_connections_allow_default_port_from(ccdk_efs_file_system_connections(fs), ccdk_ec2_security_group_connections(sg), NULL);

    ccdk_stack *app1 = ccdk_stack_new(app, "App1", NULL);
    ccdk_lambda_function_props props = {
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(app1, "exports.handler = async () => 1;"),
        .vpc = vpc,
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(ap, "/mnt/efs"),
    };
    ccdk_lambda_function_new(app1, "First", &props);
    ccdk_lambda_function_new(app1, "Second", &props);
    props.code = ccdk_lambda_code_from_inline(net, "exports.handler = async () => 1;");
    ccdk_lambda_function_new(net, "Local", &props);
    ccdk_stack *nested = ccdk_nested_stack_new(net, "Nested", NULL);
    props.code = ccdk_lambda_code_from_inline(nested, "exports.handler = async () => 1;");
    ccdk_lambda_function_new(nested, "InNested", &props);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
