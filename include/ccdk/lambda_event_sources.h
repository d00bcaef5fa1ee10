/* ccdk/lambda_event_sources.h - event sources for Lambda functions (aws-lambda-event-sources) and
 * lambda.EventSourceMapping. */
#ifndef CCDK_LAMBDA_EVENT_SOURCES_H
#define CCDK_LAMBDA_EVENT_SOURCES_H

#include "ccdk/dynamodb.h"
#include "ccdk/kinesis.h"
#include "ccdk/kms.h"
#include "ccdk/lambda.h"
#include "ccdk/s3.h"
#include "ccdk/secretsmanager.h"
#include "ccdk/sns.h"
#include "ccdk/sqs.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_lambda_event_source_mapping ccdk_lambda_event_source_mapping;
typedef struct ccdk_lambda_event_source ccdk_lambda_event_source;

typedef enum {
    CCDK_LAMBDA_STARTING_POSITION_UNSET = 0,
    CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
    CCDK_LAMBDA_STARTING_POSITION_LATEST,
    CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP
} ccdk_lambda_starting_position;

/* ================================================================== filters
 * FilterCriteria.filter(pattern) and the FilterRule helpers: the pattern is an object value
 * (ccdk_v_object, ccdk_v_set) whose leaves are FilterRule values; FilterCriteria.filter turns it
 * into {"pattern": JSON.stringify(pattern)}. Every value is owned by the owner's App; a bad owner
 * goes to the process-wide list and the value is an empty object/list (never NULL). Tokens inside a
 * pattern stay tokens: the pattern string becomes an Fn::Join, as in aws-cdk-lib. */
typedef CCDK_LIST_TYPE(ccdk_value *) ccdk_lambda_filter_list;
/** FilterCriteria.filter(pattern): {pattern: JSON.stringify(pattern)}; a NULL pattern is {}. */
ccdk_value *ccdk_lambda_filter_criteria_filter(void *owner, ccdk_value *pattern);
/** FilterRule.null() [null], FilterRule.empty() [""], FilterRule.exists() [{exists: true}],
 *  FilterRule.notExists() [{exists: false}]. */
ccdk_value *ccdk_lambda_filter_rule_null(void *owner);
ccdk_value *ccdk_lambda_filter_rule_empty(void *owner);
ccdk_value *ccdk_lambda_filter_rule_exists(void *owner);
ccdk_value *ccdk_lambda_filter_rule_not_exists(void *owner);
/** FilterRule.isEqual(string) [item] and FilterRule.isEqual(number) [{numeric: ["=", item]}]. */
ccdk_value *ccdk_lambda_filter_rule_is_equal(void *owner, const char *item);
ccdk_value *ccdk_lambda_filter_rule_is_equal_number(void *owner, double item);
/** FilterRule.isEqual(boolean) [item]: CCDK_TRUE [true], CCDK_FALSE [false]; CCDK_UNSET is
 *  isEqual(undefined), which JSON.stringify writes [null]. */
ccdk_value *ccdk_lambda_filter_rule_is_equal_bool(void *owner, ccdk_tristate item);
/** FilterRule.or(...elems): the strings as a list. */
ccdk_value *ccdk_lambda_filter_rule_or(void *owner, ccdk_strs elems);
/** FilterRule.notEquals(elem) [{"anything-but": [elem]}], FilterRule.beginsWith(elem) [{prefix: elem}],
 *  FilterRule.between(first, second) [{numeric: [">", first, "<=", second]}]. */
ccdk_value *ccdk_lambda_filter_rule_not_equals(void *owner, const char *elem);
ccdk_value *ccdk_lambda_filter_rule_begins_with(void *owner, const char *elem);
ccdk_value *ccdk_lambda_filter_rule_between(void *owner, double first, double second);

/* ================================================================== on-failure destinations */

/** An IEventSourceDlq: SqsDlq(queue), SnsDlq(topic), S3OnFailureDestination(bucket), KafkaDlq(topic
 *  name). Bound when the mapping is made: it grants the function sqs:SendMessage... / sns:Publish /
 *  the bucket's grantReadWrite, and becomes DestinationConfig.OnFailure.Destination. Owned by the
 *  handle's App; a NULL or bad handle is an error on the process-wide list and the destination is
 *  ignored (never NULL). The S3 one goes to the stream sources (Kinesis, DynamoDB) and EventSourceMapping. */
typedef struct ccdk_lambda_event_source_dlq ccdk_lambda_event_source_dlq;
ccdk_lambda_event_source_dlq *ccdk_lambda_sqs_dlq(ccdk_sqs_queue *queue);
ccdk_lambda_event_source_dlq *ccdk_lambda_sns_dlq(ccdk_sns_topic *topic);
ccdk_lambda_event_source_dlq *ccdk_lambda_s3_on_failure_destination(ccdk_s3_bucket *bucket);
/** new KafkaDlq(topicName): failed records of a Kafka source (ManagedKafkaEventSource,
 *  SelfManagedKafkaEventSource, a Kafka EventSourceMapping) go to a Kafka topic: the destination is
 *  "kafka://<topic_name>" (a name that starts with kafka:// is kept as it is), without a grant. A
 *  token is taken as it is, unchecked. aws-cdk-lib's TypeErrors, without a path, for an empty or
 *  blank (or NULL) name ("Topic name cannot be empty"; blank as JavaScript's trim() sees it, Unicode
 *  whitespace such as U+00A0 included), "kafka://" alone, and characters other than letters, digits,
 *  '.', '_' and '-'. Owned by owner's App (any construct of it, as aws-cdk-lib's constructor takes
 *  none); a bad owner goes to the process-wide list; never NULL. */
