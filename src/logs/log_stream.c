/* log_stream.c - logs.LogStream (aws-logs/lib/log-stream.ts) and logs.SubscriptionFilter
 * (aws-logs/lib/subscription-filter.ts) with the Lambda destination of aws-logs-destinations. */
#include <string.h>

#include "ccdk/kinesis.h"
#include "ccdk/lambda.h"
#include "logs_internal.h"

struct ccdk_logs_log_stream {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *name;
    const char *log_group_name; /* logStreamRef.logGroupName; NULL for a fromLogStreamName import */
};

struct ccdk_logs_subscription_filter {
    ccdk__node node;
    ccdk_cfn_resource *resource;
};

struct ccdk_logs_subscription_destination {
    ccdk_app *app;
    void *fn;             /* a LambdaDestination's function, else NULL */
    int add_permissions;  /* LambdaDestinationOptions.addPermissions */
    const char *arn;      /* a destination of one's own: its ARN and role */
    ccdk_iam_role *role;  /* (a KinesisDestination's props.role) */
    ccdk_kinesis_stream *stream; /* a KinesisDestination's stream, else NULL */
};

static const ccdk__kind kind_log_stream = {.fqn = "aws-cdk-lib.aws_logs.LogStream", .class_name = "LogStream2"};
static const ccdk__kind kind_subscription_filter = {.fqn = "aws-cdk-lib.aws_logs.SubscriptionFilter",
                                                    .class_name = "SubscriptionFilter2"};

ccdk_logs_log_stream *ccdk_logs_log_stream_new(void *scope, const char *id, const ccdk_logs_log_stream_props *props)
{
    ccdk_logs_log_stream *ls = ccdk__construct(ccdk_logs_log_stream, &kind_log_stream, scope, id);
    ccdk_app *app = ls->node.app;
    static const ccdk_logs_log_stream_props none;
    if (!props)
        props = &none;
    if (!props->log_group || !ccdk__handle_ok(props->log_group, __func__)) {
        ccdk__error(ls, "logGroup is required");
        return ls;
    }
    ccdk_cfn_resource *r = ccdk__l1(ls, "Resource", "AWS::Logs::LogStream", "aws-cdk-lib.aws_logs.CfnLogStream");
    ls->resource = r;
    ls->log_group_name = ccdk_logs_log_group_name(props->log_group);
    ccdk__res_set(r, "LogGroupName", ccdk__v_from_string(app, ls->log_group_name));
    if (props->log_stream_name)
        ccdk__res_set(r, "LogStreamName", ccdk__v_from_string(app, props->log_stream_name));
    /* applyRemovalPolicy(undefined) is RETAIN for a CfnLogStream */
    ccdk_cfn_resource_apply_removal_policy(r, props->removal_policy ? props->removal_policy : CCDK_REMOVAL_POLICY_RETAIN);
    ls->name = ccdk__token_mark_unread(app, ccdk_cfn_resource_ref(r)); /* a memoized getter (token.c) */
    return ls;
}

/* LogStream.fromLogStreamName: an `Import` (a Resource: no type info of its own) of that name */
static const ccdk__kind kind_imported_log_stream = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

ccdk_logs_log_stream *ccdk_logs_log_stream_from_log_stream_name(void *scope, const char *id, const char *log_stream_name)
{
    ccdk_logs_log_stream *ls = ccdk__construct(ccdk_logs_log_stream, &kind_imported_log_stream, scope, id);
    ls->name = ccdk__strdup(ls->node.app, log_stream_name ? log_stream_name : "");
    return ls;
}

ccdk_logs_log_stream *ccdk_logs_log_stream_from_log_stream_attributes(void *scope, const char *id,
                                                                      const ccdk_logs_log_stream_attributes *attrs)
{
    ccdk_logs_log_stream *ls = ccdk__construct(ccdk_logs_log_stream, &kind_imported_log_stream, scope, id);
    ccdk_app *app = ls->node.app;
    ls->name = ccdk__strdup(app, attrs && attrs->log_stream_name ? attrs->log_stream_name : "");
    ls->log_group_name = ccdk__strdup(app, attrs && attrs->log_group_name ? attrs->log_group_name : "");
    return ls;
}

const char *ccdk_logs_log_stream_log_group_name(ccdk_logs_log_stream *ls)
{
    if (!ccdk__handle_ok(ls, __func__))
        return NULL;
    if (!ls->log_group_name && !ls->resource) {
        if (ls->node.kind == &kind_imported_log_stream)
            ccdk__unscoped_error(ls->node.app, "Cannot access logGroupName on a LogStream obtained from fromLogStreamName. "
                                               "Use LogStream.fromLogStreamAttributes() instead.");
        return NULL;
    }
    return ls->log_group_name;
}

