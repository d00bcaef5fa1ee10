/* events.c - events.Rule and Schedule (aws-cdk-lib/aws-events), and targets.LambdaFunction and
 * targets.ApiDestination (aws-cdk-lib/aws-events-targets). */
#include <math.h>
#include <string.h>

#include "ccdk/events.h"
#include "ccdk/iam.h"
#include "ccdk/kinesis.h"
#include "ccdk/lambda.h"
#include "ccdk/sns.h"
#include "ccdk/sqs.h"
#include "events_internal.h"

struct ccdk_events_schedule {
    const char *expression;
    int warn_every_minute; /* cron without a minute */
};

typedef enum { TARGET_LAMBDA = 1, TARGET_API_DESTINATION, TARGET_SQS, TARGET_SNS, TARGET_EVENT_BUS, TARGET_KINESIS, TARGET_CUSTOM } target_kind;

struct ccdk_events_rule_target {
    ccdk_app *app;
    target_kind kind;
    ccdk__node *handler; /* an IFunction, the ApiDestination, the queue, topic, bus or stream */
    /* the base target props (event, deadLetterQueue, maxEventAge, retryAttempts) of either kind; a
     * Lambda target's older input fields */
    ccdk_events_lambda_function_target_props lambda;
    ccdk_events_api_destination *destination; /* TARGET_API_DESTINATION's: */
    ccdk_iam_role *event_role;                 /* NULL: the destination's singleton EventsRole */
    ccdk_value *http_parameters;               /* NULL: none given */
    ccdk_sqs_queue *queue;                     /* TARGET_SQS's: */
    const char *message_group_id;              /* NULL: none given */
    ccdk_sns_topic *topic;                     /* TARGET_SNS's: */
    ccdk_tristate authorize_using_role;        /* (the role is event_role) */
    ccdk_events_event_bus *bus;                /* TARGET_EVENT_BUS's (the role is event_role) */
    ccdk_kinesis_stream *stream;               /* TARGET_KINESIS's: */
    const char *partition_key_path;            /* NULL: none given */
    const char *custom_arn, *custom_id;        /* TARGET_CUSTOM's config (the role is event_role) */
};

struct ccdk_events_rule {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *physical_name;
    const char *schedule_expression;
    ccdk_value *event_pattern; /* object (JS keys) */
    ccdk_value *targets;       /* list of rendered target objects */
    const char *arn, *name;
};

struct ccdk_events_event_bus {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *arn, *name;
};

static const char *num_str(ccdk_app *app, double d)
{
    ccdk__buf b = {0};
    ccdk__json_write_number(&b, d);
    const char *r = ccdk__strndup(app, b.data ? b.data : "", b.len);
    ccdk__buf_free(&b);
    return r;
}

/* ------------------------------------------------------------------ Schedule */

static ccdk_events_schedule *schedule_new(ccdk_app *app, const char *expr)
{
    ccdk_events_schedule *s = ccdk__alloc(app, sizeof *s);
    s->expression = ccdk__strdup(app, expr);
    return s;
}

ccdk_events_schedule *ccdk_events_schedule_expression(void *scope, const char *expression)
{
    ccdk_app *app = ccdk__app_of(scope);
    return app ? schedule_new(app, expression ? expression : "") : NULL;
}

ccdk_events_schedule *ccdk_events_schedule_cron(void *scope, const ccdk_events_cron_options *o)
{
    ccdk_app *app = ccdk__app_of(scope);
    static const ccdk_events_cron_options none;
    if (!o)
        o = &none;
    if (o->week_day && o->day)
        ccdk__unscoped_error(app, "Cannot supply both 'day' and 'weekDay', use at most one");
    const char *minute = o->minute ? o->minute : "*";
    const char *hour = o->hour ? o->hour : "*";
    const char *month = o->month ? o->month : "*";
    const char *year = o->year ? o->year : "*";
    const char *day = o->day ? o->day : o->week_day ? "?" : "*";
    const char *week_day = o->week_day ? o->week_day : "?";
    ccdk_events_schedule *s = ccdk__alloc(app, sizeof *s);
    s->expression = ccdk__sprintf(app, "cron(%s %s %s %s %s %s)", minute, hour, day, month, week_day, year);
    s->warn_every_minute = !o->minute || !*o->minute;
    return s;
}

static const char *make_rate(ccdk_app *app, double interval, const char *singular)
{
    return interval == 1 ? ccdk__sprintf(app, "rate(1 %s)", singular)
                         : ccdk__sprintf(app, "rate(%s %ss)", num_str(app, interval), singular);
}

ccdk_events_schedule *ccdk_events_schedule_rate(void *scope, ccdk_duration d)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (ccdk_duration_is_unresolved(d)) { /* rate(<token> <unit>) in minutes, hours or days */
        if (d.unit != CCDK_TIME_MINUTES && d.unit != CCDK_TIME_HOURS && d.unit != CCDK_TIME_DAYS) {
            ccdk__unscoped_error(app, "Allowed units for scheduling are: 'minute', 'minutes', 'hour', 'hours', 'day', 'days'");
            return schedule_new(app, "");
        }
        return schedule_new(app, ccdk__sprintf(app, "rate(%s %s)", d.token, ccdk__time_unit_label(d.unit)));
    }
    int ok = 1;
    double minutes = ccdk__duration_convert(app, d, CCDK_TIME_MINUTES, 1, &ok);
    if (!ok)
        return schedule_new(app, "");
    if (minutes == 0) {
        ccdk__unscoped_error(app, "Duration cannot be 0");
        return schedule_new(app, "");
    }
    double days = ccdk__duration_convert(app, d, CCDK_TIME_DAYS, 0, &ok);
    if (days != 0 && days == floor(days))
        return schedule_new(app, make_rate(app, days, "day"));
    double hours = ccdk__duration_convert(app, d, CCDK_TIME_HOURS, 0, &ok);
    if (hours != 0 && hours == floor(hours))
        return schedule_new(app, make_rate(app, hours, "hour"));
    return schedule_new(app, make_rate(app, minutes, "minute"));
}

const char *ccdk_events_schedule_expression_string(const ccdk_events_schedule *s) { return s ? s->expression : NULL; }

/* ------------------------------------------------------------------ event patterns */

static int is_container(const ccdk_value *v) { return v && (v->kind == CCDK__V_OBJ || v->kind == CCDK__V_LIST); }

