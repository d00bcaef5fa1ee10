/* Conformance case 'integ-es-kinesiswithdlq': aws-cdk's integ.kinesiswithdlq.ts (framework-integ/test/aws-lambda-event-sources); nothing dropped (this app defines its own function, not TestFunction) */
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "lambda-event-source-kinesis-with-dlq", NULL);
    /* the runtime is STANDARD_NODEJS_RUNTIME (NODEJS_18_X); the code the text of app.js's handler */
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "F", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async function handler(event) {\n"
                                                    "  // eslint-disable-next-line no-console\n"
                                                    "  console.log('event:', JSON.stringify(event, undefined, 2));\n"
                                                    "  throw new Error();\n"
                                                    "}"),
    });
    ccdk_cfn_output_new(stack, "FunctionArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(fn)});
    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "S", NULL);
    ccdk_cfn_output_new(stack, "InputKinesisStreamName", &(ccdk_cfn_output_props){.value = ccdk_kinesis_stream_name(stream)});
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "Q", NULL);
    ccdk_cfn_output_new(stack, "DlqSqsQueueUrl", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_url(dlq)});
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_event_source(stream, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .on_failure = ccdk_lambda_sqs_dlq(dlq),
        .retry_attempts = CCDK_NUM(0),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