ccdk_lambda_event_source_dlq *ccdk_lambda_kafka_dlq(void *owner, const char *topic_name);
/** dlq.bind(target, targetHandler) (IEventSourceDlq), as a mapping binds its on_failure: the
 *  DlqDestinationConfig's destination, owned by the App. SqsDlq, SnsDlq and S3OnFailureDestination
 *  first grant target_handler (a Function, Version, Alias or imported function: required for them)
 *  sqs:SendMessage..., sns:Publish, the bucket's grantReadWrite, and give the queue's, topic's or
 *  bucket's ARN; KafkaDlq gives "kafka://<topic>" (or its token) without a grant, looking at neither
 *  argument (aws-cdk's kafka-dlq.test.ts binds it to `{}`: NULL here). target, the mapping, is unused
 *  by all four, as in aws-cdk-lib, and may be NULL. NULL for a NULL dlq (an error on the process-wide
 *  list), for a destination whose construction failed, or a grant that failed (its error). */
const char *ccdk_lambda_event_source_dlq_bind(ccdk_lambda_event_source_dlq *dlq, ccdk_lambda_event_source_mapping *target,
                                              void *target_handler);

/* ================================================================== Kafka schema registries
 * lambda.EventRecordFormat, KafkaSchemaRegistryAccessConfigType and KafkaSchemaValidationAttribute
 * (aws-lambda/lib/schema-registry.ts), and aws-lambda-event-sources' ConfluentSchemaRegistry and
 * GlueSchemaRegistry: the ISchemaRegistry that a Kafka source's (or a Kafka mapping's)
 * schema_registry_config takes (src/lambda/event_source_schema_registry.c). */

/** EventRecordFormat: JSON, SOURCE, or EventRecordFormat.of(name) with
 *  CCDK_LAMBDA_EVENT_RECORD_FORMAT_OF("NAME"). */
typedef struct {
    const char *value;
} ccdk_lambda_event_record_format;
extern const ccdk_lambda_event_record_format ccdk_lambda_event_record_format_json;
extern const ccdk_lambda_event_record_format ccdk_lambda_event_record_format_source;
#define CCDK_LAMBDA_EVENT_RECORD_FORMAT_JSON (&ccdk_lambda_event_record_format_json)
#define CCDK_LAMBDA_EVENT_RECORD_FORMAT_SOURCE (&ccdk_lambda_event_record_format_source)
/** EventRecordFormat.of(name): a compound literal; the registry copies it when it is made. */
#define CCDK_LAMBDA_EVENT_RECORD_FORMAT_OF(name) (&(const ccdk_lambda_event_record_format){(name)})

/** KafkaSchemaRegistryAccessConfigType: the constants, or .of(name) with
 *  CCDK_LAMBDA_KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG_TYPE_OF("NAME"). */
typedef struct {
    const char *type;
} ccdk_lambda_kafka_schema_registry_access_config_type;
extern const ccdk_lambda_kafka_schema_registry_access_config_type ccdk_lambda_kafka_schema_registry_access_config_type_basic_auth;
extern const ccdk_lambda_kafka_schema_registry_access_config_type ccdk_lambda_kafka_schema_registry_access_config_type_client_certificate_tls_auth;
extern const ccdk_lambda_kafka_schema_registry_access_config_type ccdk_lambda_kafka_schema_registry_access_config_type_server_root_ca_certificate;
extern const ccdk_lambda_kafka_schema_registry_access_config_type ccdk_lambda_kafka_schema_registry_access_config_type_virtual_host;
extern const ccdk_lambda_kafka_schema_registry_access_config_type ccdk_lambda_kafka_schema_registry_access_config_type_sasl_scram_256_auth;
extern const ccdk_lambda_kafka_schema_registry_access_config_type ccdk_lambda_kafka_schema_registry_access_config_type_sasl_scram_512_auth;
extern const ccdk_lambda_kafka_schema_registry_access_config_type ccdk_lambda_kafka_schema_registry_access_config_type_vpc_security_group;
extern const ccdk_lambda_kafka_schema_registry_access_config_type ccdk_lambda_kafka_schema_registry_access_config_type_vpc_subnet;
#define CCDK_LAMBDA_KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG_TYPE_BASIC_AUTH (&ccdk_lambda_kafka_schema_registry_access_config_type_basic_auth)
#define CCDK_LAMBDA_KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG_TYPE_CLIENT_CERTIFICATE_TLS_AUTH (&ccdk_lambda_kafka_schema_registry_access_config_type_client_certificate_tls_auth)
#define CCDK_LAMBDA_KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG_TYPE_SERVER_ROOT_CA_CERTIFICATE (&ccdk_lambda_kafka_schema_registry_access_config_type_server_root_ca_certificate)
#define CCDK_LAMBDA_KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG_TYPE_VIRTUAL_HOST (&ccdk_lambda_kafka_schema_registry_access_config_type_virtual_host)
#define CCDK_LAMBDA_KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG_TYPE_SASL_SCRAM_256_AUTH (&ccdk_lambda_kafka_schema_registry_access_config_type_sasl_scram_256_auth)
#define CCDK_LAMBDA_KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG_TYPE_SASL_SCRAM_512_AUTH (&ccdk_lambda_kafka_schema_registry_access_config_type_sasl_scram_512_auth)
#define CCDK_LAMBDA_KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG_TYPE_VPC_SECURITY_GROUP (&ccdk_lambda_kafka_schema_registry_access_config_type_vpc_security_group)
#define CCDK_LAMBDA_KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG_TYPE_VPC_SUBNET (&ccdk_lambda_kafka_schema_registry_access_config_type_vpc_subnet)
/** KafkaSchemaRegistryAccessConfigType.of(name): a compound literal, copied by the registry. */
#define CCDK_LAMBDA_KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG_TYPE_OF(name) \
    (&(const ccdk_lambda_kafka_schema_registry_access_config_type){(name)})

/** KafkaSchemaValidationAttribute: KEY, VALUE, or .of(name) with
 *  CCDK_LAMBDA_KAFKA_SCHEMA_VALIDATION_ATTRIBUTE_OF("NAME"). */