static int merge_object(ccdk_app *app, ccdk_value *dest, ccdk_value *src)
{
    for (size_t i = 0; i < src->u.obj.n; i++) {
        const char *field = src->u.obj.e[i].key;
        ccdk_value *sv = src->u.obj.e[i].val;
        if (!sv || sv->kind == CCDK__V_UNDEF)
            continue;
        if (!is_container(sv) && sv->kind != CCDK__V_NULL) {
            ccdk__buf b = {0};
            ccdk__json_write(&b, sv, 0);
            ccdk__unscoped_error(app, "Invalid event pattern field { %s: %s }. All fields must be arrays", field, b.data ? b.data : "");
            ccdk__buf_free(&b);
            return 0;
        }
        ccdk_value *dv = ccdk__v_get(dest, field);
        if (!dv) {
            ccdk__v_set(dest, field, ccdk__v_copy(app, sv));
            continue;
        }
        if ((sv->kind == CCDK__V_LIST) != (dv->kind == CCDK__V_LIST)) {
            ccdk__buf a = {0}, b = {0};
            ccdk__json_write(&a, dv, 0);
            ccdk__json_write(&b, sv, 0);
            ccdk__unscoped_error(app, "Invalid event pattern field %s. Type mismatch between existing pattern %s and added pattern %s",
                                 field, a.data ? a.data : "", b.data ? b.data : "");
            ccdk__buf_free(&a);
            ccdk__buf_free(&b);
            return 0;
        }
        if (sv->kind == CCDK__V_LIST) { /* [...dest, ...src] without repeats (by JSON.stringify), dest's own too */
            ccdk_value *all = ccdk__v_list(app);
            for (size_t j = 0; j < dv->u.list.n; j++)
                ccdk__v_push(all, dv->u.list.items[j]);
            for (size_t k = 0; k < sv->u.list.n; k++)
                ccdk__v_push(all, ccdk__v_copy(app, sv->u.list.items[k]));
            const char **json = ccdk__alloc(app, (all->u.list.n + 1) * sizeof *json);
            ccdk_value *out = ccdk__v_list(app);
            for (size_t j = 0; j < all->u.list.n; j++) {
                ccdk__buf b = {0};
                ccdk__json_write(&b, all->u.list.items[j], 0);
                json[j] = ccdk__strndup(app, b.data ? b.data : "", b.len);
                ccdk__buf_free(&b);
                int dup = 0;
                for (size_t e = 0; e < j && !dup; e++)
                    dup = !strcmp(json[e], json[j]);
                if (!dup)
                    ccdk__v_push(out, all->u.list.items[j]);
            }
            ccdk__v_set(dest, field, out);
            continue;
        }
        if (sv->kind == CCDK__V_OBJ && dv->kind == CCDK__V_OBJ && !merge_object(app, dv, sv))
            return 0;
    }
    return 1;
}

void ccdk_events_rule_add_event_pattern(ccdk_events_rule *rule, ccdk_value *pattern)
{
    if (!ccdk__target_ok(rule, __func__) || !ccdk__arg_ok(pattern, __func__, "pattern") || pattern->kind == CCDK__V_UNDEF || pattern->kind == CCDK__V_NULL)
        return;
    ccdk_app *app = rule->node.app;
    if (!rule->resource) { /* Rule.fromEventRuleArn: an IRule has no addEventPattern in aws-cdk-lib */
        ccdk__error(rule, "An imported rule (Rule.fromEventRuleArn) cannot take an event pattern");
        return;
    }
    if (pattern->kind != CCDK__V_OBJ) {
        ccdk__buf b = {0};
        ccdk__json_write(&b, pattern, 0);
        ccdk__unscoped_error(app, "Invalid event pattern '%s', expecting an object or an array", b.data ? b.data : "");
        ccdk__buf_free(&b);
        return;
    }
    merge_object(app, rule->event_pattern, pattern);
}

static ccdk_value *event_pattern_lazy(void *ctx)
{
    ccdk_events_rule *rule = ctx;
    ccdk_app *app = rule->node.app;
    if (rule->event_pattern->u.obj.n == 0)
        return ccdk__v_undef(app);
    ccdk_value *out = ccdk__v_obj(app);
    for (size_t i = 0; i < rule->event_pattern->u.obj.n; i++) {
        const char *k = rule->event_pattern->u.obj.e[i].key;
        ccdk__v_set(out, strcmp(k, "detailType") ? k : "detail-type", rule->event_pattern->u.obj.e[i].val);
    }
    return out;
}

/* ------------------------------------------------------------------ Rule */

static ccdk_value *targets_lazy(void *ctx)
{
    ccdk_events_rule *rule = ctx;
    return rule->targets->u.list.n ? rule->targets : ccdk__v_undef(rule->node.app);
}

static void validation_error(ccdk__node *n, const char *msg) { ccdk__unscoped_error(n->app, "[%s] %s", n->path, msg); }

static void validate_rule(ccdk__node *n)
{
    ccdk_events_rule *rule = (ccdk_events_rule *)n;
    ccdk_app *app = n->app;
    const char *name = rule->physical_name;
    if (name && !ccdk__is_unresolved(name)) {
        size_t len = strlen(name);
        if (len < 1 || len > 64)
            validation_error(n, ccdk__sprintf(app, "Event rule name must be between 1 and 64 characters. Received: %s", name));
        int ok = len > 0;
        for (const char *p = name; *p; p++)
            if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '.' ||
                  *p == '-' || *p == '_'))
                ok = 0;
        if (!ok)
            validation_error(n, ccdk__sprintf(app, "Event rule name %s can contain only letters, numbers, periods, hyphens, or "
                                                   "underscores with no spaces.",
                                              name));
    }
    if (rule->event_pattern->u.obj.n == 0 && !rule->schedule_expression)
        validation_error(n, "Either 'eventPattern' or 'schedule' must be defined");
    if (rule->targets->u.list.n > 5)
        validation_error(n, "Event rule cannot have more than 5 targets.");
}

static const ccdk__kind kind_rule = {.fqn = "aws-cdk-lib.aws_events.Rule", .validate = validate_rule, .class_name = "Rule2"};

static const char *rule_arn_of(ccdk__node *rule, const char *name)
{
    return ccdk__format_arn(rule->stack, "events", NULL, "rule", "/", name);
}

ccdk_events_rule *ccdk_events_rule_new(void *scope, const char *id, const ccdk_events_rule_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    static const ccdk_events_rule_props none;
    if (!props)
        props = &none;
    ccdk_events_rule *rule = ccdk__alloc(app, sizeof *rule);
    ccdk__node_init(&rule->node, &kind_rule, scope, id);
    rule->physical_name = ccdk__strdup(app, props->rule_name);
    rule->targets = ccdk__v_list(app);
    rule->event_pattern = ccdk__v_obj(app);
    ccdk_events_event_bus *bus = props->event_bus && ccdk__handle_ok(props->event_bus, __func__) ? props->event_bus : NULL;
    if (bus && props->schedule) /* thrown before the CfnRule is made */
        ccdk__error(rule, "Cannot associate rule with 'eventBus' when using 'schedule'");
    if (props->schedule) {
        rule->schedule_expression = props->schedule->expression;
        if (props->schedule->warn_every_minute)
            ccdk__warning(rule, "@aws-cdk/aws-events:scheduleWillRunEveryMinute",
                          "cron: If you don't pass 'minute', by default the event runs every minute. Pass 'minute: '*'' if "
                          "that's what you intend, or 'minute: 0' to run once per hour instead.");
    }
    ccdk_cfn_resource *r = ccdk__l1(rule, "Resource", "AWS::Events::Rule", "aws-cdk-lib.aws_events.CfnRule");
    r->tag_kind = 1;
    rule->resource = r;
    /* ruleArn / ruleName: getResourceArnAttribute(attrArn, {service: 'events', resource: 'rule',
     * resourceName: physicalName}), getResourceNameAttribute(ref); the physical name ruleName as
     * given or generated (PhysicalName.GENERATE_IF_NEEDED) */
    ccdk__physical pn;
    ccdk__physical_new(&pn, rule, r, props->rule_name, NULL, "Arn", rule_arn_of);
    if (pn.value)
        ccdk__res_set(r, "Name", pn.value);
    if (props->description)
        ccdk__res_set(r, "Description", ccdk__v_from_string(app, props->description));
    ccdk__res_set(r, "State", ccdk__v_str(app, ccdk__tri_false(props->enabled) ? "DISABLED" : "ENABLED"));
    if (rule->schedule_expression)
        ccdk__res_set(r, "ScheduleExpression", ccdk__v_from_string(app, rule->schedule_expression));
    ccdk__res_set(r, "EventPattern", ccdk__v_lazy(app, event_pattern_lazy, rule));
    ccdk__res_set(r, "Targets", ccdk__v_lazy(app, targets_lazy, rule));
    if (bus)
        ccdk__res_set(r, "EventBusName", ccdk__v_from_string(app, bus->name));
    if (props->role)
        ccdk__res_set(r, "RoleArn", ccdk__v_from_string(app, ccdk_iam_role_arn(props->role)));
    /* memoized getters: made (and numbered) by aws-cdk-lib at their first read (token.c) */
    rule->arn = ccdk__token_mark_unread(app, pn.arn);
    rule->name = ccdk__token_mark_unread(app, pn.name);
    if (props->event_pattern) /* optional here; a NULL given to addEventPattern itself is an error */
        ccdk_events_rule_add_event_pattern(rule, props->event_pattern);
    for (ccdk_events_rule_target *const *t = CCDK__NT(app, props->targets, "Rule targets"); t && *t; t++)
        ccdk_events_rule_add_target(rule, *t);
    return rule;
}

