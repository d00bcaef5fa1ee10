/* event_sources.c - lambda.EventSourceMapping (aws-lambda/lib/event-source-mapping.ts), its
 * FilterCriteria/FilterRule helpers, fn.addEventSourceMapping / fn.addEventSource, and
 * aws-lambda-event-sources' SqsEventSource, SnsEventSource, DynamoEventSource, KinesisEventSource,
 * ManagedKafkaEventSource (kafka.ts) with their SqsDlq / SnsDlq on-failure destinations. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "ccdk/lambda_event_sources.h"
#include "lambda_internal.h"

struct ccdk_lambda_event_source_mapping {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *id, *arn;
};

typedef enum { SOURCE_SQS = 1, SOURCE_SNS, SOURCE_DYNAMO, SOURCE_KINESIS, SOURCE_KINESIS_CONSUMER, SOURCE_KAFKA, SOURCE_CUSTOM } source_kind;

struct ccdk_lambda_event_source {
    ccdk_app *app;
    source_kind kind;
    ccdk_sqs_queue *queue;
    ccdk_sns_topic *topic;
    ccdk_dynamodb_table *table;
    ccdk_kinesis_stream *stream;
    ccdk_kinesis_stream_consumer *consumer;
    ccdk_lambda_sqs_event_source_props sqs;       /* lists copied into the App */
    ccdk_lambda_sns_event_source_props sns;
    ccdk_lambda_stream_event_source_props stream_props;
    ccdk_lambda_managed_kafka_event_source_props kafka; /* strings and lists copied into the App */
    ccdk_lambda_event_source_mapping *mapping; /* once bound */
    /* the aws-cdk-lib class it stands for (source.constructor.name), for the tenancy error */
    const char *class_name;
    /* SOURCE_CUSTOM: a source bound by another file (ccdk__event_source_custom) */
    void (*bind)(void *ctx, ccdk__fnbase *fb);
    void *bind_ctx;
};

/* A ProvisionedPollerConfig copied into the App (NULL stays NULL). */
static const ccdk_lambda_provisioned_poller_config *poller_copy(ccdk_app *app, const ccdk_lambda_provisioned_poller_config *c)
{
    if (!c)
        return NULL;
    ccdk_lambda_provisioned_poller_config *k = ccdk__alloc(app, sizeof *k);
    *k = *c;
    if (c->poller_group_name)
        k->poller_group_name = ccdk__strdup(app, c->poller_group_name);
    return k;
}

/* The given, resolved minimum and maximum pollers (a token is not checked, as in aws-cdk-lib). */
static int pollers(const ccdk_lambda_provisioned_poller_config *c, double *min, double *max, int *has_min, int *has_max)
{
    *has_min = c->minimum_pollers.set && !c->minimum_pollers.token;
    *has_max = c->maximum_pollers.set && !c->maximum_pollers.token;
    *min = c->minimum_pollers.value;
    *max = c->maximum_pollers.value;
    return *has_min || *has_max;
}

struct ccdk_lambda_event_source_dlq {
    ccdk_sqs_queue *queue;   /* SqsDlq */
    ccdk_sns_topic *topic;   /* SnsDlq */
    ccdk_s3_bucket *bucket;  /* S3OnFailureDestination */
    const char *kafka_topic; /* KafkaDlq: "kafka://<topic>" (or a token as given) */
};

ccdk_lambda_event_source *ccdk__event_source_custom(ccdk_app *app, const char *class_name,
                                                    void (*bind)(void *ctx, ccdk__fnbase *fb), void *ctx)
{
    ccdk_lambda_event_source *s = ccdk__alloc(app, sizeof *s);
    s->app = app;
    s->kind = SOURCE_CUSTOM;
    s->class_name = class_name;
    s->bind = bind;
    s->bind_ctx = ctx;
    return s;
}

/* An IEventSource of the user's: bind(target) with the function as its handle */
typedef struct {
    ccdk_lambda_event_source_bind_fn bind;
    void *ctx;
} user_source;

static void bind_user_source(void *ctx, ccdk__fnbase *fb)
{
    user_source *u = ctx;
    u->bind(fb, u->ctx);
}

ccdk_lambda_event_source *ccdk_lambda_event_source_new(void *owner, ccdk_lambda_event_source_bind_fn bind, void *ctx)
{
    ccdk_app *app = ccdk__app_of(owner);
    if (!bind) {
        ccdk__unscoped_error(app, "ccdk_lambda_event_source_new: bind is NULL");
        return NULL;
    }
    user_source *u = ccdk__alloc(app, sizeof *u);
    u->bind = bind;
    u->ctx = ctx;
    return ccdk__event_source_custom(app, "IEventSource", bind_user_source, u);
}

void ccdk_lambda_event_source_set_class_name(ccdk_lambda_event_source *source, const char *class_name)
{
    if (!ccdk__object_ok(source, __func__) || !ccdk__arg_ok(class_name, __func__, "class_name"))
        return;
    if (class_name)
        source->class_name = ccdk__keep(source->app, class_name);
}

static const ccdk__kind kind_esm = {.fqn = "aws-cdk-lib.aws_lambda.EventSourceMapping", .class_name = "EventSourceMapping2"};

static const char *num_str(ccdk_app *app, double d)
{
    ccdk__buf b = {0};
    ccdk__json_write_number(&b, d);
    const char *r = ccdk__strndup(app, b.data ? b.data : "", b.len);
    ccdk__buf_free(&b);
    return r;
}

static double unit_ms(ccdk_time_unit u)
{
    switch (u) {
    case CCDK_TIME_MILLIS: return 1;
    case CCDK_TIME_SECONDS: return 1e3;
    case CCDK_TIME_MINUTES: return 6e4;
    case CCDK_TIME_HOURS: return 36e5;
    case CCDK_TIME_DAYS: return 864e5;
    default: return 0;
    }
}

/* convert(amount, from, to, {integral: false}) */
static double convert(double amount, double from, double to) { return from == to ? amount : amount * from / to; }

/* Duration.toHumanString() */
static const char *human_string(ccdk_app *app, ccdk_duration d)
{
    static const char *const label[] = {"", "millis", "seconds", "minutes", "hours", "days"};
    ccdk__buf b = {0};
    int parts = 0;
#define FMT(amount, lab)                                                                                              \
    do {                                                                                                              \
        if (parts++)                                                                                                  \
            ccdk__buf_putc(&b, ' ');                                                                                  \
        ccdk__json_write_number(&b, (amount));                                                                        \
        ccdk__buf_putc(&b, ' ');                                                                                      \
        if ((amount) == 1)                                                                                            \
            ccdk__buf_put(&b, (lab), strlen(lab) - 1);                                                                \
        else                                                                                                          \
            ccdk__buf_puts(&b, (lab));                                                                                \
    } while (0)
    if (d.amount == 0) {
        FMT(0.0, (unsigned)d.unit < 6 ? label[d.unit] : "?"); /* a bad unit: already an error (ccdk__duration_check) */
    } else {
        double millis = convert(d.amount, unit_ms(d.unit), 1);
        static const ccdk_time_unit units[] = {CCDK_TIME_DAYS, CCDK_TIME_HOURS, CCDK_TIME_MINUTES, CCDK_TIME_SECONDS};
        double amounts[5];
        const char *labs[5];
        int n = 0;
        for (int i = 0; i < 4; i++) {
            double whole = floor(convert(millis, 1, unit_ms(units[i])));
            if (whole > 0) {
                amounts[n] = whole;
                labs[n++] = label[units[i]];
                millis -= whole * unit_ms(units[i]);
            }
        }
        if (millis > 1e-4) {
            amounts[n] = millis;
            labs[n++] = "millis";
        }
        for (int i = 0; i < n && i < 2; i++)
            FMT(amounts[i], labs[i]);
    }
#undef FMT
    const char *r = ccdk__strndup(app, b.data ? b.data : "", b.len);
    ccdk__buf_free(&b);
    return r;
}

/* ------------------------------------------------------------------ FilterCriteria / FilterRule */

static ccdk_app *owner_app(void *owner, const char *func)
{
    ccdk__node *n = ccdk__node_of(owner);
    if (!n) {
        ccdk__process_error("%s: the owner is %s", func, owner ? "not a construct handle" : "NULL");
        n = ccdk__node_of(ccdk__nil_stack());
    }
    return n->app;
}