typedef struct {
    const char *value;
} ccdk_lambda_kafka_schema_validation_attribute;
extern const ccdk_lambda_kafka_schema_validation_attribute ccdk_lambda_kafka_schema_validation_attribute_key;
extern const ccdk_lambda_kafka_schema_validation_attribute ccdk_lambda_kafka_schema_validation_attribute_value;
#define CCDK_LAMBDA_KAFKA_SCHEMA_VALIDATION_ATTRIBUTE_KEY (&ccdk_lambda_kafka_schema_validation_attribute_key)
#define CCDK_LAMBDA_KAFKA_SCHEMA_VALIDATION_ATTRIBUTE_VALUE (&ccdk_lambda_kafka_schema_validation_attribute_value)
#define CCDK_LAMBDA_KAFKA_SCHEMA_VALIDATION_ATTRIBUTE_OF(name) (&(const ccdk_lambda_kafka_schema_validation_attribute){(name)})

/** KafkaSchemaValidationConfig: {Attribute: attribute->value}. */
typedef struct {
    const ccdk_lambda_kafka_schema_validation_attribute *attribute;
} ccdk_lambda_kafka_schema_validation_config;
typedef CCDK_LIST_TYPE(ccdk_lambda_kafka_schema_validation_config) ccdk_lambda_kafka_schema_validation_config_list;

/** An ISchemaRegistry: bound when a Kafka mapping is made (before its resource), it grants the
 *  function what it needs and becomes the mapping's <Amazon|Self>ManagedKafkaEventSourceConfig
 *  .SchemaRegistryConfig {AccessConfigs, EventRecordFormat, SchemaRegistryURI,
 *  SchemaValidationConfigs}. One registry may serve several sources. */
typedef struct ccdk_lambda_schema_registry ccdk_lambda_schema_registry;

/** ConfluentSchemaRegistryProps. */
typedef struct {
    const char *schema_registry_uri;                                               /* required */
    const ccdk_lambda_event_record_format *event_record_format;                    /* required */
    const ccdk_lambda_kafka_schema_registry_access_config_type *authentication_type; /* required */
    ccdk_secretsmanager_secret *secret; /* required: the registry's credentials */
    /** Not given: no SchemaValidationConfigs; given and empty: []. */
    ccdk_lambda_kafka_schema_validation_config_list schema_validation_configs;
} ccdk_lambda_confluent_schema_registry_props;

/** new ConfluentSchemaRegistry(props): a Confluent schema registry. When bound: secret.grantRead(fn),
 *  and AccessConfigs [{Type: authentication_type, URI: the secret's ARN}]. props are copied. Owned by
 *  owner's App (any construct of it: aws-cdk-lib's constructor takes none). NULL props or a missing
 *  required prop (a TypeError when aws-cdk-lib binds it) is an error on the App, and the registry
 *  then binds to nothing (the mapping is not made); a bad owner goes to the process-wide list; never
 *  NULL. */
ccdk_lambda_schema_registry *ccdk_lambda_confluent_schema_registry(void *owner, const ccdk_lambda_confluent_schema_registry_props *props);

/** GlueSchemaRegistryProps: the registry as a glue.CfnRegistry (ccdk/glue.h), or by its ARN
 *  (arn:<partition>:glue:<region>:<account>:registry/<name>); the CfnRegistry wins when both are given. */
typedef struct {
    ccdk_glue_cfn_registry *schema_registry;
    const char *schema_registry_arn;
    const ccdk_lambda_event_record_format *event_record_format; /* required */
    ccdk_lambda_kafka_schema_validation_config_list schema_validation_configs;
} ccdk_lambda_glue_schema_registry_props;

/** new GlueSchemaRegistry(props): an AWS Glue schema registry. When bound, it adds to the function's
 *  role policy (fn.addToRolePolicy) glue:GetRegistry on the registry's ARN, and glue:GetSchemaVersion
 *  on it and on its schemas, Fn.sub('arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:schema/
 *  ${registryName}/' + '*', {registryName: <the registry's name>}); SchemaRegistryURI is the ARN (the CfnRegistry's
 *  attrArn), without AccessConfigs. Binding errors are aws-cdk-lib's, on the mapping: an ARN that does
 *  not match the pattern ("schemaRegistryArn <arn> must match /^arn:[^:]+:glue:[^:]+:[^:]+:registry\/
 *  ([^\/]+)$/", a token too), neither given ("one of schemaRegistryArn or schemaRegistry must be
 *  passed"). props are copied; ownership and other errors as for ccdk_lambda_confluent_schema_registry. */
ccdk_lambda_schema_registry *ccdk_lambda_glue_schema_registry(void *owner, const ccdk_lambda_glue_schema_registry_props *props);

/* ================================================================== EventSourceMapping */

/** lambda.MetricType (the MetricsConfig.Metrics items), constants as the architectures are. */
typedef struct {
    const char *name; /* "EventCount", ... */
} ccdk_lambda_metric_type;
typedef CCDK_LIST_TYPE(const ccdk_lambda_metric_type *) ccdk_lambda_metric_type_list;
extern const ccdk_lambda_metric_type ccdk_lambda_metric_type_event_count;
extern const ccdk_lambda_metric_type ccdk_lambda_metric_type_error_count;
extern const ccdk_lambda_metric_type ccdk_lambda_metric_type_kafka_metrics;
#define CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT (&ccdk_lambda_metric_type_event_count)
#define CCDK_LAMBDA_METRIC_TYPE_ERROR_COUNT (&ccdk_lambda_metric_type_error_count)
#define CCDK_LAMBDA_METRIC_TYPE_KAFKA_METRICS (&ccdk_lambda_metric_type_kafka_metrics)
/** MetricsConfig: given when `metrics` is given (CCDK_LIST(...) or CCDK_EMPTY_LIST). */
typedef struct {
    ccdk_lambda_metric_type_list metrics;
} ccdk_lambda_metrics_config;

/** ProvisionedPollerConfig (provisioned mode of the mapping). */
typedef struct {
    ccdk_opt_num minimum_pollers; /* 1 to 200 (SQS: 2 to 200) */
    ccdk_opt_num maximum_pollers; /* 1 to 2000 (SQS: 2 to 2000) */
    const char *poller_group_name;
} ccdk_lambda_provisioned_poller_config;

/** lambda.SourceAccessConfigurationType: the constants, or SourceAccessConfigurationType.of(name)
 *  with CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_OF("NAME"). */
