/* A function of stack A's NestedStack referenced from a second top-level stack B (an output of the
 * nested template, exported by A as its resource's Outputs attribute, imported by B), and a function
 * of B's NestedStack that reads a queue of A (an Fn::ImportValue in the nested template itself).
 * B depends on A. */
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *a = ccdk_stack_new(app, "StackA", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(a, "Jobs", NULL);
    ccdk_stack *nested_a = ccdk_nested_stack_new(a, "Services", NULL);
    ccdk_lambda_function *worker = ccdk_lambda_function_new(nested_a, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(nested_a, "lambda-handler", NULL),
    });

    ccdk_stack *b = ccdk_stack_new(app, "StackB", NULL);
    ccdk_cfn_output_new(b, "WorkerArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(worker)});
    ccdk_stack *nested_b = ccdk_nested_stack_new(b, "Consumers", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(nested_b, "Consumer", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(nested_b, "lambda-handler", NULL),
        .environment = CCDK_KVS({"QUEUE_URL", ccdk_sqs_queue_url(queue)}, {"WORKER", ccdk_lambda_function_name(worker)}),
    });
    ccdk_lambda_function_grant_invoke(worker, fn);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