const char *ccdk_events_rule_arn(ccdk_events_rule *rule)
{
    return CCDK__MEMO_GET(rule, arn);
}
const char *ccdk_events_rule_name(ccdk_events_rule *rule)
{
    return CCDK__MEMO_GET(rule, name);
}
ccdk_cfn_resource *ccdk_events_rule_resource(ccdk_events_rule *rule) { return ccdk__handle_ok(rule, __func__) ? rule->resource : NULL; }

/* Rule.fromEventRuleArn: an `Import` (a Resource of the ARN's environment: no type info of its own)
 * whose ruleName is splitArn(arn, SLASH_RESOURCE_NAME).resourceName || '' */
static const ccdk__kind kind_imported_rule = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

static int is_imported_rule(const ccdk_events_rule *rule) { return rule->node.kind == &kind_imported_rule; }

ccdk_events_rule *ccdk_events_rule_from_event_rule_arn(void *scope, const char *id, const char *event_rule_arn)
{
    ccdk_events_rule *rule = ccdk__construct(ccdk_events_rule, &kind_imported_rule, scope, id);
    ccdk_app *app = rule->node.app;
    rule->targets = ccdk__v_list(app);
    rule->event_pattern = ccdk__v_obj(app);
    rule->arn = rule->name = "";
    if (!ccdk_stack_of(&rule->node) || !ccdk__arn_check(app, event_rule_arn ? event_rule_arn : ""))
        return rule;
    rule->arn = ccdk__strdup(app, event_rule_arn);
    const char *name = ccdk__arn_slash_resource_name(rule, rule->arn);
    rule->name = name ? name : "";
    return rule;
}

/* Resource.env: an Import's environmentFromArn is its ARN's account and region */
const char *ccdk_events_rule_env_account(ccdk_events_rule *rule)
{
    if (!ccdk__handle_ok(rule, __func__))
        return NULL;
    return is_imported_rule(rule) && *rule->arn ? ccdk__arn_component(rule, rule->arn, 4) : ccdk_stack_account(rule->node.stack);
}
const char *ccdk_events_rule_env_region(ccdk_events_rule *rule)
{
    if (!ccdk__handle_ok(rule, __func__))
        return NULL;
    return is_imported_rule(rule) && *rule->arn ? ccdk__arn_component(rule, rule->arn, 3) : ccdk_stack_region(rule->node.stack);
}

/* ------------------------------------------------------------------ targets */

ccdk_events_rule_target *ccdk_events_targets_lambda_function(void *handler,
                                                             const ccdk_events_lambda_function_target_props *props)
{
    if (!ccdk_lambda_ifunction_arn(handler)) { /* not an IFunction (the error is recorded) */
        if (!handler)
            ccdk__process_error("%s: the handler is NULL", __func__);
        handler = ccdk_lambda_function_from_function_arn(ccdk__nil_stack(), "NilTarget",
                                                         "arn:aws:lambda:us-east-1:123456789012:function:nil"); /* never NULL */
    }
    ccdk__node *fb = ccdk__node_of(handler);
    ccdk_events_rule_target *t = ccdk__alloc(fb->app, sizeof *t);
    t->app = fb->app;
    t->kind = TARGET_LAMBDA;
    t->handler = fb;
    if (props) {
        t->lambda = *props;
        t->lambda.input_path = ccdk__strdup(fb->app, props->input_path);
        if (props->dead_letter_queue && !ccdk__handle_ok(props->dead_letter_queue, __func__))
            t->lambda.dead_letter_queue = NULL;
    }
    return t;
}

/* a target of a bad or NULL construct: never NULL, owned by the nil stack's App, taken as nothing
 * by a rule (the error is recorded already) */
static ccdk_events_rule_target *nil_target(target_kind kind, int null, const char *func, const char *what)
{
    if (null)
        ccdk__process_error("%s: the %s is NULL", func, what);
    ccdk_app *nil_app = ccdk__node_of(ccdk__nil_stack())->app;
    ccdk_events_rule_target *t = ccdk__alloc(nil_app, sizeof *t);
    t->app = nil_app;
    t->kind = kind;
    return t;
}

/* a target of the construct handle (checked by the caller), in its App */
static ccdk_events_rule_target *construct_target(const void *handle, target_kind kind)
{
    ccdk__node *n = ccdk__node_of(handle);
    ccdk_events_rule_target *t = ccdk__alloc(n->app, sizeof *t);
    t->app = n->app;
    t->kind = kind;
    t->handler = n;
    return t;
}

/* the delivery options the SQS, SNS and Kinesis targets share (TargetBaseProps and message) */
static void delivery_props(ccdk_events_rule_target *t, const ccdk_events_rule_target_input *message, ccdk_duration max_event_age,
                           ccdk_opt_num retry_attempts, ccdk_sqs_queue *dead_letter_queue, const char *func)
{
    t->lambda.event = message;
    t->lambda.max_event_age = max_event_age;
    t->lambda.retry_attempts = retry_attempts;
    if (dead_letter_queue && ccdk__handle_ok(dead_letter_queue, func))
        t->lambda.dead_letter_queue = dead_letter_queue;
}

ccdk_events_rule_target *ccdk_events_targets_sqs_queue(ccdk_sqs_queue *queue, const ccdk_events_sqs_queue_target_props *props)
{
    if (!queue || !ccdk__handle_ok(queue, __func__))
        return nil_target(TARGET_SQS, !queue, __func__, "queue");
    ccdk_events_rule_target *t = construct_target(queue, TARGET_SQS);
    t->queue = queue;
    if (!props)
        return t;
    delivery_props(t, props->message, props->max_event_age, props->retry_attempts, props->dead_letter_queue, __func__);
    t->message_group_id = ccdk__strdup(t->app, props->message_group_id);
    return t;
}

