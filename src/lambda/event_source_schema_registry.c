/* event_source_schema_registry.c - the schema registry of a Kafka event source: lambda's
 * EventRecordFormat, KafkaSchemaRegistryAccessConfigType, KafkaSchemaValidationAttribute
 * (aws-lambda/lib/schema-registry.ts) and aws-lambda-event-sources' ConfluentSchemaRegistry
 * (confluent-schema-registry.ts) and GlueSchemaRegistry (glue-schema-registry.ts), bound by the
 * event source mapping (event_sources.c) before it makes its resource. */
#include <string.h>

#include "ccdk/glue.h"
#include "ccdk/lambda_event_sources.h"
#include "lambda_internal.h"

const ccdk_lambda_event_record_format ccdk_lambda_event_record_format_json = {"JSON"};
const ccdk_lambda_event_record_format ccdk_lambda_event_record_format_source = {"SOURCE"};

const ccdk_lambda_kafka_schema_registry_access_config_type ccdk_lambda_kafka_schema_registry_access_config_type_basic_auth = {"BASIC_AUTH"};
const ccdk_lambda_kafka_schema_registry_access_config_type ccdk_lambda_kafka_schema_registry_access_config_type_client_certificate_tls_auth = {
    "CLIENT_CERTIFICATE_TLS_AUTH"};
const ccdk_lambda_kafka_schema_registry_access_config_type ccdk_lambda_kafka_schema_registry_access_config_type_server_root_ca_certificate = {
    "SERVER_ROOT_CA_CERTIFICATE"};
const ccdk_lambda_kafka_schema_registry_access_config_type ccdk_lambda_kafka_schema_registry_access_config_type_virtual_host = {"VIRTUAL_HOST"};
const ccdk_lambda_kafka_schema_registry_access_config_type ccdk_lambda_kafka_schema_registry_access_config_type_sasl_scram_256_auth = {
    "SASL_SCRAM_256_AUTH"};
const ccdk_lambda_kafka_schema_registry_access_config_type ccdk_lambda_kafka_schema_registry_access_config_type_sasl_scram_512_auth = {
    "SASL_SCRAM_512_AUTH"};
const ccdk_lambda_kafka_schema_registry_access_config_type ccdk_lambda_kafka_schema_registry_access_config_type_vpc_security_group = {
    "VPC_SECURITY_GROUP"};
const ccdk_lambda_kafka_schema_registry_access_config_type ccdk_lambda_kafka_schema_registry_access_config_type_vpc_subnet = {"VPC_SUBNET"};

const ccdk_lambda_kafka_schema_validation_attribute ccdk_lambda_kafka_schema_validation_attribute_key = {"KEY"};
const ccdk_lambda_kafka_schema_validation_attribute ccdk_lambda_kafka_schema_validation_attribute_value = {"VALUE"};

struct ccdk_lambda_schema_registry {
    ccdk_app *app;
    int glue;       /* GlueSchemaRegistry, else ConfluentSchemaRegistry */
    int failed;     /* a required prop was missing: binding makes no mapping */
    const char *format;     /* eventRecordFormat.value */
    const char **attributes; /* schemaValidationConfigs' attribute values */
    size_t nattributes;
    int attributes_given;
    /* ConfluentSchemaRegistry */
    const char *uri, *auth_type;
    ccdk_secretsmanager_secret *secret;
    /* GlueSchemaRegistry */
    ccdk_glue_cfn_registry *registry;
    const char *registry_arn;
};

static ccdk_lambda_schema_registry *registry_new(void *owner, const char *func, int glue,
                                                 const ccdk_lambda_event_record_format *format,
                                                 ccdk_lambda_kafka_schema_validation_config_list configs)
{
    ccdk__node *n = ccdk__node_of(owner);
    if (!n) {
        ccdk__process_error("%s: the owner is %s", func, owner ? "not a construct handle" : "NULL");
        n = ccdk__node_of(ccdk__nil_stack());
    }
    ccdk_app *app = n->app;
    ccdk_lambda_schema_registry *r = ccdk__alloc(app, sizeof *r);
    r->app = app;
    r->glue = glue;
    r->format = format && format->value ? ccdk__keep(app, format->value) : NULL;
    if (CCDK__GIVEN(configs)) {
        r->attributes_given = 1;
        r->nattributes = CCDK__LEN(configs, "schema_validation_configs");
        r->attributes = ccdk__alloc(app, (r->nattributes ? r->nattributes : 1) * sizeof *r->attributes);
        for (size_t i = 0; i < r->nattributes; i++) {
            const ccdk_lambda_kafka_schema_validation_attribute *a = configs.items[i].attribute;
            r->attributes[i] = a && a->value ? ccdk__keep(app, a->value) : NULL;
        }
    }
    return r;
}

