/* test_event_sources.c - the validations of the event sources (issue 14) and of the small L2s they
 * use (sqs FIFO queues, dynamodb.Table, kinesis.Stream, sns filter policies, aws-autoscaling's
 * Schedule.cron): each bad input makes ccdk_app_synth() fail with aws-cdk-lib's message on the same
 * construct path, and writes nothing; each good twin synthesizes. The expected messages and paths
 * were taken from aws-cdk-lib 2.276.0 by running the same inputs through it (a scratch node app per
 * case: e.g. `new SqsEventSource(queue, {batchSize: 11})` throws "Maximum batch size must be
 * between 1 and 10 inclusive (given 11) when batching window is not specified." at S/Q). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ccdk/autoscaling.h>
#include <ccdk/dynamodb.h>
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

#include "testlib.h"

void ccdk__process_errors_clear(void); /* tests only (src/core/arena.h) */

typedef struct {
    ccdk_stack *s;
    ccdk_lambda_function *fn;
    int good; /* build the valid twin */
} ctx;

typedef void (*build_fn)(ctx *c);

/* Builds the app (stack S, function F) and synthesizes it: with message, synth must fail with an
 * error that contains it and starts with path (when given), and write nothing; without, it must
 * succeed. */
static void run(build_fn build, int good, const char *message, const char *path, const char *what)
{
    char dir[] = "/tmp/ccdk-evsrc-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    char out[64];
    snprintf(out, sizeof out, "%s/out", dir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ctx c = {stack, ccdk_lambda_function_new(stack, "F", &(ccdk_lambda_function_props){
                        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
                        .handler = "index.handler",
                        .code = ccdk_lambda_code_from_inline(stack, "x"),
                    }),
             good};
    build(&c);
    int rc = ccdk_app_synth(app);
    size_t n = ccdk_app_error_count(app);
    if (good) {
        CHECK_MSG(rc == 0 && n == 0, "%s (good twin): synth failed: %s", what, n ? ccdk_app_error(app, 0) : "");
    } else {
        CHECK_MSG(rc != 0, "%s: synth succeeded; expected: %s", what, message);
        int found = 0;
        for (size_t i = 0; i < n && !found; i++) {
            const char *e = ccdk_app_error(app, i);
            found = strstr(e, message) && (!path || !strncmp(e, path, strlen(path)));
        }
        CHECK_MSG(found, "%s: no error holds \"%s\" (path %s)", what, message, path ? path : "-");
        if (!found)
            for (size_t i = 0; i < n; i++)
                fprintf(stderr, "      error %zu: %s\n", i, ccdk_app_error(app, i));
        struct stat st;
        CHECK_MSG(stat(out, &st) != 0, "%s: %s was written", what, out);
    }
    ccdk_app_free(app);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
}

#define CASE(name, message, path) {#name, name, message, path}
#define B(name) static void name(ctx *c)

static ccdk_sqs_queue *queue(ctx *c, const ccdk_sqs_queue_props *p) { return ccdk_sqs_queue_new(c->s, "Q", p); }
static ccdk_dynamodb_table *table(ctx *c, ccdk_dynamodb_stream_view_type stream)
{
    return ccdk_dynamodb_table_new(c->s, "T", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING}, .stream = stream});
}
static void kinesis(ctx *c, const ccdk_lambda_stream_event_source_props *p)
{
    ccdk_lambda_function_add_event_source(c->fn, ccdk_lambda_kinesis_event_source(ccdk_kinesis_stream_new(c->s, "K", NULL), p));
}

