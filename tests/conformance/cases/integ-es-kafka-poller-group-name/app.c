/* Conformance case 'integ-es-kafka-poller-group-name': aws-cdk's integ.kafka-poller-group-name.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
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
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "lambda-event-source-kafka-poller-group-name", NULL);
    ccdk_lambda_function *fn1 = test_function(stack, "SelfManagedFunction");
    const char *dummy_cert_string = "-----BEGIN CERTIFICATE-----\n"
        "MIIE5DCCAsygAwIBAgIRAPJdwaFaNRrytHBto0j5BA0wDQYJKoZIhvcNAQELBQAw\n"
        "cmUuaAii9R0=\n"
        "-----END CERTIFICATE-----\n"
        "-----BEGIN CERTIFICATE-----\n"
        "MIIFgjCCA2qgAwIBAgIQdjNZd6uFf9hbNC5RdfmHrzANBgkqhkiG9w0BAQsFADBb\n"
        "c8PH3PSoAaRwMMgOSA2ALJvbRz8mpg==\n"
        "-----END CERTIFICATE-----\"\n"
        "";
    const char *dummy_private_key = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
        "zp2mwJn2NYB7AZ7+imp0azDZb+8YG2aUCiyqb6PnnA==\n"
        "-----END ENCRYPTED PRIVATE KEY-----";
    ccdk_secretsmanager_secret *root_ca_secret = ccdk_secretsmanager_secret_new(stack, "RootCASecret", &(ccdk_secretsmanager_secret_props){
        .secret_object_value = CCDK_KVS({"certificate", dummy_cert_string}),
    });
    ccdk_secretsmanager_secret *client_certificates_secret = ccdk_secretsmanager_secret_new(stack, "ClientCertSecret", &(ccdk_secretsmanager_secret_props){
        .secret_object_value = CCDK_KVS({"certificate", dummy_cert_string}, {"privateKey", dummy_private_key}),
    });
    ccdk_secretsmanager_secret_grant_read(root_ca_secret, fn1);
    ccdk_secretsmanager_secret_grant_read(client_certificates_secret, fn1);
    ccdk_lambda_function_add_event_source(fn1, ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .bootstrap_servers = CCDK_STRS("my-self-hosted-kafka-broker-1:9092", "my-self-hosted-kafka-broker-2:9092",
                                       "my-self-hosted-kafka-broker-3:9092"),
        .topic = "my-test-topic-with-poller-group",
        .consumer_group_id = "myTestConsumerGroupWithPollerGroup",
        .secret = client_certificates_secret,
        .authentication_method = CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_CLIENT_CERTIFICATE_TLS_AUTH,
        .root_ca_certificate = root_ca_secret,
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
            .minimum_pollers = CCDK_NUM(1),
            .maximum_pollers = CCDK_NUM(3),
            .poller_group_name = "test-poller-group-self-managed",
        },
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
