/* event_source_kafka.c - aws-lambda-event-sources' SelfManagedKafkaEventSource
 * (aws-lambda-event-sources/lib/kafka.js): a mapping to a Kafka cluster of one's own, reached over
 * the internet with a secret, or in a VPC; the secret read by the function. (ManagedKafkaEventSource
 * is in event_sources.c.) */
#include <string.h>

#include "ccdk/lambda_event_sources.h"
#include "digest.h"
#include "lambda_internal.h"

typedef struct {
    ccdk_app *app;
    ccdk_lambda_self_managed_kafka_event_source_props p; /* strings, lists and the poller config copied */
    int failed; /* the constructor threw in aws-cdk-lib: nothing to bind */
} kafka_source;

/* `if (props.x)` of a number: given and not 0 (a token counts as given) */
static int num_truthy(ccdk_opt_num n) { return n.set && (n.token || n.value != 0); }

/* sourceAccessConfigurations(): the secret (of the authentication method's type), the root CA
 * certificate, then with vpcSubnets and securityGroup the group and the selected subnets */
static ccdk_lambda_source_access_configuration_list access_configurations(kafka_source *k)
{
    const ccdk_lambda_self_managed_kafka_event_source_props *p = &k->p;
    ccdk_ec2_selected_subnets sel = {0};
    if (p->vpc_subnets && p->security_group && p->vpc)
        ccdk_ec2_vpc_select_subnets(p->vpc, p->vpc_subnets, &sel);
    size_t nsubnets = CCDK__GIVEN(sel.subnet_ids) ? CCDK__LEN(sel.subnet_ids, "subnet ids") : 0;
    ccdk_lambda_source_access_configuration *c = ccdk__alloc(k->app, (3 + nsubnets) * sizeof *c);
    size_t n = 0;
    if (p->secret) {
        const ccdk_lambda_source_access_configuration_type *type;
        switch (p->authentication_method) {
        case CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_BASIC_AUTH: type = CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_BASIC_AUTH; break;
        case CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_CLIENT_CERTIFICATE_TLS_AUTH:
            type = CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_CLIENT_CERTIFICATE_TLS_AUTH;
            break;
        case CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_SASL_SCRAM_256_AUTH:
            type = CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_SASL_SCRAM_256_AUTH;
            break;
        default: type = CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_SASL_SCRAM_512_AUTH; break;
        }
        c[n++] = (ccdk_lambda_source_access_configuration){type, ccdk_secretsmanager_secret_arn(p->secret)};
    }
    if (p->root_ca_certificate)
        c[n++] = (ccdk_lambda_source_access_configuration){CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_SERVER_ROOT_CA_CERTIFICATE,
                                                           ccdk_secretsmanager_secret_arn(p->root_ca_certificate)};
    if (p->vpc_subnets && p->security_group) {
        c[n++] = (ccdk_lambda_source_access_configuration){CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_VPC_SECURITY_GROUP,
                                                           ccdk_ec2_security_group_id(p->security_group)};
        for (size_t i = 0; i < nsubnets; i++)
            c[n++] = (ccdk_lambda_source_access_configuration){CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_VPC_SUBNET,
                                                               sel.subnet_ids.items[i]};
    }
    /* `sourceAccessConfigurations.length === 0 ? undefined : ...` */
    return n ? (ccdk_lambda_source_access_configuration_list)CCDK_LIST_N(c, n) : (ccdk_lambda_source_access_configuration_list){0};
}

/* mappingId(target): `KafkaEventSource:${md5hash(JSON.stringify(Stack.of(target).resolve(bootstrapServers)))}:${topic}` */
static const char *mapping_id(kafka_source *k, ccdk__fnbase *fb)
{
    ccdk_value *servers = ccdk__v_list(k->app);
    for (size_t i = 0; i < k->p.bootstrap_servers.count; i++)
        ccdk__v_push(servers, ccdk__v_from_string(k->app, k->p.bootstrap_servers.items[i]));
    const char *json = ccdk_stack_resolve_value(fb->node.stack, servers);
    char hex[33];
    ccdk__md5_hex(json ? json : "", json ? strlen(json) : 0, hex);
    return ccdk__sprintf(k->app, "KafkaEventSource:%s:%s", hex, k->p.topic ? k->p.topic : "undefined");
}

/* SelfManagedKafkaEventSource.bind: the mapping with enrichMappingOptions' options (batchSize || 100),
 * then secret.grantRead(target) */