B(sqs_batch_size_11)
{
    ccdk_lambda_function_add_event_source(c->fn, ccdk_lambda_sqs_event_source(queue(c, NULL), &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(c->good ? 10 : 11)}));
}
B(sqs_batch_size_0)
{
    ccdk_lambda_function_add_event_source(c->fn, ccdk_lambda_sqs_event_source(queue(c, NULL), &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(c->good ? 1 : 0)}));
}
B(sqs_batch_size_with_window)
{
    ccdk_lambda_sqs_event_source(queue(c, NULL), &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(c->good ? 10000 : 10001), .max_batching_window = ccdk_duration_seconds(1)});
}
B(sqs_window_301)
{
    ccdk_lambda_sqs_event_source(queue(c, NULL), &(ccdk_lambda_sqs_event_source_props){
        .max_batching_window = ccdk_duration_seconds(c->good ? 300 : 301)});
}
B(sqs_fifo_window)
{
    ccdk_lambda_sqs_event_source(queue(c, &(ccdk_sqs_queue_props){.fifo = c->good ? CCDK_FALSE : CCDK_TRUE}),
                                 &(ccdk_lambda_sqs_event_source_props){.max_batching_window = ccdk_duration_seconds(1)});
}
B(sqs_max_concurrency_1)
{
    ccdk_lambda_function_add_event_source(c->fn, ccdk_lambda_sqs_event_source(queue(c, NULL), &(ccdk_lambda_sqs_event_source_props){
        .max_concurrency = CCDK_NUM(c->good ? 2 : 1)}));
}
B(sqs_max_concurrency_1001)
{
    ccdk_lambda_function_add_event_source(c->fn, ccdk_lambda_sqs_event_source(queue(c, NULL), &(ccdk_lambda_sqs_event_source_props){
        .max_concurrency = CCDK_NUM(c->good ? 1000 : 1001)}));
}
B(fifo_name) { queue(c, &(ccdk_sqs_queue_props){.fifo = CCDK_TRUE, .queue_name = c->good ? "abc.fifo" : "abc"}); }
B(non_fifo_name) { queue(c, &(ccdk_sqs_queue_props){.fifo = CCDK_FALSE, .queue_name = c->good ? "abc" : "abc.fifo"}); }
B(content_based_dedup_standard)
{
    queue(c, &(ccdk_sqs_queue_props){.fifo = c->good ? CCDK_TRUE : CCDK_FALSE, .content_based_deduplication = CCDK_TRUE});
}
B(imported_fifo_without_suffix)
{
    ccdk_sqs_queue_from_queue_attributes(c->s, "I", &(ccdk_sqs_queue_attributes){
        .queue_arn = c->good ? "arn:aws:sqs:eu-west-1:1:q.fifo" : "arn:aws:sqs:eu-west-1:1:q", .fifo = CCDK_TRUE});
}
B(imported_standard_with_suffix)
{
    ccdk_sqs_queue_from_queue_attributes(c->s, "I", &(ccdk_sqs_queue_attributes){
        .queue_arn = c->good ? "arn:aws:sqs:eu-west-1:1:q" : "arn:aws:sqs:eu-west-1:1:q.fifo", .fifo = CCDK_FALSE});
}
B(imported_fifo_batching_window)
{
    /* fifo from the name alone */
    ccdk_lambda_sqs_event_source(ccdk_sqs_queue_from_queue_arn(c->s, "I", c->good ? "arn:aws:sqs:eu-west-1:1:q" : "arn:aws:sqs:eu-west-1:1:q.fifo"),
                                 &(ccdk_lambda_sqs_event_source_props){.max_batching_window = ccdk_duration_seconds(1)});
}
B(imported_not_an_arn) { ccdk_sqs_queue_from_queue_arn(c->s, "I", c->good ? "arn:aws:sqs:eu-west-1:1:q" : "not-an-arn"); }
B(table_import_arn_and_name)
{
    ccdk_dynamodb_table_from_table_attributes(c->s, "I", &(ccdk_dynamodb_table_attributes){
        .table_arn = "arn:aws:dynamodb:eu-west-1:1:table/x", .table_name = c->good ? NULL : "x"});
}
B(table_import_neither) { ccdk_dynamodb_table_from_table_attributes(c->s, "I", &(ccdk_dynamodb_table_attributes){.table_name = c->good ? "x" : NULL}); }
B(table_import_arn_without_name)
{
    ccdk_dynamodb_table_from_table_arn(c->s, "I", c->good ? "arn:aws:dynamodb:eu-west-1:1:table/x" : "arn:aws:dynamodb:eu-west-1:1:table");
}
B(stream_import_not_an_arn) { ccdk_kinesis_stream_from_stream_arn(c->s, "I", c->good ? "arn:aws:kinesis:eu-west-1:1:stream/s" : "nope"); }
B(topic_import_not_an_arn) { ccdk_sns_topic_from_topic_arn(c->s, "I", c->good ? "arn:aws:sns:eu-west-1:1:t" : "topic"); }
B(queue_retention_30s) { queue(c, &(ccdk_sqs_queue_props){.retention_period = ccdk_duration_seconds(c->good ? 60 : 30)}); }
B(queue_visibility_13h) { queue(c, &(ccdk_sqs_queue_props){.visibility_timeout = ccdk_duration_hours(c->good ? 12 : 13)}); }
/* the range rules of the newer props (aws-sqs validateQueueProps); a token skips its rule */
B(queue_delivery_delay_901) { queue(c, &(ccdk_sqs_queue_props){.delivery_delay = ccdk_duration_seconds(c->good ? 900 : 901)}); }
B(queue_max_message_size_1023) { queue(c, &(ccdk_sqs_queue_props){.max_message_size_bytes = CCDK_NUM(c->good ? 1024 : 1023)}); }
B(queue_max_message_size_token)
{
    ccdk_cfn_parameter *p = ccdk_cfn_parameter_new(c->s, "P", &(ccdk_cfn_parameter_props){.type = "Number"});
    queue(c, &(ccdk_sqs_queue_props){.max_message_size_bytes = c->good ? CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(p))
                                                                         : CCDK_NUM(1048577)});
}
B(queue_receive_wait_21s) { queue(c, &(ccdk_sqs_queue_props){.receive_message_wait_time = ccdk_duration_seconds(c->good ? 20 : 21)}); }
B(queue_max_receive_count_0)
{
    queue(c, &(ccdk_sqs_queue_props){.dead_letter_queue = &(ccdk_sqs_dead_letter_queue){
        .queue = ccdk_sqs_queue_new(c->s, "D", NULL), .max_receive_count = CCDK_NUM(c->good ? 1 : 0)}});
}
B(queue_max_receive_count_token)
{
    ccdk_cfn_parameter *p = ccdk_cfn_parameter_new(c->s, "P", &(ccdk_cfn_parameter_props){.type = "Number"});
    queue(c, &(ccdk_sqs_queue_props){.dead_letter_queue = &(ccdk_sqs_dead_letter_queue){
        .queue = ccdk_sqs_queue_new(c->s, "D", NULL),
        .max_receive_count = c->good ? CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(p)) : CCDK_NUM(-1)}});
}
B(queue_dlq_without_queue)
{
    queue(c, &(ccdk_sqs_queue_props){.dead_letter_queue = &(ccdk_sqs_dead_letter_queue){
        .queue = c->good ? ccdk_sqs_queue_new(c->s, "D", NULL) : NULL, .max_receive_count = CCDK_NUM(3)}});
}
/* validateRedriveAllowPolicy reads the permission as given: an empty list alone is byQueue, no error */
B(redrive_by_queue_empty)
{
    queue(c, &(ccdk_sqs_queue_props){.redrive_allow_policy = &(ccdk_sqs_redrive_allow_policy){
        .redrive_permission = c->good ? CCDK_SQS_REDRIVE_PERMISSION_UNSET : CCDK_SQS_REDRIVE_PERMISSION_BY_QUEUE,
        .source_queues = CCDK_EMPTY_LIST}});
}
B(redrive_11_sources)
{
    ccdk_sqs_queue *d = ccdk_sqs_queue_new(c->s, "D", NULL);
    ccdk_sqs_queue_list l = CCDK_LIST(d, d, d, d, d, d, d, d, d, d, d);
    if (c->good)
        l.count = 10;
    queue(c, &(ccdk_sqs_queue_props){.redrive_allow_policy = &(ccdk_sqs_redrive_allow_policy){
        .redrive_permission = CCDK_SQS_REDRIVE_PERMISSION_BY_QUEUE, .source_queues = l}});
}
B(redrive_allow_all_empty_sources)
{
    ccdk_sqs_redrive_allow_policy r = {.redrive_permission = CCDK_SQS_REDRIVE_PERMISSION_ALLOW_ALL};
    if (!c->good)
        r.source_queues = (ccdk_sqs_queue_list)CCDK_EMPTY_LIST;
    queue(c, &(ccdk_sqs_queue_props){.redrive_allow_policy = &r});
}
B(redrive_null_source)
{
    ccdk_sqs_queue *d = ccdk_sqs_queue_new(c->s, "D", NULL);
    queue(c, &(ccdk_sqs_queue_props){.redrive_allow_policy = &(ccdk_sqs_redrive_allow_policy){
        .source_queues = CCDK_LIST(d, c->good ? d : NULL)}});
}
B(dedup_scope_standard)
{
    queue(c, &(ccdk_sqs_queue_props){.fifo = c->good ? CCDK_UNSET : CCDK_FALSE,
                                     .deduplication_scope = CCDK_SQS_DEDUPLICATION_SCOPE_QUEUE});
}
B(throughput_limit_standard)
{
    queue(c, &(ccdk_sqs_queue_props){.fifo = c->good ? CCDK_TRUE : CCDK_FALSE,
                                     .fifo_throughput_limit = CCDK_SQS_FIFO_THROUGHPUT_LIMIT_PER_QUEUE});
}
B(dedup_scope_unknown)
{
    queue(c, &(ccdk_sqs_queue_props){.fifo = CCDK_TRUE,
                                     .deduplication_scope = c->good ? CCDK_SQS_DEDUPLICATION_SCOPE_QUEUE : (ccdk_sqs_deduplication_scope)7});
}
B(throughput_limit_name)
{
    queue(c, &(ccdk_sqs_queue_props){.queue_name = c->good ? "q.fifo" : "q",
                                     .fifo_throughput_limit = CCDK_SQS_FIFO_THROUGHPUT_LIMIT_PER_MESSAGE_GROUP_ID});
}
B(stream_key_unencrypted)
{
    ccdk_kinesis_stream_new(c->s, "K", &(ccdk_kinesis_stream_props){
        .encryption = c->good ? CCDK_KINESIS_ENCRYPTION_KMS : CCDK_KINESIS_ENCRYPTION_UNENCRYPTED,
        .encryption_key = ccdk_kms_key_new(c->s, "Key", NULL)});
}
B(stream_key_managed)
{
    ccdk_kinesis_stream_new(c->s, "K", &(ccdk_kinesis_stream_props){
        .encryption = c->good ? CCDK_KINESIS_ENCRYPTION_UNSET : CCDK_KINESIS_ENCRYPTION_MANAGED,
        .encryption_key = ccdk_kms_key_new(c->s, "Key", NULL)});
}
B(filter_encryption_without_filters)
{
    ccdk_value *f = ccdk_lambda_filter_criteria_filter(c->s, ccdk_v_object(c->s));
    ccdk_lambda_filter_list filters = CCDK_LIST(f);
    ccdk_lambda_sqs_event_source_props p = {.filter_encryption = ccdk_kms_key_new(c->s, "K", NULL)};
    if (c->good)
        p.filters = filters;
    ccdk_lambda_function_add_event_source(c->fn, ccdk_lambda_sqs_event_source(queue(c, NULL), &p));
}
B(dynamo_batch_size)
{
    ccdk_lambda_dynamo_event_source(table(c, CCDK_DYNAMODB_STREAM_NEW_IMAGE), &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST, .batch_size = CCDK_NUM(c->good ? 10000 : 10001)});
}
B(dynamo_no_stream)
{
    ccdk_lambda_function_add_event_source(c->fn, ccdk_lambda_dynamo_event_source(
        table(c, c->good ? CCDK_DYNAMODB_STREAM_KEYS_ONLY : CCDK_DYNAMODB_STREAM_UNSET),
        &(ccdk_lambda_stream_event_source_props){.starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST}));
}
B(dynamo_unbound)
{
    ccdk_lambda_event_source *src = ccdk_lambda_dynamo_event_source(table(c, CCDK_DYNAMODB_STREAM_NEW_IMAGE),
        &(ccdk_lambda_stream_event_source_props){.starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST});
    if (c->good)
        ccdk_lambda_function_add_event_source(c->fn, src);
    const char *id = ccdk_lambda_event_source_mapping_id_of(src);
    CHECK(id != NULL);
}
B(table_no_partition_key)
{
    ccdk_dynamodb_table_new(c->s, "T", &(ccdk_dynamodb_table_props){.partition_key = {c->good ? "id" : NULL, CCDK_DYNAMODB_ATTRIBUTE_STRING}});
}
B(table_pay_per_request_capacity)
{
    ccdk_dynamodb_table_new(c->s, "T", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = c->good ? CCDK_DYNAMODB_BILLING_MODE_PROVISIONED : CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
        .read_capacity = CCDK_NUM(1)});
}
B(table_key_type_conflict)
{
    ccdk_dynamodb_table_new(c->s, "T", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {c->good ? "sk" : "id", CCDK_DYNAMODB_ATTRIBUTE_NUMBER}});
}
B(table_v2_key_type_conflict)
{
    ccdk_dynamodb_table_v2_new(c->s, "T", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"id", c->good ? CCDK_DYNAMODB_ATTRIBUTE_STRING : CCDK_DYNAMODB_ATTRIBUTE_NUMBER}});
}
B(kinesis_batch_size)
{
    ccdk_lambda_kinesis_event_source(ccdk_kinesis_stream_new(c->s, "K", NULL), &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST, .batch_size = CCDK_NUM(c->good ? 10000 : 10001)});
}
B(kinesis_unbound)
{
    ccdk_lambda_event_source *src = ccdk_lambda_kinesis_event_source(ccdk_kinesis_stream_new(c->s, "K", NULL),
        &(ccdk_lambda_stream_event_source_props){.starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST});
    if (c->good)
        ccdk_lambda_function_add_event_source(c->fn, src);
    CHECK(ccdk_lambda_event_source_mapping_arn_of(src) != NULL);
}
static ccdk_kinesis_stream_consumer *consumer(ctx *c)
{
    return ccdk_kinesis_stream_consumer_new(c->s, "C", &(ccdk_kinesis_stream_consumer_props){
        .stream = ccdk_kinesis_stream_new(c->s, "K", NULL), .stream_consumer_name = "x"});
}
B(kinesis_consumer_unbound)
{
    ccdk_lambda_event_source *src = ccdk_lambda_kinesis_consumer_event_source(consumer(c),
        &(ccdk_lambda_stream_event_source_props){.starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST});
    if (c->good)
        ccdk_lambda_function_add_event_source(c->fn, src);
    CHECK(ccdk_lambda_event_source_mapping_id_of(src) != NULL);
}
B(kinesis_consumer_batch_size_0)
{
    ccdk_lambda_kinesis_consumer_event_source(consumer(c), &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST, .batch_size = CCDK_NUM(c->good ? 1 : 0)});
}
B(tumbling_window_901)
{
    kinesis(c, &(ccdk_lambda_stream_event_source_props){.starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
                                                         .tumbling_window = ccdk_duration_seconds(c->good ? 900 : 901)});
}
B(parallelization_factor_11)
{
    kinesis(c, &(ccdk_lambda_stream_event_source_props){.starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
                                                         .parallelization_factor = CCDK_NUM(c->good ? 10 : 11)});
}
B(retry_attempts_10001)
{
    kinesis(c, &(ccdk_lambda_stream_event_source_props){.starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
                                                         .retry_attempts = CCDK_NUM(c->good ? 10000 : 10001)});
}
B(max_record_age_59s)
{
    kinesis(c, &(ccdk_lambda_stream_event_source_props){.starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
                                                         .max_record_age = ccdk_duration_seconds(c->good ? 60 : 59)});
}
B(max_record_age_8d)
{
    kinesis(c, &(ccdk_lambda_stream_event_source_props){.starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
                                                         .max_record_age = ccdk_duration_days(c->good ? 7 : 8)});
}
B(timestamp_missing)
{
    kinesis(c, &(ccdk_lambda_stream_event_source_props){.starting_position = CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP,
                                                         .starting_position_timestamp = c->good ? CCDK_NUM(5) : (ccdk_opt_num){0}});
}
B(timestamp_extra)
{
    kinesis(c, &(ccdk_lambda_stream_event_source_props){
        .starting_position = c->good ? CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP : CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .starting_position_timestamp = CCDK_NUM(5)});
}
B(stream_batching_window_301)
{
    kinesis(c, &(ccdk_lambda_stream_event_source_props){.starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
                                                         .max_batching_window = ccdk_duration_seconds(c->good ? 300 : 301)});
}
B(on_demand_with_shards)
{
    ccdk_kinesis_stream_new(c->s, "K", &(ccdk_kinesis_stream_props){
        .stream_mode = c->good ? CCDK_KINESIS_STREAM_MODE_PROVISIONED : CCDK_KINESIS_STREAM_MODE_ON_DEMAND, .shard_count = CCDK_NUM(2)});
}
B(retention_23h) { ccdk_kinesis_stream_new(c->s, "K", &(ccdk_kinesis_stream_props){.retention_period = ccdk_duration_hours(c->good ? 24 : 23)}); }
B(retention_366d) { ccdk_kinesis_stream_new(c->s, "K", &(ccdk_kinesis_stream_props){.retention_period = ccdk_duration_days(c->good ? 365 : 366)}); }
B(sns_six_attributes)
{
    ccdk_sns_subscription_filter *f = ccdk_sns_subscription_filter_exists(c->s);
    ccdk_sns_filter_entry e[] = {{"a", f}, {"b", f}, {"c", f}, {"d", f}, {"e", f}, {"g", f}};
    ccdk_sns_filter_policy policy = CCDK_LIST(e[0], e[1], e[2], e[3], e[4], e[5]);
    if (c->good)
        policy.count = 5;
    ccdk_lambda_function_add_event_source(c->fn, ccdk_lambda_sns_event_source(ccdk_sns_topic_new(c->s, "T", NULL),
        &(ccdk_lambda_sns_event_source_props){.filter_policy = policy}));
}
B(sns_combinations)
{
    /* 13 x 13 = 169 > 150; 12 x 12 = 144 */
    ccdk_sns_subscription_filter *f = ccdk_sns_subscription_filter_string(c->s, &(ccdk_sns_string_conditions){
        .allowlist = c->good ? CCDK_STRS("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l")
                             : CCDK_STRS("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m")});
    ccdk_lambda_function_add_event_source(c->fn, ccdk_lambda_sns_event_source(ccdk_sns_topic_new(c->s, "T", NULL),
        &(ccdk_lambda_sns_event_source_props){.filter_policy = CCDK_LIST(((ccdk_sns_filter_entry){"a", f}), ((ccdk_sns_filter_entry){"b", f}))}));
}
B(sns_body_combinations)
{
    /* nested at depth 2: (9 x 2) x (9 x 2) = 324 > 150; (6 x 2) x (6 x 2) = 144 */
    ccdk_sns_filter_or_policy *f = ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_string(c->s, &(ccdk_sns_string_conditions){
        .allowlist = c->good ? CCDK_STRS("a", "b", "c", "d", "e", "f") : CCDK_STRS("a", "b", "c", "d", "e", "f", "g", "h", "i")}));
    ccdk_sns_filter_or_policy *inner = ccdk_sns_filter_or_policy_policy(c->s, (ccdk_sns_filter_or_policy_map)CCDK_LIST(
        ((ccdk_sns_filter_or_policy_entry){"x", f}), ((ccdk_sns_filter_or_policy_entry){"y", f})));
    ccdk_lambda_function_add_event_source(c->fn, ccdk_lambda_sns_event_source(ccdk_sns_topic_new(c->s, "T", NULL),
        &(ccdk_lambda_sns_event_source_props){.filter_policy_with_message_body = CCDK_LIST(((ccdk_sns_filter_or_policy_entry){"a", inner}))}));
}
B(sns_same_topic_twice)
{
    ccdk_sns_topic *t = ccdk_sns_topic_new(c->s, "T", NULL);
    ccdk_lambda_function_add_event_source(c->fn, ccdk_lambda_sns_event_source(t, NULL));
    if (!c->good)
        ccdk_lambda_function_add_event_source(c->fn, ccdk_lambda_sns_event_source(t, NULL));
}
B(mapping_without_arn)
{
    ccdk_lambda_function_add_event_source_mapping(c->fn, "M", &(ccdk_lambda_event_source_mapping_options){
        .event_source_arn = c->good ? "arn:aws:sqs:us-east-1:123456789012:q" : NULL});
}
B(mapping_without_target)
{
    ccdk_lambda_event_source_mapping_new(c->s, "M", &(ccdk_lambda_event_source_mapping_props){
        .target = c->good ? (void *)c->fn : NULL, .options = {.event_source_arn = "arn:aws:sqs:us-east-1:123456789012:q"}});
}
static ccdk_lambda_provisioned_poller_config poller(int min, int max)
{
    ccdk_lambda_provisioned_poller_config c = {0};
    if (min >= 0)
        c.minimum_pollers = CCDK_NUM(min);
    if (max >= 0)
        c.maximum_pollers = CCDK_NUM(max);
    return c;
}
static void sqs_with_pollers(ctx *c, ccdk_lambda_provisioned_poller_config p, ccdk_opt_num max_concurrency)
{
    ccdk_lambda_function_add_event_source(c->fn, ccdk_lambda_sqs_event_source(queue(c, NULL), &(ccdk_lambda_sqs_event_source_props){
        .provisioned_poller_config = &p, .max_concurrency = max_concurrency}));
}
B(sqs_pollers_and_max_concurrency) { sqs_with_pollers(c, poller(2, -1), c->good ? (ccdk_opt_num){0} : CCDK_NUM(5)); }
B(sqs_pollers_min_1) { sqs_with_pollers(c, poller(c->good ? 2 : 1, -1), (ccdk_opt_num){0}); }
B(sqs_pollers_max_2001) { sqs_with_pollers(c, poller(-1, c->good ? 2000 : 2001), (ccdk_opt_num){0}); }
B(sqs_pollers_min_over_max) { sqs_with_pollers(c, poller(c->good ? 5 : 10, 5), (ccdk_opt_num){0}); }
B(stream_pollers_min_0)
{
    kinesis(c, &(ccdk_lambda_stream_event_source_props){.starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
                                                         .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
                                                             .minimum_pollers = CCDK_NUM(c->good ? 1 : 0)}});
}
B(stream_pollers_max_2001)
{
    kinesis(c, &(ccdk_lambda_stream_event_source_props){.starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
                                                         .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
                                                             .maximum_pollers = CCDK_NUM(c->good ? 2000 : 2001)}});
}
B(stream_pollers_min_over_max)
{
    ccdk_lambda_dynamo_event_source(table(c, CCDK_DYNAMODB_STREAM_NEW_IMAGE), &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
            .minimum_pollers = CCDK_NUM(c->good ? 4 : 5), .maximum_pollers = CCDK_NUM(4)}});
}
static void mapping_with_pollers(ctx *c, ccdk_lambda_provisioned_poller_config p)
{
    ccdk_lambda_function_add_event_source_mapping(c->fn, "M", &(ccdk_lambda_event_source_mapping_options){
        .event_source_arn = "arn:aws:sqs:us-east-1:1:q", .provisioned_poller_config = &p});
}
B(mapping_pollers_min_201) { mapping_with_pollers(c, poller(c->good ? 200 : 201, -1)); }
B(mapping_pollers_max_0) { mapping_with_pollers(c, poller(-1, c->good ? 1 : 0)); }
B(mapping_pollers_min_over_max) { mapping_with_pollers(c, poller(c->good ? 2 : 3, 2)); }
/* a self-managed Kafka mapping on the function (the consumer group given as is) */
static void kafka_mapping(ctx *c, const char *arn, ccdk_strs servers, const char *group)
{
    ccdk_lambda_function_add_event_source_mapping(c->fn, "M", &(ccdk_lambda_event_source_mapping_options){
        .event_source_arn = arn, .kafka_bootstrap_servers = servers, .kafka_topic = "t", .kafka_consumer_group_id = group,
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST});
}
/* a consumer group of n times unit */
static const char *repeat(ctx *c, const char *unit, int n)
{
    const char *r = "";
    for (int i = 0; i < n; i++)
        r = ccdk_fmt(c->s, "%s%s", r, unit);
    return r;
}
B(mapping_arn_and_servers) { kafka_mapping(c, c->good ? NULL : "arn:aws:kafka:us-east-1:1:cluster/c/x", CCDK_STRS("b:9092"), NULL); }
B(mapping_servers_empty) { kafka_mapping(c, NULL, c->good ? CCDK_STRS("b:9092") : (ccdk_strs)CCDK_EMPTY_LIST, NULL); }
B(mapping_group_id_201) { kafka_mapping(c, NULL, CCDK_STRS("b:9092"), repeat(c, "g", c->good ? 200 : 201)); }
/* JavaScript's length counts UTF-16 units: 101 astral characters are 202, too long (not a bad
 * character, which is checked second) */
