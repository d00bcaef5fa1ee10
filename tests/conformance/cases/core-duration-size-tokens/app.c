/* Durations of a number token outside Lambda: an SQS queue's visibilityTimeout and retentionPeriod
 * (validateRange skips tokens), a Kinesis stream's retentionPeriod in hours (range check skipped),
 * a signing profile's validity in days, and Schedule.rate of a token in minutes (rate(<token>
 * minutes), an Fn::Join). */
#include <ccdk/events.h>
#include <ccdk/kinesis.h>
#include <ccdk/signer.h>
#include <ccdk/sqs.h>

static ccdk_value *produce_3600(void *ctx) { return ccdk_v_number((ccdk_stack *)ctx, 3600); }

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    const char *p = ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(stack, "P", &(ccdk_cfn_parameter_props){.type = "Number"}));
    ccdk_sqs_queue_new(stack, "Q", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_seconds_token(p),
        .retention_period = ccdk_duration_seconds_token(ccdk_token_as_string(ccdk_lazy_value(stack, produce_3600, stack))),
    });
    ccdk_kinesis_stream_new(stack, "S", &(ccdk_kinesis_stream_props){.retention_period = ccdk_duration_hours_token(p)});
    ccdk_signer_signing_profile_new(stack, "Profile", &(ccdk_signer_signing_profile_props){
        .platform = CCDK_SIGNER_PLATFORM_AWS_LAMBDA_SHA384_ECDSA,
        .signature_validity = ccdk_duration_days_token(p),
    });
    ccdk_events_rule_new(stack, "Rule", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_minutes_token(p))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
