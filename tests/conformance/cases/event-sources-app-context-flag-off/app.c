/* aws-cdk's kafka.test.ts 'msk' tests with @aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy
 * false in the App's context, and sqs.test.ts's warning test in the stack a NULL id makes ('Default'). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sqs.h>

/* aws-cdk's test/test-function.ts */
static ccdk_lambda_function *test_function(ccdk_stack *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(scope, "exports.handler = async function handler(event) { return { event }; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy", "false"}),
    });
    {
        ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_from_function_name(stack, "Handler", "testFunction");
        ccdk_sqs_queue *q = ccdk_sqs_queue_new(stack, "Q", NULL);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(q, NULL));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "MskDefault", NULL);
        ccdk_lambda_function *fn = test_function(stack, "Fn");
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_managed_kafka_event_source(stack,
            &(ccdk_lambda_managed_kafka_event_source_props){
                .cluster_arn = "some-arn", .topic = "some-topic", .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON}));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "MskWithSecret", NULL);
        ccdk_lambda_function *fn = test_function(stack, "Fn");
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret",
            &(ccdk_secretsmanager_secret_props){.secret_name = "AmazonMSK_KafkaSecret"});
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_managed_kafka_event_source(stack,
            &(ccdk_lambda_managed_kafka_event_source_props){
                .cluster_arn = "some-arn", .topic = "some-topic", .secret = secret,
                .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON}));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