B(mapping_group_id_astral) { kafka_mapping(c, NULL, CCDK_STRS("b:9092"), c->good ? "a" : repeat(c, "\xF0\x9F\x98\x80", 101)); }
B(mapping_group_id_space) { kafka_mapping(c, "arn:aws:kafka:us-east-1:1:cluster/c/x", (ccdk_strs){0}, c->good ? "a-b/c*d:e_f+g=h.i@j" : "a b"); }
B(mapping_group_id_newline_end) { kafka_mapping(c, "arn:aws:kafka:us-east-1:1:cluster/c/x", (ccdk_strs){0}, c->good ? "ab" : "ab\n"); }
B(mapping_group_id_token_unchecked)
{
    /* a token is not checked; the bad twin is the same id resolved */
    const char *g = c->good ? ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(c->s, "P", NULL)) : "a b";
    kafka_mapping(c, "arn:aws:kafka:us-east-1:1:cluster/c/x", (ccdk_strs){0}, g);
}
/* a ManagedKafkaEventSource bound to F */
static void msk(ctx *c, ccdk_lambda_managed_kafka_event_source_props p)
{
    p.cluster_arn = "arn:aws:kafka:us-east-1:1:cluster/c/x";
    p.topic = "t";
    if (!p.starting_position)
        p.starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST;
    ccdk_lambda_function_add_event_source(c->fn, ccdk_lambda_managed_kafka_event_source(c->s, &p));
}
B(kafka_metrics_empty)
{
    msk(c, (ccdk_lambda_managed_kafka_event_source_props){
        .metrics_config = {c->good ? (ccdk_lambda_metric_type_list)CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_KAFKA_METRICS)
                                   : (ccdk_lambda_metric_type_list)CCDK_EMPTY_LIST}});
}
B(kafka_pollers_min_0)
{
    ccdk_lambda_provisioned_poller_config p = poller(c->good ? 1 : 0, -1);
    msk(c, (ccdk_lambda_managed_kafka_event_source_props){.provisioned_poller_config = &p});
}
B(kafka_timestamp_missing)
{
    msk(c, (ccdk_lambda_managed_kafka_event_source_props){.starting_position = CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP,
                                                          .starting_position_timestamp = c->good ? CCDK_NUM(1700000000) : (ccdk_opt_num){0}});
}
B(kafka_unbound)
{
    ccdk_lambda_event_source *k = ccdk_lambda_managed_kafka_event_source(c->s, &(ccdk_lambda_managed_kafka_event_source_props){
        .cluster_arn = "arn:aws:kafka:us-east-1:1:cluster/c/x", .topic = "t", .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST});
    if (c->good)
        ccdk_lambda_function_add_event_source(c->fn, k);
    ccdk_lambda_event_source_mapping_id_of(k);
}
/* Kafka takes an S3 on-failure destination (supportS3OnFailureDestination); the bad twin a bad consumer group */
B(kafka_s3_on_failure_and_group)
{
    msk(c, (ccdk_lambda_managed_kafka_event_source_props){
        .on_failure = ccdk_lambda_s3_on_failure_destination(ccdk_s3_bucket_new(c->s, "B", NULL)),
        .consumer_group_id = c->good ? "g" : "g!"});
}
B(cron_day_and_week_day)
{
    ccdk_autoscaling_schedule_cron(c->s, &(ccdk_autoscaling_cron_options){.day = c->good ? NULL : "1", .week_day = "MON"});
}

