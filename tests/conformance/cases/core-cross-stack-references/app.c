/* Two stacks sharing a layer and a queue; a function of one stack referenced by name and ARN from
 * another: each reference becomes an export (or, under `cdk init`'s weak default, a published
 * output) of the producer and an import in the consumer, which then depends on the producer. */
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *shared = ccdk_stack_new(app, "Shared", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(shared, "Jobs", NULL);
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(shared, "Deps", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(shared, "layer", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_20_X),
    });
    ccdk_lambda_function *worker = ccdk_lambda_function_new(shared, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(shared, "lambda-handler", NULL),
    });

    ccdk_stack *api = ccdk_stack_new(app, "Api", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(api, "Handler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(api, "lambda-handler", NULL),
        .layers = CCDK_LIST(layer),
        .environment = CCDK_KVS({"QUEUE_URL", ccdk_sqs_queue_url(queue)}, {"QUEUE_ARN", ccdk_sqs_queue_arn(queue)},
                                {"WORKER", ccdk_lambda_function_name(worker)}),
    });
    ccdk_sqs_queue_grant_send_messages(queue, fn);
    ccdk_lambda_function_grant_invoke(worker, fn);
    ccdk_cfn_output_new(api, "WorkerArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(worker)});

    ccdk_stack *ops = ccdk_stack_new(app, "Ops", NULL);
    ccdk_cfn_output_new(ops, "Queue", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_name(queue)});
    ccdk_cfn_output_new(ops, "Handler", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(fn)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
