/* aws-cdk's dynamo.test.ts (aws-lambda-event-sources), its tests taken to the edges of what they
 * check, a stack per test (see app.js). */
#include <ccdk/dynamodb.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

static ccdk_app *app;

/* aws-cdk's test/test-function.ts */
static ccdk_lambda_function *test_function(ccdk_stack *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(scope, "exports.handler = async function handler(event) { return { event }; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
}

#define PARTITION_KEY {.name = "id", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING}

/* each test: a stack with a function 'Fn' and a table 'T' with a stream (NEW_IMAGE unless given) */
typedef struct {
    ccdk_stack *stack;
    ccdk_lambda_function *fn;
    ccdk_dynamodb_table *table;
} given_t;

static given_t given(const char *name, ccdk_dynamodb_stream_view_type stream, ccdk_dynamodb_table_encryption encryption)
{
    ccdk_stack *stack = ccdk_stack_new(app, name, NULL);
    ccdk_lambda_function *fn = test_function(stack, "Fn");
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "T", &(ccdk_dynamodb_table_props){
        .partition_key = PARTITION_KEY,
        .stream = stream ? stream : CCDK_DYNAMODB_STREAM_NEW_IMAGE,
        .encryption = encryption,
    });
    return (given_t){stack, fn, table};
}

static void add(ccdk_lambda_function *fn, ccdk_dynamodb_table *table, const ccdk_lambda_stream_event_source_props *props)
{
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_dynamo_event_source(table, props));
}

/* {<type>: rule} */
static ccdk_value *typed(ccdk_stack *s, const char *type, ccdk_value *rule)
{
    return ccdk_v_set(ccdk_v_object(s), type, rule);
}

#define TRIM_HORIZON CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON
#define LATEST CCDK_LAMBDA_STARTING_POSITION_LATEST
#define PROPS(...) &(ccdk_lambda_stream_event_source_props){__VA_ARGS__}