static const struct {
    const char *what;
    build_fn build;
    const char *message, *path;
} cases[] = {
    CASE(sqs_batch_size_11, "Maximum batch size must be between 1 and 10 inclusive (given 11) when batching window is not specified.", "S/Q"),
    CASE(sqs_batch_size_0, "Maximum batch size must be between 1 and 10 inclusive (given 0) when batching window is not specified.", "S/Q"),
    CASE(sqs_batch_size_with_window, "Maximum batch size must be between 1 and 10000 inclusive (given 10001) when batching window is specified.", "S/Q"),
    CASE(sqs_window_301, "Maximum batching window must be 300 seconds or less (given 5 minutes 1 second)", "S/Q"),
    CASE(sqs_fifo_window, "Batching window is not supported for FIFO queues", "S/Q"),
    CASE(sqs_max_concurrency_1, "maxConcurrency must be between 2 and 1000 concurrent instances", "S/F/SqsEventSource:SQ837093D3"),
    CASE(sqs_max_concurrency_1001, "maxConcurrency must be between 2 and 1000 concurrent instances", "S/F/SqsEventSource:SQ837093D3"),
    CASE(fifo_name, "FIFO queue names must end in '.fifo'", "S/Q"),
    CASE(non_fifo_name, "Non-FIFO queue name may not end in '.fifo'", "S/Q"),
    CASE(content_based_dedup_standard, "Content-based deduplication can only be defined for FIFO queues", "S/Q"),
    CASE(imported_fifo_without_suffix, "FIFO queue names must end in '.fifo'", "S/I"),
    CASE(imported_standard_with_suffix, "Non-FIFO queue name may not end in '.fifo'", "S/I"),
    CASE(imported_fifo_batching_window, "Batching window is not supported for FIFO queues", "S/I"),
    /* no construct path: the error line starts with the message */
    CASE(imported_not_an_arn, "ARNs must start with \"arn:\" and have at least 6 components: not-an-arn", "ARNs must"),
    CASE(table_import_arn_and_name, "Only one of tableArn or tableName can be provided", "S: "),
    CASE(table_import_neither, "One of tableName or tableArn is required!", "S: "),
    CASE(table_import_arn_without_name, "ARN for DynamoDB table must be in the form: ...", "S: "),
    CASE(stream_import_not_an_arn, "ARNs must start with \"arn:\" and have at least 6 components: nope", "ARNs must"),
    CASE(topic_import_not_an_arn, "ARNs must start with \"arn:\" and have at least 6 components: topic", "ARNs must"),
    CASE(queue_retention_30s, "Queue2 initialization failed due to the following validation error(s):\n"
                              "- message retention period must be between 60 and 1,209,600 seconds, but 30 was provided", "S/Q: "),
    CASE(queue_visibility_13h, "Queue2 initialization failed due to the following validation error(s):\n"
                               "- visibility timeout must be between 0 and 43,200 seconds, but 46800 was provided", "S/Q: "),
    CASE(queue_delivery_delay_901, "Queue2 initialization failed due to the following validation error(s):\n"
        "- delivery delay must be between 0 and 900 seconds, but 901 was provided", "S/Q: "),
    CASE(queue_max_message_size_1023, "Queue2 initialization failed due to the following validation error(s):\n"
        "- maximum message size must be between 1,024 and 1,048,576 bytes, but 1023 was provided", "S/Q: "),
    CASE(queue_max_message_size_token, "Queue2 initialization failed due to the following validation error(s):\n"
        "- maximum message size must be between 1,024 and 1,048,576 bytes, but 1048577 was provided", "S/Q: "),
    CASE(queue_receive_wait_21s, "Queue2 initialization failed due to the following validation error(s):\n"
        "- receive wait time must be between 0 and 20 seconds, but 21 was provided", "S/Q: "),
    CASE(queue_max_receive_count_0, "Queue2 initialization failed due to the following validation error(s):\n"
        "- dead letter target maximum receive count must be 1 or more, but 0 was provided", "S/Q: "),
    CASE(queue_max_receive_count_token, "Queue2 initialization failed due to the following validation error(s):\n"
        "- dead letter target maximum receive count must be 1 or more, but -1 was provided", "S/Q: "),
    CASE(queue_dlq_without_queue, "deadLetterQueue.queue is required", "S/Q: "),
    CASE(redrive_by_queue_empty, "Queue2 initialization failed due to the following validation error(s):\n"
        "- At least one source queue must be specified when RedrivePermission is set to 'byQueue'", "S/Q: "),
    CASE(redrive_11_sources, "Queue2 initialization failed due to the following validation error(s):\n"
        "- Up to 10 sourceQueues can be specified. Set RedrivePermission to 'allowAll' to specify more", "S/Q: "),
    CASE(redrive_allow_all_empty_sources, "Queue2 initialization failed due to the following validation error(s):\n"
        "- sourceQueues cannot be configured when RedrivePermission is set to 'allowAll' or 'denyAll'", "S/Q: "),
    CASE(redrive_null_source, "redriveAllowPolicy.sourceQueues[1] is NULL", "S/Q: "),
    CASE(dedup_scope_standard, "Deduplication scope can only be defined for FIFO queues", "S/Q: "),
    CASE(throughput_limit_standard, "FIFO throughput limit can only be defined for FIFO queues", "S/Q: "),
    CASE(dedup_scope_unknown, "deduplicationScope: 7 is not a valid ccdk_sqs_deduplication_scope", "S/Q: "),
    CASE(throughput_limit_name, "FIFO queue names must end in '.fifo'", "S/Q: "),
    CASE(stream_key_unencrypted, "encryptionKey is specified, so 'encryption' must be set to KMS (value: NONE)", "S/K: "),
    CASE(stream_key_managed, "encryptionKey is specified, so 'encryption' must be set to KMS (value: MANAGED)", "S/K: "),
    CASE(filter_encryption_without_filters, "filter criteria must be provided to enable setting filter criteria encryption",
         "S/F/SqsEventSource:SQ837093D3: "),
    CASE(dynamo_batch_size, "Maximum batch size must be between 1 and 10000 inclusive (given 10001)", "S/T"),
    CASE(dynamo_no_stream, "DynamoDB Streams must be enabled on the table S/T", "S/T"),
    CASE(dynamo_unbound, "DynamoEventSource is not yet bound to an event source mapping", "S/T"),
    CASE(table_no_partition_key, "partitionKey is required for Table", "S/T"),
    CASE(table_pay_per_request_capacity, "you cannot provision read and write capacity for a table with PAY_PER_REQUEST billing mode", "S/T"),
    CASE(table_key_type_conflict, "Unable to specify id as N because it was already defined as S", "S/T"),
    CASE(table_v2_key_type_conflict, "Unable to specify id as N because it was already defined as S", "S/T"),
    CASE(kinesis_batch_size, "Maximum batch size must be between 1 and 10000 inclusive (given 10001)", NULL),
    CASE(kinesis_unbound, "KinesisEventSource is not yet bound to an event source mapping", NULL),
    CASE(kinesis_consumer_unbound, "KinesisConsumerEventSource is not yet bound to an event source mapping", NULL),
    CASE(kinesis_consumer_batch_size_0, "Maximum batch size must be between 1 and 10000 inclusive (given 0)", NULL),
    CASE(tumbling_window_901, "tumblingWindow cannot be over 900 seconds, got 901", "S/F/KinesisEventSource:SKFA7B1114"),
    CASE(parallelization_factor_11, "parallelizationFactor must be between 1 and 10 inclusive, got 11", "S/F/KinesisEventSource:SKFA7B1114"),
    CASE(retry_attempts_10001, "retryAttempts must be -1 (for infinite) or between 0 and 10000 inclusive, got 10001", "S/F/KinesisEventSource:SKFA7B1114"),
    CASE(max_record_age_59s, "maxRecordAge must be between 60 seconds and 7 days inclusive", "S/F/KinesisEventSource:SKFA7B1114"),
    CASE(max_record_age_8d, "maxRecordAge must be between 60 seconds and 7 days inclusive", "S/F/KinesisEventSource:SKFA7B1114"),
    CASE(timestamp_missing, "startingPositionTimestamp must be provided when startingPosition is AT_TIMESTAMP", "S/F/KinesisEventSource:SKFA7B1114"),
    CASE(timestamp_extra, "startingPositionTimestamp can only be used when startingPosition is AT_TIMESTAMP", "S/F/KinesisEventSource:SKFA7B1114"),
    CASE(stream_batching_window_301, "maxBatchingWindow cannot be over 300 seconds, got 301", "S/F/KinesisEventSource:SKFA7B1114"),
    CASE(on_demand_with_shards, "streamMode must be set to PROVISIONED (default) when specifying shardCount", "S/K"),
    CASE(retention_23h, "retentionPeriod must be between 24 and 8760 hours. Received 23", "S/K"),
    CASE(retention_366d, "retentionPeriod must be between 24 and 8760 hours. Received 8784", "S/K"),
    CASE(sns_six_attributes, "A filter policy can have a maximum of 5 attribute names.", "S/F/T"),
    CASE(sns_combinations, "The total combination of values (169) must not exceed 150.", "S/F/T"),
    CASE(sns_body_combinations, "The total combination of values (324) must not exceed 150.", "S/F/T"),
    CASE(sns_same_topic_twice, "There is already a Construct with name 'AllowInvoke:STE7DEDF33' in Function2 [F]", NULL),
    CASE(mapping_without_arn, "Either eventSourceArn or kafkaBootstrapServers must be set", "S/F/M"),
    CASE(mapping_without_target, "target is required", "S/M"),
    CASE(sqs_pollers_and_max_concurrency, "provisionedPollerConfig and maxConcurrency are mutually exclusive \u2014 specify only one", "S/Q"),
    CASE(sqs_pollers_min_1, "Minimum provisioned pollers for SQS must be between 2 and 200 inclusive, got: 1", "S/Q"),
    CASE(sqs_pollers_max_2001, "Maximum provisioned pollers for SQS must be between 2 and 2000 inclusive, got: 2001", "S/Q"),
    CASE(sqs_pollers_min_over_max, "Minimum provisioned pollers must be less than or equal to maximum provisioned pollers, got: min=10, max=5", "S/Q"),
    CASE(stream_pollers_min_0, "Minimum provisioned pollers must be between 1 and 200 inclusive", NULL),
    CASE(stream_pollers_max_2001, "Maximum provisioned pollers must be between 1 and 2000 inclusive", NULL),
    CASE(stream_pollers_min_over_max, "Minimum provisioned pollers must be less than or equal to maximum provisioned pollers", NULL),
    CASE(mapping_pollers_min_201, "Minimum provisioned pollers must be between 1 and 200 inclusive", "S/F/M"),
    CASE(mapping_pollers_max_0, "Maximum provisioned pollers must be between 1 and 2000 inclusive", "S/F/M"),
    CASE(mapping_pollers_min_over_max, "Minimum provisioned pollers must be less than or equal to maximum provisioned pollers", "S/F/M"),
    CASE(mapping_arn_and_servers, "eventSourceArn and kafkaBootstrapServers are mutually exclusive", "S/F/M"),
    CASE(mapping_servers_empty, "kafkaBootStrapServers must not be empty if set", "S/F/M"),
    CASE(mapping_group_id_201, "kafkaConsumerGroupId must be a valid string between 1 and 200 characters", "S/F/M"),
    CASE(mapping_group_id_astral, "kafkaConsumerGroupId must be a valid string between 1 and 200 characters", "S/F/M"),
    CASE(mapping_group_id_space, "kafkaConsumerGroupId contains invalid characters. Allowed values are \"[a-zA-Z0-9-/*:_+=.@-]\"", "S/F/M"),
    CASE(mapping_group_id_newline_end, "kafkaConsumerGroupId contains invalid characters. Allowed values are \"[a-zA-Z0-9-/*:_+=.@-]\"", "S/F/M"),
    CASE(mapping_group_id_token_unchecked, "kafkaConsumerGroupId contains invalid characters", "S/F/M"),
    CASE(kafka_metrics_empty, "MetricsConfig must contain at least one metric type. Specify one or more metrics from lambda.MetricType (EVENT_COUNT, ERROR_COUNT, KAFKA_METRICS)", NULL),
    CASE(kafka_pollers_min_0, "Minimum provisioned pollers must be between 1 and 200 inclusive", NULL),
    CASE(kafka_timestamp_missing, "startingPositionTimestamp must be provided when startingPosition is AT_TIMESTAMP", "S/F/KafkaEventSource:SF"),
    CASE(kafka_unbound, "KafkaEventSource is not yet bound to an event source mapping", NULL),
    CASE(kafka_s3_on_failure_and_group, "kafkaConsumerGroupId contains invalid characters", "S/F/KafkaEventSource:SF"),
    CASE(cron_day_and_week_day, "Cannot supply both 'day' and 'weekDay', use at most one", NULL),
};