static ccdk_value *list1(ccdk_app *app, ccdk_value *v)
{
    ccdk_value *l = ccdk__v_list(app);
    ccdk__v_push(l, v);
    return l;
}

static ccdk_value *obj1(ccdk_app *app, const char *key, ccdk_value *v)
{
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, key, v);
    return o;
}

ccdk_value *ccdk_lambda_filter_criteria_filter(void *owner, ccdk_value *pattern)
{
    ccdk_app *app = owner_app(owner, __func__);
    ccdk__buf b = {0};
    if (pattern)
        ccdk__json_write(&b, pattern, 0); /* JSON.stringify(filter) */
    else
        ccdk__buf_puts(&b, "{}");
    /* a token inside stays a token: the resolver turns the string into Fn::Join, as aws-cdk-lib does */
    ccdk_value *r = obj1(app, "pattern", ccdk__v_from_string(app, ccdk__strndup(app, b.data ? b.data : "", b.len)));
    ccdk__buf_free(&b);
    return r;
}

ccdk_value *ccdk_lambda_filter_rule_null(void *owner)
{
    ccdk_app *app = owner_app(owner, __func__);
    return list1(app, ccdk__v_new(app, CCDK__V_NULL));
}
ccdk_value *ccdk_lambda_filter_rule_empty(void *owner)
{
    ccdk_app *app = owner_app(owner, __func__);
    return list1(app, ccdk__v_str(app, ""));
}
ccdk_value *ccdk_lambda_filter_rule_exists(void *owner)
{
    ccdk_app *app = owner_app(owner, __func__);
    return list1(app, obj1(app, "exists", ccdk__v_bool(app, 1)));
}
ccdk_value *ccdk_lambda_filter_rule_not_exists(void *owner)
{
    ccdk_app *app = owner_app(owner, __func__);
    return list1(app, obj1(app, "exists", ccdk__v_bool(app, 0)));
}
ccdk_value *ccdk_lambda_filter_rule_is_equal(void *owner, const char *item)
{
    ccdk_app *app = owner_app(owner, __func__);
    return list1(app, ccdk__v_from_string(app, item ? item : ""));
}
ccdk_value *ccdk_lambda_filter_rule_is_equal_number(void *owner, double item)
{
    ccdk_app *app = owner_app(owner, __func__);
    ccdk_value *l = ccdk__v_list(app);
    ccdk__v_push(l, ccdk__v_str(app, "="));
    ccdk__v_push(l, ccdk__v_num(app, item));
    return list1(app, obj1(app, "numeric", l));
}
ccdk_value *ccdk_lambda_filter_rule_is_equal_bool(void *owner, ccdk_tristate item)
{
    ccdk_app *app = owner_app(owner, __func__);
    /* [undefined] is [null] in JSON.stringify */
    return list1(app, ccdk__tri_set(item) ? ccdk__v_bool(app, ccdk__tri_true(item)) : ccdk__v_new(app, CCDK__V_NULL));
}
ccdk_value *ccdk_lambda_filter_rule_or(void *owner, ccdk_strs elems)
{
    ccdk_app *app = owner_app(owner, __func__);
    ccdk_value *l = ccdk__v_list(app);
    size_t n = CCDK__LEN(elems, "elems");
    for (size_t i = 0; i < n; i++)
        ccdk__v_push(l, ccdk__v_from_string(app, elems.items[i] ? elems.items[i] : ""));
    return l;
}
ccdk_value *ccdk_lambda_filter_rule_not_equals(void *owner, const char *elem)
{
    ccdk_app *app = owner_app(owner, __func__);
    return list1(app, obj1(app, "anything-but", list1(app, ccdk__v_from_string(app, elem ? elem : ""))));
}
ccdk_value *ccdk_lambda_filter_rule_begins_with(void *owner, const char *elem)
{
    ccdk_app *app = owner_app(owner, __func__);
    return list1(app, obj1(app, "prefix", ccdk__v_from_string(app, elem ? elem : "")));
}
ccdk_value *ccdk_lambda_filter_rule_between(void *owner, double first, double second)
{
    ccdk_app *app = owner_app(owner, __func__);
    ccdk_value *l = ccdk__v_list(app);
    ccdk__v_push(l, ccdk__v_str(app, ">"));
    ccdk__v_push(l, ccdk__v_num(app, first));
    ccdk__v_push(l, ccdk__v_str(app, "<="));
    ccdk__v_push(l, ccdk__v_num(app, second));
    return list1(app, obj1(app, "numeric", l));
}

/* ------------------------------------------------------------------ SqsDlq / SnsDlq */

/* A destination on handle's App; NULL (a bad handle, on the process-wide list) gives one of the nil
 * stack's App that binds to nothing. */
static ccdk_lambda_event_source_dlq *dlq_new(void *handle, const char *what, const char *func)
{
    ccdk__node *n = ccdk__node_of(handle);
    if (!n) {
        ccdk__process_error("%s: the %s is %s", func, what, handle ? "not a construct handle" : "NULL");
        n = ccdk__node_of(ccdk__nil_stack());
    }
    return ccdk__alloc(n->app, sizeof(ccdk_lambda_event_source_dlq));
}

ccdk_lambda_event_source_dlq *ccdk_lambda_sqs_dlq(ccdk_sqs_queue *queue)
{
    ccdk_lambda_event_source_dlq *d = dlq_new(queue, "queue", __func__);
    d->queue = ccdk__node_of(queue) ? queue : NULL;
    return d;
}

ccdk_lambda_event_source_dlq *ccdk_lambda_sns_dlq(ccdk_sns_topic *topic)
{
    ccdk_lambda_event_source_dlq *d = dlq_new(topic, "topic", __func__);
    d->topic = ccdk__node_of(topic) ? topic : NULL;
    return d;
}

ccdk_lambda_event_source_dlq *ccdk_lambda_s3_on_failure_destination(ccdk_s3_bucket *bucket)
{
    ccdk_lambda_event_source_dlq *d = dlq_new(bucket, "bucket", __func__);
    d->bucket = ccdk__node_of(bucket) ? bucket : NULL;
    return d;
}

/* new KafkaDlq(topicName) (kafka-dlq.ts): a token is taken as it is; a literal is checked (TypeErrors,
 * without a path) and gets the kafka:// prefix unless it has it. */
/* 1 if s is empty after JavaScript's String.prototype.trim(): its WhiteSpace and LineTerminator
 * characters are Unicode's too (U+00A0, U+FEFF, U+2000..U+200A, ...), here read from UTF-8 */
static int js_blank(const char *s)
{
    size_t n = strlen(s);
    ccdk__js_trim_span(&s, &n);
    return n == 0;
}

ccdk_lambda_event_source_dlq *ccdk_lambda_kafka_dlq(void *owner, const char *topic_name)
{
    ccdk_lambda_event_source_dlq *d = dlq_new(owner, "owner", __func__);
    ccdk_app *app = ccdk__node_of(owner) ? ccdk__node_of(owner)->app : NULL;
    if (!app)
        return d;
    if (topic_name && ccdk_token_is_unresolved(topic_name)) {
        d->kafka_topic = ccdk__strdup(app, topic_name);
        return d;
    }
    if (!topic_name || js_blank(topic_name)) {
        ccdk__unscoped_error(app, "Topic name cannot be empty");
        return d;
    }
    int prefixed = strncmp(topic_name, "kafka://", 8) == 0;
    const char *clean = prefixed ? topic_name + 8 : topic_name;
    if (!*clean) {
        ccdk__unscoped_error(app, "Topic name cannot be empty after removing kafka:// prefix");
        return d;
    }
    for (const char *c = clean; *c; c++) {
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || strchr("._-", *c))) {
            ccdk__unscoped_error(app, "Topic name contains invalid characters. Only alphanumeric characters, dots, "
                                      "underscores, and hyphens are allowed");
            return d;
        }
    }
    d->kafka_topic = prefixed ? ccdk__strdup(app, topic_name) : ccdk_fmt(owner, "kafka://%s", topic_name);
    return d;
}

