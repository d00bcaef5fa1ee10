/* error: fromNetworkConnectorVersionArn of an ARN without a version ("Expected a qualified network
 * connector ARN ending in ':<version>', got '...'") */
#include <ccdk/lambda.h>
#include <ccdk/lambda_network_connector.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_lambda_network_connector_from_network_connector_version_arn(stack, "Imported",
        "arn:aws:lambda:us-east-1:123456789012:network-connector:nc-0abc");

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