TEST(event_source_validations)
{
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        run(cases[i].build, 0, cases[i].message, cases[i].path, cases[i].what);
        run(cases[i].build, 1, NULL, NULL, cases[i].what);
    }
}

/* table.addToResourcePolicy: NULL arguments and an import add nothing (0, no error); a Table and a
 * TableV2 take the statement (1), their first one making the document */
TEST(dynamodb_add_to_resource_policy_edges)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_policy_statement *st = ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("dynamodb:GetItem"), .resources = CCDK_STRS("*"), .principals = CCDK_LIST(ccdk_iam_any_principal(s))});
    ccdk_dynamodb_table *v1 = ccdk_dynamodb_table_new(s, "T1", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING}});
    ccdk_dynamodb_table *v2 = ccdk_dynamodb_table_v2_new(s, "T2", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING}});
    ccdk_dynamodb_table *imported = ccdk_dynamodb_table_from_table_name(s, "I", "orders");
    CHECK_INT_EQ(ccdk_dynamodb_table_add_to_resource_policy(NULL, st), 0);
    CHECK_INT_EQ(ccdk_dynamodb_table_add_to_resource_policy(v2, NULL), 0);
    CHECK_INT_EQ(ccdk_dynamodb_table_add_to_resource_policy(imported, st), 0);
    CHECK_INT_EQ(ccdk_dynamodb_table_add_to_resource_policy(v1, st), 1);
    CHECK_INT_EQ(ccdk_dynamodb_table_add_to_resource_policy(v2, st), 1);
    CHECK_INT_EQ(ccdk_dynamodb_table_add_to_resource_policy(v2, st), 1);
    /* a grant to an account of a TableV2 goes through its resource policy: no error now */
    CHECK_INT_EQ(ccdk_dynamodb_table_grant_read_data(v2, ccdk_iam_account_principal(s, "111111111111")), 1);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