int ccdk__event_source_unknown_grantee(ccdk__fnbase *fb, int policy_fragment, ccdk_strs actions, const char *resource)
{
    ccdk_app *app = fb->node.app;
    if (policy_fragment) {
        ccdk__unscoped_error(app, "Cannot get policy fragment of %s, resource imported without a role", fb->node.path);
        return 0;
    }
    /* JSON.stringify(stack.resolve(statement)): the PolicyStatement's private fields, its
     * OrderedSets as {"set":{},"array":[...]} */
    ccdk__resolve_ctx ctx = {app, fb->node.stack, 0, 0, NULL};
    ccdk__buf acts = {0}, res = {0};
    for (size_t i = 0; i < actions.count; i++) {
        if (i)
            ccdk__buf_puts(&acts, ",");
        ccdk__json_write_cstr(&acts, actions.items[i]);
    }
    ccdk__json_write(&res, ccdk__resolve(&ctx, ccdk__v_from_string(app, resource)), 0);
    ccdk__warning(fb, "@aws-cdk/aws-iam:unknownPrincipalAddStatementToRole",
                  "Add statement to this resource's role: {\"_action\":{\"set\":{},\"array\":[%s]},"
                  "\"_notAction\":{\"set\":{},\"array\":[]},\"_principal\":{},\"_notPrincipal\":{},"
                  "\"_resource\":{\"set\":{},\"array\":[%s]},\"_notResource\":{\"set\":{},\"array\":[]},"
                  "\"_condition\":{},\"_effect\":\"Allow\",\"_principals\":{\"set\":{},\"array\":[]},"
                  "\"_notPrincipals\":{\"set\":{},\"array\":[]},\"_frozen\":false}",
                  acts.data ? acts.data : "", res.data ? res.data : "");
    ccdk__buf_free(&acts);
    ccdk__buf_free(&res);
    return 1;
}

/* IEventSourceDlq.bind(mapping, target): the grant, then the destination ARN (NULL: none). For an
 * import without a role, SqsDlq's, SnsDlq's and S3OnFailureDestination's grants
 * (Grant.addToPrincipalOrResource) throw aws-cdk-lib's policy fragment error. */
static const char *dlq_bind(ccdk_lambda_event_source_dlq *d, ccdk__fnbase *target)
{
    ccdk_iam_principal *grantee = ccdk_lambda_function_grant_principal(target);
    if (!grantee && (d->queue || d->topic || d->bucket)) {
        ccdk__event_source_unknown_grantee(target, 1, (ccdk_strs){0}, NULL);
        return NULL;
    }
    if (d->queue) {
        if (grantee)
            ccdk_sqs_queue_grant_send_messages(d->queue, grantee);
        return ccdk_sqs_queue_arn(d->queue);
    }
    if (d->topic) {
        if (grantee)
            ccdk_sns_topic_grant_publish(d->topic, grantee);
        return ccdk_sns_topic_arn(d->topic);
    }
    if (d->bucket) {
        if (grantee)
            ccdk_s3_bucket_grant_read_write(d->bucket, grantee, NULL);
        return ccdk_s3_bucket_arn(d->bucket);
    }
    return d->kafka_topic; /* KafkaDlq: no grant */
}

const char *ccdk_lambda_event_source_dlq_bind(ccdk_lambda_event_source_dlq *dlq, ccdk_lambda_event_source_mapping *target,
                                              void *target_handler)
{
    (void)target; /* the IEventSourceMapping: no destination of aws-cdk-lib's reads it */
    if (!ccdk__object_ok(dlq, __func__))
        return NULL;
    if (!dlq->queue && !dlq->topic && !dlq->bucket) /* KafkaDlq.bind(_target, _targetHandler) */
        return dlq->kafka_topic;
    if (!ccdk__arg_handle_ok(target_handler, __func__, "target_handler"))
        return NULL;
    ccdk__fnbase *fb = ccdk__fnbase_of(target_handler);
    return fb ? dlq_bind(dlq, fb) : NULL;
}

/* ------------------------------------------------------------------ EventSourceMapping */

const ccdk_lambda_metric_type ccdk_lambda_metric_type_event_count = {"EventCount"};
const ccdk_lambda_metric_type ccdk_lambda_metric_type_error_count = {"ErrorCount"};
const ccdk_lambda_metric_type ccdk_lambda_metric_type_kafka_metrics = {"KafkaMetrics"};

const ccdk_lambda_source_access_configuration_type ccdk_lambda_source_access_configuration_type_basic_auth = {"BASIC_AUTH"};
const ccdk_lambda_source_access_configuration_type ccdk_lambda_source_access_configuration_type_vpc_subnet = {"VPC_SUBNET"};
const ccdk_lambda_source_access_configuration_type ccdk_lambda_source_access_configuration_type_vpc_security_group = {"VPC_SECURITY_GROUP"};
const ccdk_lambda_source_access_configuration_type ccdk_lambda_source_access_configuration_type_sasl_scram_256_auth = {"SASL_SCRAM_256_AUTH"};
const ccdk_lambda_source_access_configuration_type ccdk_lambda_source_access_configuration_type_sasl_scram_512_auth = {"SASL_SCRAM_512_AUTH"};
const ccdk_lambda_source_access_configuration_type ccdk_lambda_source_access_configuration_type_client_certificate_tls_auth = {"CLIENT_CERTIFICATE_TLS_AUTH"};
const ccdk_lambda_source_access_configuration_type ccdk_lambda_source_access_configuration_type_server_root_ca_certificate = {"SERVER_ROOT_CA_CERTIFICATE"};
const ccdk_lambda_source_access_configuration_type ccdk_lambda_source_access_configuration_type_virtual_host = {"VIRTUAL_HOST"};

static int opt_num_truthy(ccdk_opt_num n) { return n.set && (n.token || n.value != 0); }


/* validateKafkaConsumerGroupIdOrThrow: the message, or NULL when the id is good (or a token) */
static const char *consumer_group_id_error(const char *g)
{
    if (ccdk__is_unresolved(g))
        return NULL;
    size_t len = ccdk__js_length(g);
    if (len > 200 || len < 1)
        return "kafkaConsumerGroupId must be a valid string between 1 and 200 characters";
    /* every character one of a-z A-Z 0-9 and - / * : _ + = . @ (aws-cdk-lib: exec(id)[0] === id) */
    for (const char *c = g; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || strchr("-/*:_+=.@", *c)))
            return "kafkaConsumerGroupId contains invalid characters. Allowed values are \"[a-zA-Z0-9-/*:_+=.@-]\"";
    return NULL;
}

