/* event_sources.c - lambda.EventSourceMapping, fn.addEventSourceMapping / fn.addEventSource and
 * aws-lambda-event-sources' SqsEventSource. */
#include <math.h>
#include <string.h>

#include "ccdk/lambda_event_sources.h"
#include "lambda_internal.h"

struct ccdk_lambda_event_source_mapping {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *id, *arn;
};

typedef enum { SOURCE_SQS = 1, SOURCE_CUSTOM } source_kind;

struct ccdk_lambda_event_source {
    ccdk_app *app;
    source_kind kind;
    ccdk_sqs_queue *queue;
    ccdk_lambda_sqs_event_source_props sqs;
    ccdk_lambda_event_source_mapping *mapping; /* once bound */
    /* SOURCE_CUSTOM: a source bound by another file (ccdk__event_source_custom) */
    void (*bind)(void *ctx, ccdk__fnbase *fb);
    void *bind_ctx;
};

ccdk_lambda_event_source *ccdk__event_source_custom(ccdk_app *app, void (*bind)(void *ctx, ccdk__fnbase *fb), void *ctx)
{
    ccdk_lambda_event_source *s = ccdk__alloc(app, sizeof *s);
    s->app = app;
    s->kind = SOURCE_CUSTOM;
    s->bind = bind;
    s->bind_ctx = ctx;
    return s;
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
        FMT(0.0, label[d.unit]);
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

/* ------------------------------------------------------------------ EventSourceMapping */

static ccdk_lambda_event_source_mapping *esm_new(ccdk__fnbase *fb, const char *id,
                                                 const ccdk_lambda_event_source_mapping_options *o)
{
    ccdk_app *app = fb->node.app;
    ccdk_lambda_event_source_mapping *m = ccdk__alloc(app, sizeof *m);
    ccdk__node_init(&m->node, &kind_esm, fb, id);
    static const ccdk_lambda_event_source_mapping_options none;
    if (!o)
        o = &none;
    if (!o->event_source_arn) {
        ccdk__error(m, "Either eventSourceArn or kafkaBootstrapServers must be set");
        return m;
    }
    if (ccdk_duration_is_set(o->max_batching_window)) {
        double s = ccdk__duration_to_seconds(m, o->max_batching_window, 1);
        if (s > 300) {
            ccdk__error(m, "maxBatchingWindow cannot be over 300 seconds, got %s", num_str(app, s));
            return m;
        }
    }
    if (o->max_concurrency.set && !o->max_concurrency.token && o->max_concurrency.value != 0 &&
        (o->max_concurrency.value < 2 || o->max_concurrency.value > 1000)) {
        ccdk__error(m, "maxConcurrency must be between 2 and 1000 concurrent instances");
        return m;
    }
    if (ccdk_duration_is_set(o->max_record_age)) {
        double s = ccdk__duration_to_seconds(m, o->max_record_age, 1);
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
        double s = ccdk__duration_to_seconds(m, o->tumbling_window, 1);
        if (s > 900) {
            ccdk__error(m, "tumblingWindow cannot be over 900 seconds, got %s", num_str(app, s));
            return m;
        }
    }
    int at_ts = o->starting_position == CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP;
    int has_ts = o->starting_position_timestamp.set &&
                 (o->starting_position_timestamp.token || o->starting_position_timestamp.value != 0);
    if (at_ts && !has_ts) {
        ccdk__error(m, "startingPositionTimestamp must be provided when startingPosition is AT_TIMESTAMP");
        return m;
    }
    if (!at_ts && has_ts) {
        ccdk__error(m, "startingPositionTimestamp can only be used when startingPosition is AT_TIMESTAMP");
        return m;
    }

    ccdk_cfn_resource *r = ccdk__l1(m, "Resource", "AWS::Lambda::EventSourceMapping",
                                           "aws-cdk-lib.aws_lambda.CfnEventSourceMapping");
    r->tag_kind = 1;
    m->resource = r;
    if (o->batch_size.set)
        ccdk__res_set(r, "BatchSize", ccdk__v_opt_num(app, o->batch_size));
    if (ccdk__tri_set(o->bisect_batch_on_error))
        ccdk__res_set(r, "BisectBatchOnFunctionError", ccdk__v_bool(app, ccdk__tri_true(o->bisect_batch_on_error)));
    if (ccdk__tri_set(o->enabled))
        ccdk__res_set(r, "Enabled", ccdk__v_bool(app, ccdk__tri_true(o->enabled)));
    ccdk__res_set(r, "EventSourceArn", ccdk__v_from_string(app, o->event_source_arn));
    ccdk__res_set(r, "FunctionName", ccdk__v_from_string(app, fb->name));
    if (o->starting_position) {
        static const char *const sp[] = {"", "TRIM_HORIZON", "LATEST", "AT_TIMESTAMP"};
        ccdk__res_set(r, "StartingPosition", ccdk__v_str(app, sp[o->starting_position]));
    }
    if (has_ts)
        ccdk__res_set(r, "StartingPositionTimestamp", ccdk__v_opt_num(app, o->starting_position_timestamp));
    if (ccdk__tri_true(o->report_batch_item_failures)) {
        ccdk_value *l = ccdk__v_list(app);
        ccdk__v_push(l, ccdk__v_str(app, "ReportBatchItemFailures"));
        ccdk__res_set(r, "FunctionResponseTypes", l);
    }
    if (ccdk_duration_is_set(o->max_batching_window))
        ccdk__res_set(r, "MaximumBatchingWindowInSeconds",
                      ccdk__v_num(app, ccdk__duration_to_seconds(m, o->max_batching_window, 1)));
    if (ccdk_duration_is_set(o->max_record_age))
        ccdk__res_set(r, "MaximumRecordAgeInSeconds", ccdk__v_num(app, ccdk__duration_to_seconds(m, o->max_record_age, 1)));
    if (o->retry_attempts.set)
        ccdk__res_set(r, "MaximumRetryAttempts", ccdk__v_opt_num(app, o->retry_attempts));
    if (o->parallelization_factor.set)
        ccdk__res_set(r, "ParallelizationFactor", ccdk__v_opt_num(app, o->parallelization_factor));
    if (o->kafka_topic) {
        ccdk_value *l = ccdk__v_list(app);
        ccdk__v_push(l, ccdk__v_from_string(app, o->kafka_topic));
        ccdk__res_set(r, "Topics", l);
    }
    if (ccdk_duration_is_set(o->tumbling_window))
        ccdk__res_set(r, "TumblingWindowInSeconds", ccdk__v_num(app, ccdk__duration_to_seconds(m, o->tumbling_window, 1)));
    if (o->max_concurrency.set && (o->max_concurrency.token || o->max_concurrency.value != 0)) {
        ccdk_value *sc = ccdk__v_obj(app);
        ccdk__v_set(sc, "MaximumConcurrency", ccdk__v_opt_num(app, o->max_concurrency));
        ccdk__res_set(r, "ScalingConfig", sc);
    }
    m->id = ccdk_cfn_resource_ref(r);
    m->arn = ccdk_stack_format_arn(m->node.stack, "lambda", "event-source-mapping", ":", m->id);
    return m;
}

ccdk_lambda_event_source_mapping *ccdk_lambda_function_add_event_source_mapping(
    void *fn, const char *id, const ccdk_lambda_event_source_mapping_options *options)
{
    ccdk__fnbase *fb = ccdk__fnbase_of(fn);
    return fb ? esm_new(fb, id, options) : NULL;
}

const char *ccdk_lambda_event_source_mapping_id(ccdk_lambda_event_source_mapping *m) { return ccdk__handle_ok(m, __func__) ? m->id : NULL; }
const char *ccdk_lambda_event_source_mapping_arn(ccdk_lambda_event_source_mapping *m) { return ccdk__handle_ok(m, __func__) ? m->arn : NULL; }
ccdk_cfn_resource *ccdk_lambda_event_source_mapping_resource(ccdk_lambda_event_source_mapping *m) { return ccdk__handle_ok(m, __func__) ? m->resource : NULL; }

/* ------------------------------------------------------------------ SqsEventSource */

ccdk_lambda_event_source *ccdk_lambda_sqs_event_source(ccdk_sqs_queue *queue, const ccdk_lambda_sqs_event_source_props *props)
{
    ccdk__node *qn = ccdk__node_of(queue);
    if (!qn) { /* no App to record it on: the process-wide list; never NULL */
        ccdk__process_error("%s: the queue is %s", __func__, queue ? "not a construct handle" : "NULL");
        queue = ccdk_sqs_queue_new(ccdk__nil_stack(), "NilQueue", NULL);
        qn = ccdk__node_of(queue);
    }
    ccdk_app *app = qn->app;
    ccdk_lambda_event_source *s = ccdk__alloc(app, sizeof *s);
    s->app = app;
    s->kind = SOURCE_SQS;
    s->queue = queue;
    if (props)
        s->sqs = *props;
    const ccdk_lambda_sqs_event_source_props *p = &s->sqs;
    int has_window = ccdk_duration_is_set(p->max_batching_window);
    if (has_window) {
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
    return s;
}

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
    };
    const char *id = ccdk__sprintf(app, "SqsEventSource:%s", ccdk__node_unique_id(qn));
    s->mapping = esm_new(fb, id, &o);
    if (fb->role) {
        /* queue.grantConsumeMessages(target) */
        ccdk_iam_grant_add_to_principal(fb->grant_principal ? fb->grant_principal : ccdk_iam_role_principal(fb->role),
                                        CCDK_STRS("sqs:ReceiveMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueUrl",
                                                  "sqs:DeleteMessage", "sqs:GetQueueAttributes"),
                                        CCDK_STRS(ccdk_sqs_queue_arn(s->queue)));
    } else {
        ccdk__warning(fb, "@aws-cdk/aws-lambda-event-sources:sqsFunctionImportWithoutRole",
                      "Function '%s' was imported without an IAM role so it was not granted access to consume messages from '%s'",
                      fb->node.path, qn->path);
    }
}

void ccdk_lambda_function_add_event_source(void *fn, ccdk_lambda_event_source *source)
{
    ccdk__fnbase *fb = ccdk__fnbase_of(fn);
    if (!fb || !source)
        return;
    switch (source->kind) {
    case SOURCE_SQS: bind_sqs(source, fb); break;
    case SOURCE_CUSTOM: source->bind(source->bind_ctx, fb); break;
    }
}

const char *ccdk_lambda_event_source_mapping_id_of(ccdk_lambda_event_source *s)
{
    if (!s || s->kind == SOURCE_CUSTOM) /* S3EventSource makes no mapping */
        return NULL;
    if (!s->mapping) {
        ccdk__error(s->queue, "SqsEventSource is not yet bound to an event source mapping");
        return ""; /* getters stay defined */
    }
    return s->mapping->id;
}

const char *ccdk_lambda_event_source_mapping_arn_of(ccdk_lambda_event_source *s)
{
    if (!s || s->kind == SOURCE_CUSTOM) /* S3EventSource makes no mapping */
        return NULL;
    if (!s->mapping) {
        ccdk__error(s->queue, "SqsEventSource is not yet bound to an event source mapping");
        return ""; /* getters stay defined */
    }
    return s->mapping->arn;
}
