/* Conformance case 'user-dev-sandbox': see app.js. */
#include <stdio.h>
#include <string.h>
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>
#include <ccdk/sqs.h>

static int is_function(ccdk_cfn_resource *r)
{
    const char *type = r ? ccdk_cfn_resource_type(r) : NULL;
    return type && !strcmp(type, "AWS::Lambda::Function");
}

static void tracing_on(void *construct, void *ctx)
{
    (void)ctx;
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    if (is_function(r))
        ccdk_cfn_resource_add_property_override(r, "TracingConfig.Mode", ccdk_v_string(r, "Active"));
}

/* the functions made with reservedConcurrentExecutions: the app knows which (the C API has no
 * getter for an L1's property), as ctx */
static void concurrency_check(void *construct, void *ctx)
{
    ccdk_cfn_resource *const *reserved = ctx;
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    if (is_function(r) && r != *reserved)
        ccdk_annotations_add_warning(r, "team:reservedConcurrency", "functions should reserve their concurrency");
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    static ccdk_cfn_resource *reserved[2];
    const char *devs[] = {"alice", "bob"};
    for (int i = 0; i < 2; i++) {
        char id[32];
        snprintf(id, sizeof id, "Sandbox-%s", devs[i]);
        ccdk_stage *sandbox = ccdk_stage_new(app, id, &(ccdk_stage_props){.account = "123456789012", .region = "eu-central-1"});
        ccdk_stack *stack = ccdk_stack_new(sandbox, "Service", NULL);
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Items", &(ccdk_dynamodb_table_props){
            .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
            .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
        });
        ccdk_s3_bucket *uploads = ccdk_s3_bucket_new(stack, "Uploads", &(ccdk_s3_bucket_props){
            .auto_delete_objects = CCDK_TRUE, .removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
        ccdk_lambda_function *api = ccdk_lambda_function_new(stack, "Api", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => ({ statusCode: 200 });"),
            .reserved_concurrent_executions = CCDK_NUM(2),
            .environment = CCDK_KVS({"TABLE", ccdk_dynamodb_table_name(table)}, {"DEVELOPER", devs[i]}),
        });
        ccdk_dynamodb_table_grant_read_write_data(table, api);
        ccdk_lambda_function_add_alias(api, "dev", NULL);
        reserved[i] = ccdk_lambda_function_resource(api);
        ccdk_sqs_queue *jobs = ccdk_sqs_queue_new(stack, "Jobs", &(ccdk_sqs_queue_props){.visibility_timeout = ccdk_duration_seconds(60)});
        ccdk_lambda_function *worker = ccdk_lambda_function_new(stack, "Worker", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return None\n"),
            .timeout = ccdk_duration_seconds(30),
            .environment = CCDK_KVS({"BUCKET", ccdk_s3_bucket_name(uploads)}),
        });
        ccdk_s3_bucket_grant_put(uploads, worker, NULL);
        ccdk_lambda_function_add_event_source(worker, ccdk_lambda_sqs_event_source(jobs, &(ccdk_lambda_sqs_event_source_props){
            .batch_size = CCDK_NUM(5)}));
        ccdk_removal_policies_apply(sandbox, CCDK_REMOVAL_POLICY_DESTROY, &(ccdk_removal_policy_props){
            .exclude_resource_types = CCDK_STRS("AWS::DynamoDB::Table")});
        ccdk_aspects_add_with_priority(sandbox, tracing_on, NULL, CCDK_ASPECT_PRIORITY_MUTATING);
        ccdk_aspects_add_with_priority(sandbox, concurrency_check, &reserved[i], CCDK_ASPECT_PRIORITY_READONLY);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
