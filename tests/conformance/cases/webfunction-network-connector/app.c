/* WebFunctions with an egressNetworkConnector: a NetworkConnector of the stack created for WEB_FUNCTION
 * (its latest version ARN in the revision), and one imported with fromNetworkConnectorVersionArn; both
 * with their HomeRegion endpoint. */
#include <ccdk/lambda_webfunction.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "ConnectorSG", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_lambda_network_connector *connector = ccdk_lambda_network_connector_new(stack, "Connector", &(ccdk_lambda_network_connector_props){
        .configuration = ccdk_lambda_network_connector_configuration_vpc_egress(&(ccdk_lambda_vpc_egress_configuration){
            .compute_type = CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_WEB_FUNCTION,
            .vpc = vpc,
            .security_groups = CCDK_LIST(sg),
        }),
    });
    ccdk_s3_bucket *code_bucket = ccdk_s3_bucket_from_bucket_name(stack, "CodeBucket", "my-code-bucket");

    ccdk_lambda_web_function_new(stack, "Web", &(ccdk_lambda_web_function_props){
        .code = ccdk_lambda_web_function_code_from_bucket(code_bucket, "app.zip", "v1"),
        .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X,
        .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH,
        .egress_network_connector = connector,
    });

    ccdk_lambda_network_connector *imported = ccdk_lambda_network_connector_from_network_connector_version_arn(stack, "ImportedConnector",
        "arn:aws:lambda:us-east-1:123456789012:network-connector:nc-0123456789abcdef:3");
    ccdk_lambda_web_function_new(stack, "WebImported", &(ccdk_lambda_web_function_props){
        .code = ccdk_lambda_web_function_code_from_bucket(code_bucket, "other.zip", NULL),
        .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X,
        .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_APPLICATION_MANAGED,
        .egress_network_connector = imported,
        .default_endpoint = {.endpoint_location = ccdk_lambda_web_function_endpoint_location_home_region()},
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
