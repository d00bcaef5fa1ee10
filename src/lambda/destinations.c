/* destinations.c - aws-lambda-destinations (LambdaDestination, EventBridgeDestination,
 * SqsDestination, SnsDestination, S3Destination) and the EventInvokeConfig that binds them (event-invoke-config.ts). */
#include <string.h>

#include "ccdk/events.h"
#include "ccdk/lambda_destinations.h"
#include "ccdk/s3.h"
#include "ccdk/sns.h"
#include "ccdk/sqs.h"
#include "lambda_internal.h"

typedef enum { DEST_NONE = 0, DEST_LAMBDA, DEST_EVENT_BRIDGE, DEST_SQS, DEST_SNS, DEST_S3, DEST_USER } dest_kind;

struct ccdk_lambda_destination {
    ccdk_app *app;
    dest_kind kind;
    void *target_fn;           /* LambdaDestination: the IFunction invoked */
    int response_only;
    const char *event_bus_arn; /* EventBridgeDestination: NULL for the default bus */
    ccdk_events_event_bus *event_bus; /* EventBridgeDestination of a bus handle (then no ARN) */
    ccdk_sqs_queue *queue;
    ccdk_sns_topic *topic;
    ccdk_s3_bucket *bucket;
    ccdk_lambda_destination_bind_fn bind; /* DEST_USER: an IDestination of the user's */
    void *bind_ctx;
};

static ccdk_lambda_destination *dest_new(ccdk_app *app, dest_kind kind)
{
    ccdk_lambda_destination *d = ccdk__alloc(app, sizeof *d);
    d->app = app;
    d->kind = kind;
    return d;
}

/* a destination of the thread's orphan App that binds to nothing: what a call with a bad argument
 * returns after recording its error (never NULL) */
static ccdk_lambda_destination *nil_destination(void) { return dest_new(ccdk__nil_stack()->node.app, DEST_NONE); }

ccdk_lambda_destination *ccdk_lambda_destinations_lambda_destination(
    void *fn, const ccdk_lambda_destinations_lambda_destination_options *options)
{
    if (!fn) {
        ccdk__process_error("%s: the function is NULL", __func__);
        return nil_destination();
    }
    if (!ccdk__fnbase_of(fn)) /* not an IFunction: the error is recorded on its App */
        return nil_destination();
    ccdk_lambda_destination *d = dest_new(ccdk__node_of(fn)->app, DEST_LAMBDA);
    d->target_fn = fn;
    d->response_only = options && ccdk__tri_true(options->response_only);
    return d;
}

ccdk_lambda_destination *ccdk_lambda_destinations_event_bridge_destination(void *owner, const char *event_bus_arn)
{
    ccdk_app *app = ccdk__app_of(owner);
    ccdk_lambda_destination *d = dest_new(app, DEST_EVENT_BRIDGE);
    d->event_bus_arn = ccdk__strdup(app, event_bus_arn);
    return d;
}

ccdk_lambda_destination *ccdk_lambda_destinations_event_bridge_destination_from_bus(ccdk_events_event_bus *event_bus)
{
    if (!ccdk__node_of(event_bus)) {
        if (!event_bus)
            ccdk__process_error("%s: the event bus is NULL", __func__);
        return nil_destination();
    }
    ccdk_lambda_destination *d = dest_new(ccdk__node_of(event_bus)->app, DEST_EVENT_BRIDGE);
    d->event_bus = event_bus;
    return d;
}

ccdk_lambda_destination *ccdk_lambda_destinations_sqs_destination(ccdk_sqs_queue *queue)
{
    if (!ccdk__node_of(queue)) {
        if (!queue)
            ccdk__process_error("%s: the queue is NULL", __func__);
        return nil_destination();
    }
    ccdk_lambda_destination *d = dest_new(ccdk__node_of(queue)->app, DEST_SQS);
    d->queue = queue;
    return d;
}

ccdk_lambda_destination *ccdk_lambda_destinations_sns_destination(ccdk_sns_topic *topic)
{
    if (!ccdk__node_of(topic)) {
        if (!topic)
            ccdk__process_error("%s: the topic is NULL", __func__);
        return nil_destination();
    }
    ccdk_lambda_destination *d = dest_new(ccdk__node_of(topic)->app, DEST_SNS);
    d->topic = topic;
    return d;
}

ccdk_lambda_destination *ccdk_lambda_destinations_s3_destination(ccdk_s3_bucket *bucket)
{
    if (!ccdk__node_of(bucket)) {
        if (!bucket)
            ccdk__process_error("%s: the bucket is NULL", __func__);
        return nil_destination();
    }
    ccdk_lambda_destination *d = dest_new(ccdk__node_of(bucket)->app, DEST_S3);
    d->bucket = bucket;
    return d;
}

