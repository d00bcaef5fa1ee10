/* aws-cdk's kafka.test.ts, the tests of a Kafka source's schemaRegistryConfig (ConfluentSchemaRegistry,
 * GlueSchemaRegistry by a glue.CfnRegistry and by ARN) that synthesize a template, each as its own
 * stack (the tests' `new cdk.Stack()`, here named), and the same option on a lambda.EventSourceMapping
 * of its own. */
#include <ccdk/glue.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/secretsmanager.h>

static ccdk_app *app;

/* aws-cdk's test/test-function.ts */
static ccdk_lambda_function *test_function(ccdk_stack *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(scope, "exports.handler = async function handler(event) { return { event }; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
}

typedef struct {
    ccdk_stack *stack;
    ccdk_lambda_function *fn;
} given_t;

static given_t given(const char *name)
{
    ccdk_stack *stack = ccdk_stack_new(app, name, NULL);
    return (given_t){stack, test_function(stack, "Fn")};
}

#define CLUSTER_ARN "some-arn"
#define KAFKA_TOPIC "some-topic"
#define GLUE_ARN "arn:aws:glue:us-west-2:123456789012:registry/example"
#define TRIM_HORIZON CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON
#define KEY_ONLY CCDK_LIST_OF(ccdk_lambda_kafka_schema_validation_config, {CCDK_LAMBDA_KAFKA_SCHEMA_VALIDATION_ATTRIBUTE_KEY})

static const ccdk_lambda_provisioned_poller_config pollers = {.minimum_pollers = CCDK_NUM(1), .maximum_pollers = CCDK_NUM(3)};

static ccdk_secretsmanager_secret *new_secret(ccdk_stack *stack)
{
    return ccdk_secretsmanager_secret_new(stack, "Secret", &(ccdk_secretsmanager_secret_props){.secret_name = "AmazonMSK_KafkaSecret"});
}

static ccdk_lambda_schema_registry *confluent(ccdk_stack *stack, ccdk_secretsmanager_secret *secret)
{
    return ccdk_lambda_confluent_schema_registry(stack, &(ccdk_lambda_confluent_schema_registry_props){
        .schema_registry_uri = "https://example.com",
        .event_record_format = CCDK_LAMBDA_EVENT_RECORD_FORMAT_JSON,
        .authentication_type = CCDK_LAMBDA_KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG_TYPE_BASIC_AUTH,
        .secret = secret,
        .schema_validation_configs = KEY_ONLY,
    });
}

static ccdk_lambda_schema_registry *glue_registry(ccdk_stack *stack, ccdk_glue_cfn_registry *registry, const char *arn)
{
    return ccdk_lambda_glue_schema_registry(stack, &(ccdk_lambda_glue_schema_registry_props){
        .schema_registry = registry,
        .schema_registry_arn = arn,
        .event_record_format = CCDK_LAMBDA_EVENT_RECORD_FORMAT_JSON,
        .schema_validation_configs = KEY_ONLY,
    });
}

static ccdk_glue_cfn_registry *cfn_registry(ccdk_stack *stack, const char *name)
{
    return ccdk_glue_cfn_registry_new(stack, "SchemaRegistry", &(ccdk_glue_cfn_registry_props){
        .name = name,
        .description = "Schema registry for SMK integration tests",
    });
}

/* a ManagedKafkaEventSource with the case's common props, and the outputs of its mapping */
static void msk(given_t g, ccdk_lambda_schema_registry *registry, const char *consumer_group_id)
{
    ccdk_lambda_event_source *source = ccdk_lambda_managed_kafka_event_source(g.stack, &(ccdk_lambda_managed_kafka_event_source_props){
        .cluster_arn = CLUSTER_ARN,
        .topic = KAFKA_TOPIC,
        .starting_position = TRIM_HORIZON,
        .provisioned_poller_config = &pollers,
        .consumer_group_id = consumer_group_id,
        .schema_registry_config = registry,
    });
    ccdk_lambda_function_add_event_source(g.fn, source);
    ccdk_cfn_output_new(g.stack, "MappingId", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_id_of(source)});
    ccdk_cfn_output_new(g.stack, "MappingArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_arn_of(source)});
}

static void smk(given_t g, ccdk_secretsmanager_secret *secret, ccdk_lambda_schema_registry *registry, const char *consumer_group_id)
{
    ccdk_lambda_function_add_event_source(g.fn, ccdk_lambda_self_managed_kafka_event_source(g.stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .bootstrap_servers = CCDK_STRS("kafka-broker:9092"),
        .topic = KAFKA_TOPIC,
        .secret = secret,
        .starting_position = TRIM_HORIZON,
        .provisioned_poller_config = &pollers,
        .consumer_group_id = consumer_group_id,
        .schema_registry_config = registry,
    }));
}