typedef struct {
    const char *type; /* "BASIC_AUTH", ... */
} ccdk_lambda_source_access_configuration_type;
extern const ccdk_lambda_source_access_configuration_type ccdk_lambda_source_access_configuration_type_basic_auth;
extern const ccdk_lambda_source_access_configuration_type ccdk_lambda_source_access_configuration_type_vpc_subnet;
extern const ccdk_lambda_source_access_configuration_type ccdk_lambda_source_access_configuration_type_vpc_security_group;
extern const ccdk_lambda_source_access_configuration_type ccdk_lambda_source_access_configuration_type_sasl_scram_256_auth;
extern const ccdk_lambda_source_access_configuration_type ccdk_lambda_source_access_configuration_type_sasl_scram_512_auth;
extern const ccdk_lambda_source_access_configuration_type ccdk_lambda_source_access_configuration_type_client_certificate_tls_auth;
extern const ccdk_lambda_source_access_configuration_type ccdk_lambda_source_access_configuration_type_server_root_ca_certificate;
extern const ccdk_lambda_source_access_configuration_type ccdk_lambda_source_access_configuration_type_virtual_host;
#define CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_BASIC_AUTH (&ccdk_lambda_source_access_configuration_type_basic_auth)
#define CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_VPC_SUBNET (&ccdk_lambda_source_access_configuration_type_vpc_subnet)
#define CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_VPC_SECURITY_GROUP (&ccdk_lambda_source_access_configuration_type_vpc_security_group)
#define CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_SASL_SCRAM_256_AUTH (&ccdk_lambda_source_access_configuration_type_sasl_scram_256_auth)
#define CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_SASL_SCRAM_512_AUTH (&ccdk_lambda_source_access_configuration_type_sasl_scram_512_auth)
#define CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_CLIENT_CERTIFICATE_TLS_AUTH (&ccdk_lambda_source_access_configuration_type_client_certificate_tls_auth)
#define CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_SERVER_ROOT_CA_CERTIFICATE (&ccdk_lambda_source_access_configuration_type_server_root_ca_certificate)
#define CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_VIRTUAL_HOST (&ccdk_lambda_source_access_configuration_type_virtual_host)
/** SourceAccessConfigurationType.of(name): a compound literal, alive as long as its block (the
 *  mapping reads it when it is made). */
#define CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_OF(name) (&(const ccdk_lambda_source_access_configuration_type){(name)})

/** SourceAccessConfiguration: {Type: type->type, URI: uri} (uri may be a token). */
typedef struct {
    const ccdk_lambda_source_access_configuration_type *type;
    const char *uri;
} ccdk_lambda_source_access_configuration;
typedef CCDK_LIST_TYPE(ccdk_lambda_source_access_configuration) ccdk_lambda_source_access_configuration_list;

/** lambda.EventSourceMappingLogLevel: LoggingConfig.SystemLogLevel (UNSET: not given). */
typedef enum {
    CCDK_LAMBDA_EVENT_SOURCE_MAPPING_LOG_LEVEL_UNSET = 0,
    CCDK_LAMBDA_EVENT_SOURCE_MAPPING_LOG_LEVEL_INFO,
    CCDK_LAMBDA_EVENT_SOURCE_MAPPING_LOG_LEVEL_DEBUG,
    CCDK_LAMBDA_EVENT_SOURCE_MAPPING_LOG_LEVEL_WARN
} ccdk_lambda_event_source_mapping_log_level;

/** EventSourceMappingOptions. */
typedef struct {
    const char *event_source_arn; /* this or kafka_bootstrap_servers, not both */
    ccdk_opt_num batch_size;
    ccdk_tristate bisect_batch_on_error;
    ccdk_tristate enabled;
    ccdk_duration max_batching_window; /* at most 300 seconds */
    ccdk_opt_num max_concurrency;      /* 2 to 1000 */
    ccdk_duration max_record_age;      /* 60 seconds to 7 days */
    ccdk_opt_num retry_attempts;       /* -1, or 0 to 10000 */
    ccdk_opt_num parallelization_factor; /* 1 to 10 */
    ccdk_tristate report_batch_item_failures;
    ccdk_lambda_starting_position starting_position;
    ccdk_opt_num starting_position_timestamp;
    ccdk_duration tumbling_window;     /* at most 900 seconds */
    const char *kafka_topic;
    ccdk_lambda_filter_list filters;   /* FilterCriteria.filter values */
    ccdk_lambda_metrics_config metrics_config;
    ccdk_lambda_event_source_dlq *on_failure;
    const ccdk_lambda_provisioned_poller_config *provisioned_poller_config; /* NULL: not given */
    /** Encrypts the filter criteria (needs filters); the key's policy lets lambda.amazonaws.com decrypt. */
    ccdk_kms_key *filter_encryption;
    /** A self-managed Kafka cluster's brokers (SelfManagedEventSource.Endpoints); given and empty
     *  (CCDK_EMPTY_LIST) is aws-cdk-lib's error. */
    ccdk_strs kafka_bootstrap_servers;
    /** The Kafka consumer group: 1 to 200 letters, digits and - / * : _ + = . @ (a token is not checked);
     *  AmazonManagedKafkaEventSourceConfig with event_source_arn, else SelfManagedKafkaEventSourceConfig. */
    const char *kafka_consumer_group_id;
    ccdk_lambda_source_access_configuration_list source_access_configurations;
    /** Read by aws-lambda-event-sources' stream sources only: the mapping itself ignores it. */
    ccdk_tristate support_s3_on_failure_destination;
    ccdk_lambda_event_source_mapping_log_level log_level;
    /** A Kafka mapping's schema registry (ISchemaRegistry): bound before the resource is made, into
     *  the Kafka config beside kafka_consumer_group_id. */
    ccdk_lambda_schema_registry *schema_registry_config;
} ccdk_lambda_event_source_mapping_options;

/** EventSourceMappingProps: the options and the function the mapping invokes. */
typedef struct {
    void *target; /* required: a Function, Version, Alias or imported function */
    ccdk_lambda_event_source_mapping_options options;
} ccdk_lambda_event_source_mapping_props;

