/* logs-destinations-kinesis-more: KinesisDestination beside kinesis.test.ts (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/logs.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kinesis_stream *encrypted = ccdk_kinesis_stream_new(stack, "Encrypted", &(ccdk_kinesis_stream_props){
        .encryption = CCDK_KINESIS_ENCRYPTION_KMS});
    ccdk_kinesis_stream *plain = ccdk_kinesis_stream_new(stack, "Plain", NULL);
    ccdk_logs_log_group *app_logs = ccdk_logs_log_group_new(stack, "AppLogs", NULL);
    ccdk_logs_log_group_add_subscription_filter(app_logs, "ToEncrypted", &(ccdk_logs_subscription_filter_props){
        .destination = ccdk_logs_destinations_kinesis_destination(encrypted, NULL),
        .filter_pattern = ccdk_logs_filter_pattern_all_terms(stack, CCDK_STRS("ERROR")),
        .distribution = CCDK_LOGS_DISTRIBUTION_BY_LOG_STREAM,
    });
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "LogsRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "logs.amazonaws.com")});
    ccdk_node_add_dependency(role, ccdk_sqs_queue_new(stack, "Before", NULL));
    ccdk_logs_subscription_destination *shared =
        ccdk_logs_destinations_kinesis_destination(plain, &(ccdk_logs_kinesis_destination_props){.role = role});
    ccdk_logs_log_group *other = ccdk_logs_log_group_new(stack, "Other", NULL);
    ccdk_logs_subscription_filter_new(stack, "SharedOne", &(ccdk_logs_subscription_filter_props){
        .log_group = app_logs, .destination = shared, .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS});
    ccdk_logs_subscription_filter_new(stack, "SharedTwo", &(ccdk_logs_subscription_filter_props){
        .log_group = other, .destination = shared, .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS});
    ccdk_iam_role *imported = ccdk_iam_role_from_role_arn(stack, "Imported", "arn:aws:iam::123456789012:role/logs-to-kinesis");
    ccdk_logs_log_group_add_subscription_filter(other, "ToImported", &(ccdk_logs_subscription_filter_props){
        .destination = ccdk_logs_destinations_kinesis_destination(plain, &(ccdk_logs_kinesis_destination_props){.role = imported}),
        .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS,
    });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
    });
    ccdk_logs_log_group_add_subscription_filter(other, "ToLambda", &(ccdk_logs_subscription_filter_props){
        .destination = ccdk_logs_destinations_lambda_destination(fn, NULL),
        .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