/* autoscaling.Schedule.cron without a minute warns under aws-autoscaling's id, not
 * aws-applicationautoscaling's (aws-cdk-lib: "[ack: @aws-cdk/aws-autoscaling:scheduleDefaultRunsEveryMinute]"
 * on /S/F/Aliasprod/AliasScaling/Target; ccdk_app_warning gives the message without the path); with
 * a minute, no warning. */
TEST(autoscaling_cron_default_minute_warning)
{
    for (int with_minute = 0; with_minute < 2; with_minute++) {
        char dir[] = "/tmp/ccdk-evsrc-XXXXXX";
        if (!mkdtemp(dir))
            abort();
        char out[64];
        snprintf(out, sizeof out, "%s/out", dir);
        ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
        ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(s, "F", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "i.h", .code = ccdk_lambda_code_from_inline(s, "x")});
        ccdk_lambda_scalable_attribute *as = ccdk_lambda_alias_add_auto_scaling(
            ccdk_lambda_function_add_alias(fn, "prod", NULL), &(ccdk_lambda_auto_scaling_options){.max_capacity = CCDK_NUM(5)});
        ccdk_lambda_scalable_attribute_scale_on_schedule(as, "A", &(ccdk_lambda_scaling_schedule){
            .schedule = ccdk_autoscaling_schedule_cron(s, &(ccdk_autoscaling_cron_options){
                .hour = "8", .minute = with_minute ? "0" : NULL}),
            .min_capacity = CCDK_NUM(1),
        });
        CHECK(ccdk_app_synth(app) == 0);
        int found = 0;
        for (size_t i = 0; i < ccdk_app_warning_count(app); i++) {
            const char *w = ccdk_app_warning(app, i);
            if (strstr(w, "cron: If you don't pass 'minute'")) {
                found = 1;
                CHECK(strstr(w, "[ack: @aws-cdk/aws-autoscaling:scheduleDefaultRunsEveryMinute]") != NULL);
                if (!strstr(w, "@aws-cdk/aws-autoscaling:"))
                    fprintf(stderr, "      warning: %s\n", w);
            }
        }
        CHECK(found == !with_minute);
        ccdk_app_free(app);
        char cmd[128];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
        if (system(cmd) != 0)
            fprintf(stderr, "could not remove %s\n", dir);
    }
}

