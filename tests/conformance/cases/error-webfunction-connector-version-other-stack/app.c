/* Error: an egressNetworkConnector imported with fromNetworkConnectorVersionArn of another stack's
 * connector.latestVersionArn: "The network connector 'TestStack/Imported' was imported from a value
 * that references 'NetStack/Connector/Resource' in stack 'NetStack', ..." */
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

    ccdk_stack *net = ccdk_stack_new(app, "NetStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(net, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(net, "SG", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_lambda_network_connector *connector = ccdk_lambda_network_connector_new(net, "Connector", &(ccdk_lambda_network_connector_props){
        .configuration = ccdk_lambda_network_connector_configuration_vpc_egress(&(ccdk_lambda_vpc_egress_configuration){
            .compute_type = CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_WEB_FUNCTION, .vpc = vpc, .security_groups = CCDK_LIST(sg)}),
    });
    ccdk_lambda_network_connector *imported = ccdk_lambda_network_connector_from_network_connector_version_arn(
        stack, "Imported", ccdk_lambda_network_connector_latest_version_arn(connector));
    ccdk_lambda_web_function_new(stack, "Web", &(ccdk_lambda_web_function_props){BASE, .egress_network_connector = imported});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