ccdk_logs_log_stream *ccdk_logs_log_group_add_stream(ccdk_logs_log_group *lg, const char *id,
                                                     const ccdk_logs_log_stream_props *props)
{
    if (!ccdk__target_ok(lg, __func__))
        return NULL;
    ccdk_logs_log_stream_props p = props ? *props : (ccdk_logs_log_stream_props){0};
    p.log_group = lg;
    return ccdk_logs_log_stream_new(lg, id, &p);
}

const char *ccdk_logs_log_stream_name(ccdk_logs_log_stream *ls) { return CCDK__MEMO_GET(ls, name); }
ccdk_cfn_resource *ccdk_logs_log_stream_resource(ccdk_logs_log_stream *ls)
{
    return ccdk__handle_ok(ls, __func__) ? ls->resource : NULL;
}

ccdk_logs_subscription_destination *ccdk_logs_destinations_lambda_destination(void *fn,
                                                                               const ccdk_logs_lambda_destination_options *options)
{
    if (!fn)
        return NULL;
    if (!ccdk_lambda_ifunction_arn(fn)) /* records the error for a non-IFunction */
        return NULL;
    ccdk__node *n = ccdk__node_of(fn);
    ccdk_logs_subscription_destination *d = ccdk__alloc(n->app, sizeof *d);
    d->app = n->app;
    d->fn = fn;
    d->add_permissions = !(options && ccdk__tri_false(options->add_permissions));
    return d;
}

ccdk_logs_subscription_destination *ccdk_logs_destinations_kinesis_destination(ccdk_kinesis_stream *stream,
                                                                                const ccdk_logs_kinesis_destination_props *props)
{
    if (!stream || !ccdk__handle_ok(stream, __func__)) {
        if (!stream)
            ccdk__process_error("%s: the stream is NULL", __func__);
        return NULL;
    }
    ccdk__node *n = ccdk__node_of(stream);
    ccdk_logs_subscription_destination *d = ccdk__alloc(n->app, sizeof *d);
    d->app = n->app;
    d->stream = stream;
    if (props && props->role && ccdk__handle_ok(props->role, __func__))
        d->role = props->role;
    return d;
}

/* KinesisDestination.bind(scope, logGroup): the role (props.role, else a new
 * "CloudWatchLogsCanPutRecords" under the filter) may write to the stream and pass itself; when it has a
 * DefaultPolicy, the filter depends on that and the role's DependsOn is deleted, as aws-cdk-lib's
 * role.node.defaultChild.addOverride('DependsOn', undefined) does (a role of one's own with
 * dependencies loses them) */
static ccdk_iam_role *bind_kinesis(ccdk_logs_subscription_destination *d, ccdk_logs_subscription_filter *f)
{
    ccdk_iam_role *role = d->role; /* (the filter is new: it has no such child yet) */
    if (!role)
        role = ccdk_iam_role_new(f, "CloudWatchLogsCanPutRecords", &(ccdk_iam_role_props){
                                                                       .assumed_by = ccdk_iam_service_principal(f, "logs.amazonaws.com"),
                                                                   });
    ccdk_kinesis_stream_grant_write(d->stream, ccdk_iam_role_principal(role));
    ccdk_iam_role_grant_pass_role(role, ccdk_iam_role_principal(role));
    ccdk__node *policy = ccdk__node_find_child(ccdk__node_of(role), "DefaultPolicy");
    if (policy) {
        ccdk_cfn_resource *cfn = ccdk_iam_role_resource(role);
        if (cfn)
            ccdk_cfn_resource_add_deletion_override(cfn, "DependsOn");
        ccdk_node_add_dependency(f, policy);
    }
    return role;
}

ccdk_logs_subscription_destination *ccdk_logs_subscription_destination_of(void *owner, const char *arn, ccdk_iam_role *role)
{
    ccdk_app *app = ccdk__app_of(owner);
    ccdk_logs_subscription_destination *d = ccdk__alloc(app, sizeof *d);
    d->app = app;
    d->arn = ccdk__strdup(app, arn ? arn : "");
    d->role = role;
    return d;
}

/* LambdaDestination.bind(scope, logGroup): the function's "CanInvokeLambda" permission in the
 * filter, which the filter then depends on (when one was made: an import of another account makes
 * none) */