/* Never NULL: a NULL source, destination or owner is an error on the process-wide list (which every
 * synth reports), and the call still returns something usable; a bad scope likewise. The
 * parentheses call the functions themselves, past the checked-handle macros that reject NULL. */
TEST(bad_handles_are_process_errors)
{
    static const struct { const char *func; } expect[] = {
        {"ccdk_lambda_sns_event_source: the topic is NULL"},
        {"ccdk_lambda_dynamo_event_source: the table is NULL"},
        {"ccdk_lambda_kinesis_event_source: the stream is NULL"},
        {"ccdk_lambda_kinesis_consumer_event_source: the consumer is NULL"},
        {"ccdk_lambda_sqs_dlq: the queue is NULL"},
        {"ccdk_lambda_sns_dlq: the topic is NULL"},
        {"ccdk_lambda_s3_on_failure_destination: the bucket is NULL"},
        {"ccdk_lambda_filter_rule_exists: the owner is NULL"},
        {"ccdk_sns_subscription_filter_exists: the owner is NULL"},
        {"ccdk_dynamodb_table_new: the scope is NULL"},
        {"ccdk_kinesis_stream_new: the scope is NULL"},
        {"ccdk_sns_subscription_new: the scope is NULL"},
        {"ccdk_lambda_event_source_mapping_new: the scope is NULL"},
        {"ccdk_lambda_event_source_mapping_from_event_source_mapping_id: the scope is NULL"},
        {"ccdk_lambda_s3_event_source_v2: the bucket is NULL"},
        {"ccdk_lambda_filter_rule_is_equal_bool: the owner is NULL"},
    };
    ccdk__process_errors_clear();
    CHECK(ccdk_lambda_sns_event_source(NULL, NULL) != NULL);
    CHECK(ccdk_lambda_dynamo_event_source(NULL, NULL) != NULL);
    CHECK(ccdk_lambda_kinesis_event_source(NULL, NULL) != NULL);
    CHECK(ccdk_lambda_kinesis_consumer_event_source(NULL, NULL) != NULL);
    CHECK(ccdk_lambda_sqs_dlq(NULL) != NULL);
    CHECK(ccdk_lambda_sns_dlq(NULL) != NULL);
    CHECK(ccdk_lambda_s3_on_failure_destination(NULL) != NULL);
    CHECK((ccdk_lambda_filter_rule_exists)(NULL) != NULL);
    CHECK((ccdk_sns_subscription_filter_exists)(NULL) != NULL);
    CHECK((ccdk_dynamodb_table_new)(NULL, "T", NULL) != NULL);
    CHECK((ccdk_kinesis_stream_new)(NULL, "K", NULL) != NULL);
    CHECK((ccdk_sns_subscription_new)(NULL, "S", NULL) != NULL);
    CHECK((ccdk_lambda_event_source_mapping_new)(NULL, "M", NULL) != NULL);
    CHECK((ccdk_lambda_event_source_mapping_from_event_source_mapping_id)(NULL, "I", "id") != NULL);
    CHECK(ccdk_lambda_s3_event_source_v2(NULL, NULL) != NULL);
    CHECK((ccdk_lambda_filter_rule_is_equal_bool)(NULL, CCDK_TRUE) != NULL);
    size_t n = sizeof expect / sizeof expect[0];
    CHECK(ccdk_process_error_count() >= n);
    for (size_t i = 0; i < n; i++) {
        int found = 0;
        for (size_t j = 0; j < ccdk_process_error_count() && !found; j++)
            found = strstr(ccdk_process_error(j), expect[i].func) != NULL;
        CHECK_MSG(found, "no process-wide error holds \"%s\"", expect[i].func);
    }
    /* and an App that did nothing wrong fails at synth */
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "/tmp/ccdk-evsrc-never-written", .quiet = 1});
    ccdk_stack_new(app, "S", NULL);
    CHECK(ccdk_app_synth(app) != 0);
    ccdk_app_free(app);
    ccdk__process_errors_clear();
}

/* Strings given to a source are the App's copies: a name in a buffer the caller reuses before the
 * source is bound still comes out as it was given. */
TEST(source_strings_are_copied)
{
    char dir[] = "/tmp/ccdk-evsrc-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    char out[64];
    snprintf(out, sizeof out, "%s/out", dir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(s, "F", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "i.h", .code = ccdk_lambda_code_from_inline(s, "x")});
    char name[16], group[16];
    strcpy(name, "colour");
    strcpy(group, "group-a");
    ccdk_lambda_event_source *sns = ccdk_lambda_sns_event_source(ccdk_sns_topic_new(s, "T", NULL), &(ccdk_lambda_sns_event_source_props){
        .filter_policy = CCDK_LIST(((ccdk_sns_filter_entry){name, ccdk_sns_subscription_filter_exists(s)}))});
    ccdk_lambda_event_source *sqs = ccdk_lambda_sqs_event_source(ccdk_sqs_queue_new(s, "Q", NULL), &(ccdk_lambda_sqs_event_source_props){
        .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){.poller_group_name = group}});
    strcpy(name, "XXXXXX");
    strcpy(group, "YYYYYYY");
    ccdk_lambda_function_add_event_source(fn, sns);
    ccdk_lambda_function_add_event_source(fn, sqs);
    CHECK(ccdk_app_synth(app) == 0);
    const char *t = ccdk_stack_template_json(s);
    CHECK(t && strstr(t, "\"colour\"") && strstr(t, "\"group-a\"") && !strstr(t, "XXXXXX") && !strstr(t, "YYYYYYY"));
    ccdk_app_free(app);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
}

/* queue.deadLetterQueue: the prop as given, in the App's copy (a props struct on the stack and a
 * token in a reused buffer do not change it); NULL without one, for an import and for NULL. */