/** new lambda.EventSourceMapping(scope, id, props): owned by the App. Bad options are aws-cdk-lib's
 *  errors on the mapping; a missing or non-IFunction target is an error on the mapping; a bad scope
 *  goes to the process-wide list; never NULL. */
ccdk_lambda_event_source_mapping *ccdk_lambda_event_source_mapping_new(void *scope, const char *id,
                                                                       const ccdk_lambda_event_source_mapping_props *props);
/** fn.addEventSourceMapping(id, options): a mapping under the function (Function, Version, Alias,
 *  import), owned by the App. Bad options are aws-cdk-lib's errors on the mapping. Differs from the
 *  rule: NULL for NULL (an error on the process-wide list) or for a construct that is not an
 *  IFunction (an error on its App). */
ccdk_lambda_event_source_mapping *ccdk_lambda_function_add_event_source_mapping(
    void *fn, const char *id, const ccdk_lambda_event_source_mapping_options *options);
/** mapping.eventSourceMappingId (Ref), eventSourceMappingArn
 *  (arn:...:lambda:<region>:<account>:event-source-mapping:<id>) and the CfnEventSourceMapping;
 *  owned by the App. NULL for NULL, without an error. */
const char *ccdk_lambda_event_source_mapping_id(ccdk_lambda_event_source_mapping *m);
/** EventSourceMapping.fromEventSourceMappingId(scope, id, eventSourceMappingId): an imported mapping
 *  (a construct with no resource: ccdk_lambda_event_source_mapping_resource gives NULL); its ARN is
 *  formatted in the scope's stack. Owned by the App; a NULL id string is an error on the import; a
 *  bad scope goes to the process-wide list; never NULL. */
ccdk_lambda_event_source_mapping *ccdk_lambda_event_source_mapping_from_event_source_mapping_id(
    void *scope, const char *id, const char *event_source_mapping_id);
const char *ccdk_lambda_event_source_mapping_arn(ccdk_lambda_event_source_mapping *m);
ccdk_cfn_resource *ccdk_lambda_event_source_mapping_resource(ccdk_lambda_event_source_mapping *m);

/* ================================================================== event sources */

/** SqsEventSourceProps. */
typedef struct {
    ccdk_opt_num batch_size;           /* 1-10, or 1-10000 with max_batching_window */
    ccdk_duration max_batching_window; /* at most 300 seconds; not for FIFO queues */
    ccdk_opt_num max_concurrency;      /* 2 to 1000 */
    ccdk_tristate report_batch_item_failures;
    ccdk_tristate enabled;
    ccdk_lambda_filter_list filters;
    ccdk_lambda_metrics_config metrics_config;
    /** NULL: not given; not with max_concurrency. */
    const ccdk_lambda_provisioned_poller_config *provisioned_poller_config;
    ccdk_kms_key *filter_encryption; /* needs filters */
} ccdk_lambda_sqs_event_source_props;

/** new SqsEventSource(queue, props): props may be NULL. Validation errors are aws-cdk-lib's, reported
 *  on the queue. Owned by the queue's App. A NULL or non-construct queue is an error on the
 *  process-wide list; a usable source is returned all the same (never NULL). */
ccdk_lambda_event_source *ccdk_lambda_sqs_event_source(ccdk_sqs_queue *queue, const ccdk_lambda_sqs_event_source_props *props);

/** SnsEventSourceProps (= sns-subscriptions' LambdaSubscriptionProps). */
typedef struct {
    ccdk_sns_filter_policy filter_policy;
    ccdk_sns_filter_or_policy_map filter_policy_with_message_body; /* ignored when filter_policy is given */
    ccdk_sqs_queue *dead_letter_queue;
} ccdk_lambda_sns_event_source_props;

/** new SnsEventSource(topic, props): props may be NULL. When bound: fn.addPermission
 *  ("AllowInvoke:<topic unique id>", sns.amazonaws.com) and an sns.Subscription under the function
 *  with the topic's id (filter policy errors are aws-cdk-lib's, on the subscription). As the SQS
 *  source for a bad topic. */
ccdk_lambda_event_source *ccdk_lambda_sns_event_source(ccdk_sns_topic *topic, const ccdk_lambda_sns_event_source_props *props);

/** StreamEventSourceProps, shared by DynamoEventSource and KinesisEventSource. The batch size
 *  defaults to 100 (aws-cdk-lib's `batchSize || 100`). */
typedef struct {
    ccdk_lambda_starting_position starting_position; /* required */
    ccdk_opt_num starting_position_timestamp;        /* Kinesis only: seconds since the epoch */
    ccdk_opt_num batch_size;                         /* 1 to 10000 */
    ccdk_tristate bisect_batch_on_error;
    ccdk_lambda_event_source_dlq *on_failure;
    ccdk_duration max_record_age;
    ccdk_opt_num retry_attempts;
    ccdk_opt_num parallelization_factor;
    ccdk_tristate report_batch_item_failures;
    ccdk_duration max_batching_window;
    ccdk_duration tumbling_window;
    ccdk_tristate enabled;
    ccdk_lambda_filter_list filters;
    ccdk_lambda_metrics_config metrics_config;
    /** Checked, and then not passed to the mapping: aws-cdk-lib 2.276.0's StreamEventSource drops it. */
    const ccdk_lambda_provisioned_poller_config *provisioned_poller_config;
    ccdk_kms_key *filter_encryption; /* needs filters */
} ccdk_lambda_stream_event_source_props;

/** new DynamoEventSource(table, props): props are required (starting_position). A bad batch size is
 *  aws-cdk-lib's error on the table; binding to a table without a stream is aws-cdk-lib's error on
 *  the table. Binding grants table.grantStreamRead(fn). As the SQS source for a bad table. */
ccdk_lambda_event_source *ccdk_lambda_dynamo_event_source(ccdk_dynamodb_table *table, const ccdk_lambda_stream_event_source_props *props);
/** new KinesisEventSource(stream, props): as DynamoEventSource; a bad batch size is aws-cdk-lib's
 *  error without a path. Binding grants stream.grantRead(fn). */
