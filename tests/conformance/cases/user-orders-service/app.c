/* An app as a CDK user writes it (not from the seed or aws-cdk's tests): an API function behind a
 * function URL (CORS, alias) that enqueues orders, a worker fed by the queue (batch size, DLQ),
 * grants between them, an errors alarm, outputs. */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "OrdersStack", &(ccdk_stack_props){.description = "orders service"});

    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Orders", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_seconds(60)});
    ccdk_lambda_code *code = ccdk_lambda_code_from_asset(stack, "src", NULL);

    ccdk_lambda_function *api = ccdk_lambda_function_new(stack, "Api", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = code,
        .memory_size = CCDK_NUM(512),
        .timeout = ccdk_duration_seconds(10),
        .environment = CCDK_KVS({"QUEUE_URL", ccdk_sqs_queue_url(queue)}, {"STAGE", "prod"}),
    });
    ccdk_sqs_queue_grant_send_messages(queue, api);
    ccdk_lambda_alias *live = ccdk_lambda_function_add_alias(api, "live", NULL);
    ccdk_lambda_function_url *url = ccdk_lambda_function_add_function_url(live, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_origins = CCDK_STRS("https://shop.example.com"),
            .allowed_methods = CCDK_STRS("POST"),
        },
    });

    ccdk_lambda_function *worker = ccdk_lambda_function_new(stack, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = code,
        .timeout = ccdk_duration_seconds(30),
        .dead_letter_queue_enabled = CCDK_TRUE,
    });
    ccdk_lambda_function_add_event_source(worker, ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(5)}));
    ccdk_lambda_function_grant_invoke(api, worker);

    ccdk_cloudwatch_alarm_new(stack, "WorkerErrors", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_errors(worker, NULL),
        .threshold = CCDK_NUM(1),
        .evaluation_periods = CCDK_NUM(1),
    });
    ccdk_cfn_output_new(stack, "ApiUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(url)});
    ccdk_cfn_output_new(stack, "QueueInfo", &(ccdk_cfn_output_props){
        .value = ccdk_fmt(stack, "%s in %s", ccdk_sqs_queue_name(queue), ccdk_aws_region(stack))});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