int main(void)
{
    app = ccdk_app_new(NULL);
    {
        given_t g = given("CustomerManagedKey", 0, CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED);
        add(g.fn, g.table, PROPS(.starting_position = TRIM_HORIZON));
    }
    {
        given_t g = given("Bounds", CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES, 0);
        add(g.fn, g.table, PROPS(.starting_position = LATEST,
                                 .batch_size = CCDK_NUM(10000),
                                 .max_batching_window = ccdk_duration_minutes(5),
                                 .tumbling_window = ccdk_duration_seconds(900),
                                 .max_record_age = ccdk_duration_hours(168),
                                 .retry_attempts = CCDK_NUM(10000),
                                 .parallelization_factor = CCDK_NUM(10)));
        add(test_function(g.stack, "Fn2"), g.table, PROPS(.starting_position = TRIM_HORIZON,
                                                         .batch_size = CCDK_NUM(1),
                                                         .max_record_age = ccdk_duration_minutes(1),
                                                         .retry_attempts = CCDK_NUM(0),
                                                         .parallelization_factor = CCDK_NUM(1),
                                                         .enabled = CCDK_TRUE,
                                                         .bisect_batch_on_error = CCDK_FALSE,
                                                         .report_batch_item_failures = CCDK_FALSE));
    }
    {
        given_t g = given("EveryFilterRule", 0, 0);
        ccdk_stack *s = g.stack;
        ccdk_value *new_image = ccdk_v_object(s);
        ccdk_v_set(new_image, "deleted", typed(s, "NULL", ccdk_lambda_filter_rule_null(s)));
        ccdk_v_set(new_image, "note", typed(s, "S", ccdk_lambda_filter_rule_empty(s)));
        ccdk_v_set(new_image, "archived", typed(s, "BOOL", ccdk_lambda_filter_rule_is_equal_bool(s, CCDK_FALSE)));
        ccdk_v_set(new_image, "count", typed(s, "N", ccdk_lambda_filter_rule_is_equal_number(s, 0)));
        ccdk_v_set(new_image, "state", typed(s, "S", ccdk_lambda_filter_rule_not_equals(s, "done")));
        ccdk_value *dynamodb = ccdk_v_object(s);
        ccdk_v_set(dynamodb, "NewImage", new_image);
        ccdk_v_set(dynamodb, "OldImage", ccdk_v_set(ccdk_v_object(s), "id", typed(s, "S", ccdk_lambda_filter_rule_not_exists(s))));
        ccdk_value *first = ccdk_v_object(s);
        ccdk_v_set(first, "eventName", ccdk_lambda_filter_rule_or(s, CCDK_STRS("INSERT", "MODIFY")));
        ccdk_v_set(first, "dynamodb", dynamodb);
        ccdk_value *second = ccdk_v_set(ccdk_v_object(s), "eventName", ccdk_lambda_filter_rule_is_equal(s, "REMOVE"));
        add(g.fn, g.table, PROPS(.starting_position = LATEST,
                                 .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(s, first),
                                                      ccdk_lambda_filter_criteria_filter(s, second))));
    }
    {
        given_t g = given("SnsOnFailure", 0, 0);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(g.stack, "Topic", NULL);
        add(g.fn, g.table, PROPS(.starting_position = LATEST, .on_failure = ccdk_lambda_sns_dlq(topic)));
    }
    {
        given_t g = given("MetricsAndPollers", 0, 0);
        add(g.fn, g.table, PROPS(.starting_position = LATEST,
                                 .metrics_config = {CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT, CCDK_LAMBDA_METRIC_TYPE_ERROR_COUNT)},
                                 .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
                                     .minimum_pollers = CCDK_NUM(1), .maximum_pollers = CCDK_NUM(2000)}));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Imported", NULL);
        ccdk_lambda_function *fn = test_function(stack, "Fn");
        ccdk_dynamodb_table *plain = ccdk_dynamodb_table_from_table_attributes(stack, "Plain", &(ccdk_dynamodb_table_attributes){
            .table_arn = "arn:aws:dynamodb:us-east-1:123456789012:table/plain",
            .table_stream_arn = "arn:aws:dynamodb:us-east-1:123456789012:table/plain/stream/2024-01-01T00:00:00.000",
        });
        ccdk_kms_key *key = ccdk_kms_key_from_key_arn(stack, "Key", "arn:aws:kms:us-east-1:123456789012:key/abcd");
        ccdk_dynamodb_table *keyed = ccdk_dynamodb_table_from_table_attributes(stack, "Keyed", &(ccdk_dynamodb_table_attributes){
            .table_name = "keyed",
            .table_stream_arn = "arn:aws:dynamodb:us-east-1:123456789012:table/keyed/stream/2024-01-01T00:00:00.000",
            .encryption_key = key,
        });
        add(fn, plain, PROPS(.starting_position = TRIM_HORIZON));
        add(fn, keyed, PROPS(.starting_position = LATEST, .batch_size = CCDK_NUM(10)));
    }
    {
        given_t g = given("TwoTables", 0, 0);
        ccdk_dynamodb_table *other = ccdk_dynamodb_table_new(g.stack, "T2", &(ccdk_dynamodb_table_props){
            .partition_key = PARTITION_KEY, .stream = CCDK_DYNAMODB_STREAM_KEYS_ONLY});
        add(g.fn, g.table, PROPS(.starting_position = LATEST));
        add(g.fn, other, PROPS(.starting_position = TRIM_HORIZON));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TableV2", NULL);
        ccdk_lambda_function *fn = test_function(stack, "Fn");
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_v2_new(stack, "T", &(ccdk_dynamodb_table_v2_props){
            .partition_key = PARTITION_KEY, .dynamo_stream = CCDK_DYNAMODB_STREAM_OLD_IMAGE});
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
        add(fn, table, PROPS(.starting_position = LATEST, .on_failure = ccdk_lambda_sqs_dlq(queue),
                             .retry_attempts = CCDK_NUM(3), .bisect_batch_on_error = CCDK_TRUE));
    }
    {
        ccdk_stack *producer = ccdk_stack_new(app, "CrossStackTable", NULL);
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(producer, "T", &(ccdk_dynamodb_table_props){
            .partition_key = PARTITION_KEY, .stream = CCDK_DYNAMODB_STREAM_KEYS_ONLY});
        ccdk_stack *stack = ccdk_stack_new(app, "CrossStackFunction", NULL);
        add(test_function(stack, "Fn"), table, PROPS(.starting_position = LATEST, .batch_size = CCDK_NUM(7)));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedTableV2", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_v2_from_table_attributes(stack, "T", &(ccdk_dynamodb_table_attributes){
            .table_name = "v2", .table_stream_arn = "arn:aws:dynamodb:us-east-1:123456789012:table/v2/stream/2024-01-01T00:00:00.000"});
        add(test_function(stack, "Fn"), table, PROPS(.starting_position = TRIM_HORIZON));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AwsManagedS3OnFailure", NULL);
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "T", &(ccdk_dynamodb_table_props){
            .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
            .sort_key = {"s", CCDK_DYNAMODB_ATTRIBUTE_BINARY},
            .stream = CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES,
            .encryption = CCDK_DYNAMODB_ENCRYPTION_AWS_MANAGED,
        });
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "B", &(ccdk_s3_bucket_props){.encryption = CCDK_S3_ENCRYPTION_KMS});
        add(test_function(stack, "Fn"), table, PROPS(.starting_position = TRIM_HORIZON,
                                                    .on_failure = ccdk_lambda_s3_on_failure_destination(bucket)));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
