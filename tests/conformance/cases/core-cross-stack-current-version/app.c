/* A function whose environment references another stack has a currentVersion: its version hash
 * covers the imported value, not the producer's Ref. */
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *shared = ccdk_stack_new(app, "Shared", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(shared, "Jobs", NULL);
    ccdk_stack *api = ccdk_stack_new(app, "Api", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(api, "Handler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(api, "lambda-handler", NULL),
        .environment = CCDK_KVS({"QUEUE_URL", ccdk_sqs_queue_url(queue)}),
    });
    ccdk_lambda_function_add_alias(fn, "live", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