ccdk_events_rule_target *ccdk_events_targets_sns_topic(ccdk_sns_topic *topic, const ccdk_events_sns_topic_target_props *props)
{
    if (!topic || !ccdk__handle_ok(topic, __func__))
        return nil_target(TARGET_SNS, !topic, __func__, "topic");
    ccdk_events_rule_target *t = construct_target(topic, TARGET_SNS);
    t->topic = topic;
    if (!props)
        return t;
    delivery_props(t, props->message, props->max_event_age, props->retry_attempts, props->dead_letter_queue, __func__);
    if (props->role && ccdk__handle_ok(props->role, __func__))
        t->event_role = props->role;
    t->authorize_using_role = props->authorize_using_role;
    return t;
}

static ccdk_iam_role *singleton_event_role(ccdk__node *scope);

ccdk_events_rule_target *ccdk_events_targets_event_bus(ccdk_events_event_bus *bus, const ccdk_events_event_bus_target_props *props)
{
    if (!bus || !ccdk__handle_ok(bus, __func__))
        return nil_target(TARGET_EVENT_BUS, !bus, __func__, "event bus");
    ccdk_events_rule_target *t = construct_target(bus, TARGET_EVENT_BUS);
    t->bus = bus;
    if (!props)
        return t;
    if (props->dead_letter_queue && ccdk__handle_ok(props->dead_letter_queue, __func__))
        t->lambda.dead_letter_queue = props->dead_letter_queue;
    if (props->role && ccdk__handle_ok(props->role, __func__))
        t->event_role = props->role;
    return t;
}

ccdk_events_rule_target *ccdk_events_targets_kinesis_stream(ccdk_kinesis_stream *stream,
                                                            const ccdk_events_kinesis_stream_target_props *props)
{
    if (!stream || !ccdk__handle_ok(stream, __func__))
        return nil_target(TARGET_KINESIS, !stream, __func__, "stream");
    ccdk_events_rule_target *t = construct_target(stream, TARGET_KINESIS);
    t->stream = stream;
    if (!props)
        return t;
    delivery_props(t, props->message, props->max_event_age, props->retry_attempts, props->dead_letter_queue, __func__);
    t->partition_key_path = ccdk__strdup(t->app, props->partition_key_path);
    return t;
}


/* SnsTopic.bind: authorizeUsingRole ?? role decides -- the role (given, or the rule's singleton
 * EventsRole) is granted publish and becomes the target's RoleArn; else events.amazonaws.com is, in
 * the topic's policy, and a role given with authorizeUsingRole false is aws-cdk-lib's error. NULL
 * and *ok 0 after that error. */
static ccdk_iam_role *grant_topic_to_rule(ccdk_events_rule *rule, const ccdk_events_rule_target *target, int *ok)
{
    *ok = 1;
    int use_role = target->authorize_using_role.ccdk_tristate_value_ ? ccdk__tri_true(target->authorize_using_role) : target->event_role != NULL;
    if (use_role) {
        ccdk_iam_role *role = target->event_role ? target->event_role : singleton_event_role(&rule->node);
        ccdk_sns_topic_grant_publish(target->topic, ccdk_iam_role_principal(role));
        return role;
    }
    if (target->event_role) {
        ccdk__error(rule, "Cannot provide a role when authorizeUsingRole is false");
        *ok = 0;
        return NULL;
    }
    ccdk_sns_topic_grant_publish(target->topic, ccdk_iam_service_principal(rule, "events.amazonaws.com"));
    return NULL;
}

/* SqsQueue.bind: queue.grantSendMessages(new ServicePrincipal('events.amazonaws.com', {conditions}))
 * -- a queue without a key of its own: ArnEquals aws:SourceArn the rule's ARN; with one: StringEquals
 * aws:SourceAccount the rule's account under @aws-cdk/aws-events:eventsTargetQueueSameAccount, else
 * no condition (aws-cdk-lib's `{}`) */
static void grant_queue_to_rule(ccdk_events_rule *rule, ccdk_sqs_queue *q)
{
    ccdk_app *app = rule->node.app;
    ccdk_value *cond = ccdk__v_obj(app);
    if (!ccdk_sqs_queue_encryption_master_key(q)) {
        ccdk_value *arn_equals = ccdk__v_obj(app);
        ccdk__v_set(arn_equals, "aws:SourceArn", ccdk__v_from_string(app, rule->arn));
        ccdk__v_set(cond, "ArnEquals", arn_equals);
    } else if (ccdk__feature_flag(&rule->node, "@aws-cdk/aws-events:eventsTargetQueueSameAccount")) {
        ccdk_value *equals = ccdk__v_obj(app);
        ccdk__v_set(equals, "aws:SourceAccount", ccdk__v_from_string(app, ccdk_events_rule_env_account(rule)));
        ccdk__v_set(cond, "StringEquals", equals);
    }
    ccdk_iam_principal *events = ccdk_iam_service_principal(rule, "events.amazonaws.com");
    ccdk_sqs_queue_grant_send_messages(q, ccdk_iam_principal_with_conditions(events, cond));
}

/* Record<string, string> as a JSON object, in order (later duplicates win in place) */
static ccdk_value *string_map(ccdk_app *app, ccdk_kvs kvs, const char *what)
{
    ccdk_value *o = ccdk__v_obj(app);
    size_t n = CCDK__LEN(kvs, what);
    for (size_t i = 0; i < n; i++)
        if (kvs.items[i].key && kvs.items[i].value)
            ccdk__v_set(o, kvs.items[i].key, ccdk__v_from_string(app, kvs.items[i].value));
    return o;
}

ccdk_events_rule_target *ccdk_events_rule_target_of(void *owner, const ccdk_events_rule_target_config *config)
{
    if (!owner || !ccdk__handle_ok(owner, __func__) || !config || !config->arn) {
        if (!owner)
            ccdk__process_error("%s: the owner is NULL", __func__);
        else if (!config)
            ccdk__process_error("%s: the config is NULL", __func__);
        else if (!config->arn)
            ccdk__process_error("%s: the config's arn is NULL", __func__);
        return nil_target(TARGET_CUSTOM, 0, __func__, "owner");
    }
    ccdk_events_rule_target *t = construct_target(owner, TARGET_CUSTOM);
    t->custom_arn = ccdk__strdup(t->app, config->arn);
    t->custom_id = ccdk__strdup(t->app, config->id);
    if (config->role && ccdk__handle_ok(config->role, __func__))
        t->event_role = config->role;
    t->lambda.event = config->input;
    return t;
}

