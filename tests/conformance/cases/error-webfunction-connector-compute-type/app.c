/* Error: an egressNetworkConnector created for MICRO_VM: "The network connector
 * 'TestStack/Connector' was created for MicroVm, but a WebFunction needs one created for ..." */
#include <string.h>

#include <ccdk/lambda_webfunction.h>

#define BASE                                                                                  \
    .code = ccdk_lambda_web_function_code_from_bucket(code_bucket, "app.zip", "v1"),          \
    .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X,                                  \
    .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *code_bucket = ccdk_s3_bucket_from_bucket_name(stack, "CodeBucket", "my-code-bucket");

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "SG", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_lambda_network_connector *connector = ccdk_lambda_network_connector_new(stack, "Connector", &(ccdk_lambda_network_connector_props){
        .configuration = ccdk_lambda_network_connector_configuration_vpc_egress(&(ccdk_lambda_vpc_egress_configuration){
            .compute_type = CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_MICRO_VM, .vpc = vpc, .security_groups = CCDK_LIST(sg)}),
    });
    ccdk_lambda_web_function_new(stack, "Web", &(ccdk_lambda_web_function_props){BASE, .egress_network_connector = connector});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