ccdk_lambda_event_source *ccdk_lambda_kinesis_event_source(ccdk_kinesis_stream *stream, const ccdk_lambda_stream_event_source_props *props);
/** new KinesisConsumerEventSource(consumer, props): as KinesisEventSource, reading through an
 *  enhanced fan-out consumer: the mapping's id is "KinesisConsumerEventSource:<consumer unique id>",
 *  and binding grants consumer.grantRead(fn). */
ccdk_lambda_event_source *ccdk_lambda_kinesis_consumer_event_source(ccdk_kinesis_stream_consumer *consumer,
                                                                    const ccdk_lambda_stream_event_source_props *props);

/** ManagedKafkaEventSourceProps (an Amazon MSK cluster). */
typedef struct {
    const char *cluster_arn;                         /* required */
    const char *topic;                               /* required */
    ccdk_lambda_starting_position starting_position; /* required */
    ccdk_opt_num starting_position_timestamp;        /* with AT_TIMESTAMP: seconds since the epoch */
    ccdk_opt_num batch_size;                         /* default 100 (`batchSize || 100`) */
    ccdk_duration max_batching_window;
    ccdk_tristate enabled;
    const ccdk_lambda_provisioned_poller_config *provisioned_poller_config; /* NULL: not given */
    const char *consumer_group_id;                   /* AmazonManagedKafkaEventSourceConfig */
    ccdk_lambda_filter_list filters;
    ccdk_kms_key *filter_encryption;                 /* needs filters */
    ccdk_lambda_event_source_dlq *on_failure;        /* SqsDlq, SnsDlq or S3OnFailureDestination */
    ccdk_lambda_event_source_mapping_log_level log_level;
    ccdk_lambda_metrics_config metrics_config;       /* given and empty: aws-cdk-lib's error */
    ccdk_tristate bisect_batch_on_error;
    ccdk_opt_num retry_attempts;
    ccdk_tristate report_batch_item_failures;
    ccdk_duration max_record_age;
    /** Not in aws-cdk-lib's KafkaEventSourceProps type, but its enrichMappingOptions passes
     *  props.parallelizationFactor on to the mapping (aws-cdk's kafka.test.ts sets it `as any`):
     *  ParallelizationFactor, checked as the mapping checks it (1 to 10). */
    ccdk_opt_num parallelization_factor;
    /** The SASL/SCRAM credentials: a SourceAccessConfiguration SASL_SCRAM_512_AUTH with its ARN, and
     *  secret.grantRead(fn) when bound. */
    ccdk_secretsmanager_secret *secret;
    /** The schema registry of the topic's records (ConfluentSchemaRegistry, GlueSchemaRegistry):
     *  AmazonManagedKafkaEventSourceConfig.SchemaRegistryConfig; its grants come first. */
    ccdk_lambda_schema_registry *schema_registry_config;
} ccdk_lambda_managed_kafka_event_source_props;

/** new ManagedKafkaEventSource(props): owner is any construct of the App (aws-cdk-lib's constructor
 *  takes none); props are copied. Bound with fn.addEventSource: a mapping "KafkaEventSource:<unique
 *  id of fn><topic>" under the function, the secret's grantRead, kafka:DescribeCluster/
 *  GetBootstrapBrokers/ListScramSecrets on the cluster in the function's role policy, and the
 *  AWSLambdaMSKExecutionRole managed policy.
 *  Errors are aws-cdk-lib's, without a path (UnscopedValidationError) from the source and on the
 *  mapping from it; a bad owner or NULL props is an error on the process-wide list / the App; never
 *  NULL. */
ccdk_lambda_event_source *ccdk_lambda_managed_kafka_event_source(void *owner, const ccdk_lambda_managed_kafka_event_source_props *props);

/** An event source of your own (an object implementing lambda.IEventSource): fn.addEventSource calls
 *  bind(target, ctx), target being the function it was given (a ccdk_lambda_function *,
 *  ccdk_lambda_version *, ccdk_lambda_alias * or ccdk_lambda_singleton_function *, cast back from
 *  void *), where bind adds what the source needs (an event source mapping, a permission, ...). It
 *  makes no mapping of its own: event_source_mapping_id/_arn are NULL. Owned by owner's App; a bad
 *  owner goes to the process-wide list; a NULL bind is an error on the App and gives NULL. */
typedef void (*ccdk_lambda_event_source_bind_fn)(void *target, void *ctx);
ccdk_lambda_event_source *ccdk_lambda_event_source_new(void *owner, ccdk_lambda_event_source_bind_fn bind, void *ctx);
/** The class name such a source has in JavaScript (source.constructor.name; default "IEventSource"):
 *  aws-cdk-lib names it in the error for a function with tenant isolation, and lets only an
 *  "ApiEventSource" trigger such a function. class_name is copied; a NULL class_name or source is an
 *  error on the process-wide list. */
void ccdk_lambda_event_source_set_class_name(ccdk_lambda_event_source *source, const char *class_name);

/** AuthenticationMethod of a self-managed Kafka cluster: the SourceAccessConfiguration type of its
 *  secret (UNSET: SASL_SCRAM_512_AUTH, as aws-cdk-lib's default). */
typedef enum {
    CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_UNSET = 0,
    CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_SASL_SCRAM_512_AUTH,
    CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_SASL_SCRAM_256_AUTH,
    CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_BASIC_AUTH,
    CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_CLIENT_CERTIFICATE_TLS_AUTH
} ccdk_lambda_kafka_authentication_method;