/* events.EventBus.fromEventBusArn(scope, 'DefaultEventBus', ...): an import, no resource */
typedef struct {
    ccdk__node node;
    const char *arn;
} imported_bus;
static const ccdk__kind kind_imported_bus = {.fqn = "aws-cdk-lib.Resource", .class_name = "ImportedEventBus2"};

/* EventBridgeDestination.bind(scope, fn): eventBus.grantPutEventsTo(fn) */
static const char *bind_event_bridge(ccdk_lambda_destination *d, ccdk__node *scope, ccdk__fnbase *fn)
{
    /* a bus handle: its eventBusArn, read when bound as aws-cdk-lib's bind reads it */
    const char *arn = d->event_bus ? ccdk_events_event_bus_arn(d->event_bus) : d->event_bus_arn;
    if (!arn) {
        imported_bus *bus = (imported_bus *)ccdk__node_find_child(scope, "DefaultEventBus");
        if (!bus) {
            bus = ccdk__alloc(scope->app, sizeof *bus);
            ccdk__node_init(&bus->node, &kind_imported_bus, scope, "DefaultEventBus");
            /* Stack.of(fn).formatArn({service: 'events', resource: 'event-bus', resourceName: 'default'}) */
            bus->arn = ccdk_stack_format_arn(fn->node.stack, "events", "event-bus", "/", "default");
        }
        arn = bus->arn;
    }
    if (fn->grant_principal) {
        ccdk_iam_grant_add_to_principal(fn->grant_principal, CCDK_STRS("events:PutEvents"), CCDK_STRS(arn));
    } else {
        /* an imported function without a role: its grantPrincipal is an UnknownPrincipal, whose
         * addToPrincipalPolicy warns with JSON.stringify(stack.resolve(statement)), i.e. the
         * PolicyStatement's private fields (its OrderedSets as {"set":{},"array":[...]}) */
        ccdk_app *app = scope->app;
        ccdk__resolve_ctx ctx = {app, fn->node.stack, 0, 0, NULL};
        ccdk__buf res = {0};
        ccdk__json_write(&res, ccdk__resolve(&ctx, ccdk__v_from_string(app, arn)), 0);
        ccdk__warning(fn, "@aws-cdk/aws-iam:unknownPrincipalAddStatementToRole",
                      "Add statement to this resource's role: {\"_action\":{\"set\":{},\"array\":[\"events:PutEvents\"]},"
                      "\"_notAction\":{\"set\":{},\"array\":[]},\"_principal\":{},\"_notPrincipal\":{},"
                      "\"_resource\":{\"set\":{},\"array\":[%s]},\"_notResource\":{\"set\":{},\"array\":[]},"
                      "\"_condition\":{},\"_effect\":\"Allow\",\"_principals\":{\"set\":{},\"array\":[]},"
                      "\"_notPrincipals\":{\"set\":{},\"array\":[]},\"_frozen\":false}",
                      res.data ? res.data : "");
        ccdk__buf_free(&res);
    }
    return arn;
}

/* LambdaDestination.bind with responseOnly: a rule on the function's results whose target gets the
 * response payload, and the default event bus as the destination */
static const char *bind_response_only(ccdk_lambda_destination *d, ccdk__node *scope, ccdk__fnbase *fn, const char *type)
{
    ccdk_app *app = scope->app;
    ccdk_value *pattern = ccdk__v_obj(app);
    ccdk_value *detail_type = ccdk__v_list(app);
    ccdk__v_push(detail_type, ccdk__v_str(app, ccdk__sprintf(app, "Lambda Function Invocation Result - %s", type)));
    ccdk__v_set(pattern, "detailType", detail_type);
    ccdk_value *resources = ccdk__v_list(app);
    ccdk__v_push(resources, ccdk__v_from_string(app, ccdk__sprintf(app, "%s:$LATEST", fn->arn)));
    ccdk__v_set(pattern, "resources", resources);
    ccdk_value *source = ccdk__v_list(app);
    ccdk__v_push(source, ccdk__v_str(app, "lambda"));
    ccdk__v_set(pattern, "source", source);
    ccdk_events_lambda_function_target_props tp = {.input_path = "$.detail.responsePayload"};
    ccdk_events_rule_props rp = {
        .event_pattern = pattern,
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(d->target_fn, &tp)),
    };
    ccdk_events_rule_new(scope, type, &rp);
    ccdk_lambda_destination bus = {.app = app, .kind = DEST_EVENT_BRIDGE};
    return bind_event_bridge(&bus, scope, fn);
}

