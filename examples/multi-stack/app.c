/* examples/multi-stack: an app of several stacks, as the cdk CLI sees it (tests/cli/multi-stack.sh
 * drives the real CLI over it):
 *   Worker          a function that sends to Shared's queue (a cross-stack reference: an export
 *                   in Shared, Fn::ImportValue here, Worker deployed after Shared)
 *   Shared          a queue (made after Worker, listed before it)
 *   Prod/Service    in the Stage "Prod" (account 123456789012, eu-west-1): a function configured
 *                   with values the cdk CLI looks up: an SSM parameter (valueFromLookup) and the
 *                   region's availability zones. Until cdk.context.json has them, the synth
 *                   reports them missing in manifest.json and aws-cdk-lib's dummy values stand in.
 * Build it with `make build/examples/multi-stack`; run `npx cdk ls` here. app.js is the same app
 * against aws-cdk-lib. */
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const char *inline_code = "exports.handler = async (event) => ({ statusCode: 200, body: JSON.stringify(event) });";

    ccdk_stack *worker = ccdk_stack_new(app, "Worker", NULL);
    ccdk_lambda_function *producer = ccdk_lambda_function_new(worker, "Producer", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(worker, inline_code),
    });

    /* made after Worker, deployed before it: `cdk ls` lists the stacks in dependency order */
    ccdk_stack *shared = ccdk_stack_new(app, "Shared", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(shared, "Jobs", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_seconds(60)});
    ccdk_lambda_function_add_environment(producer, "QUEUE_URL", ccdk_sqs_queue_url(queue));
    ccdk_sqs_queue_grant_send_messages(queue, producer);

    ccdk_stage *prod = ccdk_stage_new(app, "Prod", &(ccdk_stage_props){.account = "123456789012", .region = "eu-west-1"});
    ccdk_stack *service = ccdk_stack_new(prod, "Service", NULL);
    ccdk_strs azs = ccdk_stack_availability_zones(service);
    ccdk_lambda_function_new(service, "Handler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(service, inline_code),
        .environment = CCDK_KVS({"GREETING", ccdk_ssm_string_parameter_value_from_lookup(service, "/multi-stack/greeting", NULL, NULL)},
                                {"AZS", ccdk_fn_join(service, ",", azs)}),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