static ccdk_lambda_event_source_mapping *esm_new(void *scope, const char *id, ccdk__fnbase *fb,
                                                 const ccdk_lambda_event_source_mapping_options *o)
{
    ccdk__node *sn = ccdk__node_of(scope);
    ccdk_app *app = sn->app;
    ccdk_lambda_event_source_mapping *m = ccdk__alloc(app, sizeof *m);
    ccdk__node_init(&m->node, &kind_esm, sn, id);
    m->id = m->arn = "";
    static const ccdk_lambda_event_source_mapping_options none;
    if (!o)
        o = &none;
    /* an event source's startingPosition and logLevel come here when it is bound */
    if (!CCDK__ENUM_OK(m, o->starting_position, ccdk_lambda_starting_position, CCDK_LAMBDA_STARTING_POSITION_UNSET,
                       CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP, "startingPosition") ||
        !CCDK__ENUM_OK(m, o->log_level, ccdk_lambda_event_source_mapping_log_level,
                       CCDK_LAMBDA_EVENT_SOURCE_MAPPING_LOG_LEVEL_UNSET, CCDK_LAMBDA_EVENT_SOURCE_MAPPING_LOG_LEVEL_WARN,
                       "logLevel"))
        return m;
    int has_servers = CCDK__GIVEN(o->kafka_bootstrap_servers);
    if (!o->event_source_arn && !has_servers) {
        ccdk__error(m, "Either eventSourceArn or kafkaBootstrapServers must be set");
        return m;
    }
    if (o->event_source_arn && has_servers) {
        ccdk__error(m, "eventSourceArn and kafkaBootstrapServers are mutually exclusive");
        return m;
    }
    if (o->provisioned_poller_config) {
        double min, max;
        int has_min, has_max;
        pollers(o->provisioned_poller_config, &min, &max, &has_min, &has_max);
        if (has_min && (min < 1 || min > 200)) {
            ccdk__error(m, "Minimum provisioned pollers must be between 1 and 200 inclusive");
            return m;
        }
        if (has_max && (max < 1 || max > 2000)) {
            ccdk__error(m, "Maximum provisioned pollers must be between 1 and 2000 inclusive");
            return m;
        }
        if (has_min && has_max && min > max) {
            ccdk__error(m, "Minimum provisioned pollers must be less than or equal to maximum provisioned pollers");
            return m;
        }
    }
    if (has_servers && CCDK__LEN(o->kafka_bootstrap_servers, "kafka_bootstrap_servers") < 1) {
        ccdk__error(m, "kafkaBootStrapServers must not be empty if set");
        return m;
    }
    if (ccdk_duration_is_set(o->max_batching_window)) {
        int ok = 1; /* a conversion error is aws-cdk-lib's throw: nothing more is checked or made */
        double s = ccdk__duration_convert(m, o->max_batching_window, CCDK_TIME_SECONDS, 1, &ok);
        if (!ok)
            return m;
        if (s > 300) {
            ccdk__error(m, "maxBatchingWindow cannot be over 300 seconds, got %s", num_str(app, s));
            return m;
        }
    }
    if (opt_num_truthy(o->max_concurrency) && !o->max_concurrency.token &&
        (o->max_concurrency.value < 2 || o->max_concurrency.value > 1000)) {
        ccdk__error(m, "maxConcurrency must be between 2 and 1000 concurrent instances");
        return m;
    }
    if (ccdk_duration_is_set(o->max_record_age)) {
        int ok = 1;
        double s = ccdk__duration_convert(m, o->max_record_age, CCDK_TIME_SECONDS, 1, &ok);
        if (!ok)
            return m;
        if (s < 60 || convert(o->max_record_age.amount, unit_ms(o->max_record_age.unit), unit_ms(CCDK_TIME_DAYS)) > 7) {
            ccdk__error(m, "maxRecordAge must be between 60 seconds and 7 days inclusive");
            return m;
        }
    }
    if (o->retry_attempts.set && !o->retry_attempts.token) {
        double a = o->retry_attempts.value;
        if (!(a == -1 || (a >= 0 && a <= 10000))) {
            ccdk__error(m, "retryAttempts must be -1 (for infinite) or between 0 and 10000 inclusive, got %s", num_str(app, a));
            return m;
        }
    }
    if (o->parallelization_factor.set && !o->parallelization_factor.token) {
        double f = o->parallelization_factor.value;
        if (f < 1 || f > 10) {
            ccdk__error(m, "parallelizationFactor must be between 1 and 10 inclusive, got %s", num_str(app, f));
            return m;
        }
    }
    if (ccdk_duration_is_set(o->tumbling_window)) {
        int ok = 1;
        double s = ccdk__duration_convert(m, o->tumbling_window, CCDK_TIME_SECONDS, 1, &ok);
        if (!ok)
            return m;
        if (s > 900) {
            ccdk__error(m, "tumblingWindow cannot be over 900 seconds, got %s", num_str(app, s));
            return m;
        }
    }
    int at_ts = o->starting_position == CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP;
    int has_ts = opt_num_truthy(o->starting_position_timestamp);
    if (at_ts && !has_ts) {
        ccdk__error(m, "startingPositionTimestamp must be provided when startingPosition is AT_TIMESTAMP");
        return m;
    }
    if (!at_ts && has_ts) {
        ccdk__error(m, "startingPositionTimestamp can only be used when startingPosition is AT_TIMESTAMP");
        return m;
    }
    /* `if (props.kafkaConsumerGroupId)`: "" is not checked, and not rendered */
    const char *group = o->kafka_consumer_group_id && *o->kafka_consumer_group_id ? o->kafka_consumer_group_id : NULL;
    const char *group_error = group ? consumer_group_id_error(group) : NULL;
    if (group_error) {
        ccdk__error(m, "%s", group_error);
        return m;
    }
    if (!fb) { /* EventSourceMappingProps.target is required (a TypeError in aws-cdk-lib) */
        ccdk__error(m, "target is required: the function the event source mapping invokes");
        return m;
    }
    if (o->filter_encryption && !CCDK__GIVEN(o->filters)) {
        ccdk__error(m, "filter criteria must be provided to enable setting filter criteria encryption");
        return m;
    }
    if (o->filter_encryption) /* filterEncryption.grantDecrypt(new ServicePrincipal('lambda.amazonaws.com')) */
        ccdk_kms_key_grant_decrypt(o->filter_encryption, ccdk_iam_service_principal(m, "lambda.amazonaws.com"));
    /* props.onFailure.bind(this, props.target), before the resource (its grant comes first) */
    const char *on_failure = o->on_failure ? dlq_bind(o->on_failure, fb) : NULL;
    /* props.schemaRegistryConfig.bind(this, props.target), before the resource too */
    ccdk_value *schema_registry = NULL;
    if (o->schema_registry_config && !(schema_registry = ccdk__schema_registry_bind(o->schema_registry_config, m, fb)))
        return m;

    ccdk_cfn_resource *r = ccdk__l1(m, "Resource", "AWS::Lambda::EventSourceMapping",
                                           "aws-cdk-lib.aws_lambda.CfnEventSourceMapping");
    r->tag_kind = 1;
    m->resource = r;
    if (o->batch_size.set)
        ccdk__res_set(r, "BatchSize", ccdk__v_opt_num(app, o->batch_size));
    if (ccdk__tri_set(o->bisect_batch_on_error))
        ccdk__res_set(r, "BisectBatchOnFunctionError", ccdk__v_bool(app, ccdk__tri_true(o->bisect_batch_on_error)));
    if (on_failure)
        ccdk__res_set(r, "DestinationConfig",
                      obj1(app, "OnFailure", obj1(app, "Destination", ccdk__v_from_string(app, on_failure))));
    if (ccdk__tri_set(o->enabled))
        ccdk__res_set(r, "Enabled", ccdk__v_bool(app, ccdk__tri_true(o->enabled)));
    if (o->event_source_arn)
        ccdk__res_set(r, "EventSourceArn", ccdk__v_from_string(app, o->event_source_arn));
    /* kafkaConfig goes to `props.kafkaBootstrapServers ? SelfManaged... : undefined` and
     * `props.eventSourceArn ? AmazonManaged... : undefined`: an empty ARN is falsy, so with
     * eventSourceArn "" the config is built and dropped (aws-cdk-lib's truthiness, kept) */
    const char *kafka_config_key = has_servers ? "SelfManagedKafkaEventSourceConfig"
        : o->event_source_arn && *o->event_source_arn ? "AmazonManagedKafkaEventSourceConfig" : NULL;
    if ((group || schema_registry) && kafka_config_key) {
        ccdk_value *kc = ccdk__v_obj(app);
        if (group)
            ccdk__v_set(kc, "ConsumerGroupId", ccdk__v_from_string(app, group));
        if (schema_registry)
            ccdk__v_set(kc, "SchemaRegistryConfig", schema_registry);
        ccdk__res_set(r, kafka_config_key, kc);
    }
    if (has_servers) {
        ccdk_value *l = ccdk__v_list(app);
        size_t n = CCDK__LEN(o->kafka_bootstrap_servers, "kafka_bootstrap_servers");
        for (size_t i = 0; i < n; i++) {
            const char *srv = o->kafka_bootstrap_servers.items[i];
            ccdk__v_push(l, srv ? ccdk__v_from_string(app, srv) : ccdk__v_new(app, CCDK__V_NULL));
        }
        ccdk__res_set(r, "SelfManagedEventSource", obj1(app, "Endpoints", obj1(app, "KafkaBootstrapServers", l)));
    }
    if (CCDK__GIVEN(o->source_access_configurations)) {
        ccdk_value *l = ccdk__v_list(app);
        size_t n = CCDK__LEN(o->source_access_configurations, "source_access_configurations");
        for (size_t i = 0; i < n; i++) {
            const ccdk_lambda_source_access_configuration *c = &o->source_access_configurations.items[i];
            ccdk_value *e = ccdk__v_obj(app);
            if (c->type && c->type->type)
                ccdk__v_set(e, "Type", ccdk__v_from_string(app, c->type->type));
            if (c->uri)
                ccdk__v_set(e, "URI", ccdk__v_from_string(app, c->uri));
            ccdk__v_push(l, e);
        }
        ccdk__res_set(r, "SourceAccessConfigurations", l);
    }
    if (o->log_level) {
        static const char *const lv[] = {"", "INFO", "DEBUG", "WARN"};
        ccdk__res_set(r, "LoggingConfig", obj1(app, "SystemLogLevel", ccdk__v_str(app, lv[o->log_level])));
    }
    if (CCDK__GIVEN(o->filters)) {
        /* filterCriteria: {filters}; each FilterProperty renders only its `pattern` */
        ccdk_value *fl = ccdk__v_list(app);
        size_t n = CCDK__LEN(o->filters, "filters");
        for (size_t i = 0; i < n; i++) {
            ccdk_value *f = ccdk__v_obj(app);
            ccdk_value *pat = o->filters.items[i] ? ccdk__v_get(o->filters.items[i], "pattern") : NULL;
            if (pat)
                ccdk__v_set(f, "Pattern", pat);
            ccdk__v_push(fl, f);
        }
        ccdk__res_set(r, "FilterCriteria", obj1(app, "Filters", fl));
    }
    ccdk__res_set(r, "FunctionName", ccdk__v_from_string(app, ccdk__fnbase_name(fb))); /* the target's getter */
    if (ccdk__tri_true(o->report_batch_item_failures))
        ccdk__res_set(r, "FunctionResponseTypes", list1(app, ccdk__v_str(app, "ReportBatchItemFailures")));
    if (ccdk_duration_is_set(o->max_batching_window))
        ccdk__res_set(r, "MaximumBatchingWindowInSeconds",
                      ccdk__duration_value(m, o->max_batching_window, CCDK_TIME_SECONDS, 1));
    if (ccdk_duration_is_set(o->max_record_age))
        ccdk__res_set(r, "MaximumRecordAgeInSeconds", ccdk__duration_value(m, o->max_record_age, CCDK_TIME_SECONDS, 1));
    if (o->retry_attempts.set)
        ccdk__res_set(r, "MaximumRetryAttempts", ccdk__v_opt_num(app, o->retry_attempts));
    if (CCDK__GIVEN(o->metrics_config.metrics)) {
        ccdk_value *ml = ccdk__v_list(app);
        size_t n = CCDK__LEN(o->metrics_config.metrics, "metrics");
        for (size_t i = 0; i < n; i++) {
            const ccdk_lambda_metric_type *t = o->metrics_config.metrics.items[i];
            ccdk__v_push(ml, ccdk__v_str(app, t && t->name ? t->name : ""));
        }
        ccdk__res_set(r, "MetricsConfig", obj1(app, "Metrics", ml));
    }
    if (o->parallelization_factor.set)
        ccdk__res_set(r, "ParallelizationFactor", ccdk__v_opt_num(app, o->parallelization_factor));
    if (opt_num_truthy(o->max_concurrency))
        ccdk__res_set(r, "ScalingConfig", obj1(app, "MaximumConcurrency", ccdk__v_opt_num(app, o->max_concurrency)));
    if (o->provisioned_poller_config) {
        const ccdk_lambda_provisioned_poller_config *c = o->provisioned_poller_config;
        ccdk_value *pc = ccdk__v_obj(app);
        if (c->maximum_pollers.set)
            ccdk__v_set(pc, "MaximumPollers", ccdk__v_opt_num(app, c->maximum_pollers));
        if (c->minimum_pollers.set)
            ccdk__v_set(pc, "MinimumPollers", ccdk__v_opt_num(app, c->minimum_pollers));
        if (c->poller_group_name)
            ccdk__v_set(pc, "PollerGroupName", ccdk__v_from_string(app, c->poller_group_name));
        ccdk__res_set(r, "ProvisionedPollerConfig", pc);
    }
    if (o->starting_position) {
        static const char *const sp[] = {"", "TRIM_HORIZON", "LATEST", "AT_TIMESTAMP"};
        ccdk__res_set(r, "StartingPosition", ccdk__v_str(app, sp[o->starting_position]));
    }
    /* CfnEventSourceMapping's startingPositionTimestamp as given: a 0 passes the checks above (they
     * test it for truth) and is rendered all the same */
    if (o->starting_position_timestamp.set)
        ccdk__res_set(r, "StartingPositionTimestamp", ccdk__v_opt_num(app, o->starting_position_timestamp));
    if (o->filter_encryption)
        ccdk__res_set(r, "KmsKeyArn", ccdk__v_from_string(app, ccdk_kms_key_arn(o->filter_encryption)));
    if (o->kafka_topic)
        ccdk__res_set(r, "Topics", list1(app, ccdk__v_from_string(app, o->kafka_topic)));
    if (ccdk_duration_is_set(o->tumbling_window))
        ccdk__res_set(r, "TumblingWindowInSeconds", ccdk__duration_value(m, o->tumbling_window, CCDK_TIME_SECONDS, 1));
    m->id = ccdk_cfn_resource_ref(r);
    m->arn = ccdk_stack_format_arn(m->node.stack, "lambda", "event-source-mapping", ":", m->id);
    return m;
}