/* IDestination.bind(scope, fn, {type}): the destination ARN (a token or literal); NULL when the
 * destination is nil */
static const char *destination_bind(ccdk_lambda_destination *d, ccdk__node *scope, ccdk__fnbase *fn, const char *type)
{
    switch (d->kind) {
    case DEST_EVENT_BRIDGE:
        return bind_event_bridge(d, scope, fn);
    case DEST_LAMBDA:
    case DEST_SQS:
    case DEST_SNS:
    case DEST_S3:
        if (d->kind == DEST_LAMBDA && d->response_only)
            return bind_response_only(d, scope, fn, type);
        /* Grant.addToPrincipalOrResource (grantInvoke, grantSendMessages, grantPublish, grantRead)
         * asks an imported function's UnknownPrincipal for its policy fragment, which throws an
         * UnscopedValidationError: no construct path (the EventBridge destinations only warn) */
        if (!fn->grant_principal) {
            ccdk__unscoped_error(scope->app, "Cannot get policy fragment of %s, resource imported without a role",
                                 fn->node.path);
            return NULL;
        }
        if (d->kind == DEST_LAMBDA) {
            ccdk_lambda_function_grant_invoke(d->target_fn, fn->grant_principal);
            return ccdk_lambda_ifunction_arn(d->target_fn);
        }
        if (d->kind == DEST_SQS) {
            ccdk_sqs_queue_grant_send_messages(d->queue, fn->grant_principal);
            return ccdk_sqs_queue_arn(d->queue);
        }
        if (d->kind == DEST_SNS) {
            ccdk_sns_topic_grant_publish(d->topic, fn->grant_principal);
            return ccdk_sns_topic_arn(d->topic);
        }
        /* S3Destination: bucket.grantRead(fn), bucket.grantPut(fn) */
        ccdk_s3_bucket_grant_read(d->bucket, fn->grant_principal, NULL);
        ccdk_s3_bucket_grant_put(d->bucket, fn->grant_principal, NULL);
        return ccdk_s3_bucket_arn(d->bucket);
    case DEST_USER: {
        const char *arn = d->bind((ccdk_construct *)scope, fn, !strcmp(type, "Success") ? CCDK_LAMBDA_DESTINATION_ON_SUCCESS
                                                                                       : CCDK_LAMBDA_DESTINATION_ON_FAILURE,
                                  d->bind_ctx);
        return arn ? ccdk__strdup(d->app, arn) : NULL;
    }
    case DEST_NONE:
        break;
    }
    return NULL;
}

static ccdk_value *bound_destination(ccdk_app *app, ccdk_lambda_destination *d, ccdk__node *scope, ccdk__fnbase *fn,
                                     const char *type)
{
    if (d->app != app && d->kind != DEST_NONE) {
        ccdk__error(scope, "The %s destination belongs to another App", type);
        return NULL;
    }
    const char *arn = destination_bind(d, scope, fn, type);
    if (!arn)
        return NULL;
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, "Destination", ccdk__v_from_string(app, arn));
    return o;
}

/* ------------------------------------------------------------------ EventInvokeConfig */

static const ccdk__kind kind_eic = {.fqn = "aws-cdk-lib.aws_lambda.EventInvokeConfig", .class_name = "EventInvokeConfig2"};

/* configureAsyncInvoke of FunctionBase (fn itself, "$LATEST") or QualifiedFunctionBase (its lambda,
 * its qualifier): new EventInvokeConfig(this, 'EventInvokeConfig', {function, qualifier, ...options}) */