static const char *bind_lambda(ccdk_logs_subscription_destination *d, ccdk_logs_subscription_filter *f,
                               ccdk_logs_log_group *lg)
{
    if (d->add_permissions) {
        ccdk_lambda_function_add_permission(d->fn, "CanInvokeLambda", &(ccdk_lambda_permission){
                                                                          .principal = ccdk_iam_service_principal(f, "logs.amazonaws.com"),
                                                                          .source_arn = ccdk_logs_log_group_arn(lg),
                                                                          .scope = f,
                                                                      });
        ccdk__node *perm = ccdk__node_find_child(&f->node, "CanInvokeLambda");
        if (perm)
            ccdk_node_add_dependency(f, perm);
    }
    return ccdk_lambda_ifunction_arn(d->fn);
}

ccdk_logs_subscription_filter *ccdk_logs_subscription_filter_new(void *scope, const char *id,
                                                                 const ccdk_logs_subscription_filter_props *props)
{
    ccdk_logs_subscription_filter *f = ccdk__construct(ccdk_logs_subscription_filter, &kind_subscription_filter, scope, id);
    ccdk_app *app = f->node.app;
    static const ccdk_logs_subscription_filter_props none;
    if (!props)
        props = &none;
    if (!props->log_group || !ccdk__handle_ok(props->log_group, __func__)) {
        ccdk__error(f, "logGroup is required");
        return f;
    }
    if (!props->destination) {
        ccdk__error(f, "destination is required");
        return f;
    }
    if (!props->filter_pattern) {
        ccdk__error(f, "filterPattern is required");
        return f;
    }
    if (!CCDK__ENUM_OK(f, props->distribution, ccdk_logs_distribution, CCDK_LOGS_DISTRIBUTION_UNSET,
                       CCDK_LOGS_DISTRIBUTION_RANDOM, "distribution"))
        return f;
    /* aws-cdk-lib checks this before binding the destination (a destination of one's own is not a
     * KinesisDestination either) */
    if (props->distribution != CCDK_LOGS_DISTRIBUTION_UNSET && !props->destination->stream) {
        ccdk__error(f, "distribution property can only be used with KinesisDestination.");
        return f;
    }
    ccdk_logs_subscription_destination *d = props->destination;
    ccdk_iam_role *role = d->fn ? NULL : d->role;
    const char *arn;
    if (d->fn) {
        arn = bind_lambda(d, f, props->log_group);
    } else if (d->stream) {
        role = bind_kinesis(d, f);
        arn = ccdk_kinesis_stream_arn(d->stream);
    } else {
        arn = d->arn;
    }
    ccdk_cfn_resource *r =
        ccdk__l1(f, "Resource", "AWS::Logs::SubscriptionFilter", "aws-cdk-lib.aws_logs.CfnSubscriptionFilter");
    f->resource = r;
    ccdk__res_set(r, "DestinationArn", ccdk__v_from_string(app, arn));
    if (props->distribution != CCDK_LOGS_DISTRIBUTION_UNSET)
        ccdk__res_set(r, "Distribution", ccdk__v_str(app, props->distribution == CCDK_LOGS_DISTRIBUTION_RANDOM ? "Random" : "ByLogStream"));
    if (props->filter_name)
        ccdk__res_set(r, "FilterName", ccdk__v_from_string(app, props->filter_name));
    ccdk__res_set(r, "FilterPattern", ccdk__v_from_string(app, props->filter_pattern));
    ccdk__res_set(r, "LogGroupName", ccdk__v_from_string(app, ccdk_logs_log_group_name(props->log_group)));
    if (role)
        ccdk__res_set(r, "RoleArn", ccdk__v_from_string(app, ccdk_iam_role_arn(role)));
    return f;
}

ccdk_logs_subscription_filter *ccdk_logs_log_group_add_subscription_filter(ccdk_logs_log_group *lg, const char *id,
                                                                           const ccdk_logs_subscription_filter_props *props)
{
    if (!ccdk__target_ok(lg, __func__))
        return NULL;
    ccdk_logs_subscription_filter_props p = props ? *props : (ccdk_logs_subscription_filter_props){0};
    p.log_group = lg;
    return ccdk_logs_subscription_filter_new(lg, id, &p);
}

ccdk_cfn_resource *ccdk_logs_subscription_filter_resource(ccdk_logs_subscription_filter *f)
{
    return ccdk__handle_ok(f, __func__) ? f->resource : NULL;
}
