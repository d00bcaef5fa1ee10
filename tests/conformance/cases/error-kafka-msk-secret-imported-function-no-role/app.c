/* error: ManagedKafkaEventSource with a secret on a function imported without a role (secret.grantRead asks for the policy fragment) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_lambda_function *fn = ccdk_lambda_function_from_function_arn(stack, "Fn", "arn:aws:lambda:us-east-1:123456789012:function:mine");
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_managed_kafka_event_source(stack, &(ccdk_lambda_managed_kafka_event_source_props){
        .cluster_arn = "arn:aws:kafka:us-east-1:123456789012:cluster/c/abc",
        .topic = "orders",
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