ccdk_events_rule_target *ccdk_events_targets_api_destination(ccdk_events_api_destination *destination,
                                                             const ccdk_events_api_destination_target_props *props)
{
    if (!destination || !ccdk__handle_ok(destination, __func__)) {
        if (!destination)
            ccdk__process_error("%s: the api destination is NULL", __func__);
        /* never NULL: a target without a destination, which a rule then takes as nothing (the
         * error is recorded already), owned by the nil stack's App */
        ccdk_app *nil_app = ccdk__node_of(ccdk__nil_stack())->app;
        ccdk_events_rule_target *t = ccdk__alloc(nil_app, sizeof *t);
        t->app = nil_app;
        t->kind = TARGET_API_DESTINATION;
        return t;
    }
    ccdk__node *dn = ccdk__node_of(destination);
    ccdk_app *app = dn->app;
    ccdk_events_rule_target *t = ccdk__alloc(app, sizeof *t);
    t->app = app;
    t->kind = TARGET_API_DESTINATION;
    t->handler = dn;
    t->destination = destination;
    if (!props)
        return t;
    t->lambda.event = props->event;
    t->lambda.max_event_age = props->max_event_age;
    t->lambda.retry_attempts = props->retry_attempts;
    if (props->dead_letter_queue && ccdk__handle_ok(props->dead_letter_queue, __func__))
        t->lambda.dead_letter_queue = props->dead_letter_queue;
    if (props->event_role && ccdk__handle_ok(props->event_role, __func__))
        t->event_role = props->event_role;
    /* headerParameters ?? pathParameterValues ?? queryStringParameters: an empty record or list is
     * given too (truthy) */
    if (CCDK__GIVEN(props->header_parameters) || CCDK__GIVEN(props->path_parameter_values) ||
        CCDK__GIVEN(props->query_string_parameters)) {
        ccdk_value *hp = ccdk__v_obj(app); /* CfnRule.HttpParametersProperty: keys in alphabetical order */
        if (CCDK__GIVEN(props->header_parameters))
            ccdk__v_set(hp, "HeaderParameters", string_map(app, props->header_parameters, "headerParameters"));
        if (CCDK__GIVEN(props->path_parameter_values)) {
            ccdk_value *l = ccdk__v_list(app);
            size_t n = CCDK__LEN(props->path_parameter_values, "pathParameterValues");
            for (size_t i = 0; i < n; i++)
                if (props->path_parameter_values.items[i])
                    ccdk__v_push(l, ccdk__v_from_string(app, props->path_parameter_values.items[i]));
            ccdk__v_set(hp, "PathParameterValues", l);
        }
        if (CCDK__GIVEN(props->query_string_parameters))
            ccdk__v_set(hp, "QueryStringParameters", string_map(app, props->query_string_parameters, "queryStringParameters"));
        t->http_parameters = hp;
    }
    return t;
}

/* util.singletonEventRole(scope): the scope's "EventsRole", made on first use (roleName
 * GENERATE_IF_NEEDED: no name in its own environment, the only one ccdk's targets are in) */
