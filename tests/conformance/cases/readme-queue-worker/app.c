#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "OrdersStack", &(ccdk_stack_props){
        .account = "123456789012", .region = "eu-west-1",
    });
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Orders", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_seconds(60),
    });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        /* a value (code, principal, statement...) takes an owner: the construct that keeps it */
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return None\n"),
        .timeout = ccdk_duration_seconds(30),
        .memory_size = CCDK_NUM(512),          /* optional numbers: CCDK_NUM(x), never a bare 512 */
        .environment = CCDK_KVS({"QUEUE_URL", ccdk_sqs_queue_url(queue)}),
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(10),
        .report_batch_item_failures = CCDK_TRUE, /* optional booleans: CCDK_TRUE / CCDK_FALSE */
    }));
    ccdk_lambda_alias *live = ccdk_lambda_function_add_alias(fn, "live", NULL);
    ccdk_lambda_function_add_function_url(live, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM,
    });
    ccdk_cfn_output_new(stack, "QueueUrl", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_url(queue)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