/* A required prop that aws-cdk-lib reads when it binds (a TypeError there): an error on the App */
static int required(ccdk_lambda_schema_registry *r, const char *cls, const void *value, const char *name)
{
    if (value)
        return 1;
    ccdk__unscoped_error(r->app, "%s: %s is required", cls, name);
    r->failed = 1;
    return 0;
}

ccdk_lambda_schema_registry *ccdk_lambda_confluent_schema_registry(void *owner, const ccdk_lambda_confluent_schema_registry_props *props)
{
    static const ccdk_lambda_confluent_schema_registry_props none;
    const ccdk_lambda_confluent_schema_registry_props *p = props ? props : &none;
    ccdk_lambda_schema_registry *r = registry_new(owner, __func__, 0, p->event_record_format, p->schema_validation_configs);
    const char *cls = "ConfluentSchemaRegistry";
    if (!props) {
        ccdk__unscoped_error(r->app, "%s: props are required", cls);
        r->failed = 1;
        return r;
    }
    r->uri = p->schema_registry_uri ? ccdk__keep(r->app, p->schema_registry_uri) : NULL;
    r->auth_type = p->authentication_type && p->authentication_type->type ? ccdk__keep(r->app, p->authentication_type->type) : NULL;
    r->secret = p->secret;
    if (required(r, cls, r->uri, "schemaRegistryUri") && required(r, cls, r->format, "eventRecordFormat") &&
        required(r, cls, r->auth_type, "authenticationType"))
        required(r, cls, r->secret, "secret");
    return r;
}

ccdk_lambda_schema_registry *ccdk_lambda_glue_schema_registry(void *owner, const ccdk_lambda_glue_schema_registry_props *props)
{
    static const ccdk_lambda_glue_schema_registry_props none;
    const ccdk_lambda_glue_schema_registry_props *p = props ? props : &none;
    ccdk_lambda_schema_registry *r = registry_new(owner, __func__, 1, p->event_record_format, p->schema_validation_configs);
    if (!props) {
        ccdk__unscoped_error(r->app, "GlueSchemaRegistry: props are required");
        r->failed = 1;
        return r;
    }
    r->registry = p->schema_registry;
    r->registry_arn = p->schema_registry_arn ? ccdk__keep(r->app, p->schema_registry_arn) : NULL;
    required(r, "GlueSchemaRegistry", r->format, "eventRecordFormat");
    return r;
}

/* A non-empty run of characters other than stop at *s, then `then`: /[^<stop>]+<then>/ anchored at *s */
static int run_then(const char **s, char stop, const char *then)
{
    const char *e = *s;
    while (*e && *e != stop)
        e++;
    if (e == *s || strncmp(e, then, strlen(then)) != 0)
        return 0;
    *s = e + strlen(then);
    return 1;
}

/* GLUE_SCHEMA_REGISTRY_ARN_REGEX, /^arn:[^:]+:glue:[^:]+:[^:]+:registry\/([^\/]+)$/: the name
 * (the group) in the arena, or NULL when arn does not match */
static const char *glue_registry_name(ccdk_app *app, const char *arn)
{
    const char *s = arn;
    if (strncmp(s, "arn:", 4) != 0)
        return NULL;
    s += 4;
    if (!run_then(&s, ':', ":glue:") || !run_then(&s, ':', ":") || !run_then(&s, ':', ":registry/"))
        return NULL;
    if (!*s || strchr(s, '/'))
        return NULL;
    return ccdk__keep(app, s);
}

/* target.addToRolePolicy(statement): Function's own (createNewPoliciesWithAddToRolePolicy), else the role's */
static void add_to_role_policy(ccdk__fnbase *fb, ccdk_iam_policy_statement *st)
{
    if (fb->fkind == CCDK__FN_FUNCTION)
        ccdk_lambda_function_add_to_role_policy((ccdk_lambda_function *)fb, st);
    else if (fb->role)
        ccdk_iam_role_add_to_policy(fb->role, st);
}