ccdk_lambda_event_source_mapping *ccdk_lambda_function_add_event_source_mapping(
    void *fn, const char *id, const ccdk_lambda_event_source_mapping_options *options)
{
    if (!ccdk__target_ok(fn, __func__))
        return NULL;
    ccdk__fnbase *fb = ccdk__fnbase_of(fn);
    return fb ? esm_new(fb, id, fb, options) : NULL;
}

ccdk_lambda_event_source_mapping *ccdk_lambda_event_source_mapping_new(void *scope, const char *id,
                                                                       const ccdk_lambda_event_source_mapping_props *props)
{
    ccdk__scope(scope);
    ccdk__fnbase *fb = props && props->target ? ccdk__fnbase_of(props->target) : NULL;
    return esm_new(scope, id, fb, props ? &props->options : NULL);
}

const char *ccdk_lambda_event_source_mapping_id(ccdk_lambda_event_source_mapping *m) { return ccdk__handle_ok(m, __func__) ? m->id : NULL; }
static const ccdk__kind kind_esm_import = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

ccdk_lambda_event_source_mapping *ccdk_lambda_event_source_mapping_from_event_source_mapping_id(
    void *scope, const char *id, const char *event_source_mapping_id)
{
    ccdk_lambda_event_source_mapping *m = ccdk__construct(ccdk_lambda_event_source_mapping, &kind_esm_import, scope, id);
    ccdk_app *app = m->node.app;
    if (!event_source_mapping_id) {
        ccdk__error(m, "fromEventSourceMappingId: eventSourceMappingId is required");
        m->id = m->arn = "";
        return m;
    }
    m->id = ccdk__keep(app, event_source_mapping_id);
    /* formatArn in Stack.of(scope), COLON_RESOURCE_NAME */
    m->arn = ccdk_stack_format_arn(m->node.stack, "lambda", "event-source-mapping", ":", m->id);
    return m;
}

const char *ccdk_lambda_event_source_mapping_arn(ccdk_lambda_event_source_mapping *m) { return ccdk__handle_ok(m, __func__) ? m->arn : NULL; }
ccdk_cfn_resource *ccdk_lambda_event_source_mapping_resource(ccdk_lambda_event_source_mapping *m) { return ccdk__handle_ok(m, __func__) ? m->resource : NULL; }

/* ------------------------------------------------------------------ event sources */

/* The source's construct, or the nil stack's stand-in after an error on the process-wide list. */
static ccdk__node *source_node(void *handle, const char *what, const char *func)
{
    ccdk__node *n = ccdk__node_of(handle);
    if (!n) {
        ccdk__process_error("%s: the %s is %s", func, what, handle ? "not a construct handle" : "NULL");
        return NULL;
    }
    return n;
}

