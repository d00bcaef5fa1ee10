/* NetworkConnector.fromNetworkConnectorArn, fromNetworkConnectorVersionArn (a literal ARN, a '/'
 * resource, a deploy-time parameter, and an ARN with a token inside, whose version aws-cdk-lib
 * keeps) and fromNetworkConnectorAttributes; their ARNs as outputs. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_network_connector.h>

static ccdk_stack *stack;
static void out(const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_lambda_network_connector *by_arn = ccdk_lambda_network_connector_from_network_connector_arn(
        stack, "ByArn", "arn:aws:lambda:us-east-1:123456789012:network-connector:nc-0abc");
    out("ByArnArn", ccdk_lambda_network_connector_arn(by_arn));

    ccdk_lambda_network_connector *by_version = ccdk_lambda_network_connector_from_network_connector_version_arn(
        stack, "ByVersion", "arn:aws:lambda:us-east-1:123456789012:network-connector:nc-0abc:42");
    out("ByVersionArn", ccdk_lambda_network_connector_arn(by_version));
    out("ByVersionLatest", ccdk_lambda_network_connector_latest_version_arn(by_version));

    ccdk_lambda_network_connector *slash = ccdk_lambda_network_connector_from_network_connector_version_arn(
        stack, "SlashVersion", "arn:aws:lambda:eu-west-1:123456789012:network-connector/nc-0def:7");
    out("SlashArn", ccdk_lambda_network_connector_arn(slash));

    ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(stack, "ConnectorVersionArn", NULL);
    ccdk_lambda_network_connector *by_param = ccdk_lambda_network_connector_from_network_connector_version_arn(
        stack, "ByParameter", ccdk_cfn_parameter_value_as_string(param));
    out("ByParameterArn", ccdk_lambda_network_connector_arn(by_param));
    out("ByParameterLatest", ccdk_lambda_network_connector_latest_version_arn(by_param));

    ccdk_lambda_network_connector *mixed = ccdk_lambda_network_connector_from_network_connector_version_arn(
        stack, "WithToken",
        ccdk_fmt(stack, "arn:aws:lambda:us-east-1:%s:network-connector:nc-0abc:3", ccdk_stack_account(stack)));
    out("WithTokenArn", ccdk_lambda_network_connector_arn(mixed));

    ccdk_cfn_parameter *unqualified = ccdk_cfn_parameter_new(stack, "ConnectorArn", NULL);
    ccdk_lambda_network_connector *by_arn_param = ccdk_lambda_network_connector_from_network_connector_arn(
        stack, "ByArnParameter", ccdk_cfn_parameter_value_as_string(unqualified));
    out("ByArnParameterArn", ccdk_lambda_network_connector_arn(by_arn_param));

    ccdk_lambda_network_connector *by_attrs = ccdk_lambda_network_connector_from_network_connector_attributes(
        stack, "ByAttributes", &(ccdk_lambda_network_connector_attributes){
            .network_connector_arn = "arn:aws:lambda:us-east-1:123456789012:network-connector:nc-0xyz",
            .latest_version_arn = "arn:aws:lambda:us-east-1:123456789012:network-connector:nc-0xyz:9",
        });
    out("ByAttributesArn", ccdk_lambda_network_connector_arn(by_attrs));
    out("ByAttributesLatest", ccdk_lambda_network_connector_latest_version_arn(by_attrs));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
