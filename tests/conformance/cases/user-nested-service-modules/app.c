/* Conformance case 'user-nested-service-modules': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "OrdersService", &(ccdk_stack_props){.account = "123123123123", .region = "ca-central-1"});
    ccdk_dynamodb_table *orders = ccdk_dynamodb_table_new(stack, "Orders", &(ccdk_dynamodb_table_props){
        .partition_key = {"orderId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
        .stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE,
    });
    ccdk_sns_topic *events = ccdk_sns_topic_new(stack, "OrderEvents", NULL);

    ccdk_stack *api_module = ccdk_nested_stack_new(stack, "Api", &(ccdk_nested_stack_props){.description = "api module"});
    ccdk_sqs_queue *jobs = ccdk_sqs_queue_new(api_module, "Jobs", &(ccdk_sqs_queue_props){.visibility_timeout = ccdk_duration_seconds(120)});
    ccdk_lambda_function *api = ccdk_lambda_function_new(api_module, "Handler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(api_module, "exports.handler = async () => ({ statusCode: 200 });"),
        .environment = CCDK_KVS({"TABLE", ccdk_dynamodb_table_name(orders)}, {"JOBS_URL", ccdk_sqs_queue_url(jobs)}),
    });
    ccdk_dynamodb_table_grant_read_write_data(orders, api);
    ccdk_sqs_queue_grant_send_messages(jobs, api);
    ccdk_lambda_alias *live = ccdk_lambda_function_add_alias(api, "live", NULL);
    ccdk_lambda_function_url *url = ccdk_lambda_function_add_function_url(live, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .cors = &(ccdk_lambda_function_url_cors){.allowed_origins = CCDK_STRS("*")},
    });

    ccdk_stack *worker_module = ccdk_nested_stack_new(stack, "Worker", &(ccdk_nested_stack_props){.timeout = ccdk_duration_minutes(20)});
    ccdk_lambda_function *worker = ccdk_lambda_function_new(worker_module, "Drain", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(worker_module, "def handler(event, context):\n    return None\n"),
        .timeout = ccdk_duration_seconds(60),
        .environment = CCDK_KVS({"TOPIC_ARN", ccdk_sns_topic_arn(events)}),
    });
    ccdk_lambda_function_add_event_source(worker, ccdk_lambda_sqs_event_source(jobs, &(ccdk_lambda_sqs_event_source_props){.batch_size = CCDK_NUM(5)}));
    ccdk_sns_topic_grant_publish(events, worker);
    ccdk_lambda_function *projector = ccdk_lambda_function_new(worker_module, "Projector", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(worker_module, "def handler(event, context):\n    return None\n"),
        .environment = CCDK_KVS({"API_FUNCTION", ccdk_lambda_alias_arn(live)}),
    });
    ccdk_lambda_function_add_event_source(projector, ccdk_lambda_dynamo_event_source(orders, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .batch_size = CCDK_NUM(25),
        .retry_attempts = CCDK_NUM(4),
    }));
    ccdk_lambda_function_grant_invoke(live, projector);

    ccdk_cfn_output_new(stack, "ApiUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(url)});
    ccdk_cfn_output_new(stack, "JobsQueueName", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_name(jobs)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
