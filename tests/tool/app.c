/* The app `ccdk invoke` runs in tests/tool/run.sh: node (asset + layer, an environment variable
 * holding a Ref), python (inline), provided (a C bootstrap), and ones that fail on purpose. */
#include <stdlib.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>

int main(int argc, char **argv)
{
    const char *provided_dir = argc > 1 ? argv[1] : "provided-out";
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "ToolStack", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(stack, "Greeting", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer", NULL)});
    ccdk_lambda_function_props node = {
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "node-handler", NULL),
        .timeout = ccdk_duration_seconds(2),
        .layers = CCDK_LIST(layer),
        .environment = CCDK_KVS({"QUEUE_URL", ccdk_sqs_queue_url(queue)}, {"STAGE", "test"}),
    };
    ccdk_lambda_function_new(stack, "Node", &node);
    node.handler = "index.callback";
    ccdk_lambda_function_new(stack, "NodeCallback", &node);
    node.handler = "index.missing";
    ccdk_lambda_function_new(stack, "NodeMissing", &node);
    ccdk_lambda_function_new(stack, "Python", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "import os, sys\ndef handler(event, context):\n"
                                                    "    if event.get('fail'):\n        raise ValueError('python says no')\n"
                                                    "    return {'sum': event.get('a', 0) + event.get('b', 0), "
                                                    "'name': context.function_name, 'python': '%d.%d' % sys.version_info[:2]}\n"),
    });
    ccdk_lambda_function_new(stack, "Provided", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PROVIDED_AL2023,
        .handler = "not.used",
        .code = ccdk_lambda_code_from_asset(stack, provided_dir, NULL),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