static ccdk_lambda_event_source *source_new(ccdk_app *app, source_kind kind)
{
    static const char *const names[] = {
        [SOURCE_SQS] = "SqsEventSource", [SOURCE_SNS] = "SnsEventSource", [SOURCE_DYNAMO] = "DynamoEventSource",
        [SOURCE_KINESIS] = "KinesisEventSource", [SOURCE_KINESIS_CONSUMER] = "KinesisConsumerEventSource",
        [SOURCE_KAFKA] = "ManagedKafkaEventSource", [SOURCE_CUSTOM] = "IEventSource",
    };
    ccdk_lambda_event_source *s = ccdk__alloc(app, sizeof *s);
    s->app = app;
    s->kind = kind;
    s->class_name = names[kind];
    return s;
}

ccdk_lambda_event_source *ccdk_lambda_sqs_event_source(ccdk_sqs_queue *queue, const ccdk_lambda_sqs_event_source_props *props)
{
    ccdk__node *qn = source_node(queue, "queue", __func__);
    if (!qn) { /* never NULL: a queue of the nil stack stands in */
        queue = ccdk_sqs_queue_new(ccdk__nil_stack(), "NilQueue", NULL);
        qn = ccdk__node_of(queue);
    }
    ccdk_app *app = qn->app;
    ccdk_lambda_event_source *s = source_new(app, SOURCE_SQS);
    s->queue = queue;
    if (props)
        s->sqs = *props;
    ccdk_lambda_sqs_event_source_props *p = &s->sqs;
    COPY_LIST(app, p->filters, "filters");
    COPY_LIST(app, p->metrics_config.metrics, "metrics");
    p->provisioned_poller_config = poller_copy(app, p->provisioned_poller_config);
    int has_window = ccdk_duration_is_set(p->max_batching_window);
    if (has_window) {
        if (ccdk_sqs_queue_fifo(queue)) {
            ccdk__error(qn, "Batching window is not supported for FIFO queues");
            return s;
        }
        double sec = ccdk__duration_to_seconds(qn, p->max_batching_window, 1);
        if (sec > 300) {
            ccdk__error(qn, "Maximum batching window must be 300 seconds or less (given %s)",
                        human_string(app, p->max_batching_window));
            return s;
        }
    }
    if (p->batch_size.set && !p->batch_size.token) {
        double bs = p->batch_size.value;
        if (has_window && (bs < 1 || bs > 10000)) {
            ccdk__error(qn, "Maximum batch size must be between 1 and 10000 inclusive (given %s) when batching window is specified.",
                        num_str(app, bs));
            return s;
        }
        if (!has_window && (bs < 1 || bs > 10)) {
            ccdk__error(qn, "Maximum batch size must be between 1 and 10 inclusive (given %s) when batching window is not specified.",
                        num_str(app, bs));
            return s;
        }
    }
    if (p->provisioned_poller_config) {
        if (p->max_concurrency.set) {
            ccdk__error(qn, "provisionedPollerConfig and maxConcurrency are mutually exclusive \u2014 specify only one");
            return s;
        }
        double min, max;
        int has_min, has_max;
        pollers(p->provisioned_poller_config, &min, &max, &has_min, &has_max);
        if (has_min && (min < 2 || min > 200)) {
            ccdk__error(qn, "Minimum provisioned pollers for SQS must be between 2 and 200 inclusive, got: %s", num_str(app, min));
            return s;
        }
        if (has_max && (max < 2 || max > 2000)) {
            ccdk__error(qn, "Maximum provisioned pollers for SQS must be between 2 and 2000 inclusive, got: %s", num_str(app, max));
            return s;
        }
        if (has_min && has_max && min > max) {
            ccdk__error(qn, "Minimum provisioned pollers must be less than or equal to maximum provisioned pollers, got: min=%s, max=%s",
                        num_str(app, min), num_str(app, max));
            return s;
        }
    }
    return s;
}

ccdk_lambda_event_source *ccdk_lambda_sns_event_source(ccdk_sns_topic *topic, const ccdk_lambda_sns_event_source_props *props)
{
    ccdk__node *tn = source_node(topic, "topic", __func__);
    if (!tn) {
        topic = ccdk_sns_topic_new(ccdk__nil_stack(), "NilTopic", NULL);
        tn = ccdk__node_of(topic);
    }
    ccdk_lambda_event_source *s = source_new(tn->app, SOURCE_SNS);
    s->topic = topic;
    if (props)
        s->sns = *props;
    COPY_LIST(tn->app, s->sns.filter_policy, "filter_policy");
    COPY_LIST(tn->app, s->sns.filter_policy_with_message_body, "filter_policy_with_message_body");
    /* the attribute names are the caller's strings: the App's copies, for the bind to come */
    for (size_t i = 0; i < s->sns.filter_policy.count; i++) {
        ccdk_sns_filter_entry *e = (ccdk_sns_filter_entry *)&s->sns.filter_policy.items[i];
        e->name = e->name ? ccdk__strdup(tn->app, e->name) : NULL;
    }
    for (size_t i = 0; i < s->sns.filter_policy_with_message_body.count; i++) {
        ccdk_sns_filter_or_policy_entry *e = (ccdk_sns_filter_or_policy_entry *)&s->sns.filter_policy_with_message_body.items[i];
        e->name = e->name ? ccdk__strdup(tn->app, e->name) : NULL;
    }
    return s;
}

/* StreamEventSource's poller checks, without a path; 0 after an error */
static int pollers_ok(ccdk_app *app, const ccdk_lambda_provisioned_poller_config *c)
{
    double min, max;
    int has_min, has_max;
    if (!c || !pollers(c, &min, &max, &has_min, &has_max))
        return 1;
    const char *e = has_min && (min < 1 || min > 200) ? "Minimum provisioned pollers must be between 1 and 200 inclusive"
                    : has_max && (max < 1 || max > 2000) ? "Maximum provisioned pollers must be between 1 and 2000 inclusive"
                    : has_min && has_max && min > max ? "Minimum provisioned pollers must be less than or equal to maximum provisioned pollers"
                                                      : NULL;
    if (e)
        ccdk__unscoped_error(app, "%s", e);
    return !e;
}

int ccdk__event_source_poller_init(ccdk_app *app, const ccdk_lambda_provisioned_poller_config **c)
{
    *c = poller_copy(app, *c);
    return pollers_ok(app, *c);
}

/* StreamEventSource's constructor: the props copied, the poller config checked (without a path);
 * 0 after an error */
static int stream_props_init(ccdk_lambda_event_source *s, const ccdk_lambda_stream_event_source_props *props)
{
    if (props)
        s->stream_props = *props;
    COPY_LIST(s->app, s->stream_props.filters, "filters");
    COPY_LIST(s->app, s->stream_props.metrics_config.metrics, "metrics");
    const ccdk_lambda_provisioned_poller_config *c = s->stream_props.provisioned_poller_config =
        poller_copy(s->app, s->stream_props.provisioned_poller_config);
    return pollers_ok(s->app, c);
}

ccdk_lambda_event_source *ccdk_lambda_dynamo_event_source(ccdk_dynamodb_table *table, const ccdk_lambda_stream_event_source_props *props)
{
    ccdk__node *tn = source_node(table, "table", __func__);
    if (!tn) {
        table = ccdk_dynamodb_table_new(ccdk__nil_stack(), "NilTable", &(ccdk_dynamodb_table_props){
            .partition_key = {.name = "id", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING}});
        tn = ccdk__node_of(table);
    }
    ccdk_lambda_event_source *s = source_new(tn->app, SOURCE_DYNAMO);
    s->table = table;
    if (!stream_props_init(s, props))
        return s;
    ccdk_opt_num bs = s->stream_props.batch_size;
    if (bs.set && !bs.token && (bs.value < 1 || bs.value > 10000))
        ccdk__error(tn, "Maximum batch size must be between 1 and 10000 inclusive (given %s)", num_str(s->app, bs.value));
    return s;
}

ccdk_lambda_event_source *ccdk_lambda_kinesis_event_source(ccdk_kinesis_stream *stream, const ccdk_lambda_stream_event_source_props *props)
{
    ccdk__node *sn = source_node(stream, "stream", __func__);
    if (!sn) {
        stream = ccdk_kinesis_stream_new(ccdk__nil_stack(), "NilStream", NULL);
        sn = ccdk__node_of(stream);
    }
    ccdk_lambda_event_source *s = source_new(sn->app, SOURCE_KINESIS);
    s->stream = stream;
    if (!stream_props_init(s, props))
        return s;
    ccdk_opt_num bs = s->stream_props.batch_size;
    if (bs.set && !bs.token && (bs.value < 1 || bs.value > 10000)) /* an UnscopedValidationError */
        ccdk__unscoped_error(s->app, "Maximum batch size must be between 1 and 10000 inclusive (given %s)", num_str(s->app, bs.value));
    return s;
}