int main(void)
{
    app = ccdk_app_new(NULL);
    {
        given_t g = given("MskConfluent");
        msk(g, confluent(g.stack, new_secret(g.stack)), NULL);
    }
    {
        given_t g = given("MskGlue");
        ccdk_glue_cfn_registry *registry = cfn_registry(g.stack, "msk-test-schema-registry");
        msk(g, glue_registry(g.stack, registry, NULL), NULL);
    }
    {
        given_t g = given("MskGlueArn");
        msk(g, glue_registry(g.stack, NULL, GLUE_ARN), NULL);
    }
    {
        given_t g = given("MskConsumerGroup");
        ccdk_secretsmanager_secret *secret = new_secret(g.stack);
        msk(g, confluent(g.stack, secret), "my-consumer-group-id");
    }
    {
        given_t g = given("SmkConfluent");
        ccdk_secretsmanager_secret *secret = new_secret(g.stack);
        smk(g, secret, confluent(g.stack, secret), NULL);
    }
    {
        given_t g = given("SmkGlue");
        ccdk_glue_cfn_registry *registry = cfn_registry(g.stack, "smk-test-schema-registry");
        smk(g, new_secret(g.stack), glue_registry(g.stack, registry, NULL), NULL);
    }
    {
        given_t g = given("SmkGlueArn");
        smk(g, new_secret(g.stack), glue_registry(g.stack, NULL, GLUE_ARN), NULL);
    }
    {
        given_t g = given("SmkConsumerGroup");
        ccdk_secretsmanager_secret *secret = new_secret(g.stack);
        smk(g, secret, confluent(g.stack, secret), "my-consumer-group-id");
    }
    {
        /* EventSourceMappingOptions.schemaRegistryConfig: on a mapping of its own, and with a Version target */
        given_t g = given("Mapping");
        ccdk_glue_cfn_registry *registry = cfn_registry(g.stack, "mapping-schema-registry");
        ccdk_lambda_event_source_mapping_new(g.stack, "Mapping", &(ccdk_lambda_event_source_mapping_props){
            .target = g.fn,
            .options = {
                .event_source_arn = CLUSTER_ARN,
                .kafka_topic = KAFKA_TOPIC,
                .starting_position = TRIM_HORIZON,
                .schema_registry_config = ccdk_lambda_glue_schema_registry(g.stack, &(ccdk_lambda_glue_schema_registry_props){
                    .schema_registry = registry,
                    .event_record_format = CCDK_LAMBDA_EVENT_RECORD_FORMAT_SOURCE,
                    .schema_validation_configs = CCDK_LIST_OF(ccdk_lambda_kafka_schema_validation_config,
                                                              {CCDK_LAMBDA_KAFKA_SCHEMA_VALIDATION_ATTRIBUTE_KEY},
                                                              {CCDK_LAMBDA_KAFKA_SCHEMA_VALIDATION_ATTRIBUTE_VALUE}),
                }),
            },
        });
        ccdk_lambda_function_add_event_source_mapping(ccdk_lambda_function_current_version(g.fn), "VersionMapping",
                                                      &(ccdk_lambda_event_source_mapping_options){
            .kafka_bootstrap_servers = CCDK_STRS("kafka-broker:9092"),
            .kafka_topic = KAFKA_TOPIC,
            .starting_position = TRIM_HORIZON,
            .schema_registry_config = ccdk_lambda_confluent_schema_registry(g.stack, &(ccdk_lambda_confluent_schema_registry_props){
                .schema_registry_uri = "https://registry.example.com",
                .event_record_format = CCDK_LAMBDA_EVENT_RECORD_FORMAT_OF("AVRO"),
                .authentication_type = CCDK_LAMBDA_KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG_TYPE_OF("CUSTOM_AUTH"),
                .secret = new_secret(g.stack),
                .schema_validation_configs = CCDK_EMPTY_LIST,
            }),
        });
        /* a registry name with colons matches the ARN pattern ([^\/]+); no schema_validation_configs */
        ccdk_lambda_event_source_mapping_new(g.stack, "ArnMapping", &(ccdk_lambda_event_source_mapping_props){
            .target = g.fn,
            .options = {
                .kafka_bootstrap_servers = CCDK_STRS("kafka-broker:9092"),
                .kafka_topic = KAFKA_TOPIC,
                .kafka_consumer_group_id = "group",
                .starting_position = TRIM_HORIZON,
                .schema_registry_config = ccdk_lambda_glue_schema_registry(g.stack, &(ccdk_lambda_glue_schema_registry_props){
                    .schema_registry_arn = "arn:aws-cn:glue:cn-north-1:111122223333:registry/name:with:colons",
                    .event_record_format = CCDK_LAMBDA_EVENT_RECORD_FORMAT_JSON,
                }),
            },
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
