/* error: fromNetworkConnectorArn of an ARN that ends in a version ("Expected an unqualified network
 * connector ARN, got '...', which ends in a version. ...") */
#include <ccdk/lambda.h>
#include <ccdk/lambda_network_connector.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_lambda_network_connector_from_network_connector_arn(stack, "Imported",
        "arn:aws:lambda:us-east-1:123456789012:network-connector:nc-0abc:12");

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
