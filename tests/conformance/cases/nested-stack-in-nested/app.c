/* A NestedStack inside a NestedStack, and a sibling. The inner function reads a queue of the
 * top-level stack (a parameter of each nested template on the way down), the top-level stack
 * outputs the inner function's ARN (an output of each on the way up), and the sibling nested stack
 * reads the inner function's name (up through outputs to the top-level stack, then down as a
 * parameter). The inner template is an asset of the top-level stack too, before the outer one's. */
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Jobs", NULL);
    ccdk_stack *outer = ccdk_nested_stack_new(stack, "Outer", NULL);
    ccdk_construct *group = ccdk_construct_new(outer, "Group");
    ccdk_stack *inner = ccdk_nested_stack_new(group, "Inner", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(inner, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(inner, "lambda-handler", NULL),
        .environment = CCDK_KVS({"QUEUE_URL", ccdk_sqs_queue_url(queue)}),
    });
    ccdk_cfn_output_new(stack, "WorkerArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(fn)});
    ccdk_stack *sibling = ccdk_nested_stack_new(stack, "Sibling", NULL);
    ccdk_sqs_queue_new(sibling, "Results", &(ccdk_sqs_queue_props){
        .queue_name = ccdk_fmt(sibling, "%s-results", ccdk_lambda_function_name(fn)),
    });
    ccdk_cfn_output_new(outer, "InnerStackId", &(ccdk_cfn_output_props){.value = ccdk_stack_stack_id(inner)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
