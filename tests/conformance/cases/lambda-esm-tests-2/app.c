/* EventSourceMapping props at the edges next to event-source-mapping.test.ts's tests: zeros,
 * a timestamp of 0 with LATEST, an empty topic and source ARN, given-but-empty lists, false
 * booleans, a log level; on a Function, a Version and an Alias (see app.js). */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>

static const char *lazy_group(void *ctx)
{
    (void)ctx;
    return "lazy group";
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "fn", &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = ${handler.toString()}"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST});
    ccdk_lambda_event_source_mapping_new(stack, "Zeros", &(ccdk_lambda_event_source_mapping_props){
        .target = fn, .options = {
            .event_source_arn = "arn:aws:sqs:us-east-1:123456789012:queue",
            .max_concurrency = CCDK_NUM(0), .batch_size = CCDK_NUM(0), .retry_attempts = CCDK_NUM(0),
            .max_batching_window = ccdk_duration_seconds(0), .tumbling_window = ccdk_duration_seconds(0),
            .enabled = CCDK_FALSE, .bisect_batch_on_error = CCDK_FALSE, .report_batch_item_failures = CCDK_FALSE}});
    ccdk_lambda_event_source_mapping_new(stack, "TimestampZero", &(ccdk_lambda_event_source_mapping_props){
        .target = fn, .options = {
            .event_source_arn = "arn:aws:kinesis:us-east-1:123456789012:stream/s",
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST, .starting_position_timestamp = CCDK_NUM(0)}});
    ccdk_lambda_event_source_mapping_new(stack, "EmptyTopic", &(ccdk_lambda_event_source_mapping_props){
        .target = fn, .options = {.event_source_arn = "", .kafka_topic = "", .kafka_consumer_group_id = "group"}});
    ccdk_kms_key *key = ccdk_kms_key_from_key_arn(stack, "Key", "arn:aws:kms:us-east-1:123456789012:key/k");
    ccdk_lambda_event_source_mapping_new(stack, "EmptyLists", &(ccdk_lambda_event_source_mapping_props){
        .target = fn, .options = {
            .event_source_arn = "some-arn",
            .filters = CCDK_EMPTY_LIST, .filter_encryption = key,
            .source_access_configurations = CCDK_EMPTY_LIST,
            .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){0},
            .metrics_config = {.metrics = CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT, CCDK_LAMBDA_METRIC_TYPE_ERROR_COUNT)},
            .log_level = CCDK_LAMBDA_EVENT_SOURCE_MAPPING_LOG_LEVEL_DEBUG}});
    ccdk_lambda_version *version = ccdk_lambda_function_current_version(fn);
    ccdk_lambda_function_add_event_source_mapping(version, "OnVersion", &(ccdk_lambda_event_source_mapping_options){
        .event_source_arn = "asfd", .max_record_age = ccdk_duration_days(7)});
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "LiveAlias", &(ccdk_lambda_alias_props){
        .alias_name = "Live", .version = version});
    ccdk_lambda_function_add_event_source_mapping(alias, "OnAlias", &(ccdk_lambda_event_source_mapping_options){
        .kafka_bootstrap_servers = CCDK_STRS("b1:9092"),
        .kafka_consumer_group_id = ccdk_lazy_string(stack, lazy_group, NULL),
        .max_record_age = ccdk_duration_seconds(60), .parallelization_factor = CCDK_NUM(10),
        .retry_attempts = CCDK_NUM(-1)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