ccdk_lambda_event_source *ccdk_lambda_kinesis_consumer_event_source(ccdk_kinesis_stream_consumer *consumer,
                                                                    const ccdk_lambda_stream_event_source_props *props)
{
    ccdk__node *cn = source_node(consumer, "consumer", __func__);
    if (!cn) {
        ccdk_kinesis_stream *nil = ccdk_kinesis_stream_new(ccdk__nil_stack(), "NilStream", NULL);
        consumer = ccdk_kinesis_stream_consumer_new(ccdk__nil_stack(), "NilConsumer", &(ccdk_kinesis_stream_consumer_props){
            .stream = nil, .stream_consumer_name = "nil"});
        cn = ccdk__node_of(consumer);
    }
    ccdk_lambda_event_source *s = source_new(cn->app, SOURCE_KINESIS_CONSUMER);
    s->consumer = consumer;
    if (!stream_props_init(s, props))
        return s;
    ccdk_opt_num bs = s->stream_props.batch_size;
    if (bs.set && !bs.token && (bs.value < 1 || bs.value > 10000)) /* an UnscopedValidationError */
        ccdk__unscoped_error(s->app, "Maximum batch size must be between 1 and 10000 inclusive (given %s)", num_str(s->app, bs.value));
    return s;
}

ccdk_lambda_event_source *ccdk_lambda_managed_kafka_event_source(void *owner, const ccdk_lambda_managed_kafka_event_source_props *props)
{
    ccdk_app *app = owner_app(owner, __func__);
    ccdk_lambda_event_source *s = source_new(app, SOURCE_KAFKA);
    if (!props) {
        ccdk__unscoped_error(app, "ManagedKafkaEventSource: props are required");
        return s;
    }
    ccdk_lambda_managed_kafka_event_source_props *k = &s->kafka;
    *k = *props;
    k->cluster_arn = k->cluster_arn ? ccdk__keep(app, k->cluster_arn) : NULL;
    k->topic = k->topic ? ccdk__keep(app, k->topic) : NULL;
    k->consumer_group_id = k->consumer_group_id ? ccdk__keep(app, k->consumer_group_id) : NULL;
    COPY_LIST(app, k->filters, "filters");
    COPY_LIST(app, k->metrics_config.metrics, "metrics");
    k->provisioned_poller_config = poller_copy(app, k->provisioned_poller_config);
    if (!pollers_ok(app, k->provisioned_poller_config)) /* super(props) */
        return s;
    if (CCDK__GIVEN(k->metrics_config.metrics) && k->metrics_config.metrics.count == 0)
        ccdk__unscoped_error(app, "MetricsConfig must contain at least one metric type. Specify one or more metrics from "
                                  "lambda.MetricType (EVENT_COUNT, ERROR_COUNT, KAFKA_METRICS)");
    return s;
}

/* ------------------------------------------------------------------ bind */

static void bind_sqs(ccdk_lambda_event_source *s, ccdk__fnbase *fb)
{
    ccdk_app *app = s->app;
    ccdk__node *qn = ccdk__node_of(s->queue);
    ccdk_lambda_event_source_mapping_options o = {
        .batch_size = s->sqs.batch_size,
        .max_batching_window = s->sqs.max_batching_window,
        .max_concurrency = s->sqs.max_concurrency,
        .report_batch_item_failures = s->sqs.report_batch_item_failures,
        .enabled = s->sqs.enabled,
        .event_source_arn = ccdk_sqs_queue_arn(s->queue),
        .filters = s->sqs.filters,
        .metrics_config = s->sqs.metrics_config,
        .provisioned_poller_config = s->sqs.provisioned_poller_config,
        .filter_encryption = s->sqs.filter_encryption,
    };
    const char *id = ccdk__sprintf(app, "SqsEventSource:%s", ccdk__node_unique_id(qn));
    s->mapping = esm_new(fb, id, fb, &o);
    if (fb->role) {
        ccdk_sqs_queue_grant_consume_messages(s->queue, ccdk_lambda_function_grant_principal(fb));
    } else {
        ccdk__warning(fb, "@aws-cdk/aws-lambda-event-sources:sqsFunctionImportWithoutRole",
                      "Function '%s' was imported without an IAM role so it was not granted access to consume messages from '%s'",
                      fb->node.path, qn->path);
    }
}

/* StreamEventSource.enrichMappingOptions */
static ccdk_lambda_event_source_mapping_options stream_options(ccdk_lambda_event_source *s, const char *arn)
{
    const ccdk_lambda_stream_event_source_props *p = &s->stream_props;
    ccdk_lambda_event_source_mapping_options o = {
        .event_source_arn = arn,
        .metrics_config = p->metrics_config,
        .batch_size = opt_num_truthy(p->batch_size) ? p->batch_size : CCDK_NUM(100), /* batchSize || 100 */
        .bisect_batch_on_error = p->bisect_batch_on_error,
        .starting_position = p->starting_position,
        .report_batch_item_failures = p->report_batch_item_failures,
        .max_batching_window = p->max_batching_window,
        .max_record_age = p->max_record_age,
        .retry_attempts = p->retry_attempts,
        .parallelization_factor = p->parallelization_factor,
        .on_failure = p->on_failure,
        .tumbling_window = p->tumbling_window,
        .enabled = p->enabled,
        .filters = p->filters,
        .filter_encryption = p->filter_encryption,
    };
    return o;
}

/* The mapping of a stream source: "<class>:<unique id of source>" under fn, with the enriched
 * options; returns the grantee of the source's read grant (NULL: none, a function without role). */
static ccdk_iam_principal *stream_mapping(ccdk_lambda_event_source *s, ccdk__fnbase *fb, const char *class_name,
                                          void *source, ccdk_lambda_event_source_mapping_options o)
{
    const char *id = ccdk__sprintf(s->app, "%s:%s", class_name, ccdk__node_unique_id(ccdk__node_of(source)));
    s->mapping = esm_new(fb, id, fb, &o);
    return ccdk_lambda_function_grant_principal(fb);
}

static void bind_dynamo(ccdk_lambda_event_source *s, ccdk__fnbase *fb)
{
    ccdk__node *tn = ccdk__node_of(s->table);
    const char *stream_arn = ccdk_dynamodb_table_stream_arn(s->table);
    if (!stream_arn) {
        ccdk__error(tn, "DynamoDB Streams must be enabled on the table %s", tn->path);
        return;
    }
    ccdk_iam_principal *grantee = stream_mapping(s, fb, "DynamoDBEventSource", s->table, stream_options(s, stream_arn));
    if (grantee) {
        ccdk_dynamodb_table_grant_stream_read(s->table, grantee);
    } else {
        /* table.grantStreamRead(an import without a role): a Table's two grants to the principal are
         * UnknownPrincipal's warnings; its key's grant, and a TableV2's grants, ask for the policy
         * fragment (aws-cdk-lib's error) */
        int v2 = !strcmp(tn->kind->fqn, "aws-cdk-lib.aws_dynamodb.TableV2");
        if (v2 || ccdk__event_source_unknown_grantee(fb, 0, CCDK_STRS("dynamodb:ListStreams"), "*"))
            ccdk__event_source_unknown_grantee(fb, v2 || ccdk_dynamodb_table_encryption_key(s->table),
                                               CCDK_STRS("dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"),
                                               stream_arn);
    }
}

