/* error: KinesisEventSource on a function imported without a role (stream.grantRead asks the UnknownPrincipal for its policy fragment) */
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_lambda_function *fn = ccdk_lambda_function_from_function_arn(stack, "Fn", "arn:aws:lambda:us-east-1:123456789012:function:mine");
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_event_source(ccdk_kinesis_stream_new(stack, "S", NULL),
        &(ccdk_lambda_stream_event_source_props){.starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
