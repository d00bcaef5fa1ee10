/* aws-lambda/test/function.test.ts (first half): imports, container images, metrics, event sources,
 * layers, environment, asynchronous invocation, getters and profiling, a stack per
 * test (see app.js). */
#include <ccdk/codeguru.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_image.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

static ccdk_lambda_function *foo_fn(ccdk_stack *stack, const char *id, ccdk_lambda_function_props props)
{
    if (!props.code)
        props.code = ccdk_lambda_code_from_inline(stack, "foo");
    if (!props.handler)
        props.handler = "index.handler";
    if (!props.runtime)
        props.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST;
    return ccdk_lambda_function_new(stack, id, &props);
}

static void out(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

struct binds { ccdk_stack *stack; int count; };
static void bind_source(void *target, void *ctx)
{
    struct binds *b = ctx;
    char id[16];
    snprintf(id, sizeof id, "Bound%d", ++b->count);
    out(b->stack, id, ccdk_lambda_ifunction_arn((ccdk_lambda_function *)target));
}

static const char *bind_destination(ccdk_construct *scope, void *fn, ccdk_lambda_destination_type type, void *ctx)
{
    (void)scope, (void)fn, (void)type;
    return ctx;
}

static void dlq_outputs(ccdk_stack *stack, ccdk_lambda_function *fn)
{
    ccdk_sqs_queue *q = ccdk_lambda_function_dead_letter_queue(fn);
    ccdk_sns_topic *t = ccdk_lambda_function_dead_letter_topic(fn);
    out(stack, "Queue", q ? ccdk_sqs_queue_arn(q) : "none");
    out(stack, "Topic", t ? ccdk_sns_topic_arn(t) : "none");
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "FromFunctionArn", NULL);
        ccdk_lambda_function *imported = ccdk_lambda_function_from_function_arn(stack, "Imported",
            "arn:aws:lambda:us-east-1:123456789012:function:ProcessKinesisRecords");
        out(stack, "Arn", ccdk_lambda_function_arn(imported));
        out(stack, "Name", ccdk_lambda_function_name(imported));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "FromFunctionName", NULL);
        ccdk_lambda_function *imported = ccdk_lambda_function_from_function_name(stack, "Imported", "my-function");
        out(stack, "Arn", ccdk_lambda_function_arn(imported));
        out(stack, "Name", ccdk_lambda_function_name(imported));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "FromImage", NULL);
        ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_asset_image(stack, "docker-lambda-handler", NULL),
            .handler = "FROM_IMAGE",
            .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE,
        });
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "MetricErrors", NULL);
        ccdk_lambda_function *fn = foo_fn(stack, "Function", (ccdk_lambda_function_props){.code = ccdk_lambda_code_from_inline(stack, "xxx")});
        ccdk_cloudwatch_alarm_new(stack, "Alarm", &(ccdk_cloudwatch_alarm_props){
            .metric = ccdk_lambda_function_metric_errors(fn, NULL), .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "EventSources", NULL);
        static struct binds b;
        b.stack = stack;
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "fn", &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_inline(stack, "boom"),
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
            .handler = "index.bam",
            .events = CCDK_LIST(ccdk_lambda_event_source_new(stack, bind_source, &b), ccdk_lambda_event_source_new(stack, bind_source, &b)),
        });
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_event_source_new(stack, bind_source, &b));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "LayerBaked", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
        ccdk_lambda_code *code = ccdk_lambda_s3_code_new(bucket, "ObjectKey", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "fn", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .code = ccdk_lambda_code_from_inline(stack, "exports.main = function() { console.log(\"DONE\"); }"),
            .handler = "index.main",
        });
        out(stack, "HashBefore", ccdk_lambda_calculate_function_hash(fn));
        ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(stack, "LayerVersion", &(ccdk_lambda_layer_version_props){
            .code = code, .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_22_X)});
        ccdk_lambda_function_add_layers(fn, (ccdk_lambda_layer_list)CCDK_LIST(layer));
        out(stack, "HashAfter", ccdk_lambda_calculate_function_hash(fn));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "LayerBakedFlag", NULL);
        ccdk_node_set_context(stack, "@aws-cdk/aws-lambda:recognizeLayerVersion", "true");
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
        ccdk_lambda_code *code = ccdk_lambda_s3_code_new(bucket, "ObjectKey", NULL);
        ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(stack, "LayerVersion", &(ccdk_lambda_layer_version_props){
            .code = code, .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_22_X)});
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "fn", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .code = ccdk_lambda_code_from_inline(stack, "exports.main = function() { console.log(\"DONE\"); }"),
            .handler = "index.main",
            .layers = CCDK_LIST(layer),
        });
        out(stack, "HashBefore", ccdk_lambda_calculate_function_hash(fn));
        ccdk_value *content = ccdk_v_object(stack);
        ccdk_v_set(content, "S3Bucket", ccdk_v_string(stack, ccdk_s3_bucket_name(bucket)));
        ccdk_v_set(content, "S3Key", ccdk_v_string(stack, "NewObjectKey"));
        ccdk_cfn_resource_add_property_override(ccdk_lambda_layer_version_resource(layer), "Content", content);
        out(stack, "HashAfter", ccdk_lambda_calculate_function_hash(fn));
    }
    foo_fn(ccdk_stack_new(app, "EnvChina", &(ccdk_stack_props){.region = "cn-north-1"}), "MyLambda",
           (ccdk_lambda_function_props){.environment = CCDK_KVS({"SOME", "Variable"})});
    foo_fn(ccdk_stack_new(app, "EnvUnspecifiedRegion", NULL), "MyLambda",
           (ccdk_lambda_function_props){.environment = CCDK_KVS({"SOME", "Variable"})});
    foo_fn(ccdk_stack_new(app, "ReservedConcurrency", NULL), "MyLambda",
           (ccdk_lambda_function_props){.reserved_concurrent_executions = CCDK_NUM(10)});
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedSecurityGroup", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_from_function_attributes(stack, "fn", &(ccdk_lambda_function_attributes){
            .function_arn = "arn:aws:lambda:us-east-1:123456789012:function:my-function",
            .security_group = ccdk_ec2_security_group_from_security_group_id(stack, "SG", "sg-123456789", CCDK_FALSE, CCDK_UNSET),
        });
        ccdk_ec2_connections_allow_to_any_ipv4(ccdk_lambda_function_connections(fn), ccdk_ec2_port_tcp(443), NULL);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "EventInvokeConfig", NULL);
        foo_fn(stack, "fn", (ccdk_lambda_function_props){
            .on_failure = ccdk_lambda_destination_new(stack, bind_destination, "on-failure-arn"),
            .on_success = ccdk_lambda_destination_new(stack, bind_destination, "on-success-arn"),
            .max_event_age = ccdk_duration_hours(1),
            .retry_attempts = CCDK_NUM(0),
        });
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedEventInvokeConfig", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_from_function_attributes(stack, "fn", &(ccdk_lambda_function_attributes){
            .function_arn = "arn:aws:lambda:us-east-1:123456789012:function:my-function"});
        ccdk_lambda_function_configure_async_invoke(fn, &(ccdk_lambda_event_invoke_config_options){.retry_attempts = CCDK_NUM(1)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "CompatibleLayer", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
        ccdk_lambda_code *code = ccdk_lambda_s3_code_new(bucket, "ObjectKey", NULL);
        ccdk_lambda_function *func = ccdk_lambda_function_new(stack, "myFunc", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_7, .handler = "index.handler", .code = code});
        ccdk_lambda_function_add_layers(func, (ccdk_lambda_layer_list)CCDK_LIST(ccdk_lambda_layer_version_new(stack, "myLayer",
            &(ccdk_lambda_layer_version_props){.code = code, .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_PYTHON_3_7)})));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "DlqUserQueue", NULL);
        ccdk_sqs_queue *dl_queue = ccdk_sqs_queue_new(stack, "DeadLetterQueue", &(ccdk_sqs_queue_props){
            .queue_name = "MyLambda_DLQ", .retention_period = ccdk_duration_days(14)});
        dlq_outputs(stack, foo_fn(stack, "fn", (ccdk_lambda_function_props){.handler = "foo", .dead_letter_queue = dl_queue}));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "DlqUserTopic", NULL);
        ccdk_sns_topic *dl_topic = ccdk_sns_topic_new(stack, "DeadLetterQueue", &(ccdk_sns_topic_props){.topic_name = "MyLambda_DLQ"});
        dlq_outputs(stack, foo_fn(stack, "fn", (ccdk_lambda_function_props){.handler = "foo", .dead_letter_topic = dl_topic}));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "DlqCdkQueue", NULL);
        dlq_outputs(stack, foo_fn(stack, "fn", (ccdk_lambda_function_props){.handler = "foo", .dead_letter_queue_enabled = CCDK_TRUE}));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "DlqNone", NULL);
        dlq_outputs(stack, foo_fn(stack, "fn", (ccdk_lambda_function_props){.handler = "foo"}));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "LatestVersion", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_inline(stack, "hello()"), .handler = "index.hello", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST});
        out(stack, "Version1", ccdk_lambda_version_arn(ccdk_lambda_function_latest_version(fn)));
        out(stack, "Version2", ccdk_lambda_version_arn(ccdk_lambda_function_latest_version(fn)));
        out(stack, "FunctionRef", ccdk_lambda_ifunction_arn(ccdk_lambda_function_latest_version(fn)));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "EnvironmentEncryption", NULL);
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "EnvVarEncryptKey", &(ccdk_kms_key_props){.description = "sample key"});
        foo_fn(stack, "MyLambda", (ccdk_lambda_function_props){
            .environment = CCDK_KVS({"SOME", "Variable"}), .environment_encryption = key});
    }
    foo_fn(ccdk_stack_new(app, "ProfilingCreated", NULL), "MyLambda",
           (ccdk_lambda_function_props){.runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9, .profiling = CCDK_TRUE});
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ProfilingProvided", NULL);
        foo_fn(stack, "MyLambda", (ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
            .profiling_group = ccdk_codeguru_profiling_group_new(stack, "ProfilingGroup", NULL)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