/** SelfManagedKafkaEventSourceProps (a Kafka cluster of one's own). */
typedef struct {
    ccdk_strs bootstrap_servers;                     /* required: "host:port" of the brokers */
    const char *topic;                               /* required */
    ccdk_lambda_starting_position starting_position; /* required */
    ccdk_opt_num starting_position_timestamp;        /* with AT_TIMESTAMP (required then): seconds since the epoch */
    ccdk_opt_num batch_size;                         /* default 100 (`batchSize || 100`) */
    ccdk_duration max_batching_window;
    ccdk_tristate enabled;
    const ccdk_lambda_provisioned_poller_config *provisioned_poller_config; /* NULL: not given */
    const char *consumer_group_id;                   /* SelfManagedKafkaEventSourceConfig */
    ccdk_lambda_filter_list filters;
    ccdk_kms_key *filter_encryption;                 /* needs filters */
    ccdk_lambda_event_source_dlq *on_failure;        /* SqsDlq, SnsDlq or S3OnFailureDestination */
    ccdk_lambda_event_source_mapping_log_level log_level;
    ccdk_lambda_metrics_config metrics_config;       /* given and empty: aws-cdk-lib's error */
    ccdk_tristate bisect_batch_on_error;
    ccdk_opt_num retry_attempts;
    ccdk_tristate report_batch_item_failures;
    ccdk_duration max_record_age;
    /** As ManagedKafkaEventSourceProps' (passed on to the mapping, as aws-cdk-lib does). */
    ccdk_opt_num parallelization_factor;
    /** The credentials (required without vpc): a SourceAccessConfiguration of authentication_method's
     *  type with its ARN, and secret.grantRead(fn) when bound. */
    ccdk_secretsmanager_secret *secret;
    ccdk_lambda_kafka_authentication_method authentication_method;
    /** The root CA certificate of the brokers' TLS: SERVER_ROOT_CA_CERTIFICATE with its ARN (no grant,
     *  as aws-cdk-lib). */
    ccdk_secretsmanager_secret *root_ca_certificate;
    /** The VPC the brokers are in; with it, vpc_subnets and security_group are required. Given both
     *  (with or without vpc): VPC_SECURITY_GROUP with the group's id, then VPC_SUBNET for each subnet
     *  vpc.selectSubnets(vpc_subnets) selects. */
    ccdk_ec2_vpc *vpc;
    const ccdk_ec2_subnet_selection *vpc_subnets;
    ccdk_ec2_security_group *security_group;
    /** As ManagedKafkaEventSourceProps' (SelfManagedKafkaEventSourceConfig.SchemaRegistryConfig). */
    ccdk_lambda_schema_registry *schema_registry_config;
} ccdk_lambda_self_managed_kafka_event_source_props;

/** new SelfManagedKafkaEventSource(props): owner is any construct of the App; props are copied.
 *  Bound with fn.addEventSource: a mapping "KafkaEventSource:<MD5 of the bootstrap servers'
 *  JSON>:<topic>" under the function (SelfManagedEventSource endpoints, the source access
 *  configurations above), then secret.grantRead(fn). It has no eventSourceMappingId getter in
 *  aws-cdk-lib: ccdk_lambda_event_source_mapping_id_of/_arn_of give NULL. Constructor errors are
 *  aws-cdk-lib's, without a path ("securityGroup must be set when providing vpc", "vpcSubnets must
 *  be set when providing vpc", "secret must be set if Kafka brokers accessed over Internet", the
 *  starting position timestamp's, the poller config's, an empty metrics config); missing
 *  bootstrap_servers or NULL props is an error on the App; a bad owner goes to the process-wide
 *  list; never NULL. */
ccdk_lambda_event_source *ccdk_lambda_self_managed_kafka_event_source(void *owner,
                                                                      const ccdk_lambda_self_managed_kafka_event_source_props *props);

/** fn.addEventSource(source): binds the source to the function (Function, Version, Alias, import).
 *  A NULL source or fn is an error on the process-wide list; a construct that is not
 *  an IFunction: an error on its App.
 *  On a function imported without a role (aws-cdk-lib's UnknownPrincipal), as aws-cdk-lib: an SQS
 *  source warns that it granted nothing; a DynamoEventSource on a Table warns with each stream
 *  grant's statement ("Add statement to this resource's role: ..."); and a grant that needs the
 *  principal's policy fragment is aws-cdk-lib's error without a path, "Cannot get policy fragment
 *  of <fn path>, resource imported without a role": a Kinesis stream's or consumer's read, a TableV2's
 *  or a table key's stream read, an SqsDlq, SnsDlq or S3OnFailureDestination, a Kafka source's or
 *  Confluent schema registry's secret. */
void ccdk_lambda_function_add_event_source(void *fn, ccdk_lambda_event_source *source);

/** source.eventSourceMappingId / eventSourceMappingArn: of the mapping the source created when
 *  bound, owned by the App. Before it is bound (or for an SNS source, which has none): aws-cdk-lib's
 *  error on the queue/table (the stream's without a path), and "" (the getter stays defined). NULL
 *  for a NULL source. */
const char *ccdk_lambda_event_source_mapping_id_of(ccdk_lambda_event_source *source);
const char *ccdk_lambda_event_source_mapping_arn_of(ccdk_lambda_event_source *source);

/* ================================================================== S3EventSource
 * and S3EventSourceV2 (src/lambda/event_source_s3.c) */

/** S3EventSourceProps: the events (required: CCDK_S3_OBJECT_CREATED, ... of ccdk/s3.h) and key
 *  filters (optional). */
typedef struct {
    ccdk_strs events;
    ccdk_s3_notification_key_filter_list filters;
} ccdk_lambda_s3_event_source_props;

/** new S3EventSource(bucket, props): bound with fn.addEventSource, it adds one notification per
 *  event to the bucket (bucket.addEventNotification(event, new LambdaDestination(fn), ...filters)).
 *  The lists are copied. Owned by the bucket's App. A NULL or non-construct bucket is an error on
 *  the process-wide list; a usable source is returned all the same (never NULL). It makes no event
 *  source mapping: ccdk_lambda_event_source_mapping_id_of/_arn_of give NULL for it. */
ccdk_lambda_event_source *ccdk_lambda_s3_event_source(ccdk_s3_bucket *bucket, const ccdk_lambda_s3_event_source_props *props);
/** new S3EventSourceV2(bucket, props): S3EventSource for an IBucket, a Bucket or an import
 *  (ccdk_s3_bucket_from_bucket_name, ...), with the same output and the same handling of a bad
 *  bucket (the error names this function). */
