/* aws-cdk's kafka-dlq.test.ts as written, through ccdk_lambda_event_source_dlq_bind (KafkaDlq.bind({}, {})),
 * a stack per describe, and the other destinations bound to a function outside a mapping (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

static void output(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

/* new KafkaDlq(name).bind({}, {}).destination */
static const char *kafka_destination(ccdk_stack *stack, const char *name)
{
    return ccdk_lambda_event_source_dlq_bind(ccdk_lambda_kafka_dlq(stack, name), NULL, NULL);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Constructor", NULL);
        ccdk_lambda_event_source_dlq *dlq = ccdk_lambda_kafka_dlq(stack, "my-topic");
        output(stack, "Defined", dlq ? "true" : "false");
        output(stack, "AddsPrefix", kafka_destination(stack, "my-topic"));
        output(stack, "KeepsPrefix", kafka_destination(stack, "kafka://my-topic"));
        const char *valid[] = {"valid-topic", "valid_topic", "valid.topic", "ValidTopic123"};
        for (int i = 0; i < 4; i++)
            ccdk_lambda_kafka_dlq(stack, valid[i]);
        const char *token = ccdk_fn_ref(stack, "MyTopicParameter");
        ccdk_cfn_parameter_new(stack, "MyTopicParameter", NULL);
        const char *destination = kafka_destination(stack, token);
        output(stack, "TokenUnresolved", ccdk_token_is_unresolved(destination) ? "true" : "false");
        output(stack, "Token", destination);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Bind", NULL);
        output(stack, "Config", kafka_destination(stack, "test-topic"));
        output(stack, "Preserves", kafka_destination(stack, "kafka://existing-prefix-topic"));
        output(stack, "DotsAndUnderscores", kafka_destination(stack, "my.complex_topic-name"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "OtherDestinations", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async function handler(event) { return { event }; }"),
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
        });
        output(stack, "Queue", ccdk_lambda_event_source_dlq_bind(ccdk_lambda_sqs_dlq(ccdk_sqs_queue_new(stack, "Q", NULL)), NULL, fn));
        output(stack, "Topic", ccdk_lambda_event_source_dlq_bind(ccdk_lambda_sns_dlq(ccdk_sns_topic_new(stack, "T", NULL)), NULL, fn));
        output(stack, "Bucket", ccdk_lambda_event_source_dlq_bind(
                                    ccdk_lambda_s3_on_failure_destination(ccdk_s3_bucket_new(stack, "B", NULL)), NULL, fn));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