static void bind_self_managed_kafka(void *ctx, ccdk__fnbase *fb)
{
    kafka_source *k = ctx;
    if (k->failed)
        return;
    const ccdk_lambda_self_managed_kafka_event_source_props *p = &k->p;
    ccdk_lambda_event_source_mapping_options o = {
        .filters = p->filters,
        .filter_encryption = p->filter_encryption,
        .kafka_bootstrap_servers = p->bootstrap_servers,
        .kafka_topic = p->topic,
        .kafka_consumer_group_id = p->consumer_group_id,
        .starting_position = p->starting_position,
        .starting_position_timestamp = p->starting_position_timestamp,
        .source_access_configurations = access_configurations(k),
        .on_failure = p->on_failure,
        .support_s3_on_failure_destination = CCDK_TRUE,
        .provisioned_poller_config = p->provisioned_poller_config,
        .log_level = p->log_level,
        .metrics_config = p->metrics_config,
        .bisect_batch_on_error = p->bisect_batch_on_error,
        .retry_attempts = p->retry_attempts,
        .report_batch_item_failures = p->report_batch_item_failures,
        .max_record_age = p->max_record_age,
        .parallelization_factor = p->parallelization_factor,
        .batch_size = num_truthy(p->batch_size) ? p->batch_size : CCDK_NUM(100),
        .max_batching_window = p->max_batching_window,
        .enabled = p->enabled,
        .schema_registry_config = p->schema_registry_config,
    };
    ccdk_lambda_function_add_event_source_mapping(fb, mapping_id(k, fb), &o);
    if (p->secret && !ccdk_lambda_function_grant_principal(fb)) /* secret.grantRead: Grant.addToPrincipalOrResource */
        ccdk__event_source_unknown_grantee(fb, 1, (ccdk_strs){0}, NULL);
    else if (p->secret)
        ccdk_secretsmanager_secret_grant_read(p->secret, ccdk_lambda_function_grant_principal(fb));
}

ccdk_lambda_event_source *ccdk_lambda_self_managed_kafka_event_source(void *owner,
                                                                      const ccdk_lambda_self_managed_kafka_event_source_props *props)
{
    ccdk__node *on = ccdk__node_of(owner);
    if (!on) {
        ccdk__process_error("%s: the owner is %s", __func__, owner ? "not a construct handle" : "NULL");
        on = ccdk__node_of(ccdk__nil_stack());
    }
    ccdk_app *app = on->app;
    kafka_source *k = ccdk__alloc(app, sizeof *k);
    k->app = app;
    k->failed = 1; /* until the checks pass */
    ccdk_lambda_event_source *source = ccdk__event_source_custom(app, "SelfManagedKafkaEventSource", bind_self_managed_kafka, k);
    if (!props) {
        ccdk__unscoped_error(app, "SelfManagedKafkaEventSource: props are required");
        return source;
    }
    /* no construct of its own: the error is on the owner */
    if (!CCDK__ENUM_OK(on, props->authentication_method, ccdk_lambda_kafka_authentication_method,
                       CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_UNSET,
                       CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_CLIENT_CERTIFICATE_TLS_AUTH,
                       "SelfManagedKafkaEventSource: authenticationMethod"))
        return source;
    ccdk_lambda_self_managed_kafka_event_source_props *p = &k->p;
    *p = *props;
    if (!CCDK__GIVEN(p->bootstrap_servers)) {
        ccdk__unscoped_error(app, "SelfManagedKafkaEventSource: bootstrapServers is required");
        return source;
    }
    COPY_LIST(app, p->bootstrap_servers, "bootstrap_servers");
    for (size_t i = 0; i < p->bootstrap_servers.count; i++)
        ((const char **)p->bootstrap_servers.items)[i] = ccdk__keep(app, p->bootstrap_servers.items[i]);
    p->topic = p->topic ? ccdk__keep(app, p->topic) : NULL;
    p->consumer_group_id = p->consumer_group_id ? ccdk__keep(app, p->consumer_group_id) : NULL;
    COPY_LIST(app, p->filters, "filters");
    COPY_LIST(app, p->metrics_config.metrics, "metrics");
    if (p->vpc_subnets) {
        ccdk_ec2_subnet_selection *sel = ccdk__alloc(app, sizeof *sel);
        *sel = *p->vpc_subnets;
        COPY_LIST(app, sel->availability_zones, "availability_zones");
        sel->subnet_group_name = sel->subnet_group_name ? ccdk__keep(app, sel->subnet_group_name) : NULL;
        sel->subnet_name = sel->subnet_name ? ccdk__keep(app, sel->subnet_name) : NULL;
        COPY_LIST(app, sel->subnets, "subnets");
        p->vpc_subnets = sel;
    }
    if (!ccdk__event_source_poller_init(app, &p->provisioned_poller_config)) /* super(props) */
        return source;
    const char *e = NULL;
    int at_ts = p->starting_position == CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP;
    if (p->vpc)
        e = !p->security_group ? "securityGroup must be set when providing vpc"
            : !p->vpc_subnets  ? "vpcSubnets must be set when providing vpc"
                               : NULL;
    else if (!p->secret)
        e = "secret must be set if Kafka brokers accessed over Internet";
    if (!e && at_ts && !num_truthy(p->starting_position_timestamp))
        e = "startingPositionTimestamp must be provided when startingPosition is AT_TIMESTAMP";
    if (!e && !at_ts && num_truthy(p->starting_position_timestamp))
        e = "startingPositionTimestamp can only be used when startingPosition is AT_TIMESTAMP";
    if (!e && CCDK__GIVEN(p->metrics_config.metrics) && p->metrics_config.metrics.count == 0)
        e = "MetricsConfig must contain at least one metric type. Specify one or more metrics from "
            "lambda.MetricType (EVENT_COUNT, ERROR_COUNT, KAFKA_METRICS)";
    if (e)
        ccdk__unscoped_error(app, "%s", e);
    k->failed = e != NULL;
    return source;
}
