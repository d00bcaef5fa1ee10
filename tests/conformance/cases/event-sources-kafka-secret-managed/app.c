/* ManagedKafkaEventSource with a secret: the SASL_SCRAM_512_AUTH source access configuration, the
 * secret's grantRead before the kafka:* statement, and a secret encrypted with a kms.Key (the key
 * policy's kms:Decrypt through Secrets Manager). */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", &(ccdk_secretsmanager_secret_props){
        .secret_name = "AmazonMSK_KafkaSecret"});
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_managed_kafka_event_source(stack, &(ccdk_lambda_managed_kafka_event_source_props){
        .cluster_arn = "some-arn",
        .topic = "some-topic",
        .secret = secret,
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
    }));
    /* a second function, an imported secret and a secret with a key */
    ccdk_lambda_function *fn2 = ccdk_lambda_function_new(stack, "Fn2", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 2;"),
    });
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_secretsmanager_secret *keyed = ccdk_secretsmanager_secret_new(stack, "KeyedSecret", &(ccdk_secretsmanager_secret_props){
        .secret_name = "AmazonMSK_Keyed", .encryption_key = key});
    const char *cluster_arn = "arn:aws:kafka:us-east-1:123456789012:cluster/my-cluster/11111111-1111-1111-1111-111111111111-1";
    ccdk_lambda_function_add_event_source(fn2, ccdk_lambda_managed_kafka_event_source(stack, &(ccdk_lambda_managed_kafka_event_source_props){
        .cluster_arn = cluster_arn,
        .topic = "orders",
        .secret = keyed,
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .batch_size = CCDK_NUM(50),
    }));
    ccdk_lambda_function_add_event_source(fn2, ccdk_lambda_managed_kafka_event_source(stack, &(ccdk_lambda_managed_kafka_event_source_props){
        .cluster_arn = cluster_arn,
        .topic = "returns",
        .secret = ccdk_secretsmanager_secret_from_secret_partial_arn(stack, "Imported",
                                                                     "arn:aws:secretsmanager:us-east-1:123456789012:secret:AmazonMSK_shared"),
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