/* GlueSchemaRegistry.bind: getRegistryProps (errors on the mapping), then the two statements; the
 * registry's ARN, or NULL after an error */
static const char *bind_glue(ccdk_lambda_schema_registry *r, void *mapping, ccdk__fnbase *fb)
{
    ccdk_app *app = r->app;
    const char *arn, *name;
    if (r->registry) {
        arn = ccdk_glue_cfn_registry_attr_arn(r->registry);
        name = ccdk_glue_cfn_registry_name(r->registry);
    } else if (r->registry_arn && *r->registry_arn) { /* `if (props.schemaRegistryArn)` */
        arn = r->registry_arn;
        name = glue_registry_name(app, arn);
        if (!name) {
            ccdk__error(mapping, "schemaRegistryArn %s must match /^arn:[^:]+:glue:[^:]+:[^:]+:registry\\/([^\\/]+)$/", arn);
            return NULL;
        }
    } else {
        ccdk__error(mapping, "one of schemaRegistryArn or schemaRegistry must be passed");
        return NULL;
    }
    if (!arn)
        return NULL;
    add_to_role_policy(fb, ccdk_iam_policy_statement_new(fb, &(ccdk_iam_policy_statement_props){
                                                                 .actions = CCDK_STRS("glue:GetRegistry"),
                                                                 .resources = CCDK_STRS(arn),
                                                             }));
    const char *schemas = ccdk_fn_sub(fb, "arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:schema/${registryName}/*",
                                      CCDK_KVS({"registryName", name ? name : ""}));
    add_to_role_policy(fb, ccdk_iam_policy_statement_new(fb, &(ccdk_iam_policy_statement_props){
                                                                 .actions = CCDK_STRS("glue:GetSchemaVersion"),
                                                                 .resources = CCDK_STRS(arn, schemas),
                                                             }));
    return arn;
}

ccdk_value *ccdk__schema_registry_bind(ccdk_lambda_schema_registry *r, void *mapping, ccdk__fnbase *fb)
{
    if (r->failed)
        return NULL;
    ccdk_app *app = r->app;
    const char *uri;
    if (r->glue) {
        uri = bind_glue(r, mapping, fb);
        if (!uri)
            return NULL;
    } else if (!ccdk_lambda_function_grant_principal(fb)) { /* secret.grantRead: Grant.addToPrincipalOrResource */
        ccdk__event_source_unknown_grantee(fb, 1, (ccdk_strs){0}, NULL);
        return NULL;
    } else {
        ccdk_secretsmanager_secret_grant_read(r->secret, ccdk_lambda_function_grant_principal(fb));
        uri = r->uri;
    }
    /* the mapping's kafkaConfig.schemaRegistryConfig, in CloudFormation's (alphabetical) order */
    ccdk_value *c = ccdk__v_obj(app);
    if (!r->glue) { /* accessConfigs: [{type: authenticationType, uri: secret.secretArn}] */
        ccdk_value *ac = ccdk__v_obj(app);
        ccdk__v_set(ac, "Type", ccdk__v_from_string(app, r->auth_type));
        ccdk__v_set(ac, "URI", ccdk__v_from_string(app, ccdk_secretsmanager_secret_arn(r->secret)));
        ccdk_value *l = ccdk__v_list(app);
        ccdk__v_push(l, ac);
        ccdk__v_set(c, "AccessConfigs", l);
    }
    ccdk__v_set(c, "EventRecordFormat", ccdk__v_from_string(app, r->format));
    ccdk__v_set(c, "SchemaRegistryURI", ccdk__v_from_string(app, uri));
    if (r->attributes_given) {
        ccdk_value *l = ccdk__v_list(app);
        for (size_t i = 0; i < r->nattributes; i++) {
            ccdk_value *v = ccdk__v_obj(app);
            if (r->attributes[i])
                ccdk__v_set(v, "Attribute", ccdk__v_from_string(app, r->attributes[i]));
            ccdk__v_push(l, v);
        }
        ccdk__v_set(c, "SchemaValidationConfigs", l);
    }
    return c;
}
