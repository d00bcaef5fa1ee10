/* Conformance case 'user-async-dispatch': see app.js. */
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

static ccdk_lambda_code *inline_code(ccdk_stack *stack, const char *name)
{
    return ccdk_lambda_code_from_inline(stack, ccdk_fmt(stack, "exports.handler = async (e) => ({ %s: true, e });", name));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "AsyncDispatch", &(ccdk_stack_props){
        .account = "555566667777", .region = "ap-southeast-2",
    });

    ccdk_kms_key *queue_key = ccdk_kms_key_new(stack, "QueueKey", &(ccdk_kms_key_props){
        .enable_key_rotation = CCDK_TRUE, .alias = "dispatch/queues"});
    ccdk_kms_key *topic_key = ccdk_kms_key_new(stack, "TopicKey", &(ccdk_kms_key_props){.enable_key_rotation = CCDK_TRUE});

    ccdk_events_event_bus *bus = ccdk_events_event_bus_new(stack, "DispatchBus", &(ccdk_events_event_bus_props){
        .event_bus_name = "webhook-dispatch"});
    ccdk_sqs_queue *failed = ccdk_sqs_queue_new(stack, "FailedDispatches", &(ccdk_sqs_queue_props){
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS,
        .encryption_master_key = queue_key,
        .retention_period = ccdk_duration_days(14),
    });
    ccdk_sns_topic *delivered = ccdk_sns_topic_new(stack, "Delivered", &(ccdk_sns_topic_props){.master_key = topic_key});
    ccdk_sqs_queue *delivered_dlq = ccdk_sqs_queue_new(stack, "DeliveredDlq", NULL);
    ccdk_sqs_queue *ledger = ccdk_sqs_queue_new(stack, "DeliveryLedger", &(ccdk_sqs_queue_props){
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS,
        .encryption_master_key = queue_key,
    });
    ccdk_sns_topic_add_sqs_subscription(delivered, ledger, &(ccdk_sns_sqs_subscription_props){
        .dead_letter_queue = delivered_dlq,
        .filter_policy_with_message_body = CCDK_LIST_OF(ccdk_sns_filter_or_policy_entry,
            {"status", ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_string(stack,
                &(ccdk_sns_string_conditions){.allowlist = CCDK_STRS("delivered", "redelivered")}))}),
    });

    ccdk_lambda_function *auditor = ccdk_lambda_function_new(stack, "Auditor", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = inline_code(stack, "audited"),
    });

    ccdk_lambda_function *dispatcher = ccdk_lambda_function_new(stack, "Dispatcher", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = inline_code(stack, "dispatched"),
        .timeout = ccdk_duration_seconds(30),
        .on_success = ccdk_lambda_destinations_event_bridge_destination(stack, ccdk_events_event_bus_arn(bus)),
        .on_failure = ccdk_lambda_destinations_sqs_destination(failed),
        .retry_attempts = CCDK_NUM(0),
        .max_event_age = ccdk_duration_hours(6),
    });
    ccdk_lambda_alias *live = ccdk_lambda_alias_new(stack, "Live", &(ccdk_lambda_alias_props){
        .alias_name = "live",
        .version = ccdk_lambda_function_current_version(dispatcher),
        .on_failure = ccdk_lambda_destinations_lambda_destination(auditor,
            &(ccdk_lambda_destinations_lambda_destination_options){.response_only = CCDK_TRUE}),
        .retry_attempts = CCDK_NUM(1),
    });
    ccdk_lambda_version *pinned = ccdk_lambda_version_new(stack, "Pinned", &(ccdk_lambda_version_props){
        .lambda = dispatcher, .description = "pinned for replay"});
    ccdk_lambda_function_configure_async_invoke(pinned, &(ccdk_lambda_event_invoke_config_options){
        .on_success = ccdk_lambda_destinations_sns_destination(delivered),
        .max_event_age = ccdk_duration_minutes(30),
    });
    ccdk_lambda_function_grant_invoke(live, ccdk_iam_organization_principal(stack, "o-abc123def4"));
    ccdk_lambda_function_add_permission(dispatcher, "FromReplayRule", &(ccdk_lambda_permission){
        .principal = ccdk_iam_service_principal(stack, "events.amazonaws.com"),
        .source_arn = "arn:aws:events:ap-southeast-2:555566667777:rule/webhook-replay",
        .source_account = "555566667777",
    });

    ccdk_secretsmanager_secret *signing = ccdk_secretsmanager_secret_new(stack, "PartnerSigningKey",
        &(ccdk_secretsmanager_secret_props){
            .description = "HMAC key for partner webhooks",
            .encryption_key = queue_key,
        });
    ccdk_lambda_function *rotator = ccdk_lambda_function_new(stack, "Rotator", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = inline_code(stack, "rotated"),
    });
    ccdk_secretsmanager_secret_add_rotation_schedule(signing, "Rotation", rotator,
        &(ccdk_secretsmanager_rotation_schedule_options){.automatically_after = ccdk_duration_days(30)});
    ccdk_secretsmanager_secret_grant_read(signing, dispatcher);

    ccdk_cfn_output_new(stack, "LiveAliasArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_alias_arn(live)});
    ccdk_cfn_output_new(stack, "FailedQueueUrl", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_url(failed)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
