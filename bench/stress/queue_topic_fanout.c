/* stress shape queue_topic_fanout: one stack holding one SNS topic and one SQS queue, and N
 * functions that each subscribe to the topic (SnsEventSource: a Subscription and an invoke
 * Permission for sns.amazonaws.com) and consume the queue (SqsEventSource: an EventSourceMapping
 * and the consume grant in the function's role). aws-cdk-lib's stack resource limit is off, as in
 * bench/apps/shared_asset.c. Same construct ids as queue_topic_fanout.js.
 * Usage: queue_topic_fanout [N]   (default 500; output: $CDK_OUTDIR, else cdk.out) */
#include <stdio.h>
#include <stdlib.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 500;
    if (n < 1) {
        fprintf(stderr, "usage: queue_topic_fanout [N] (N >= 1)\n");
        return 2;
    }
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:stackResourceLimit", "0"})});
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    char id[32];
    for (long i = 0; i < n; i++) {
        snprintf(id, sizeof id, "Fn%ld", i);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 'ok';"),
        });
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sns_event_source(topic, NULL));
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
            .batch_size = CCDK_NUM(10)}));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
