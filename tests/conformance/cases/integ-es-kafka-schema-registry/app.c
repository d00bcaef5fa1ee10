/* Conformance case 'integ-es-kafka-schema-registry': aws-cdk's integ.kafka-schema-registry.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped */
#include <ccdk/glue.h>
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

/* SmkGlueSchemaRegistryStack */
static void glue_stack(ccdk_app *app, const char *id)
{
    ccdk_stack *stack = ccdk_stack_new(app, id, NULL);
    ccdk_lambda_function *test_lambda_function = test_function(stack, "GlueFunction");
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
    ccdk_secretsmanager_secret *root_ca_secret = ccdk_secretsmanager_secret_new(stack, "GlueRootCASecret", &(ccdk_secretsmanager_secret_props){
        .secret_object_value = CCDK_KVS({"certificate", dummy_cert_string}),
    });
    ccdk_secretsmanager_secret *client_certificates_secret = ccdk_secretsmanager_secret_new(stack, "GlueClientCertSecret", &(ccdk_secretsmanager_secret_props){
        .secret_object_value = CCDK_KVS({"certificate", dummy_cert_string}, {"privateKey", dummy_private_key}),
    });
    ccdk_secretsmanager_secret_grant_read(root_ca_secret, test_lambda_function);
    ccdk_secretsmanager_secret_grant_read(client_certificates_secret, test_lambda_function);
    ccdk_glue_cfn_registry *glue_registry = ccdk_glue_cfn_registry_new(stack, "SchemaRegistry", &(ccdk_glue_cfn_registry_props){
        .name = "smk-glue-test-schema-registry",
        .description = "Schema registry for SMK integration tests",
    });
    ccdk_lambda_function_add_event_source(test_lambda_function, ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .bootstrap_servers = CCDK_STRS("kafka-broker-1:9092", "kafka-broker-2:9092", "kafka-broker-3:9092"),
        .secret = client_certificates_secret,
        .authentication_method = CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_CLIENT_CERTIFICATE_TLS_AUTH,
        .root_ca_certificate = root_ca_secret,
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .topic = "test-topic-smk-glue",
        .consumer_group_id = "test-consumer-group-smk-glue",
        .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){.minimum_pollers = CCDK_NUM(1), .maximum_pollers = CCDK_NUM(3)},
        .schema_registry_config = ccdk_lambda_glue_schema_registry(stack, &(ccdk_lambda_glue_schema_registry_props){
            .schema_registry = glue_registry,
            .event_record_format = CCDK_LAMBDA_EVENT_RECORD_FORMAT_JSON,
            .schema_validation_configs = CCDK_LIST_OF(ccdk_lambda_kafka_schema_validation_config, {CCDK_LAMBDA_KAFKA_SCHEMA_VALIDATION_ATTRIBUTE_KEY}),
        }),
    }));
}

/* SmkConfluentSchemaRegistryStack */
static void confluent_stack(ccdk_app *app, const char *id)
{
    ccdk_stack *stack = ccdk_stack_new(app, id, NULL);
    ccdk_lambda_function *test_lambda_function = test_function(stack, "ConfluentFunction");
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
    ccdk_secretsmanager_secret *root_ca_secret = ccdk_secretsmanager_secret_new(stack, "ConfluentRootCASecret", &(ccdk_secretsmanager_secret_props){
        .secret_object_value = CCDK_KVS({"certificate", dummy_cert_string}),
    });
    ccdk_secretsmanager_secret *client_certificates_secret = ccdk_secretsmanager_secret_new(stack, "ConfluentClientCertSecret", &(ccdk_secretsmanager_secret_props){
        .secret_object_value = CCDK_KVS({"certificate", dummy_cert_string}, {"privateKey", dummy_private_key}),
    });
    ccdk_secretsmanager_secret_grant_read(root_ca_secret, test_lambda_function);
    ccdk_secretsmanager_secret_grant_read(client_certificates_secret, test_lambda_function);
    ccdk_lambda_function_add_event_source(test_lambda_function, ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .bootstrap_servers = CCDK_STRS("kafka-broker-1:9092", "kafka-broker-2:9092", "kafka-broker-3:9092"),
        .secret = client_certificates_secret,
        .authentication_method = CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_CLIENT_CERTIFICATE_TLS_AUTH,
        .root_ca_certificate = root_ca_secret,
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .topic = "test-topic-smk-confluent",
        .consumer_group_id = "test-consumer-group-smk-confluent",
        .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){.minimum_pollers = CCDK_NUM(1), .maximum_pollers = CCDK_NUM(3)},
        .schema_registry_config = ccdk_lambda_confluent_schema_registry(stack, &(ccdk_lambda_confluent_schema_registry_props){
            .schema_registry_uri = "https://schema-registry.example.com",
            .event_record_format = CCDK_LAMBDA_EVENT_RECORD_FORMAT_JSON,
            .authentication_type = CCDK_LAMBDA_KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG_TYPE_BASIC_AUTH,
            .secret = client_certificates_secret,
            .schema_validation_configs = CCDK_LIST_OF(ccdk_lambda_kafka_schema_validation_config, {CCDK_LAMBDA_KAFKA_SCHEMA_VALIDATION_ATTRIBUTE_KEY}),
        }),
    }));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy", "false"}),
    });
    glue_stack(app, "lambda-event-source-glue-schema-registry");
    confluent_stack(app, "lambda-event-source-confluent-schema-registry");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
