/* Conformance case 'user-staged-platform': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sqs.h>

static ccdk_lambda_code *node_code(ccdk_stack *owner, const char *msg)
{
    return ccdk_lambda_code_from_inline(owner, ccdk_fn_join(owner, "", CCDK_STRS("exports.handler = async () => \"", msg, "\";")));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stage *prod = ccdk_stage_new(app, "Prod", &(ccdk_stage_props){
        .account = "111111111111", .region = "eu-central-1",
        .permissions_boundary = {.name = "platform-boundary"},
    });
    ccdk_tags_add(prod, "team", "platform");

    ccdk_stack *data = ccdk_stack_new(prod, "Data", NULL);
    ccdk_sqs_queue *work = ccdk_sqs_queue_new(data, "Work", &(ccdk_sqs_queue_props){.visibility_timeout = ccdk_duration_minutes(5)});
    ccdk_lambda_function *producer = ccdk_lambda_function_new(data, "Producer", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = node_code(data, "produced"),
        .environment = CCDK_KVS({"QUEUE_URL", ccdk_sqs_queue_url(work)}),
    });
    ccdk_sqs_queue_grant_send_messages(work, producer);

    ccdk_stack *api = ccdk_stack_new(prod, "Api", &(ccdk_stack_props){.description = "the platform API"});
    ccdk_tags_add(api, "tier", "api");
    ccdk_lambda_function *consumer = ccdk_lambda_function_new(api, "Consumer", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = node_code(api, "consumed"),
        .timeout = ccdk_duration_minutes(1),
    });
    ccdk_lambda_function_add_event_source(consumer, ccdk_lambda_sqs_event_source(work, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(10), .max_batching_window = ccdk_duration_seconds(5)}));

    ccdk_stack *workers = ccdk_nested_stack_new(api, "Workers", &(ccdk_nested_stack_props){.description = "background workers"});
    ccdk_lambda_function *cleaner = ccdk_lambda_function_new(workers, "Cleaner", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(workers, "def handler(event, context):\n    return \"clean\"\n"),
        .environment = CCDK_KVS({"QUEUE_ARN", ccdk_sqs_queue_arn(work)}),
    });
    ccdk_sqs_queue_grant_consume_messages(work, cleaner);
    ccdk_cfn_output_new(api, "CleanerName", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_name(cleaner)});

    ccdk_stack *global = ccdk_stack_new(app, "Global", NULL);
    ccdk_lambda_function_new(global, "Status", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X, .handler = "index.handler", .code = node_code(global, "ok")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
