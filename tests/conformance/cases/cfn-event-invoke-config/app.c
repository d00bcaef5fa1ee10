/* cfn-event-invoke-config: a lambda.CfnEventInvokeConfig (ccdk_lambda_cfn_event_invoke_config_new) with its required properties and some optional ones (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_event_invoke_config_new(stack, "Resource1", ccdk_v_json(stack, "{\"FunctionName\": \"my-function\", \"Qualifier\": \"$LATEST\", \"MaximumRetryAttempts\": 1, \"MaximumEventAgeInSeconds\": 3600, \"DestinationConfig\": {\"OnFailure\": {\"Destination\": \"arn:aws:sqs:us-east-1:123456789012:dlq\"}}}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
