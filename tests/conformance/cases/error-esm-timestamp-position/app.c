/* error: startingPositionTimestamp without AT_TIMESTAMP throws error
 * Ported from aws-cdk: event-source-mapping.test.ts 'startingPositionTimestamp without AT_TIMESTAMP throws error' */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "fn", &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = ${handler.toString()}"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
    ccdk_lambda_event_source_mapping_new(stack, "test", &(ccdk_lambda_event_source_mapping_props){
        .target = fn, .options = {.event_source_arn = "", .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST, .starting_position_timestamp = CCDK_NUM(1640995200)},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
