/* A user's app: every 6 hours an ARM function sweeps an existing bucket (imported by name) of old
 * exports; one run at a time (reserved concurrency 1), failed async runs go to a DLQ, the rule
 * retries twice within an hour and parks undeliverable events in a second queue. */
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/s3.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "SweeperStack", &(ccdk_stack_props){.description = "Sweeps old exports"});
    ccdk_s3_bucket *exports = ccdk_s3_bucket_from_bucket_name(stack, "Exports", "acme-data-exports");
    ccdk_sqs_queue *failures = ccdk_sqs_queue_new(stack, "SweeperFailures", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14)});
    ccdk_lambda_function *sweeper = ccdk_lambda_function_new(stack, "Sweeper", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return {\"swept\": 0}\n"),
        .timeout = ccdk_duration_minutes(5),
        .reserved_concurrent_executions = CCDK_NUM(1),
        .dead_letter_queue = failures,
        .environment = CCDK_KVS({"BUCKET", ccdk_s3_bucket_name(exports)}, {"MAX_AGE_DAYS", "30"}),
    });
    ccdk_s3_bucket_grant_read(exports, sweeper, "exports/*");
    ccdk_s3_bucket_grant_delete(exports, sweeper, "exports/*");
    ccdk_sqs_queue *undeliverable = ccdk_sqs_queue_new(stack, "Undeliverable", NULL);
    ccdk_events_rule_new(stack, "Every6Hours", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_hours(6)),
        .description = "run the sweeper",
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(sweeper, &(ccdk_events_lambda_function_target_props){
            .max_event_age = ccdk_duration_hours(1),
            .retry_attempts = CCDK_NUM(2),
            .dead_letter_queue = undeliverable,
        })),
    });
    ccdk_cfn_output_new(stack, "SweeperName", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_name(sweeper)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