static ccdk_iam_role *singleton_event_role(ccdk__node *scope)
{
    ccdk__node *existing = ccdk__node_find_child(scope, "EventsRole");
    if (existing)
        return (ccdk_iam_role *)existing;
    return ccdk_iam_role_new(scope, "EventsRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(scope, "events.amazonaws.com")});
}

/* util.addLambdaPermission(rule, handler): one Permission per rule and function, in the rule. */
static void add_lambda_permission(ccdk_events_rule *rule, ccdk__node *fb)
{
    ccdk_app *app = rule->node.app;
    const char *id = ccdk__sprintf(app, "AllowEventRule%s", ccdk__node_unique_id(fb));
    if (ccdk__node_find_child(&rule->node, id))
        return;
    ccdk_lambda_permission p = {
        .scope = rule,
        .action = "lambda:InvokeFunction",
        .principal = ccdk_iam_service_principal(rule, "events.amazonaws.com"),
        .source_arn = rule->arn,
    };
    ccdk_lambda_function_add_permission(fb, id, &p);
}

static int env_differs(const char *a, const char *b)
{
    return a && b && !ccdk__is_unresolved(a) && !ccdk__is_unresolved(b) && strcmp(a, b);
}

/* Rule.sameEnvDimension: Token.compareStrings; one side unresolved is aws-cdk-lib's warning on the
 * rule (and counts as the same), both unresolved or equal the same, else different */
static int same_env_dimension(ccdk_events_rule *rule, const char *a, const char *b)
{
    if (!a || !b)
        return 1;
    int ua = ccdk__is_unresolved(a), ub = ccdk__is_unresolved(b);
    if (ua != ub) {
        ccdk__warning(rule, "@aws-cdk/aws-events:ruleUnresolvedEnvironment",
                      "Either the Event Rule or target has an unresolved environment. \n"
                      "           If they are being used in a cross-environment setup you need to specify the "
                      "environment for both.");
        return 1;
    }
    return ua || !strcmp(a, b);
}

/* util.addToDeadLetterQueueResourcePolicy(rule, queue): of another region an error; of the rule's
 * account (or one unresolved) the queue policy statement; else a warning */
static int add_dlq_policy(ccdk_events_rule *rule, ccdk_sqs_queue *q)
{
    ccdk_app *app = rule->node.app;
    const char *rule_region = ccdk_stack_region(rule->node.stack), *q_region = ccdk_sqs_queue_env_region(q);
    if (env_differs(rule_region, q_region)) {
        ccdk__error(rule, "Cannot assign Dead Letter Queue in region %s to the rule %s in region %s. Both the queue and the "
                          "rule must be in the same region.", q_region, ccdk__node_unique_id(&rule->node), rule_region);
        return 0;
    }
    const char *q_account = ccdk_sqs_queue_env_account(q);
    if (env_differs(ccdk_stack_account(rule->node.stack), q_account)) {
        ccdk__warning(rule, "@aws-cdk/aws-events-targets:manuallyAddDLQResourcePolicy",
                      "Cannot add a resource policy to your dead letter queue associated with rule %s because the queue is in "
                      "a different account. You must add the resource policy manually to the dead letter queue in account %s.",
                      rule->arn, q_account);
        return 1;
    }
    ccdk_value *cond = ccdk__v_obj(app), *arn_equals = ccdk__v_obj(app);
    ccdk__v_set(arn_equals, "aws:SourceArn", ccdk__v_from_string(app, rule->arn));
    ccdk__v_set(cond, "ArnEquals", arn_equals);
    ccdk_sqs_queue_add_to_resource_policy(
        q, ccdk_iam_policy_statement_new(rule, &(ccdk_iam_policy_statement_props){
               .sid = ccdk__sprintf(app, "AllowEventRule%s", ccdk__node_unique_id(&rule->node)),
               .principals = (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_service_principal(rule, "events.amazonaws.com")),
               .actions = CCDK_STRS("sqs:SendMessage"),
               .resources = CCDK_STRS(ccdk_sqs_queue_arn(q)),
               .conditions = cond,
           }));
    return 1;
}

void ccdk_events_rule_add_target(ccdk_events_rule *rule, ccdk_events_rule_target *target)
{
    if (!ccdk__target_ok(rule, __func__) || !ccdk__arg_ok(target, __func__, "target"))
        return;
    if (is_imported_rule(rule)) { /* an IRule has no addTarget in aws-cdk-lib */
        ccdk__error(rule, "An imported rule (Rule.fromEventRuleArn) cannot take targets");
        return;
    }
    if (!target->handler) /* an ApiDestination target made of a NULL or bad destination: its error is recorded */
        return;
    ccdk_app *app = rule->node.app;
    const char *auto_id = ccdk__sprintf(app, "Target%zu", (size_t)rule->targets->u.list.n);
    ccdk__node *fb = target->handler;
    /* target.bind(rule, id): the Lambda target's permission, then (both) the dead-letter queue's
     * policy, then the ApiDestination target's role and its policy statement */
    if (target->kind == TARGET_LAMBDA)
        add_lambda_permission(rule, fb);
    if (target->kind == TARGET_SQS)
        grant_queue_to_rule(rule, target->queue);
    ccdk_iam_role *role = NULL;
    if (target->kind == TARGET_SNS) {
        int ok;
        role = grant_topic_to_rule(rule, target, &ok);
        if (!ok)
            return;
    }
    if (target->kind == TARGET_EVENT_BUS) { /* EventBus.bind: the role puts events on the bus */
        role = target->event_role ? target->event_role : singleton_event_role(&rule->node);
        ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(rule, &(ccdk_iam_policy_statement_props){
                                              .actions = CCDK_STRS("events:PutEvents"),
                                              .resources = CCDK_STRS(ccdk_events_event_bus_arn(target->bus)),
                                          }));
    }
    if (target->kind == TARGET_KINESIS) { /* KinesisStream.bind: the stream's EventsRole may write */
        role = singleton_event_role(fb);
        ccdk_kinesis_stream_grant_write(target->stream, ccdk_iam_role_principal(role));
    }
    if (target->kind == TARGET_CUSTOM) { /* a config of one's own: its role, its id when not "" */
        role = target->event_role;
        if (target->custom_id && *target->custom_id)
            auto_id = target->custom_id;
    }
    /* (aws-cdk-lib's KinesisStream.bind renders the DeadLetterConfig but adds no queue policy: so
     * does ccdk) */
    if (target->lambda.dead_letter_queue && target->kind != TARGET_KINESIS &&
        !add_dlq_policy(rule, target->lambda.dead_letter_queue))
        return;
    const char *target_arn;
    if (target->kind == TARGET_API_DESTINATION) {
        target_arn = ccdk_events_api_destination_arn(target->destination);
        role = target->event_role ? target->event_role : singleton_event_role(fb);
        ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(rule, &(ccdk_iam_policy_statement_props){
                                              .actions = CCDK_STRS("events:InvokeApiDestination"),
                                              .resources = CCDK_STRS(target_arn),
                                          }));
    } else if (target->kind == TARGET_SQS) {
        target_arn = ccdk_sqs_queue_arn(target->queue);
    } else if (target->kind == TARGET_SNS) {
        target_arn = ccdk_sns_topic_arn(target->topic);
    } else if (target->kind == TARGET_EVENT_BUS) {
        target_arn = ccdk_events_event_bus_arn(target->bus);
    } else if (target->kind == TARGET_KINESIS) {
        target_arn = ccdk_kinesis_stream_arn(target->stream);
    } else if (target->kind == TARGET_CUSTOM) {
        target_arn = target->custom_arn;
    } else {
        target_arn = ccdk_lambda_ifunction_arn(fb);
    }
    ccdk_value *retry = NULL;
    int has_retry = target->lambda.retry_attempts.set &&
                    (target->lambda.retry_attempts.token || target->lambda.retry_attempts.value >= 0);
    if (has_retry || ccdk_duration_is_set(target->lambda.max_event_age)) {
        retry = ccdk__v_obj(app);
        if (ccdk_duration_is_set(target->lambda.max_event_age))
            ccdk__v_set(retry, "MaximumEventAgeInSeconds",
                        ccdk__duration_value(rule, target->lambda.max_event_age, CCDK_TIME_SECONDS, 1));
        if (target->lambda.retry_attempts.set)
            ccdk__v_set(retry, "MaximumRetryAttempts", ccdk__v_opt_num(app, target->lambda.retry_attempts));
    }
    /* Rule.addTarget compares the rule's stack's account, then region, with the target resource's
     * env (an imported function's is its ARN's); cross-environment targets (aws-cdk-lib's MirrorRule)
     * are not supported */
    ccdk_stack *ss = rule->node.stack;
    /* an ApiDestination (an import too) is of its stack's environment */
    const char *target_account = target->kind == TARGET_LAMBDA ? ccdk_lambda_function_env_account(fb)
                                 : target->kind == TARGET_SQS  ? ccdk_sqs_queue_env_account(target->queue)
                                 : target->kind == TARGET_SNS  ? ccdk_sns_topic_env_account(target->topic)
                                 : target->kind == TARGET_KINESIS ? ccdk_kinesis_stream_env_account(target->stream)
                                                               : ccdk_stack_account(fb->stack);
    const char *target_region = target->kind == TARGET_LAMBDA ? ccdk_lambda_function_env_region(fb)
                                : target->kind == TARGET_SQS  ? ccdk_sqs_queue_env_region(target->queue)
                                : target->kind == TARGET_SNS  ? ccdk_sns_topic_env_region(target->topic)
                                : target->kind == TARGET_KINESIS ? ccdk_kinesis_stream_env_region(target->stream)
                                                              : ccdk_stack_region(fb->stack);
    /* an EventBus target names no targetResource: no check, no mirror rule (a bus of another
     * environment is put to directly) */
    if (ss && target->kind != TARGET_EVENT_BUS && target->kind != TARGET_CUSTOM &&
        (!same_env_dimension(rule, ccdk_stack_account(ss), target_account) ||
               !same_env_dimension(rule, ccdk_stack_region(ss), target_region))) {
        /* aws-cdk-lib's checks before it makes the MirrorRule, in its order (a stack is always
         * under an App here: its two "must be part of a CDK app" errors cannot happen) */
        if (!target_account || ccdk__is_unresolved(target_account)) {
            ccdk__error(rule, "You need to provide a concrete account for the target stack when using cross-account or "
                              "cross-region events");
            return;
        }
        if (!target_region || ccdk__is_unresolved(target_region)) {
            ccdk__error(rule, "You need to provide a concrete region for the target stack when using cross-account or "
                              "cross-region events");
            return;
        }
        if (ccdk__is_unresolved(ccdk_stack_account(ss))) {
            ccdk__error(rule, "You need to provide a concrete account for the source stack when using cross-account or "
                              "cross-region events");
            return;
        }
        if (fb->app != app) {
            ccdk__error(rule, "Event stack and target stack must belong to the same CDK app");
            return;
        }
        /* obtainMirrorRuleScope: the mirror rule goes in the target's stack, which must be of the
         * target's environment (not so for a function imported by an ARN of another environment) */
        if (!same_env_dimension(rule, ccdk_stack_account(fb->stack), target_account) ||
            !same_env_dimension(rule, ccdk_stack_region(fb->stack), target_region)) {
            ccdk__error(rule, "Cannot create a cross-account or cross-region rule for an imported resource (create a stack "
                              "with the right environment for the imported resource)");
            return;
        }
        ccdk__error(rule, "Cross-account or cross-region event targets are not supported by ccdk");
        return;
    }
    ccdk_value *t = ccdk__v_obj(app);
    ccdk__v_set(t, "Arn", ccdk__v_from_string(app, target_arn));
    if (target->lambda.dead_letter_queue) { /* CfnRule's TargetProperty keys come in alphabetical order */
        ccdk_value *dlc = ccdk__v_obj(app);
        ccdk__v_set(dlc, "Arn", ccdk__v_from_string(app, ccdk_sqs_queue_arn(target->lambda.dead_letter_queue)));
        ccdk__v_set(t, "DeadLetterConfig", dlc);
    }
    if (target->http_parameters)
        ccdk__v_set(t, "HttpParameters", target->http_parameters);
    ccdk__v_set(t, "Id", ccdk__v_str(app, auto_id));
    /* targetProps.input?.bind(this): Input, InputPath or InputTransformer */
    const ccdk_events_rule_target_input *event = target->lambda.event;
    if (!event && target->lambda.input_path) /* the older fields: fromEventPath, then fromObject */
        event = ccdk_events_rule_target_input_from_event_path(rule, target->lambda.input_path);
    else if (!event && target->lambda.event_object)
        event = ccdk_events_rule_target_input_from_object(rule, target->lambda.event_object);
    ccdk__events_input_props in = ccdk__events_input_bind(app, event);
    if (in.input)
        ccdk__v_set(t, "Input", in.input);
    if (in.input_path)
        ccdk__v_set(t, "InputPath", in.input_path);
    if (in.input_template) {
        ccdk_value *transformer = ccdk__v_obj(app);
        ccdk__v_set(transformer, "InputPathsMap", in.input_paths_map);
        ccdk__v_set(transformer, "InputTemplate", in.input_template);
        ccdk__v_set(t, "InputTransformer", transformer);
    }
    if (target->partition_key_path) {
        ccdk_value *kinesis = ccdk__v_obj(app);
        ccdk__v_set(kinesis, "PartitionKeyPath", ccdk__v_from_string(app, target->partition_key_path));
        ccdk__v_set(t, "KinesisParameters", kinesis);
    }
    if (retry)
        ccdk__v_set(t, "RetryPolicy", retry);
    if (role)
        ccdk__v_set(t, "RoleArn", ccdk__v_from_string(app, ccdk_iam_role_arn(role)));
    if (target->message_group_id) {
        ccdk_value *sqs = ccdk__v_obj(app);
        ccdk__v_set(sqs, "MessageGroupId", ccdk__v_from_string(app, target->message_group_id));
        ccdk__v_set(t, "SqsParameters", sqs);
    }
    ccdk__v_push(rule->targets, t);
}

