/* Conformance case 'integ-es-s3-onfailuire-destination': aws-cdk's integ.s3-onfailuire-destination.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>
#include <ccdk/secretsmanager.h>

/* test-function.ts's TestFunction: Code.fromInline(`exports.handler = ${handler.toString()}`) (the text
 * of app.js's handler), runtime STANDARD_NODEJS_RUNTIME (NODEJS_18_X) */
static ccdk_lambda_function *test_function(ccdk_stack *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(scope, "exports.handler = async function handler(event) {\n"
                                                    "  console.log('event:', JSON.stringify(event, undefined, 2));\n"
                                                    "  return { event };\n"
                                                    "}"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "lambda-event-source-s3ofd", NULL);
    ccdk_lambda_function *fn = test_function(stack, "F");
    const char *dummy_cert_string = "-----BEGIN CERTIFICATE-----\n"
        "    MIIE5DCCAsygAwIBAgIRAPJdwaFaNRrytHBto0j5BA0wDQYJKoZIhvcNAQELBQAw\n"
        "    cmUuiAii9R0=\n"
        "    -----END CERTIFICATE-----\n"
        "    -----BEGIN CERTIFICATE-----\n"
        "    MIIFgjCCA2qgAwIBAgIQdjNZd6uFf9hbNC5RdfmHrzANBgkqhkiG9w0BAQsFADBb\n"
        "    c8PH3PSoAaRwMMgOSA2ALJvbRz8mpg==\n"
        "    -----END CERTIFICATE-----\"\n"
        "    ";
    const char *dummy_private_key = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
        "    zp2mwJn2NYB7AZ7+imp0azDZb+8YG2aUCiyqb6PnnA==\n"
        "    -----END ENCRYPTED PRIVATE KEY-----";
    ccdk_secretsmanager_secret *root_ca_secret = ccdk_secretsmanager_secret_new(stack, "S", &(ccdk_secretsmanager_secret_props){
        .secret_object_value = CCDK_KVS({"certificate", dummy_cert_string}),
    });
    ccdk_secretsmanager_secret *client_certificates_secret = ccdk_secretsmanager_secret_new(stack, "SC", &(ccdk_secretsmanager_secret_props){
        .secret_object_value = CCDK_KVS({"certificate", dummy_cert_string}, {"privateKey", dummy_private_key}),
    });
    ccdk_secretsmanager_secret_grant_read(root_ca_secret, fn);
    ccdk_secretsmanager_secret_grant_read(client_certificates_secret, fn);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "B", &(ccdk_s3_bucket_props){
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .auto_delete_objects = CCDK_TRUE,
    });
    ccdk_lambda_event_source_dlq *s3ofd = ccdk_lambda_s3_on_failure_destination(bucket);
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .bootstrap_servers = CCDK_STRS("my-self-hosted-kafka-broker-1:9092", "my-self-hosted-kafka-broker-2:9092",
                                       "my-self-hosted-kafka-broker-3:9092"),
        .topic = "my-test-topic",
        .consumer_group_id = "myTestConsumerGroup",
        .secret = client_certificates_secret,
        .authentication_method = CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_CLIENT_CERTIFICATE_TLS_AUTH,
        .root_ca_certificate = root_ca_secret,
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .on_failure = s3ofd,
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
