/* validation-report-stage: core-stage's app (a Stage with two stacks beside a top-level stack, a
 * Stage nested in it) with creation stack traces off: its validation-report.json is compared. */
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"aws:cdk:disable-creation-stack-traces", "true"})});
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