/* ------------------------------------------------------------------ EventBus */

static const ccdk__kind kind_event_bus = {.fqn = "aws-cdk-lib.aws_events.EventBus", .class_name = "EventBus2"};

/* EventBus.eventBusProps: the name's checks (UnscopedValidationErrors) */
static void check_event_bus_name(ccdk_app *app, const char *name)
{
    if (ccdk__is_unresolved(name))
        return;
    if (!strcmp(name, "default")) {
        ccdk__unscoped_error(app, "'eventBusName' must not be 'default'");
        return;
    }
    if (strchr(name, '/')) {
        ccdk__unscoped_error(app, "'eventBusName' must not contain '/'");
        return;
    }
    size_t n = strlen(name);
    int ok = n >= 1 && n <= 256;
    for (const char *p = name; *p && ok; p++)
        ok = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '.' || *p == '-' ||
             *p == '_';
    if (!ok)
        ccdk__unscoped_error(app, "'eventBusName' must satisfy: /^[\\/\\.\\-_A-Za-z0-9]{1,256}$/");
}

static const char *event_bus_arn_of(ccdk__node *bus, const char *name)
{
    return ccdk__format_arn(bus->stack, "events", NULL, "event-bus", "/", name);
}

ccdk_events_event_bus *ccdk_events_event_bus_new(void *scope, const char *id, const ccdk_events_event_bus_props *props)
{
    ccdk_events_event_bus *bus = ccdk__construct(ccdk_events_event_bus, &kind_event_bus, scope, id);
    ccdk_app *app = bus->node.app;
    static const ccdk_events_event_bus_props none;
    if (!props)
        props = &none;
    const char *name = props->event_bus_name;
    if (name) {
        check_event_bus_name(app, name);
    } else {
        /* Names.uniqueId(this): makeUniqueId over the ids of every scope below the App */
        size_t depth = 0;
        for (ccdk__node *p = &bus->node; p && p->parent; p = p->parent)
            depth++;
        const char **comps = ccdk__alloc(app, (depth ? depth : 1) * sizeof *comps);
        size_t i = depth;
        for (ccdk__node *p = &bus->node; p && p->parent; p = p->parent)
            comps[--i] = p->id;
        name = ccdk__make_unique_id(app, comps, depth);
    }
    if (props->description && !ccdk__is_unresolved(props->description)) {
        size_t n = 0; /* JS length: UTF-16 code units */
        for (const unsigned char *p = (const unsigned char *)props->description; *p; p++)
            n += (*p & 0xC0) != 0x80 ? ((*p & 0xF8) == 0xF0 ? 2 : 1) : 0;
        if (n > 512)
            ccdk__error(bus, "description must be less than or equal to 512 characters, got %zu", n);
    }
    ccdk_cfn_resource *r = ccdk__l1(bus, "Resource", "AWS::Events::EventBus", "aws-cdk-lib.aws_events.CfnEventBus");
    r->tag_kind = 1;
    bus->resource = r;
    /* eventBusArn / eventBusName: getResourceArnAttribute(attrArn, {service: 'events', resource:
     * 'event-bus', resourceName: the CfnEventBus's name}), getResourceNameAttribute(ref); the
     * physical name eventBusName as given or generated (PhysicalName.GENERATE_IF_NEEDED). The default
     * name is a Lazy (Names.uniqueId): deploy-time, none in another environment. */
    ccdk__physical pn;
    ccdk__physical_new(&pn, bus, r, name, NULL, "Arn", event_bus_arn_of);
    ccdk__res_set(r, "Name", pn.value);
    if (props->description)
        ccdk__res_set(r, "Description", ccdk__v_from_string(app, props->description));
    /* memoized getters, with a name or without: made (and numbered) by aws-cdk-lib at their first
     * read (token.c) */
    if (props->event_bus_name) {
        bus->arn = ccdk__token_mark_unread(app, pn.arn);
        bus->name = ccdk__token_mark_unread(app, pn.name);
    } else {
        bus->arn = ccdk__token_mark_unread(app, ccdk__resource_env_attribute(bus, r, "Arn", NULL));
        bus->name = ccdk__token_mark_unread(app, ccdk__resource_env_attribute(bus, r, NULL, NULL));
    }
    return bus;
}

/* EventBus.fromEventBusArn: an ImportedEventBus (a Resource: no type info of its own in
 * aws-cdk-lib 2.276) named by splitArn(arn, SLASH_RESOURCE_NAME).resourceName || '' */
static const ccdk__kind kind_imported_event_bus = {.fqn = "aws-cdk-lib.Resource", .class_name = "ImportedEventBus2"};

ccdk_events_event_bus *ccdk_events_event_bus_from_event_bus_arn(void *scope, const char *id, const char *event_bus_arn)
{
    ccdk_events_event_bus *bus = ccdk__construct(ccdk_events_event_bus, &kind_imported_event_bus, scope, id);
    ccdk_app *app = bus->node.app;
    bus->arn = bus->name = "";
    if (!ccdk__arn_check(app, event_bus_arn ? event_bus_arn : "")) /* Stack.splitArn's error: no construct path */
        return bus;
    bus->arn = ccdk__strdup(app, event_bus_arn);
    const char *name = ccdk__arn_slash_resource_name(bus, bus->arn);
    bus->name = name ? name : "";
    return bus;
}

