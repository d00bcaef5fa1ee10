/* error: latestVersionArn of a connector imported by its unqualified ARN ("The network connector
 * '...' was imported without a version, ...", with the import's path) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_network_connector.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_lambda_network_connector *connector = ccdk_lambda_network_connector_from_network_connector_arn(
        stack, "Imported", "arn:aws:lambda:us-east-1:123456789012:network-connector:nc-0abc");
    ccdk_cfn_output_new(stack, "Latest",
                        &(ccdk_cfn_output_props){.value = ccdk_lambda_network_connector_latest_version_arn(connector)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