/* KinesisEventSourceBase.bind: a stream, or a stream consumer */
static void bind_kinesis(ccdk_lambda_event_source *s, ccdk__fnbase *fb)
{
    int consumer = s->kind == SOURCE_KINESIS_CONSUMER;
    ccdk_lambda_event_source_mapping_options o =
        stream_options(s, consumer ? ccdk_kinesis_stream_consumer_arn(s->consumer) : ccdk_kinesis_stream_arn(s->stream));
    o.starting_position_timestamp = s->stream_props.starting_position_timestamp;
    ccdk_iam_principal *grantee =
        stream_mapping(s, fb, consumer ? "KinesisConsumerEventSource" : "KinesisEventSource",
                       consumer ? (void *)s->consumer : (void *)s->stream, o);
    if (grantee && consumer)
        ccdk_kinesis_stream_consumer_grant_read(s->consumer, grantee);
    else if (grantee)
        ccdk_kinesis_stream_grant_read(s->stream, grantee);
    else /* an import without a role: the grants are Grant.addToPrincipalOrResource */
        ccdk__event_source_unknown_grantee(fb, 1, (ccdk_strs){0}, NULL);
}

/* ManagedKafkaEventSource.bind */
static void bind_kafka(ccdk_lambda_event_source *s, ccdk__fnbase *fb)
{
    const ccdk_lambda_managed_kafka_event_source_props *k = &s->kafka;
    int at_ts = k->starting_position == CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP;
    int has_ts = opt_num_truthy(k->starting_position_timestamp);
    if (at_ts && !has_ts)
        ccdk__warning(fb, "@aws-cdk/aws-lambda-event-source:needStartingPositionTimestamp",
                      "startingPositionTimestamp must be provided when startingPosition is AT_TIMESTAMP");
    if (!at_ts && has_ts)
        ccdk__warning(fb, "@aws-cdk/aws-lambda-event-source:invalidStartingPosition",
                      "startingPositionTimestamp can only be used when startingPosition is AT_TIMESTAMP");
    /* enrichMappingOptions({...}): the props the mapping takes, batchSize || 100 */
    ccdk_lambda_event_source_mapping_options o = {
        .event_source_arn = k->cluster_arn,
        .filters = k->filters,
        .filter_encryption = k->filter_encryption,
        .starting_position = k->starting_position,
        .starting_position_timestamp = k->starting_position_timestamp,
        .kafka_topic = k->topic,
        .kafka_consumer_group_id = k->consumer_group_id,
        /* sourceAccessConfigurations(): the secret's, SASL/SCRAM 512 */
        .source_access_configurations = k->secret ? (ccdk_lambda_source_access_configuration_list)CCDK_LIST_OF(
            ccdk_lambda_source_access_configuration,
            {CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_SASL_SCRAM_512_AUTH, ccdk_secretsmanager_secret_arn(k->secret)})
                                                  : (ccdk_lambda_source_access_configuration_list){0},
        .on_failure = k->on_failure,
        .support_s3_on_failure_destination = CCDK_TRUE,
        .provisioned_poller_config = k->provisioned_poller_config,
        .log_level = k->log_level,
        .metrics_config = k->metrics_config,
        .bisect_batch_on_error = k->bisect_batch_on_error,
        .retry_attempts = k->retry_attempts,
        .report_batch_item_failures = k->report_batch_item_failures,
        .max_record_age = k->max_record_age,
        .parallelization_factor = k->parallelization_factor,
        .batch_size = opt_num_truthy(k->batch_size) ? k->batch_size : CCDK_NUM(100),
        .max_batching_window = k->max_batching_window,
        .enabled = k->enabled,
        .schema_registry_config = k->schema_registry_config,
    };
    /* `KafkaEventSource:${Names.nodeUniqueId(target.node)}${topic}` (an undefined topic prints "undefined") */
    const char *id = ccdk__sprintf(s->app, "KafkaEventSource:%s%s", ccdk__node_unique_id(&fb->node), k->topic ? k->topic : "undefined");
    s->mapping = esm_new(fb, id, fb, &o);
    if (k->secret && !ccdk_lambda_function_grant_principal(fb)) { /* secret.grantRead: Grant.addToPrincipalOrResource */
        ccdk__event_source_unknown_grantee(fb, 1, (ccdk_strs){0}, NULL);
        return;
    }
    if (k->secret)
        ccdk_secretsmanager_secret_grant_read(k->secret, ccdk_lambda_function_grant_principal(fb));
    /* target.addToRolePolicy: Function's own (createNewPoliciesWithAddToRolePolicy), else role.addToPrincipalPolicy */
    ccdk_iam_policy_statement *st = ccdk_iam_policy_statement_new(fb, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("kafka:DescribeCluster", "kafka:GetBootstrapBrokers", "kafka:ListScramSecrets"),
        .resources = CCDK_STRS(k->cluster_arn ? k->cluster_arn : "")});
    if (fb->fkind == CCDK__FN_FUNCTION)
        ccdk_lambda_function_add_to_role_policy((ccdk_lambda_function *)fb, st);
    else if (fb->role)
        ccdk_iam_role_add_to_policy(fb->role, st);
    if (fb->role)
        ccdk_iam_role_add_managed_policy(fb->role, ccdk_iam_managed_policy_from_aws_managed_policy_name(fb, "service-role/AWSLambdaMSKExecutionRole"));
}

/* SnsEventSource.bind: topic.addSubscription(new LambdaSubscription(fn, props)) */
static void bind_sns(ccdk_lambda_event_source *s, ccdk__fnbase *fb)
{
    ccdk_sns_topic_add_lambda_subscription(s->topic, fb, &(ccdk_sns_lambda_subscription_props){
        .filter_policy = s->sns.filter_policy,
        .filter_policy_with_message_body = s->sns.filter_policy_with_message_body,
        .dead_letter_queue = s->sns.dead_letter_queue,
    });
}

void ccdk_lambda_function_add_event_source(void *fn, ccdk_lambda_event_source *source)
{
    if (!ccdk__target_ok(fn, __func__))
        return;
    ccdk__fnbase *fb = ccdk__fnbase_of(fn);
    if (!fb || !ccdk__arg_ok(source, __func__, "source"))
        return;
    /* only an ApiEventSource may trigger a function with tenant isolation (issue 16); the message
     * names the source's class, as aws-cdk-lib's source.constructor.name */
    if (ccdk__tenant_isolated(fb->lambda) && strcmp(source->class_name, "ApiEventSource")) {
        ccdk__error(fb, "Event source %s is not supported for functions with tenant isolation mode", source->class_name);
        return;
    }
    switch (source->kind) {
    case SOURCE_SQS: bind_sqs(source, fb); break;
    case SOURCE_SNS: bind_sns(source, fb); break;
    case SOURCE_DYNAMO: bind_dynamo(source, fb); break;
    case SOURCE_KINESIS:
    case SOURCE_KINESIS_CONSUMER: bind_kinesis(source, fb); break;
    case SOURCE_KAFKA: bind_kafka(source, fb); break;
    case SOURCE_CUSTOM: source->bind(source->bind_ctx, fb); break;
    }
}

/* The "not yet bound" error of each source class */
static const char *not_bound(ccdk_lambda_event_source *s)
{
    switch (s->kind) {
    case SOURCE_SQS: ccdk__error(s->queue, "SqsEventSource is not yet bound to an event source mapping"); break;
    case SOURCE_DYNAMO: ccdk__error(s->table, "DynamoEventSource is not yet bound to an event source mapping"); break;
    case SOURCE_KINESIS: ccdk__unscoped_error(s->app, "KinesisEventSource is not yet bound to an event source mapping"); break;
    case SOURCE_KINESIS_CONSUMER:
        ccdk__unscoped_error(s->app, "KinesisConsumerEventSource is not yet bound to an event source mapping");
        break;
    case SOURCE_KAFKA: ccdk__unscoped_error(s->app, "KafkaEventSource is not yet bound to an event source mapping"); break;
    case SOURCE_SNS: /* no mapping, and no getter in aws-cdk-lib: NULL, as for S3EventSource */
    case SOURCE_CUSTOM: return NULL;
    }
    return ""; /* getters stay defined */
}

const char *ccdk_lambda_event_source_mapping_id_of(ccdk_lambda_event_source *s)
{
    if (!s || s->kind == SOURCE_CUSTOM) /* S3EventSource makes no mapping */
        return NULL;
    return s->mapping ? s->mapping->id : not_bound(s);
}

const char *ccdk_lambda_event_source_mapping_arn_of(ccdk_lambda_event_source *s)
{
    if (!s || s->kind == SOURCE_CUSTOM) /* S3EventSource makes no mapping */
        return NULL;
    return s->mapping ? s->mapping->arn : not_bound(s);
}
