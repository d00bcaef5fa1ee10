/* stress shape event_sources: N functions (default 1,000) in stacks of 100, each with an SQS event
 * source (a queue of its own), a DynamoDB stream event source (one table with a NEW_IMAGE stream
 * per 10 functions) and an EventBridge rule on a schedule (rate 5 minutes) that targets it. Same
 * construct ids as event_sources.js. stackResourceLimit off (810 resources a stack).
 * Usage: event_sources [N]   (output: $CDK_OUTDIR, else cdk.out) */
#include <stdio.h>
#include <stdlib.h>
#include <ccdk/dynamodb.h>
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sqs.h>

#define PER_STACK 100
#define PER_TABLE 10

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 1000;
    if (n < 1) {
        fprintf(stderr, "usage: event_sources [N] (N >= 1)\n");
        return 2;
    }
    /* 100 functions make 810 resources a stack (not deployed): aws-cdk-lib's limit off, as in the JS twin */
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:stackResourceLimit", "0"})});
    ccdk_stack *stack = NULL;
    ccdk_dynamodb_table *table = NULL;
    char id[32];
    for (long i = 0; i < n; i++) {
        if (i % PER_STACK == 0) {
            snprintf(id, sizeof id, "Stack%ld", i / PER_STACK);
            stack = ccdk_stack_new(app, id, NULL);
        }
        if (i % PER_TABLE == 0) {
            snprintf(id, sizeof id, "Table%ld", i / PER_TABLE);
            table = ccdk_dynamodb_table_new(stack, id, &(ccdk_dynamodb_table_props){
                .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
                .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
                .stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE,
            });
        }
        snprintf(id, sizeof id, "Fn%ld", i);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 'ok';"),
            .timeout = ccdk_duration_seconds(30),
        });
        snprintf(id, sizeof id, "Queue%ld", i);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, id, NULL);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(queue, NULL));
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST}));
        snprintf(id, sizeof id, "Rule%ld", i);
        ccdk_events_rule *rule = ccdk_events_rule_new(stack, id, &(ccdk_events_rule_props){
            .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_minutes(5))});
        ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(fn, NULL));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
