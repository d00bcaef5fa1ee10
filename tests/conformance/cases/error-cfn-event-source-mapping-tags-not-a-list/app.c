/* A CfnEventSourceMapping's tags given as a string (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_event_source_mapping_new(stack, "Mapping", ccdk_v_json(stack,
        "{\"FunctionName\": \"my-function\", \"EventSourceArn\": \"arn:aws:sqs:us-east-1:123456789012:my-queue\","
        " \"Tags\": \"team=blue\"}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
