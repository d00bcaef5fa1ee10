/* aws-cdk's sqs.test.ts (aws-lambda-event-sources), each test that synthesizes a template as its
 * own stack (the tests' `new cdk.Stack()`, here named). */
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
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

/* each test: a stack with a function 'Fn' and a queue 'Q' */
typedef struct {
    ccdk_stack *stack;
    ccdk_lambda_function *fn;
    ccdk_sqs_queue *q;
} given_t;

static given_t given(const char *name)
{
    ccdk_stack *stack = ccdk_stack_new(app, name, NULL);
    return (given_t){stack, test_function(stack, "Fn"), ccdk_sqs_queue_new(stack, "Q", NULL)};
}

static ccdk_value *body_id_exists(ccdk_stack *stack)
{
    ccdk_value *body = ccdk_v_set(ccdk_v_object(stack), "id", ccdk_lambda_filter_rule_exists(stack));
    return ccdk_lambda_filter_criteria_filter(stack, ccdk_v_set(ccdk_v_object(stack), "body", body));
}

static ccdk_value *produce_batch_size(void *ctx)
{
    return ccdk_v_number((ccdk_stack *)ctx, 500);
}

int main(void)
{
    app = ccdk_app_new(NULL);
    {
        given_t g = given("Defaults");
        ccdk_lambda_function_add_event_source(g.fn, ccdk_lambda_sqs_event_source(g.q, NULL));
    }
    {
        given_t g = given("SpecificBatchSize");
        ccdk_lambda_function_add_event_source(g.fn, ccdk_lambda_sqs_event_source(g.q,
            &(ccdk_lambda_sqs_event_source_props){.batch_size = CCDK_NUM(5)}));
    }
    {
        given_t g = given("UnresolvedBatchSize");
        const char *lazy = ccdk_token_as_string(ccdk_lazy_value(g.stack, produce_batch_size, g.stack));
        ccdk_lambda_function_add_event_source(g.fn, ccdk_lambda_sqs_event_source(g.q,
            &(ccdk_lambda_sqs_event_source_props){.batch_size = CCDK_NUM_TOKEN(lazy)}));
    }
    {
        given_t g = given("BatchSizeWithWindow");
        ccdk_lambda_function_add_event_source(g.fn, ccdk_lambda_sqs_event_source(g.q,
            &(ccdk_lambda_sqs_event_source_props){.batch_size = CCDK_NUM(1000), .max_batching_window = ccdk_duration_minutes(5)}));
    }
    {
        given_t g = given("SpecificBatchWindow");
        ccdk_lambda_function_add_event_source(g.fn, ccdk_lambda_sqs_event_source(g.q,
            &(ccdk_lambda_sqs_event_source_props){.max_batching_window = ccdk_duration_minutes(5)}));
    }
    {
        given_t g = given("MappingIdAndArn");
        ccdk_lambda_event_source *source = ccdk_lambda_sqs_event_source(g.q, NULL);
        ccdk_lambda_function_add_event_source(g.fn, source);
        ccdk_cfn_output_new(g.stack, "MappingId", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_id_of(source)});
        ccdk_cfn_output_new(g.stack, "MappingArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_arn_of(source)});
    }
    {
        given_t g = given("Disabled");
        ccdk_lambda_function_add_event_source(g.fn, ccdk_lambda_sqs_event_source(g.q,
            &(ccdk_lambda_sqs_event_source_props){.enabled = CCDK_FALSE}));
    }
    {
        given_t g = given("ReportBatchItemFailures");
        ccdk_lambda_function_add_event_source(g.fn, ccdk_lambda_sqs_event_source(g.q,
            &(ccdk_lambda_sqs_event_source_props){.report_batch_item_failures = CCDK_TRUE}));
    }
    {
        /* the warning (the function was imported without a role) is the stack's metadata */
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedWithoutRole", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_from_function_name(stack, "Handler", "testFunction");
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(ccdk_sqs_queue_new(stack, "Q", NULL), NULL));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedWithRole", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_from_function_attributes(stack, "Handler", &(ccdk_lambda_function_attributes){
            .function_arn = ccdk_stack_format_arn(stack, "lambda", "function", NULL, "testFunction"),
            .role = ccdk_iam_role_from_role_name(stack, "Role", "testFunctionRole"),
        });
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(ccdk_sqs_queue_new(stack, "Q", NULL), NULL));
    }
    {
        given_t g = given("FilterCriteria");
        ccdk_lambda_function_add_event_source(g.fn, ccdk_lambda_sqs_event_source(g.q,
            &(ccdk_lambda_sqs_event_source_props){.filters = CCDK_LIST(body_id_exists(g.stack))}));
    }
    {
        given_t g = given("FilterEncryption");
        ccdk_kms_key *key = ccdk_kms_key_from_key_arn(g.stack, "SourceBucketEncryptionKey",
                                                      "arn:aws:kms:us-east-1:123456789012:key/<key-id>");
        ccdk_lambda_function_add_event_source(g.fn, ccdk_lambda_sqs_event_source(g.q,
            &(ccdk_lambda_sqs_event_source_props){.filters = CCDK_LIST(body_id_exists(g.stack)), .filter_encryption = key}));
    }
    {
        given_t g = given("FilterEncryptionStackKey");
        ccdk_kms_key *key = ccdk_kms_key_new(g.stack, "fc-test-key-name", &(ccdk_kms_key_props){
            .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
            .pending_window = ccdk_duration_days(7),
            .description = "KMS key for test fc encryption",
        });
        ccdk_lambda_function_add_event_source(g.fn, ccdk_lambda_sqs_event_source(g.q,
            &(ccdk_lambda_sqs_event_source_props){.filters = CCDK_LIST(body_id_exists(g.stack)), .filter_encryption = key}));
    }
    {
        given_t g = given("MaxConcurrency");
        ccdk_lambda_function_add_event_source(g.fn, ccdk_lambda_sqs_event_source(g.q,
            &(ccdk_lambda_sqs_event_source_props){.max_concurrency = CCDK_NUM(5)}));
    }
    {
        given_t g = given("MaxConcurrencyEmptyMetrics");
        ccdk_lambda_function_add_event_source(g.fn, ccdk_lambda_sqs_event_source(g.q,
            &(ccdk_lambda_sqs_event_source_props){.max_concurrency = CCDK_NUM(5), .metrics_config = {CCDK_EMPTY_LIST}}));
    }
    {
        given_t g = given("MaxConcurrencyMetrics");
        ccdk_lambda_function_add_event_source(g.fn, ccdk_lambda_sqs_event_source(g.q, &(ccdk_lambda_sqs_event_source_props){
            .max_concurrency = CCDK_NUM(5), .metrics_config = {CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT)}}));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
