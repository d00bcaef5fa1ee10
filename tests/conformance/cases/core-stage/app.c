/* A Stage with two stacks (one referencing the other) beside a top-level stack, and a Stage nested
 * in it with an environment of its own: nested cloud assemblies, stage-prefixed stack names, assets
 * staged once in the outdir and referenced as ../asset.* from the nested manifests. */
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *top = ccdk_stack_new(app, "Top", NULL);
    ccdk_sqs_queue_new(top, "Q", NULL);

    ccdk_stage *prod = ccdk_stage_new(app, "Prod", &(ccdk_stage_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_stack *data = ccdk_stack_new(prod, "Data", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(data, "Jobs", NULL);
    ccdk_stack *api = ccdk_stack_new(prod, "Api", NULL);
    ccdk_lambda_function_new(api, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(api, "lambda-handler", NULL),
        .environment = CCDK_KVS({"QUEUE_URL", ccdk_sqs_queue_url(queue)}),
    });

    ccdk_stage *eu = ccdk_stage_new(prod, "Eu", &(ccdk_stage_props){.region = "eu-west-1"});
    ccdk_stack *edge = ccdk_stack_new(eu, "Edge", NULL);
    ccdk_lambda_function_new(edge, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(edge, "lambda-handler", NULL),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