void ccdk__configure_async_invoke_options(ccdk__fnbase *fb, const ccdk_lambda_event_invoke_config_options *o,
                                          const char *qualifier)
{
    ccdk_app *app = fb->node.app;
    int qualified = fb->fkind == CCDK__FN_VERSION || fb->fkind == CCDK__FN_ALIAS || fb->fkind == CCDK__FN_LATEST;
    if (ccdk__node_find_child(&fb->node, "EventInvokeConfig")) {
        ccdk__error(fb, "An EventInvokeConfig has already been configured for the %sfunction at %s",
                    qualified ? "qualified " : "", fb->node.path);
        return;
    }
    ccdk__node *eic = ccdk__alloc(app, sizeof(ccdk__node));
    ccdk__node_init(eic, &kind_eic, fb, "EventInvokeConfig");
    double age = 0;
    if (ccdk_duration_is_set(o->max_event_age)) {
        age = ccdk__duration_to_seconds(eic, o->max_event_age, 1);
        /* !maxEventAge.isUnresolved() && ...: a token age is not checked */
        if (!o->max_event_age.token && (age < 60 || age > 21600)) {
            ccdk__error(eic, "`maximumEventAge` must represent a `Duration` that is between 60 and 21600 seconds.");
            return;
        }
    }
    /* props.retryAttempts && ...: 0 is not checked (nor is it out of range) */
    if (o->retry_attempts.set && !o->retry_attempts.token && (o->retry_attempts.value < 0 || o->retry_attempts.value > 2)) {
        ccdk__error(eic, "`retryAttempts` must be between 0 and 2.");
        return;
    }
    /* props.function: the function itself, or a version's/alias's lambda */
    ccdk__fnbase *target = fb->lambda ? &fb->lambda->base : fb;
    /* the destinations are bound in the CfnEventInvokeConfig's props, before it exists: onFailure first */
    ccdk_value *on_failure = o->on_failure ? bound_destination(app, o->on_failure, eic, target, "Failure") : NULL;
    ccdk_value *on_success = o->on_success ? bound_destination(app, o->on_success, eic, target, "Success") : NULL;
    ccdk_cfn_resource *r = ccdk__l1(eic, "Resource", "AWS::Lambda::EventInvokeConfig", "aws-cdk-lib.aws_lambda.CfnEventInvokeConfig");
    if (on_failure || on_success) {
        ccdk_value *dc = ccdk__v_obj(app);
        if (on_failure)
            ccdk__v_set(dc, "OnFailure", on_failure);
        if (on_success)
            ccdk__v_set(dc, "OnSuccess", on_success);
        ccdk__res_set(r, "DestinationConfig", dc);
    }
    ccdk__res_set(r, "FunctionName", ccdk__v_str(app, target->name));
    if (ccdk_duration_is_set(o->max_event_age))
        ccdk__res_set(r, "MaximumEventAgeInSeconds", ccdk__v_num_or_token(app, age, o->max_event_age.token));
    if (o->retry_attempts.set)
        ccdk__res_set(r, "MaximumRetryAttempts", ccdk__v_opt_num(app, o->retry_attempts));
    ccdk__res_set(r, "Qualifier", ccdk__v_str(app, qualifier));
}

void ccdk__configure_async_invoke(ccdk__fnbase *fb, ccdk_duration max_age, ccdk_opt_num retries, const char *qualifier)
{
    ccdk_lambda_event_invoke_config_options o = {.max_event_age = max_age, .retry_attempts = retries};
    ccdk__configure_async_invoke_options(fb, &o, qualifier);
}

void ccdk_lambda_function_configure_async_invoke(void *fn, const ccdk_lambda_event_invoke_config_options *options)
{
    if (!ccdk__target_ok(fn, __func__))
        return;
    static const ccdk_lambda_event_invoke_config_options none; /* NULL: configureAsyncInvoke({}) */
    if (!options)
        options = &none;
    ccdk__fnbase *fb = ccdk__fnbase_of(fn);
    if (!fb)
        return;
    /* a SingletonFunction does not delegate: the config is its own child (FunctionBase's method) */
    int qualified = fb->fkind == CCDK__FN_VERSION || fb->fkind == CCDK__FN_ALIAS || fb->fkind == CCDK__FN_LATEST;
    ccdk__configure_async_invoke_options(fb, options, qualified ? fb->qualifier : "$LATEST");
}

/* the Function constructor's step: (onFailure || onSuccess || maxEventAge || retryAttempts !== undefined) */
void ccdk__fn_step_async_invoke(ccdk__fn_ctor *c)
{
    const ccdk_lambda_function_props *p = c->props;
    if (!p->on_failure && !p->on_success && !ccdk_duration_is_set(p->max_event_age) && !p->retry_attempts.set)
        return;
    ccdk_lambda_event_invoke_config_options o = {
        .on_failure = p->on_failure,
        .on_success = p->on_success,
        .max_event_age = p->max_event_age,
        .retry_attempts = p->retry_attempts,
    };
    ccdk__configure_async_invoke_options(&c->fn->base, &o, "$LATEST");
}

ccdk_lambda_destination *ccdk_lambda_destination_new(void *owner, ccdk_lambda_destination_bind_fn bind, void *ctx)
{
    ccdk_app *app = ccdk__app_of(owner);
    if (!bind) {
        ccdk__unscoped_error(app, "ccdk_lambda_destination_new: bind is NULL");
        return NULL;
    }
    ccdk_lambda_destination *d = dest_new(app, DEST_USER);
    d->bind = bind;
    d->bind_ctx = ctx;
    return d;
}