ccdk_lambda_event_source *ccdk_lambda_s3_event_source_v2(ccdk_s3_bucket *bucket, const ccdk_lambda_s3_event_source_props *props);

/* ================================================================== ApiEventSource
 * (src/lambda/event_source_api.c) */

/** new ApiEventSource(method, path): bound with fn.addEventSource, a method (`method`, e.g. "get";
 *  its HttpMethod is upper-cased) at `path` of the API Gateway RestApi that aws-cdk-lib makes for the
 *  function: "<unique id of fn>:ApiEventSourceA7A86A4F" in the function's stack, made by the first
 *  such source (its CfnRestApi; the CloudWatch role and account, retained, unless the
 *  @aws-cdk/aws-apigateway:disableCloudWatchRole flag is on; the latest Deployment, its "prod" stage
 *  and the Endpoint output), with the function as the methods' LambdaIntegration (AWS_PROXY) and
 *  its invoke permissions (the stage's and test-invoke-stage's) under each method. Without
 *  MethodOptions (aws-cdk-lib's third argument: ccdk_lambda_api_event_source_with_options). A
 *  path that does not start with "/" is aws-cdk-lib's error without a path (`Path must start with
 *  "/": <path>`); a NULL method or path is an error on the App. Owned by owner's App (any construct of it: aws-cdk-lib's constructor takes
 *  none); a bad owner goes to the process-wide list; never NULL. */
ccdk_lambda_event_source *ccdk_lambda_api_event_source(void *owner, const char *method, const char *path);
/** One of apigateway.MethodOptions.requestParameters: a method request parameter's name
 *  ("method.request.querystring.<name>", "method.request.header.<name>", ...) and whether it is
 *  required (its boolean value). */
typedef struct {
    const char *name;
    int required;
} ccdk_lambda_api_request_parameter;
typedef CCDK_LIST_TYPE(ccdk_lambda_api_request_parameter) ccdk_lambda_api_request_parameter_list;
/** apigateway.MethodOptions, ApiEventSource's third argument, without an authorizer, method
 *  responses, request models or a request validator. A field left out is not given. */
typedef struct {
    /** OperationName (a name for the method in generated SDKs). */
    const char *operation_name;
    /** ApiKeyRequired, rendered when set (CCDK_FALSE too). */
    ccdk_tristate api_key_required;
    /** AuthorizationType as it is: "NONE" (NULL), "AWS_IAM", "CUSTOM", "COGNITO_USER_POOLS" (no
     *  authorizer decides it). */
    const char *authorization_type;
    /** AuthorizationScopes: kept with COGNITO_USER_POOLS only; with another type (even an empty
     *  list) they are dropped with aws-cdk-lib's warning @aws-cdk/aws-apigateway:invalidAuthScope on
     *  the method. */
    ccdk_strs authorization_scopes;
    /** RequestParameters: {name: required}, in the order given. */
    ccdk_lambda_api_request_parameter_list request_parameters;
} ccdk_lambda_api_method_options;
/** new ApiEventSource(method, path, options): as ccdk_lambda_api_event_source, with the method's
 *  options in its AWS::ApiGateway::Method (and in the deployment's logical id, as aws-cdk-lib adds
 *  the method's props to it). options may be NULL (none). The options are copied. */
ccdk_lambda_event_source *ccdk_lambda_api_event_source_with_options(void *owner, const char *method, const char *path,
                                                                    const ccdk_lambda_api_method_options *options);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_lambda_filter_criteria_filter(owner, ...) ccdk_lambda_filter_criteria_filter(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_filter_rule_null(owner) ccdk_lambda_filter_rule_null(CCDK_CONSTRUCT(owner))
#define ccdk_lambda_filter_rule_empty(owner) ccdk_lambda_filter_rule_empty(CCDK_CONSTRUCT(owner))
#define ccdk_lambda_filter_rule_exists(owner) ccdk_lambda_filter_rule_exists(CCDK_CONSTRUCT(owner))
#define ccdk_lambda_filter_rule_not_exists(owner) ccdk_lambda_filter_rule_not_exists(CCDK_CONSTRUCT(owner))
#define ccdk_lambda_filter_rule_is_equal(owner, ...) ccdk_lambda_filter_rule_is_equal(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_filter_rule_is_equal_number(owner, ...) ccdk_lambda_filter_rule_is_equal_number(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_filter_rule_is_equal_bool(owner, ...) ccdk_lambda_filter_rule_is_equal_bool(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_filter_rule_or(owner, ...) ccdk_lambda_filter_rule_or(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_filter_rule_not_equals(owner, ...) ccdk_lambda_filter_rule_not_equals(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_filter_rule_begins_with(owner, ...) ccdk_lambda_filter_rule_begins_with(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_filter_rule_between(owner, ...) ccdk_lambda_filter_rule_between(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_kafka_dlq(owner, ...) ccdk_lambda_kafka_dlq(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_confluent_schema_registry(owner, ...) ccdk_lambda_confluent_schema_registry(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_glue_schema_registry(owner, ...) ccdk_lambda_glue_schema_registry(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_event_source_mapping_new(scope, ...) ccdk_lambda_event_source_mapping_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_function_add_event_source_mapping(fn, ...) ccdk_lambda_function_add_event_source_mapping(CCDK_LAMBDA_IFUNCTION(fn), __VA_ARGS__)
#define ccdk_lambda_event_source_mapping_from_event_source_mapping_id(scope, ...) ccdk_lambda_event_source_mapping_from_event_source_mapping_id(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_managed_kafka_event_source(owner, ...) ccdk_lambda_managed_kafka_event_source(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_event_source_new(owner, ...) ccdk_lambda_event_source_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_self_managed_kafka_event_source(owner, ...) ccdk_lambda_self_managed_kafka_event_source(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_function_add_event_source(fn, ...) ccdk_lambda_function_add_event_source(CCDK_LAMBDA_IFUNCTION(fn), __VA_ARGS__)
#define ccdk_lambda_api_event_source(owner, ...) ccdk_lambda_api_event_source(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_api_event_source_with_options(owner, ...) ccdk_lambda_api_event_source_with_options(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