/* new ImportedEventBus(scope, id, {eventBusName, eventBusArn}): its environment is the ARN's
 * (splitArn, with its error for a malformed one; Stack.of's for a scope outside any stack, unless
 * the caller has reported it) */
static ccdk_events_event_bus *imported_bus(void *scope, const char *id, const char *name, const char *arn, int stack_checked)
{
    ccdk_events_event_bus *bus = ccdk__construct(ccdk_events_event_bus, &kind_imported_event_bus, scope, id);
    ccdk_app *app = bus->node.app;
    bus->arn = bus->name = "";
    if (stack_checked ? !bus->node.stack : !ccdk_stack_of(&bus->node))
        return bus;
    if (!ccdk__arn_check(app, arn ? arn : ""))
        return bus;
    bus->arn = ccdk__strdup(app, arn);
    bus->name = ccdk__strdup(app, name ? name : "");
    return bus;
}

ccdk_events_event_bus *ccdk_events_event_bus_from_event_bus_attributes(void *scope, const char *id,
                                                                     const ccdk_events_event_bus_attributes *attrs)
{
    static const ccdk_events_event_bus_attributes none;
    if (!attrs)
        attrs = &none;
    return imported_bus(scope, id, attrs->event_bus_name, attrs->event_bus_arn, 0);
}

/* EventBus.fromEventBusName: the ARN formatted in the scope's stack (event-bus/<name>) */
ccdk_events_event_bus *ccdk_events_event_bus_from_event_bus_name(void *scope, const char *id, const char *event_bus_name)
{
    ccdk_stack *stack = ccdk_stack_of(scope); /* Stack.of's error for a scope outside any stack */
    const char *name = event_bus_name ? event_bus_name : "";
    const char *arn = stack ? ccdk__format_arn(stack, "events", NULL, "event-bus", NULL, name) : "";
    return imported_bus(scope, id, name, arn, 1);
}

const char *ccdk_events_event_bus_arn(ccdk_events_event_bus *bus)
{
    return CCDK__MEMO_GET(bus, arn);
}
const char *ccdk_events_event_bus_name(ccdk_events_event_bus *bus)
{
    return CCDK__MEMO_GET(bus, name);
}

/* EventBusPolicy (aws-events/lib/event-bus.ts): a Resource holding the CfnEventBusPolicy */
static const ccdk__kind kind_event_bus_policy = {.fqn = "aws-cdk-lib.aws_events.EventBusPolicy", .class_name = "EventBusPolicy2"};

/* `cdk-${sid}`.slice(0, 64): JavaScript counts UTF-16 code units; a character of 4 UTF-8 bytes is two
 * of them. A surrogate pair that the cut would split is dropped whole (JavaScript keeps a lone
 * high surrogate, which no CloudFormation statement id accepts anyway). */
static const char *statement_id(ccdk_app *app, const char *sid)
{
    const char *id = ccdk__sprintf(app, "cdk-%s", sid);
    size_t units = 0, i = 0;
    while (id[i]) {
        unsigned char c = (unsigned char)id[i];
        size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
        size_t u = len == 4 ? 2 : 1;
        if (units + u > 64)
            break;
        units += u;
        while (len-- && id[i])
            i++;
    }
    return ccdk__strndup(app, id, i);
}

/* EventBus.addToResourcePolicy: the statement's Sid becomes "cdk-<sid>" (cut to 64), and an
 * EventBusPolicy of that id under the bus holds the statement as rendered now (toJSON());
 * ImportedEventBus.addToResourcePolicy warns and adds nothing */
int ccdk_events_event_bus_add_to_resource_policy(ccdk_events_event_bus *bus, ccdk_iam_policy_statement *statement)
{
    if (!ccdk__target_ok(bus, __func__) || !ccdk__arg_ok(statement, __func__, "statement"))
        return 0;
    if (bus->node.kind == &kind_imported_event_bus) {
        ccdk__warning(bus, "@aws-cdk/aws-events:eventBusAddToResourcePolicy",
                      "Unable to add necessary permissions to imported target event bus: %s", bus->arn);
        return 0;
    }
    const char *sid = ccdk_iam_policy_statement_sid(statement);
    if (!sid) {
        ccdk__error(bus, "Event Bus policy statements must have a sid");
        return 0;
    }
    ccdk_app *app = bus->node.app;
    const char *id = statement_id(app, sid);
    ccdk_iam_policy_statement_set_sid(statement, id);
    void *scope = &bus->node;
    ccdk__node *policy = ccdk__construct(ccdk__node, &kind_event_bus_policy, scope, id);
    ccdk_cfn_resource *r =
        ccdk__l1(policy, "Resource", "AWS::Events::EventBusPolicy", "aws-cdk-lib.aws_events.CfnEventBusPolicy");
    ccdk__res_set(r, "StatementId", ccdk__v_from_string(app, id));
    ccdk__res_set(r, "Statement", ccdk_iam_policy_statement_to_json(statement));
    ccdk__res_set(r, "EventBusName", ccdk__v_from_string(app, bus->name));
    return 1;
}

/* EventBusBase.grantPutEventsTo(grantee, sid): Grant.addToPrincipal, and for a grantee without a
 * policy under @aws-cdk/aws-events:requireEventBusPolicySid the bus policy statement
 * (Grant.addStatementToResourcePolicy: addToResourcePolicy above); without the flag a warning and
 * nothing granted, whether a sid is given or not */
int ccdk_events_event_bus_grant_put_events_to_with_sid(ccdk_events_event_bus *bus, ccdk_iam_principal *grantee,
                                                       const char *sid)
{
    if (!ccdk__target_ok(bus, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return 0;
    if (ccdk_iam_grant_add_to_principal(grantee, CCDK_STRS("events:PutEvents"), CCDK_STRS(bus->arn)))
        return 1;
    if (!ccdk__feature_flag(&bus->node, "@aws-cdk/aws-events:requireEventBusPolicySid")) {
        ccdk__warning(bus, "@aws-cdk/aws-events:eventBusServicePrincipalGrant",
                      "Unable to grant PutEvents to service principal: Statement ID is required for EventBus resource "
                      "policies. Either provide a 'sid' parameter or enable the '@aws-cdk/aws-events:requireEventBusPolicySid' "
                      "feature flag.");
        return 0;
    }
    ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(bus, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("events:PutEvents"),
        .resources = CCDK_STRS(bus->arn),
        .principals = (ccdk_iam_principal_list)CCDK_LIST(grantee),
        .sid = sid,
    });
    return ccdk_events_event_bus_add_to_resource_policy(bus, s);
}

int ccdk_events_event_bus_grant_put_events_to(ccdk_events_event_bus *bus, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(bus, __func__))
        return 0;
    return ccdk_events_event_bus_grant_put_events_to_with_sid(bus, grantee, NULL);
}

/* EventBus.grantAllPutEvents(grantee): events:PutEvents on "*" (EventBusGrants.allPutEvents of a
 * dummy imported bus in a stack of its own App: Grant.addToPrincipal, nothing else) */
int ccdk_events_event_bus_grant_all_put_events(ccdk_iam_principal *grantee)
{
    if (!ccdk__grantee_ok(grantee, __func__))
        return 0;
    return ccdk_iam_grant_add_to_principal(grantee, CCDK_STRS("events:PutEvents"), CCDK_STRS("*"));
}