TEST(queue_dead_letter_queue_getter)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(s, "D", NULL);
    ccdk_cfn_parameter *p = ccdk_cfn_parameter_new(s, "P", &(ccdk_cfn_parameter_props){.type = "Number"});
    char token[128];
    snprintf(token, sizeof token, "%s", ccdk_cfn_parameter_value_as_string(p));
    ccdk_sqs_dead_letter_queue given = {.queue = dlq, .max_receive_count = CCDK_NUM(4)};
    ccdk_sqs_queue *q = ccdk_sqs_queue_new(s, "Q", &(ccdk_sqs_queue_props){.dead_letter_queue = &given});
    given = (ccdk_sqs_dead_letter_queue){.queue = NULL, .max_receive_count = CCDK_NUM(9)};
    ccdk_sqs_queue *t = ccdk_sqs_queue_new(s, "T", &(ccdk_sqs_queue_props){
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dlq, .max_receive_count = CCDK_NUM_TOKEN(token)}});
    char saved[128];
    strcpy(saved, token);
    memset(token, 'x', sizeof token - 1);
    const ccdk_sqs_dead_letter_queue *d = ccdk_sqs_queue_dead_letter_queue(q);
    CHECK(d && d->queue == dlq && d->max_receive_count.set && d->max_receive_count.value == 4 && !d->max_receive_count.token);
    d = ccdk_sqs_queue_dead_letter_queue(t);
    CHECK(d && d->max_receive_count.token && !strcmp(d->max_receive_count.token, saved));
    CHECK(ccdk_sqs_queue_dead_letter_queue(dlq) == NULL);
    CHECK(ccdk_sqs_queue_dead_letter_queue(ccdk_sqs_queue_from_queue_arn(s, "I", "arn:aws:sqs:us-east-1:1:q")) == NULL);
    CHECK(ccdk_sqs_queue_dead_letter_queue(NULL) == NULL);
    CHECK(ccdk_app_error_count(app) == 0);
    ccdk_app_free(app);
}

/* EventSourceMapping.fromEventSourceMappingId: the id as given, the ARN formatted in the scope's
 * stack, no resource; a NULL id is an error on the import. FilterRule.isEqual(boolean): [true],
 * [false], and [null] for CCDK_UNSET (isEqual(undefined)). */
TEST(imported_mapping_and_boolean_rule)
{
    char dir[] = "/tmp/ccdk-evsrc-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    char out[64];
    snprintf(out, sizeof out, "%s/out", dir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = out});
    ccdk_stack *s = ccdk_stack_new(app, "S", &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"});
    char id[16];
    strcpy(id, "abc-123");
    ccdk_lambda_event_source_mapping *m = ccdk_lambda_event_source_mapping_from_event_source_mapping_id(s, "I", id);
    strcpy(id, "XXXXXXX");
    CHECK(!strcmp(ccdk_lambda_event_source_mapping_id(m), "abc-123"));
    const char *arn = ccdk_lambda_event_source_mapping_arn(m);
    CHECK_MSG(strstr(arn, ":lambda:eu-west-1:111111111111:event-source-mapping:abc-123") != NULL, "arn %s", arn);
    CHECK(ccdk_lambda_event_source_mapping_resource(m) == NULL);
    CHECK(ccdk_lambda_event_source_mapping_id(NULL) == NULL && ccdk_lambda_event_source_mapping_arn(NULL) == NULL);
    ccdk_value *v = ccdk_v_object(s);
    ccdk_v_set(v, "t", ccdk_lambda_filter_rule_is_equal_bool(s, CCDK_TRUE));
    ccdk_v_set(v, "f", ccdk_lambda_filter_rule_is_equal_bool(s, CCDK_FALSE));
    ccdk_v_set(v, "u", ccdk_lambda_filter_rule_is_equal_bool(s, CCDK_UNSET));
    ccdk_lambda_function *fn = ccdk_lambda_function_new(s, "F", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "i.h", .code = ccdk_lambda_code_from_inline(s, "x")});
    ccdk_lambda_function_add_event_source_mapping(fn, "M", &(ccdk_lambda_event_source_mapping_options){
        .event_source_arn = "arn:aws:sqs:us-east-1:123456789012:q", .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(s, v))});
    CHECK(ccdk_app_synth(app) == 0);
    const char *t = ccdk_stack_template_json(s);
    CHECK_MSG(t && strstr(t, "\"{\\\"t\\\":[true],\\\"f\\\":[false],\\\"u\\\":[null]}\""), "template %s", t ? t : "(none)");
    ccdk_app_free(app);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);

    app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = "/tmp/ccdk-evsrc-never-written"});
    s = ccdk_stack_new(app, "S", NULL);
    m = ccdk_lambda_event_source_mapping_from_event_source_mapping_id(s, "Bad", NULL);
    CHECK(ccdk_lambda_event_source_mapping_id(m) != NULL && ccdk_lambda_event_source_mapping_arn(m) != NULL);
    CHECK(ccdk_app_error_count(app) == 1 && !strncmp(ccdk_app_error(app, 0), "S/Bad", 5));
    ccdk_app_free(app);
}

/* 'addEventSource calls bind': a source of the user's gets the very handle it was added to */
static void *bound_target;
static int bind_calls;
static void record_target(void *target, void *data)
{
    (void)data;
    bound_target = target;
    bind_calls++;
}

static ccdk_lambda_destination_type seen_types[4];
static int nseen;
static const char *record_type(ccdk_construct *scope, void *fn, ccdk_lambda_destination_type type, void *data)
{
    (void)scope;
    if (nseen < 4)
        seen_types[nseen++] = type;
    return fn == data ? "arn:aws:sqs:us-east-1:123456789012:ok" : NULL;
}

TEST(user_event_source_and_destination)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "/tmp/ccdk-evsrc-user", .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(s, "F", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X, .handler = "index.handler", .code = ccdk_lambda_code_from_inline(s, "x")});
    ccdk_lambda_event_source *src = ccdk_lambda_event_source_new(s, record_target, NULL);
    CHECK(src != NULL);
    CHECK_INT_EQ(bind_calls, 0);
    ccdk_lambda_function_add_event_source(fn, src);
    CHECK_INT_EQ(bind_calls, 1);
    CHECK(bound_target == (void *)fn);
    CHECK(ccdk_lambda_event_source_mapping_id_of(src) == NULL); /* it made no mapping of its own */
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    CHECK(ccdk_lambda_event_source_new(s, NULL, NULL) == NULL);
    CHECK(ccdk_lambda_destination_new(s, NULL, NULL) == NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 2);
    ccdk_app_free(app);

    app = ccdk_app_new(&(ccdk_app_props){.outdir = "/tmp/ccdk-evsrc-user", .quiet = 1});
    s = ccdk_stack_new(app, "S", NULL);
    fn = ccdk_lambda_function_new(s, "F", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X, .handler = "index.handler", .code = ccdk_lambda_code_from_inline(s, "x")});
    nseen = 0;
    ccdk_lambda_function_configure_async_invoke(fn, &(ccdk_lambda_event_invoke_config_options){
        .on_success = ccdk_lambda_destination_new(s, record_type, fn),
        .on_failure = ccdk_lambda_destination_new(s, record_type, fn),
    });
    CHECK_INT_EQ(nseen, 2);
    /* aws-cdk-lib binds onFailure first */
    CHECK_INT_EQ(seen_types[0], CCDK_LAMBDA_DESTINATION_ON_FAILURE);
    CHECK_INT_EQ(seen_types[1], CCDK_LAMBDA_DESTINATION_ON_SUCCESS);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

int main(void)
{
    RUN(event_source_validations);
    RUN(user_event_source_and_destination);
    RUN(autoscaling_cron_default_minute_warning);
    RUN(bad_handles_are_process_errors);
    RUN(source_strings_are_copied);
    RUN(queue_dead_letter_queue_getter);
    RUN(imported_mapping_and_boolean_rule);
    RUN(dynamodb_add_to_resource_policy_edges);
    return TEST_DONE();
}
