/* sns.c - minimal sns.Topic L2 (aws-cdk-lib/aws-sns): the dead-letter topic of a Lambda function,
 * subscriptions and their filter policies, and topic.addSubscription of the subscriptions of
 * aws-sns-subscriptions: EmailSubscription, LambdaSubscription, SqsSubscription, UrlSubscription. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ccdk/cloudwatch.h"
#include "ccdk/kms.h"
#include "ccdk/sns.h"
#include "internal.h"
#include "region_fact.h"

struct ccdk_sns_topic {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *arn, *name;
    int imported;
    ccdk_iam_policy_document *policy; /* the TopicPolicy's document, made on first use */
    ccdk_kms_key *key;                /* props.masterKey, an import's keyArn */
    int fifo, content_based_deduplication;
    ccdk_value *logging; /* DeliveryStatusLogging entries (addLoggingConfig) */
};

/* the validation TopicBase adds: this.policy?.document.validateForResourcePolicy() */
static void validate_topic(ccdk__node *n)
{
    ccdk_strs errors = ccdk_iam_policy_document_validate_for_resource_policy(((ccdk_sns_topic *)n)->policy, NULL);
    for (size_t i = 0; i < errors.count; i++)
        ccdk__unscoped_error(n->app, "[%s] %s", n->path, errors.items[i]);
}

static const ccdk__kind kind_topic = {.fqn = "aws-cdk-lib.aws_sns.Topic", .validate = validate_topic, .class_name = "Topic2"};

static void add_ssl_policy(ccdk_sns_topic *t);

static ccdk_value *logging_lazy(void *ctx)
{
    ccdk_sns_topic *t = ctx;
    return t->logging->u.list.n ? t->logging : ccdk__v_undef(t->node.app);
}

static const char *topic_arn_of(ccdk__node *t, const char *name)
{
    return ccdk__format_arn(t->stack, "sns", NULL, name, NULL, NULL);
}

static ccdk_value *fifo_generated_name(void *ctx)
{
    const ccdk__gen_name *g = ctx;
    return ccdk__v_str(g->resource->app, ccdk__sprintf(g->resource->app, "%s.fifo", g->name ? g->name : ""));
}

ccdk_sns_topic *ccdk_sns_topic_new(void *scope, const char *id, const ccdk_sns_topic_props *props)
{
    ccdk_sns_topic *t = ccdk__construct(ccdk_sns_topic, &kind_topic, scope, id);
    ccdk_app *app = t->node.app;
    t->resource = ccdk__l1(t, "Resource", "AWS::SNS::Topic", "aws-cdk-lib.aws_sns.CfnTopic");
    t->resource->tag_kind = 1;
    int fifo = props && ccdk__tri_true(props->fifo);
    t->fifo = fifo;
    t->content_based_deduplication = props && ccdk__tri_true(props->content_based_deduplication);
    if (props && !(CCDK__ENUM_OK(t, props->tracing_config, ccdk_sns_tracing_config, CCDK_SNS_TRACING_CONFIG_UNSET,
                                 CCDK_SNS_TRACING_CONFIG_ACTIVE, "tracingConfig") &
                   CCDK__ENUM_OK(t, props->fifo_throughput_scope, ccdk_sns_fifo_throughput_scope,
                                 CCDK_SNS_FIFO_THROUGHPUT_SCOPE_UNSET, CCDK_SNS_FIFO_THROUGHPUT_SCOPE_MESSAGE_GROUP,
                                 "fifoThroughputScope")))
        return t;
    /* the constructor's checks, in its order; each throws */
    const ccdk_opt_num days = props ? props->message_retention_period_in_days : (ccdk_opt_num){0};
    /* `props.messageRetentionPeriodInDays && ...`: 0 and NaN are falsy there, not in the range check
     * (a NaN on a standard topic gets the range error, not the FIFO one) */
    int days_truthy = days.set && (days.token || (days.value != 0 && !isnan(days.value)));
    if (t->content_based_deduplication && !fifo) {
        ccdk__error(t, "Content based deduplication can only be enabled for FIFO SNS topics.");
        return t;
    }
    if (days_truthy && !fifo) {
        ccdk__error(t, "`messageRetentionPeriodInDays` is only valid for FIFO SNS topics.");
        return t;
    }
    if (props && props->fifo_throughput_scope && !fifo) {
        ccdk__error(t, "`fifoThroughputScope` can only be set for FIFO SNS topics.");
        return t;
    }
    if (days.set && !days.token && (days.value != floor(days.value) || days.value > 365 || days.value < 1)) {
        ccdk__error(t, "`messageRetentionPeriodInDays` must be an integer between 1 and 365");
        return t;
    }
    /* props.signatureVersion && ...: an empty string is falsy, no error (and written as it is) */
    if (props && props->signature_version && *props->signature_version && !ccdk__is_unresolved(props->signature_version) &&
        strcmp(props->signature_version, "1") && strcmp(props->signature_version, "2")) {
        ccdk__error(t, "signatureVersion must be \"1\" or \"2\", received: \"%s\"", props->signature_version);
        return t;
    }
    if (props && props->display_name && *props->display_name && !ccdk__is_unresolved(props->display_name)) {
        size_t units = ccdk__js_length(props->display_name); /* JavaScript's length */
        if (units > 100) {
            ccdk__error(t, "displayName must be less than or equal to 100 characters, got %zu", units);
            return t;
        }
    }
    t->logging = ccdk__v_list(app);
    if (props && CCDK__LEN(props->logging_configs, "logging_configs")) /* props.loggingConfigs.forEach(addLoggingConfig) */
        for (size_t i = 0; i < props->logging_configs.count; i++)
            ccdk_sns_topic_add_logging_config(t, &props->logging_configs.items[i]);
    if (days_truthy) {
        ccdk_value *archive = ccdk__v_obj(app);
        ccdk__v_set(archive, "MessageRetentionPeriod", ccdk__v_opt_num(app, days));
        ccdk__res_set(t->resource, "ArchivePolicy", archive);
    }
    if (props && ccdk__tri_set(props->content_based_deduplication))
        ccdk__res_set(t->resource, "ContentBasedDeduplication",
                      ccdk__v_bool(app, ccdk__tri_true(props->content_based_deduplication)));
    ccdk__res_set(t->resource, "DeliveryStatusLogging", ccdk__v_lazy(app, logging_lazy, t)); /* absent while empty */
    if (props && props->display_name)
        ccdk__res_set(t->resource, "DisplayName", ccdk__v_from_string(app, props->display_name));
    if (props && props->fifo_throughput_scope)
        ccdk__res_set(t->resource, "FifoThroughputScope",
                      ccdk__v_str(app, props->fifo_throughput_scope == CCDK_SNS_FIFO_THROUGHPUT_SCOPE_TOPIC ? "Topic"
                                                                                                   : "MessageGroup"));
    if (props && ccdk__tri_set(props->fifo))
        ccdk__res_set(t->resource, "FifoTopic", ccdk__v_bool(app, fifo));
    if (props && props->master_key && ccdk__handle_ok(props->master_key, "ccdk_sns_topic_new")) {
        t->key = props->master_key;
        ccdk__res_set(t->resource, "KmsMasterKeyId", ccdk__v_from_string(app, ccdk_kms_key_arn(t->key)));
    }
    if (props && props->signature_version)
        ccdk__res_set(t->resource, "SignatureVersion", ccdk__v_from_string(app, props->signature_version));
    /* topicArn / topicName: getResourceArnAttribute(ref, {service: 'sns', resource: physicalName}),
     * getResourceNameAttribute(attrTopicName); the physical name is topicName as given (a FIFO
     * topic's without the ".fifo" its TopicName gets) or generated (PhysicalName.GENERATE_IF_NEEDED) */
    ccdk__physical pn;
    ccdk__physical_new(&pn, t, t->resource, props ? props->topic_name : NULL, "TopicName", NULL, topic_arn_of);
    if (pn.gen) {
        /* `this.physicalName + '.fifo'` for a FIFO topic: an ungenerated name (undefined) gives ".fifo",
         * as aws-cdk-lib's string concatenation renders it */
        ccdk__res_set(t->resource, "TopicName", fifo ? ccdk__v_lazy(app, fifo_generated_name, pn.gen) : pn.value);
    } else if (props && props->topic_name && (*props->topic_name || !fifo)) { /* "" is falsy: a FIFO topic is then named */
        /* a FIFO topic's given name gets ".fifo" when it lacks it (the physical name stays as given) */
        size_t n = strlen(props->topic_name);
        const char *name = props->topic_name;
        if (fifo && !(n >= 5 && !strcmp(name + n - 5, ".fifo")))
            name = ccdk__sprintf(app, "%s.fifo", name);
        ccdk__res_set(t->resource, "TopicName", ccdk__v_from_string(app, name));
    } else if (fifo) {
        ccdk__res_set(t->resource, "TopicName",
                      ccdk__v_from_string(app, ccdk__sprintf(app, "%s.fifo", ccdk__unique_resource_name(&t->node, 251, "-"))));
    }
    if (props && props->tracing_config)
        ccdk__res_set(t->resource, "TracingConfig",
                      ccdk__v_str(app, props->tracing_config == CCDK_SNS_TRACING_CONFIG_ACTIVE ? "Active" : "PassThrough"));
    /* memoized getters: made (and numbered) by aws-cdk-lib at their first read (token.c) */
    t->arn = ccdk__token_mark_unread(app, pn.arn);
    t->name = ccdk__token_mark_unread(app, pn.name);
    if (props && ccdk__tri_true(props->enforce_ssl))
        add_ssl_policy(t);
    return t;
}

static const char *const logging_protocols[] = {NULL, "http/s", "sqs", "lambda", "firehose", "application"};

void ccdk_sns_topic_add_logging_config(ccdk_sns_topic *t, const ccdk_sns_logging_config *c)
{
    if (!ccdk__target_ok(t, __func__) || !ccdk__arg_ok(c, __func__, "config"))
        return;
    if (t->imported) {
        ccdk__process_error("%s: the topic %s is imported (aws-cdk-lib's ITopic has no addLoggingConfig)", __func__,
                            t->node.path);
        return;
    }
    if (!CCDK__ENUM_OK(t, c->protocol, ccdk_sns_logging_protocol, CCDK_SNS_LOGGING_PROTOCOL_HTTP,
                       CCDK_SNS_LOGGING_PROTOCOL_APPLICATION, "protocol"))
        return;
    ccdk_app *app = t->node.app;
    ccdk_opt_num rate = c->success_feedback_sample_rate;
    /* renderLoggingConfigs, when the topic is resolved: Number.isInteger and the range; a number token
     * (a large negative number) fails it too. The resolver wraps the message three times. */
    if (rate.set && (rate.token || rate.value != floor(rate.value) || rate.value < 0 || rate.value > 100)) {
        ccdk__error(t, "Resolution error: Resolution error: Resolution error: Success feedback sample rate must be an "
                       "integer between 0 and 100...");
        return;
    }
    ccdk_value *o = ccdk__v_obj(app);
    if (c->failure_feedback_role && ccdk__arg_handle_ok(c->failure_feedback_role, __func__, "failure_feedback_role"))
        ccdk__v_set(o, "FailureFeedbackRoleArn", ccdk__v_from_string(app, ccdk_iam_role_arn(c->failure_feedback_role)));
    ccdk__v_set(o, "Protocol", ccdk__v_str(app, logging_protocols[c->protocol]));
    if (c->success_feedback_role && ccdk__arg_handle_ok(c->success_feedback_role, __func__, "success_feedback_role"))
        ccdk__v_set(o, "SuccessFeedbackRoleArn", ccdk__v_from_string(app, ccdk_iam_role_arn(c->success_feedback_role)));
    if (rate.set)
        ccdk__v_set(o, "SuccessFeedbackSampleRate", ccdk__v_str(app, ccdk__num_string(app, rate.value)));
    ccdk__v_push(t->logging, o);
}

int ccdk_sns_topic_grant_on_key(ccdk_sns_topic *t, ccdk_iam_principal *grantee, ccdk_strs actions)
{
    if (!ccdk__target_ok(t, __func__) || !ccdk__arg_ok(grantee, __func__, "grantee"))
        return 0;
    return t->key ? ccdk_kms_key_grant(t->key, grantee, actions) : 0;
}

static const ccdk__kind kind_import = {.fqn = "aws-cdk-lib.aws_sns.TopicBase", .class_name = "Import"};

/* Topic.fromTopicAttributes: the name from splitArn, fifo when it ends in ".fifo", the
 * contentBasedDeduplication check (on the scope, before the Import is made), then the Import with
 * its masterKey Key.fromKeyArn(this, "Key", keyArn) */
ccdk_sns_topic *ccdk_sns_topic_from_topic_attributes(void *scope, const char *id, const ccdk_sns_topic_attributes *attrs)
{
    const char *topic_arn = attrs && attrs->topic_arn ? attrs->topic_arn : "";
    ccdk__node *sn = ccdk__node_of(scope);
    if (sn && ccdk__arn_check(sn->app, topic_arn) && attrs && ccdk__tri_true(attrs->content_based_deduplication)) {
        const char *name = ccdk__arn_component(sn, topic_arn, 5);
        size_t n = strlen(name);
        if (!ccdk__is_unresolved(name) && !(n >= 5 && !strcmp(name + n - 5, ".fifo")))
            ccdk__error(sn, "Cannot import topic; contentBasedDeduplication is only available for FIFO SNS topics.");
    }
    ccdk_sns_topic *t = ccdk__construct(ccdk_sns_topic, &kind_import, scope, id);
    ccdk_app *app = t->node.app;
    t->imported = 1;
    t->arn = t->name = "";
    if (!ccdk__arn_check(app, topic_arn)) /* Stack.splitArn's error has no construct path */
        return t;
    t->arn = ccdk__strdup(app, topic_arn);
    t->name = ccdk__arn_component(t, t->arn, 5); /* splitArn(arn, NO_RESOURCE_NAME).resource */
    size_t n = strlen(t->name);
    t->fifo = n >= 5 && !strcmp(t->name + n - 5, ".fifo");
    if (attrs && attrs->key_arn)
        t->key = ccdk_kms_key_from_key_arn(t, "Key", attrs->key_arn);
    t->content_based_deduplication = attrs && ccdk__tri_true(attrs->content_based_deduplication);
    return t;
}

ccdk_sns_topic *ccdk_sns_topic_from_topic_arn(void *scope, const char *id, const char *topic_arn)
{
    return ccdk_sns_topic_from_topic_attributes(scope, id, &(ccdk_sns_topic_attributes){.topic_arn = topic_arn});
}

int ccdk_sns_topic_is_imported(ccdk_sns_topic *t) { return t && ccdk__node_of(t) ? t->imported : 0; }
int ccdk_sns_topic_fifo(ccdk_sns_topic *t) { return t && ccdk__node_of(t) ? t->fifo : 0; }
int ccdk_sns_topic_content_based_deduplication(ccdk_sns_topic *t)
{
    return t && ccdk__node_of(t) ? t->content_based_deduplication : 0;
}
ccdk_kms_key *ccdk_sns_topic_master_key(ccdk_sns_topic *t) { return ccdk__handle_ok(t, __func__) ? t->key : NULL; }
/* Resource.env: an Import's environmentFromArn */
const char *ccdk_sns_topic_env_account(ccdk_sns_topic *t)
{
    if (!ccdk__handle_ok(t, __func__))
        return NULL;
    return t->imported ? ccdk__arn_component(t, t->arn, 4) : ccdk_stack_account(t->node.stack);
}
const char *ccdk_sns_topic_env_region(ccdk_sns_topic *t)
{
    if (!ccdk__handle_ok(t, __func__))
        return NULL;
    return t->imported ? ccdk__arn_component(t, t->arn, 3) : ccdk_stack_region(t->node.stack);
}

const char *ccdk_sns_topic_arn(ccdk_sns_topic *t)
{
    return CCDK__MEMO_GET(t, arn);
}
const char *ccdk_sns_topic_name(ccdk_sns_topic *t)
{
    return CCDK__MEMO_GET(t, name);
}

static const ccdk__kind kind_policy = {.fqn = "aws-cdk-lib.aws_sns.TopicPolicy", .class_name = "TopicPolicy2"};

/* topic.addToResourcePolicy: new TopicPolicy(this, 'Policy', {topics: [this]}) on first use, its
 * document assignSids; an import does not make one (autoCreatePolicy = false) */
static int add_to_resource_policy(void *topic, ccdk_iam_policy_statement *statement)
{
    ccdk_sns_topic *t = topic;
    if (t->imported)
        return 0;
    if (!t->policy) {
        ccdk__node *pol = ccdk__construct_at(&t->node, &kind_policy, "Policy", sizeof(ccdk__node));
        ccdk_cfn_resource *r = ccdk__l1(pol, "Resource", "AWS::SNS::TopicPolicy", "aws-cdk-lib.aws_sns.CfnTopicPolicy");
        t->policy = ccdk_iam_policy_document_new(t, (ccdk_iam_policy_statement_list){0});
        ccdk_iam_policy_document_assign_sids(t->policy);
        ccdk__res_set(r, "PolicyDocument", ccdk_iam_policy_document_value(t->policy));
        ccdk_value *topics = ccdk__v_list(t->node.app);
        ccdk__v_push(topics, ccdk__v_from_string(t->node.app, t->arn));
        ccdk__res_set(r, "Topics", topics);
    }
    ccdk_iam_policy_document_add_statements(t->policy, statement);
    return 1;
}

/* createSSLPolicyDocument: the statement denying sns:Publish on the topic without TLS */
static ccdk_iam_policy_statement *ssl_statement(void *owner, const char *topic_arn)
{
    ccdk_app *app = ccdk__node_of(owner)->app;
    ccdk_value *cond = ccdk__v_obj(app), *inner = ccdk__v_obj(app);
    ccdk__v_set(inner, "aws:SecureTransport", ccdk__v_str(app, "false"));
    ccdk__v_set(cond, "Bool", inner);
    return ccdk_iam_policy_statement_new(owner, &(ccdk_iam_policy_statement_props){
        .sid = "AllowPublishThroughSSLOnly",
        .actions = CCDK_STRS("sns:Publish"),
        .effect = CCDK_IAM_DENY,
        .resources = CCDK_STRS(topic_arn),
        .conditions = cond,
        .principals = CCDK_LIST(ccdk_iam_star_principal(owner)),
    });
}

/* addSSLPolicy: createTopicPolicy, then the statement denying unencrypted publishing */
static void add_ssl_policy(ccdk_sns_topic *t) { add_to_resource_policy(t, ssl_statement(t, t->arn)); }

struct ccdk_sns_topic_policy {
    ccdk__node node;
    ccdk_iam_policy_document *document;
};

/* new TopicPolicy(scope, id, props): document = props.policyDocument ?? a new one with assignSids;
 * enforceSSL adds each topic's SSL statement to it; then the CfnTopicPolicy */
ccdk_sns_topic_policy *ccdk_sns_topic_policy_new(void *scope, const char *id, const ccdk_sns_topic_policy_props *props)
{
    ccdk_sns_topic_policy *pol = ccdk__construct(ccdk_sns_topic_policy, &kind_policy, scope, id);
    ccdk_app *app = pol->node.app;
    if (!ccdk__arg_ok(props, __func__, "props"))
        return pol;
    if (props->policy_document) {
        pol->document = props->policy_document;
    } else {
        pol->document = ccdk_iam_policy_document_new(pol, (ccdk_iam_policy_statement_list){0});
        ccdk_iam_policy_document_assign_sids(pol->document);
    }
    if (!CCDK__GIVEN(props->topics)) {
        ccdk__error(pol, "topics is required"); /* aws-cdk-lib: a TypeError reading props.topics.map */
        return pol;
    }
    size_t n = CCDK__LEN(props->topics, "topics");
    ccdk_value *topics = ccdk__v_list(app);
    for (size_t i = 0; i < n; i++) {
        ccdk_sns_topic *t = props->topics.items[i];
        if (!ccdk__arg_handle_ok(t, __func__, "topics[i]"))
            return pol;
        if (ccdk__tri_true(props->enforce_ssl))
            ccdk_iam_policy_document_add_statements(pol->document, ssl_statement(pol, t->arn));
        ccdk__v_push(topics, ccdk__v_from_string(app, t->arn));
    }
    ccdk_cfn_resource *r = ccdk__l1(pol, "Resource", "AWS::SNS::TopicPolicy", "aws-cdk-lib.aws_sns.CfnTopicPolicy");
    /* CfnTopicPolicy's props validation: an empty document resolves to nothing */
    ccdk__res_set(r, "PolicyDocument",
                  ccdk__l1_required(r, "policyDocument", ccdk_iam_policy_document_value(pol->document)));
    ccdk__res_set(r, "Topics", topics);
    return pol;
}

ccdk_iam_policy_document *ccdk_sns_topic_policy_document(ccdk_sns_topic_policy *p)
{
    return ccdk__handle_ok(p, __func__) ? p->document : NULL;
}

int ccdk_sns_topic_add_to_resource_policy(ccdk_sns_topic *t, ccdk_iam_policy_statement *statement)
{
    if (!ccdk__target_ok(t, __func__) || !ccdk__arg_ok(statement, __func__, "statement"))
        return 0;
    return add_to_resource_policy(t, statement);
}

/* TopicGrants.subscribe: as publish, without key actions */
int ccdk_sns_topic_grant_subscribe(ccdk_sns_topic *t, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(t, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return 0;
    return ccdk_iam_grant_add_to_principal_or_resource(grantee, &(ccdk_iam_grant_on_resource){
        .actions = CCDK_STRS("sns:Subscribe"),
        .resource_arns = CCDK_STRS(t->arn),
        .resource_account = t->imported ? ccdk__arn_component(t, t->arn, 4) : ccdk_stack_account(t->node.stack),
        .add_to_resource_policy = add_to_resource_policy,
        .resource = t,
    }) != 0;
}

/* TopicGrants.publish: Grant.addToPrincipalOrResource on the topic (resource.env.account: the
 * stack's, an import's ARN's), and kms:Decrypt, kms:GenerateDataKey* on its master key */
int ccdk_sns_topic_grant_publish(ccdk_sns_topic *t, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(t, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return 0;
    int added = ccdk_iam_grant_add_to_principal_or_resource(grantee, &(ccdk_iam_grant_on_resource){
        .actions = CCDK_STRS("sns:Publish"),
        .resource_arns = CCDK_STRS(t->arn),
        .resource_account = t->imported ? ccdk__arn_component(t, t->arn, 4) : ccdk_stack_account(t->node.stack),
        .add_to_resource_policy = add_to_resource_policy,
        .resource = t,
    });
    /* keyActions: the encrypted resource's grantOnKey, after the topic's own grant */
    if (t->key)
        ccdk_kms_key_grant(t->key, grantee, CCDK_STRS("kms:Decrypt", "kms:GenerateDataKey*"));
    return added != 0;
}

/* ------------------------------------------------------------------ subscription filters
 * aws-cdk-lib/aws-sns/lib/subscription-filter.ts */

struct ccdk_sns_subscription_filter {
    ccdk_app *app;
    ccdk_value *conditions; /* list */
    size_t count;
};

struct ccdk_sns_filter_or_policy {
    ccdk_sns_subscription_filter *filter; /* FilterOrPolicy.filter */
    ccdk_value *policy_doc;               /* set for FilterOrPolicy.policy, whose items are entries */
    const ccdk_sns_filter_or_policy_entry *entries;
    size_t nentries;
};

static ccdk_app *owner_app(void *owner, const char *func)
{
    ccdk__node *n = ccdk__node_of(owner);
    if (!n) {
        ccdk__process_error("%s: the owner is %s", func, owner ? "not a construct handle" : "NULL");
        n = ccdk__node_of(ccdk__nil_stack());
    }
    return n->app;
}

static ccdk_sns_subscription_filter *filter_new(ccdk_app *app)
{
    ccdk_sns_subscription_filter *f = ccdk__alloc(app, sizeof *f);
    f->app = app;
    f->conditions = ccdk__v_list(app);
    return f;
}

static void cond_push(ccdk_sns_subscription_filter *f, ccdk_value *v)
{
    ccdk__v_push(f->conditions, v);
    f->count++;
}

static ccdk_value *one_key(ccdk_app *app, const char *key, ccdk_value *v)
{
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, key, v);
    return o;
}

ccdk_sns_subscription_filter *ccdk_sns_subscription_filter_string(void *owner, const ccdk_sns_string_conditions *c)
{
    ccdk_app *app = owner_app(owner, __func__);
    ccdk_sns_subscription_filter *f = filter_new(app);
    if (!c)
        return f;
    size_t n = CCDK__LEN(c->allowlist, "allowlist");
    for (size_t i = 0; i < n; i++)
        cond_push(f, ccdk__v_from_string(app, c->allowlist.items[i]));
    if (CCDK__GIVEN(c->denylist)) {
        ccdk_value *l = ccdk__v_list(app);
        n = CCDK__LEN(c->denylist, "denylist");
        for (size_t i = 0; i < n; i++)
            ccdk__v_push(l, ccdk__v_from_string(app, c->denylist.items[i]));
        cond_push(f, one_key(app, "anything-but", l));
    }
    n = CCDK__LEN(c->match_prefixes, "match_prefixes");
    for (size_t i = 0; i < n; i++)
        cond_push(f, one_key(app, "prefix", ccdk__v_from_string(app, c->match_prefixes.items[i])));
    n = CCDK__LEN(c->match_suffixes, "match_suffixes");
    for (size_t i = 0; i < n; i++)
        cond_push(f, one_key(app, "suffix", ccdk__v_from_string(app, c->match_suffixes.items[i])));
    return f;
}

static ccdk_value *numeric(ccdk_app *app, const char *op1, ccdk_value *v1, const char *op2, ccdk_value *v2)
{
    ccdk_value *l = ccdk__v_list(app);
    ccdk__v_push(l, ccdk__v_str(app, op1));
    ccdk__v_push(l, v1);
    if (op2) {
        ccdk__v_push(l, ccdk__v_str(app, op2));
        ccdk__v_push(l, v2);
    }
    return one_key(app, "numeric", l);
}

ccdk_sns_subscription_filter *ccdk_sns_subscription_filter_numeric(void *owner, const ccdk_sns_numeric_conditions *c)
{
    ccdk_app *app = owner_app(owner, __func__);
    ccdk_sns_subscription_filter *f = filter_new(app);
    if (!c)
        return f;
    size_t n = CCDK__LEN(c->allowlist, "allowlist");
    for (size_t i = 0; i < n; i++)
        cond_push(f, numeric(app, "=", ccdk__v_num(app, c->allowlist.items[i]), NULL, NULL));
    if (c->greater_than.set)
        cond_push(f, numeric(app, ">", ccdk__v_opt_num(app, c->greater_than), NULL, NULL));
    if (c->greater_than_or_equal_to.set)
        cond_push(f, numeric(app, ">=", ccdk__v_opt_num(app, c->greater_than_or_equal_to), NULL, NULL));
    if (c->less_than.set)
        cond_push(f, numeric(app, "<", ccdk__v_opt_num(app, c->less_than), NULL, NULL));
    if (c->less_than_or_equal_to.set)
        cond_push(f, numeric(app, "<=", ccdk__v_opt_num(app, c->less_than_or_equal_to), NULL, NULL));
    if (c->between)
        cond_push(f, numeric(app, ">=", ccdk__v_num(app, c->between->start), "<=", ccdk__v_num(app, c->between->stop)));
    if (c->between_strict)
        cond_push(f, numeric(app, ">", ccdk__v_num(app, c->between_strict->start), "<", ccdk__v_num(app, c->between_strict->stop)));
    return f;
}

static ccdk_sns_subscription_filter *exists_filter(void *owner, int exists, const char *func)
{
    ccdk_app *app = owner_app(owner, func);
    ccdk_sns_subscription_filter *f = filter_new(app);
    cond_push(f, one_key(app, "exists", ccdk__v_bool(app, exists)));
    return f;
}

ccdk_sns_subscription_filter *ccdk_sns_subscription_filter_exists(void *owner) { return exists_filter(owner, 1, __func__); }
ccdk_sns_subscription_filter *ccdk_sns_subscription_filter_not_exists(void *owner) { return exists_filter(owner, 0, __func__); }

ccdk_sns_filter_or_policy *ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter *filter)
{
    ccdk_app *app;
    if (!filter) {
        ccdk__process_error("%s: the filter is NULL", __func__);
        app = ccdk__node_of(ccdk__nil_stack())->app;
        filter = filter_new(app);
    } else {
        app = filter->app;
    }
    ccdk_sns_filter_or_policy *fp = ccdk__alloc(app, sizeof *fp);
    fp->filter = filter;
    return fp;
}

ccdk_sns_filter_or_policy *ccdk_sns_filter_or_policy_policy(void *owner, ccdk_sns_filter_or_policy_map policy)
{
    ccdk_app *app = owner_app(owner, __func__);
    ccdk_sns_filter_or_policy *fp = ccdk__alloc(app, sizeof *fp);
    size_t n = CCDK__LEN(policy, "policy");
    ccdk_sns_filter_or_policy_entry *e = ccdk__alloc(app, (n ? n : 1) * sizeof *e);
    for (size_t i = 0; i < n; i++) {
        e[i].name = ccdk__strdup(app, policy.items[i].name ? policy.items[i].name : "");
        e[i].value = policy.items[i].value;
    }
    fp->entries = e;
    fp->nentries = n;
    fp->policy_doc = ccdk__v_obj(app);
    return fp;
}

/* ------------------------------------------------------------------ Subscription
 * aws-cdk-lib/aws-sns/lib/subscription.ts */

struct ccdk_sns_subscription {
    ccdk__node node;
    ccdk_cfn_resource *resource;
};

static const ccdk__kind kind_subscription = {.fqn = "aws-cdk-lib.aws_sns.Subscription", .class_name = "Subscription2"};

/* buildFilterPolicyWithMessageBody: the combination count multiplies by each filter's length
 * times its depth, and is checked after each level (innermost first); -1 after an error. */
static ccdk_value *build_body_policy(ccdk_sns_subscription *s, const ccdk_sns_filter_or_policy_entry *entries, size_t n,
                                     int depth, double *total)
{
    ccdk_app *app = s->node.app;
    ccdk_value *result = ccdk__v_obj(app);
    for (size_t i = 0; i < n; i++) {
        ccdk_sns_filter_or_policy *fp = entries[i].value;
        if (!fp)
            continue;
        const char *key = entries[i].name ? entries[i].name : "";
        if (fp->policy_doc) {
            ccdk_value *inner = build_body_policy(s, fp->entries, fp->nentries, depth + 1, total);
            if (!inner)
                return NULL;
            ccdk__v_set(result, key, inner);
        } else if (fp->filter) {
            ccdk__v_set(result, key, fp->filter->conditions);
            *total *= (double)fp->filter->count * depth;
        }
    }
    if (*total > 150) {
        ccdk__error(s, "The total combination of values (%s) must not exceed 150.", ccdk__num_string(app, *total));
        return NULL;
    }
    return result;
}

/* an optional number as aws-cdk-lib's comparisons see it (a token: its huge negative double) */
static double opt_num_value(ccdk_opt_num n)
{
    return n.token ? CCDK__TOKEN_NUMBER : n.value;
}

/* a delay target of renderDeliveryPolicy: whole seconds (toMilliseconds() % 1000, then toSeconds()),
 * in 1..3600; *secs its seconds. 0 after an error on s. */
static int delay_target_ok(ccdk_sns_subscription *s, ccdk_duration d, const char *name, double *secs)
{
    ccdk_app *app = s->node.app;
    int ok = 1;
    double ms = ccdk__duration_convert(s, d, CCDK_TIME_MILLIS, 1, &ok);
    if (!ok)
        return 0;
    if (fmod(ms, 1000) != 0) { /* `${duration}`: Duration.<unit>(<amount>) */
        ccdk__error(s, "%s must be a whole number of seconds, got: Duration.%s(%s)", name, ccdk__time_unit_label(d.unit),
                    ccdk__num_string(app, d.token ? CCDK__TOKEN_NUMBER : d.amount));
        return 0;
    }
    *secs = ccdk__duration_convert(s, d, CCDK_TIME_SECONDS, 1, &ok);
    if (!ok)
        return 0;
    if (*secs < 1 || *secs > 3600) {
        ccdk__error(s, "%s must be between 1 and 3600 seconds inclusive, got: %ss", name, ccdk__num_string(app, *secs));
        return 0;
    }
    return 1;
}

/* `n && (n < 0 || !Number.isInteger(n))`: the num*DelayRetries check (0 is falsy, not checked) */
static int delay_retries_ok(ccdk_sns_subscription *s, ccdk_opt_num n, const char *name)
{
    double v = opt_num_value(n);
    if (!n.set || v == 0 || !(v < 0 || v != floor(v) || !isfinite(v)))
        return 1;
    ccdk__error(s, "%s must be an integer zero or greater, got: %s", name, ccdk__num_string(s->node.app, v));
    return 0;
}

/* Subscription.renderDeliveryPolicy: the checks in aws-cdk-lib's order, then the JSON with
 * healthyRetryPolicy's CloudFormation-required defaults. NULL after an error on s. */
static ccdk_value *render_delivery_policy(ccdk_sns_subscription *s, const ccdk_sns_delivery_policy *dp, const char *protocol)
{
    ccdk_app *app = s->node.app;
    if (strcmp(protocol, "http") != 0 && strcmp(protocol, "https") != 0) {
        ccdk__error(s, "Delivery policy is only supported for HTTP and HTTPS subscriptions, got: %s", protocol);
        return NULL;
    }
    const ccdk_sns_healthy_retry_policy *h = dp->healthy_retry_policy;
    double min_secs = 20, max_secs = 20;
    if (h) {
        if (!CCDK__ENUM_OK(s, h->backoff_function, ccdk_sns_backoff_function, CCDK_SNS_BACKOFF_FUNCTION_UNSET,
                           CCDK_SNS_BACKOFF_FUNCTION_LINEAR, "backoffFunction"))
            return NULL;
        if (ccdk_duration_is_set(h->min_delay_target) && !delay_target_ok(s, h->min_delay_target, "minDelayTarget", &min_secs))
            return NULL;
        if (ccdk_duration_is_set(h->max_delay_target)) {
            if (!delay_target_ok(s, h->max_delay_target, "maxDelayTarget", &max_secs))
                return NULL;
            if (ccdk_duration_is_set(h->min_delay_target) && min_secs > max_secs) {
                ccdk__error(s, "minDelayTarget must not exceed maxDelayTarget");
                return NULL;
            }
        }
        double r = opt_num_value(h->num_retries);
        if (h->num_retries.set && r != 0 && (r < 0 || r > 100)) { /* 0 is falsy there; NaN passes */
            ccdk__error(s, "numRetries must be between 0 and 100 inclusive, got: %s", ccdk__num_string(app, r));
            return NULL;
        }
        if (!delay_retries_ok(s, h->num_no_delay_retries, "numNoDelayRetries") ||
            !delay_retries_ok(s, h->num_min_delay_retries, "numMinDelayRetries") ||
            !delay_retries_ok(s, h->num_max_delay_retries, "numMaxDelayRetries"))
            return NULL;
    }
    if (dp->throttle_policy && dp->throttle_policy->max_receives_per_second.set) {
        double v = opt_num_value(dp->throttle_policy->max_receives_per_second);
        if (v < 1 || v != floor(v) || !isfinite(v)) {
            ccdk__error(s, "maxReceivesPerSecond must be an integer greater than zero, got: %s", ccdk__num_string(app, v));
            return NULL;
        }
    }
    ccdk_value *out = ccdk__v_obj(app);
    if (h) {
        static const char *const backoff[] = {"", "ARITHMETIC", "EXPONENTIAL", "GEOMETRIC", "LINEAR"};
        ccdk_value *hv = ccdk__v_obj(app);
        ccdk__v_set(hv, "minDelayTarget", ccdk__v_num(app, min_secs));
        ccdk__v_set(hv, "maxDelayTarget", ccdk__v_num(app, max_secs));
        ccdk__v_set(hv, "numRetries", h->num_retries.set ? ccdk__v_opt_num(app, h->num_retries) : ccdk__v_num(app, 3));
        if (h->num_no_delay_retries.set)
            ccdk__v_set(hv, "numNoDelayRetries", ccdk__v_opt_num(app, h->num_no_delay_retries));
        if (h->num_min_delay_retries.set)
            ccdk__v_set(hv, "numMinDelayRetries", ccdk__v_opt_num(app, h->num_min_delay_retries));
        if (h->num_max_delay_retries.set)
            ccdk__v_set(hv, "numMaxDelayRetries", ccdk__v_opt_num(app, h->num_max_delay_retries));
        if (h->backoff_function)
            ccdk__v_set(hv, "backoffFunction", ccdk__v_str(app, backoff[h->backoff_function]));
        ccdk__v_set(out, "healthyRetryPolicy", hv);
    }
    if (dp->throttle_policy) {
        ccdk_value *tv = ccdk__v_obj(app);
        if (dp->throttle_policy->max_receives_per_second.set)
            ccdk__v_set(tv, "maxReceivesPerSecond", ccdk__v_opt_num(app, dp->throttle_policy->max_receives_per_second));
        ccdk__v_set(out, "throttlePolicy", tv);
    }
    if (dp->request_policy) {
        ccdk_value *rv = ccdk__v_obj(app);
        if (dp->request_policy->header_content_type)
            ccdk__v_set(rv, "headerContentType", ccdk__v_from_string(app, dp->request_policy->header_content_type));
        ccdk__v_set(out, "requestPolicy", rv);
    }
    return out;
}

ccdk_cfn_resource *ccdk_sns_subscription_resource(ccdk_sns_subscription *subscription)
{
    return ccdk__handle_ok(subscription, __func__) ? subscription->resource : NULL;
}

ccdk_sns_subscription *ccdk_sns_subscription_new(void *scope, const char *id, const ccdk_sns_subscription_props *props)
{
    ccdk_sns_subscription *s = ccdk__construct(ccdk_sns_subscription, &kind_subscription, scope, id);
    ccdk_app *app = s->node.app;
    static const ccdk_sns_subscription_props none;
    const ccdk_sns_subscription_props *p = props ? props : &none;
    static const char *const protocols[] = {"",    "lambda", "sqs",         "http",    "https",
                                            "email", "email-json", "sms", "application", "firehose"};
    if (!CCDK__ENUM_OK(s, p->protocol, ccdk_sns_subscription_protocol, CCDK_SNS_PROTOCOL_LAMBDA, CCDK_SNS_PROTOCOL_FIREHOSE,
                       "protocol"))
        return s;
    if (ccdk__tri_true(p->raw_message_delivery) && p->protocol != CCDK_SNS_PROTOCOL_HTTP &&
        p->protocol != CCDK_SNS_PROTOCOL_HTTPS && p->protocol != CCDK_SNS_PROTOCOL_SQS &&
        p->protocol != CCDK_SNS_PROTOCOL_FIREHOSE) {
        ccdk__error(s, "Raw message delivery can only be enabled for HTTP, HTTPS, SQS, and Firehose subscriptions.");
        return s;
    }
    ccdk_value *filter_policy = NULL;
    int body = 0;
    if (CCDK__GIVEN(p->filter_policy)) {
        size_t n = CCDK__LEN(p->filter_policy, "filter_policy");
        if (n > 5) {
            ccdk__error(s, "A filter policy can have a maximum of 5 attribute names.");
            return s;
        }
        filter_policy = ccdk__v_obj(app);
        double total = 1;
        for (size_t i = 0; i < n; i++) {
            const ccdk_sns_filter_entry *e = &p->filter_policy.items[i];
            ccdk_value *conds = e->filter ? e->filter->conditions : ccdk__v_list(app);
            ccdk__v_set(filter_policy, e->name ? e->name : "", conds);
            total *= e->filter ? (double)e->filter->count : 0;
        }
        if (total > 150) {
            ccdk__error(s, "The total combination of values (%s) must not exceed 150.", ccdk__num_string(app, total));
            return s;
        }
    } else if (CCDK__GIVEN(p->filter_policy_with_message_body)) {
        size_t n = CCDK__LEN(p->filter_policy_with_message_body, "filter_policy_with_message_body");
        if (n > 5) {
            ccdk__error(s, "A filter policy can have a maximum of 5 attribute names.");
            return s;
        }
        double total = 1;
        filter_policy = build_body_policy(s, p->filter_policy_with_message_body.items, n, 1, &total);
        if (!filter_policy)
            return s;
        body = 1;
    }
    if (p->protocol == CCDK_SNS_PROTOCOL_FIREHOSE && !p->subscription_role_arn) { /* ("" too: falsy) */
        ccdk__error(s, "Subscription role arn is required field for subscriptions with a firehose protocol.");
        return s;
    }
    if (p->dead_letter_queue && p->topic) {
        /* buildDeadLetterQueue: the topic may send to the queue */
        ccdk_value *cond = ccdk__v_obj(app);
        ccdk_value *arn_equals = ccdk__v_obj(app);
        ccdk__v_set(arn_equals, "aws:SourceArn", ccdk__v_from_string(app, p->topic->arn));
        ccdk__v_set(cond, "ArnEquals", arn_equals);
        ccdk_sqs_queue_add_to_resource_policy(p->dead_letter_queue, ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("sqs:SendMessage"),
            .resources = CCDK_STRS(ccdk_sqs_queue_arn(p->dead_letter_queue)),
            .principals = CCDK_LIST(ccdk_iam_service_principal(s, "sns.amazonaws.com")),
            .conditions = cond,
        }));
    }
    /* the CfnSubscription's props: deliveryPolicy is rendered (and checked) after the dead-letter queue */
    ccdk_value *delivery = NULL;
    if (p->delivery_policy && !(delivery = render_delivery_policy(s, p->delivery_policy, protocols[p->protocol])))
        return s;
    ccdk_cfn_resource *r = ccdk__l1(s, "Resource", "AWS::SNS::Subscription", "aws-cdk-lib.aws_sns.CfnSubscription");
    s->resource = r;
    if (delivery)
        ccdk__res_set(r, "DeliveryPolicy", delivery);
    if (p->endpoint)
        ccdk__res_set(r, "Endpoint", ccdk__v_from_string(app, p->endpoint));
    if (filter_policy)
        ccdk__res_set(r, "FilterPolicy", filter_policy);
    if (body)
        ccdk__res_set(r, "FilterPolicyScope", ccdk__v_str(app, "MessageBody"));
    ccdk__res_set(r, "Protocol", ccdk__v_str(app, protocols[p->protocol <= CCDK_SNS_PROTOCOL_FIREHOSE ? p->protocol : 0]));
    if (ccdk__tri_set(p->raw_message_delivery))
        ccdk__res_set(r, "RawMessageDelivery", ccdk__v_bool(app, ccdk__tri_true(p->raw_message_delivery)));
    if (p->dead_letter_queue) {
        ccdk_value *rp = ccdk__v_obj(app);
        ccdk__v_set(rp, "deadLetterTargetArn", ccdk__v_from_string(app, ccdk_sqs_queue_arn(p->dead_letter_queue)));
        ccdk__res_set(r, "RedrivePolicy", rp);
    }
    if (p->region)
        ccdk__res_set(r, "Region", ccdk__v_from_string(app, p->region));
    if (p->subscription_role_arn)
        ccdk__res_set(r, "SubscriptionRoleArn", ccdk__v_from_string(app, p->subscription_role_arn));
    if (p->topic)
        ccdk__res_set(r, "TopicArn", ccdk__v_from_string(app, p->topic->arn));
    return s;
}

/* ------------------------------------------------------------------ topic.addSubscription */

/* TopicBase.nextTokenId(scope): one more than the largest n of the ids "...TokenSubscription:<n>..."
 * in scope's subtree (node.findAll, preorder). Its regular expression is global, so each exec starts
 * where the last match ended (lastIndex) and a miss sets it back to 0: an id is looked at from that
 * offset only, as aws-cdk-lib does. */
static void next_token_scan(const ccdk__node *n, size_t *last_index, long *next)
{
    const char *id = n->id ? n->id : "";
    const char *m = strlen(id) >= *last_index ? strstr(id + *last_index, "TokenSubscription:") : NULL;
    if (!m) {
        *last_index = 0;
    } else {
        const char *d = m + strlen("TokenSubscription:");
        const char *e = d;
        while (*e >= '0' && *e <= '9')
            e++;
        *last_index = (size_t)(e - id);
        if (e > d) { /* parseInt("") is NaN, never >= nextSuffix */
            long v = strtol(d, NULL, 10);
            if (v >= *next)
                *next = v + 1;
        }
    }
    for (size_t i = 0; i < n->nchildren; i++)
        next_token_scan(n->children[i], last_index, next);
}

/* TopicBase.addSubscription after bind: the subscriber scope, the id (nextTokenId for a token), the
 * duplicate check on the scope, then new Subscription(scope, id, {topic, ...config}). */
static ccdk_sns_subscription *add_subscription(ccdk_sns_topic *t, ccdk__node *scope, const char *id,
                                               ccdk_sns_subscription_props *config)
{
    if (ccdk_token_is_unresolved(id)) {
        size_t last_index = 0;
        long next = 1;
        next_token_scan(scope, &last_index, &next);
        id = ccdk__sprintf(t->node.app, "TokenSubscription:%ld", next);
    }
    if (ccdk__node_find_child(scope, id)) {
        ccdk__error(scope, "A subscription with id \"%s\" already exists under the scope %s", id, scope->path);
        return NULL;
    }
    config->topic = t;
    return ccdk_sns_subscription_new(scope, id, config);
}

ccdk_sns_subscription *ccdk_sns_topic_add_subscription(ccdk_sns_topic *t, const ccdk_sns_topic_subscription_config *c)
{
    if (!ccdk__target_ok(t, __func__) || !ccdk__arg_ok(c, __func__, "config") ||
        !ccdk__arg_ok(c->subscriber_id, __func__, "config->subscriber_id"))
        return NULL;
    ccdk__node *scope = &t->node;
    if (c->subscriber_scope) {
        if (!ccdk__arg_handle_ok(c->subscriber_scope, __func__, "config->subscriber_scope"))
            return NULL;
        scope = ccdk__node_of(c->subscriber_scope);
    }
    ccdk_sns_subscription *s = add_subscription(t, scope, c->subscriber_id, &(ccdk_sns_subscription_props){
        .protocol = c->protocol,
        .endpoint = c->endpoint,
        .filter_policy = c->filter_policy,
        .filter_policy_with_message_body = c->filter_policy_with_message_body,
        .dead_letter_queue = c->dead_letter_queue,
        .region = c->region,
        .raw_message_delivery = c->raw_message_delivery,
        .delivery_policy = c->delivery_policy,
        .subscription_role_arn = c->subscription_role_arn,
    });
    if (s && c->subscription_dependency && ccdk__arg_handle_ok(c->subscription_dependency, __func__, "config->subscription_dependency"))
        ccdk_node_add_dependency(s, c->subscription_dependency);
    return s;
}

ccdk_sns_subscription *ccdk_sns_topic_add_email_subscription(ccdk_sns_topic *t, const char *email_address,
                                                             const ccdk_sns_email_subscription_props *props)
{
    if (!ccdk__target_ok(t, __func__) || !ccdk__arg_ok(email_address, __func__, "email_address"))
        return NULL;
    static const ccdk_sns_email_subscription_props none;
    const ccdk_sns_email_subscription_props *p = props ? props : &none;
    return add_subscription(t, &t->node, email_address, &(ccdk_sns_subscription_props){
        .protocol = ccdk__tri_true(p->json) ? CCDK_SNS_PROTOCOL_EMAIL_JSON : CCDK_SNS_PROTOCOL_EMAIL,
        .endpoint = email_address,
        .filter_policy = p->filter_policy,
        .filter_policy_with_message_body = p->filter_policy_with_message_body,
        .dead_letter_queue = p->dead_letter_queue,
    });
}

/* SmsSubscription.bind */
ccdk_sns_subscription *ccdk_sns_topic_add_sms_subscription(ccdk_sns_topic *t, const char *phone_number,
                                                           const ccdk_sns_sms_subscription_props *props)
{
    if (!ccdk__target_ok(t, __func__) || !ccdk__arg_ok(phone_number, __func__, "phone_number"))
        return NULL;
    static const ccdk_sns_sms_subscription_props none;
    const ccdk_sns_sms_subscription_props *p = props ? props : &none;
    return add_subscription(t, &t->node, phone_number, &(ccdk_sns_subscription_props){
        .protocol = CCDK_SNS_PROTOCOL_SMS,
        .endpoint = phone_number,
        .filter_policy = p->filter_policy,
        .filter_policy_with_message_body = p->filter_policy_with_message_body,
        /* no deadLetterQueue: SmsSubscription.bind leaves props.deadLetterQueue out (unlike the
         * other subscriptions), so aws-cdk-lib makes no RedrivePolicy nor queue policy for it */
    });
}

/* aws-sns-subscriptions/lib/private/util.ts regionFromArn(topic, subscriber): for a Topic, its
 * region when it lives in another stack of a known region other than the subscriber's; for an
 * imported topic, always its ARN's region (Fn::Select(3, Fn::Split(":", arn)) for a token). */
static const char *region_from_arn(ccdk_sns_topic *t, ccdk__node *subscriber)
{
    if (t->imported)
        return ccdk__arn_component(subscriber, t->arn, 3);
    if (t->node.stack == subscriber->stack)
        return NULL;
    const char *tr = ccdk_stack_region(t->node.stack);
    if (ccdk__is_unresolved(tr) || strcmp(tr, ccdk_stack_region(subscriber->stack)) == 0)
        return NULL;
    return tr;
}

/* `topic instanceof sns.Topic && topic.stack !== subscriber.stack`: the subscriber's stack depends on it */
static void depend_on_topic_stack(ccdk_sns_topic *t, ccdk__node *subscriber)
{
    if (!t->imported && t->node.stack != subscriber->stack)
        ccdk_stack_add_dependency(subscriber->stack, t->node.stack);
}

ccdk_sns_subscription *ccdk_sns_topic_add_lambda_subscription(ccdk_sns_topic *t, void *fn,
                                                              const ccdk_sns_lambda_subscription_props *props)
{
    if (!ccdk__target_ok(t, __func__) || !ccdk__arg_handle_ok(fn, __func__, "fn"))
        return NULL;
    ccdk__node *fnode = ccdk__node_of(fn);
    const char *fn_arn = ccdk_lambda_ifunction_arn(fn);
    if (!fnode || !fn_arn) /* not an IFunction: ccdk_lambda_ifunction_arn recorded the error */
        return NULL;
    static const ccdk_sns_lambda_subscription_props none;
    const ccdk_sns_lambda_subscription_props *p = props ? props : &none;
    ccdk_app *app = t->node.app;
    ccdk_lambda_function_add_permission(fn, ccdk__sprintf(app, "AllowInvoke:%s", ccdk__node_unique_id(&t->node)),
                                        &(ccdk_lambda_permission){
                                            .source_arn = t->arn,
                                            .principal = ccdk_iam_service_principal(fn, "sns.amazonaws.com"),
                                        });
    depend_on_topic_stack(t, fnode);
    return add_subscription(t, fnode, t->node.id, &(ccdk_sns_subscription_props){
        .endpoint = fn_arn,
        .protocol = CCDK_SNS_PROTOCOL_LAMBDA,
        .filter_policy = p->filter_policy,
        .filter_policy_with_message_body = p->filter_policy_with_message_body,
        .region = region_from_arn(t, fnode),
        .dead_letter_queue = p->dead_letter_queue,
    });
}

/* util.ts snsServicePrincipal(topic, subscriber): sns.amazonaws.com, unless the topic's and the
 * subscriber's regions are known and differ and one is opt-in: then that region's principal
 * (the subscriber's first) */
static ccdk_iam_principal *sns_service_principal(ccdk_sns_topic *t, ccdk__node *subscriber)
{
    const char *tr = NULL;
    if (!t->imported) {
        tr = ccdk_stack_region(t->node.stack);
    } else if (!ccdk__is_unresolved(t->arn)) {
        tr = ccdk__arn_component(subscriber, t->arn, 3);
        if (tr && !*tr)
            tr = NULL;
    }
    const char *sr = ccdk_stack_region(subscriber->stack);
    const char *name = "sns.amazonaws.com";
    if (tr && !ccdk__is_unresolved(tr) && !ccdk__is_unresolved(sr) && strcmp(tr, sr) != 0) {
        if (ccdk__region_is_opt_in(sr))
            name = ccdk__sprintf(t->node.app, "sns.%s.amazonaws.com", sr);
        else if (ccdk__region_is_opt_in(tr))
            name = ccdk__sprintf(t->node.app, "sns.%s.amazonaws.com", tr);
    }
    return ccdk_iam_service_principal(subscriber, name);
}

ccdk_sns_subscription *ccdk_sns_topic_add_sqs_subscription(ccdk_sns_topic *t, ccdk_sqs_queue *queue,
                                                           const ccdk_sns_sqs_subscription_props *props)
{
    if (!ccdk__target_ok(t, __func__) || !ccdk__arg_handle_ok(queue, __func__, "queue"))
        return NULL;
    static const ccdk_sns_sqs_subscription_props none;
    const ccdk_sns_sqs_subscription_props *p = props ? props : &none;
    ccdk__node *qnode = ccdk__node_of(queue);
    ccdk_app *app = t->node.app;
    ccdk_iam_principal *principal = sns_service_principal(t, qnode);
    if (ccdk_sqs_queue_encryption_type(queue) == CCDK_SQS_QUEUE_ENCRYPTION_KMS_MANAGED) {
        ccdk__error(t, "SQS queue encrypted by AWS managed KMS key cannot be used as SNS subscription");
        return NULL;
    }
    if (p->dead_letter_queue && ccdk_sqs_queue_encryption_type(p->dead_letter_queue) == CCDK_SQS_QUEUE_ENCRYPTION_KMS_MANAGED) {
        ccdk__error(t, "SQS queue encrypted by AWS managed KMS key cannot be used as dead-letter queue");
        return NULL;
    }
    ccdk_value *cond = ccdk__v_obj(app), *arn_equals = ccdk__v_obj(app);
    ccdk__v_set(arn_equals, "aws:SourceArn", ccdk__v_from_string(app, t->arn));
    ccdk__v_set(cond, "ArnEquals", arn_equals);
    ccdk_sqs_queue_add_to_resource_policy(queue, ccdk_iam_policy_statement_new(qnode, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS(ccdk_sqs_queue_arn(queue)),
        .actions = CCDK_STRS("sqs:SendMessage"),
        .principals = CCDK_LIST(principal),
        .conditions = cond,
    }));
    /* the policyDependable of addToResourcePolicy: the queue's QueuePolicy, none for an import */
    ccdk_construct *queue_policy = ccdk_node_try_find_child(queue, "Policy");
    ccdk_kms_key *key = ccdk_sqs_queue_encryption_master_key(queue);
    if (key) {
        ccdk_value *kcond = NULL;
        if (ccdk__feature_flag(&t->node, "@aws-cdk/aws-sns-subscriptions:restrictSqsDescryption")) {
            kcond = ccdk__v_obj(app);
            ccdk_value *ke = ccdk__v_obj(app);
            ccdk__v_set(ke, "aws:SourceArn", ccdk__v_from_string(app, t->arn));
            ccdk__v_set(kcond, "ArnEquals", ke);
        }
        ccdk_kms_key_add_to_resource_policy(key, ccdk_iam_policy_statement_new(qnode, &(ccdk_iam_policy_statement_props){
            .resources = CCDK_STRS("*"),
            .actions = CCDK_STRS("kms:Decrypt", "kms:GenerateDataKey"),
            .principals = CCDK_LIST(principal),
            .conditions = kcond,
        }));
    }
    depend_on_topic_stack(t, qnode);
    ccdk_sns_subscription *s = add_subscription(t, qnode, ccdk__node_unique_id(&t->node), &(ccdk_sns_subscription_props){
        .endpoint = ccdk_sqs_queue_arn(queue),
        .protocol = CCDK_SNS_PROTOCOL_SQS,
        .raw_message_delivery = p->raw_message_delivery,
        .filter_policy = p->filter_policy,
        .filter_policy_with_message_body = p->filter_policy_with_message_body,
        .region = region_from_arn(t, qnode),
        .dead_letter_queue = p->dead_letter_queue,
    });
    if (s && queue_policy)
        ccdk_node_add_dependency(s, queue_policy);
    return s;
}

ccdk_sns_subscription *ccdk_sns_topic_add_url_subscription(ccdk_sns_topic *t, const char *url,
                                                           const ccdk_sns_url_subscription_props *props)
{
    if (!ccdk__target_ok(t, __func__) || !ccdk__arg_ok(url, __func__, "url"))
        return NULL;
    static const ccdk_sns_url_subscription_props none;
    const ccdk_sns_url_subscription_props *p = props ? props : &none;
    if (p->protocol && !CCDK__ENUM_OK(t, p->protocol, ccdk_sns_subscription_protocol, CCDK_SNS_PROTOCOL_LAMBDA,
                                      CCDK_SNS_PROTOCOL_FIREHOSE, "addUrlSubscription: protocol"))
        return NULL;
    ccdk_sns_subscription_protocol protocol;
    /* the UrlSubscription constructor's checks: UnscopedValidationErrors */
    if (ccdk_token_is_unresolved(url)) {
        if (!p->protocol) {
            ccdk__unscoped_error(t->node.app, "Must provide protocol if url is unresolved");
            return NULL;
        }
        protocol = p->protocol;
    } else if (strncmp(url, "http://", 7) != 0 && strncmp(url, "https://", 8) != 0) {
        ccdk__unscoped_error(t->node.app, "URL must start with either http:// or https://");
        return NULL;
    } else {
        protocol = strncmp(url, "https:", 6) == 0 ? CCDK_SNS_PROTOCOL_HTTPS : CCDK_SNS_PROTOCOL_HTTP;
    }
    return add_subscription(t, &t->node, url, &(ccdk_sns_subscription_props){
        .endpoint = url,
        .protocol = protocol,
        .raw_message_delivery = p->raw_message_delivery,
        .filter_policy = p->filter_policy,
        .filter_policy_with_message_body = p->filter_policy_with_message_body,
        .dead_letter_queue = p->dead_letter_queue,
        .delivery_policy = p->delivery_policy,
    });
}

/* ------------------------------------------------------------------ metrics */

/* new cloudwatch.Metric({namespace, metricName, dimensionsMap: {<dim_key>: <value>}, statistic,
 * ...options}).attachTo(owner): the options' statistic, period, label and unit over the defaults,
 * and their dimensions (dimensionsMap) in place of the resource's. value NULL: no dimension (the
 * orphan stack of a bad handle). */
static ccdk_cloudwatch_metric *metric_of(ccdk__node *owner, const char *ns, const char *dim_key, const char *value,
                                         const char *metric_name, const char *stat, const ccdk_cloudwatch_metric_options *o)
{
    ccdk_kv dims[1] = {{dim_key, value}};
    ccdk_cloudwatch_metric_props p = {.namespace_ = ns, .metric_name = metric_name, .statistic = stat};
    if (value)
        p.dimensions = (ccdk_kvs){&ccdk__list_mark, dims, 1};
    if (o) {
        if (o->statistic)
            p.statistic = o->statistic;
        p.period = o->period;
        p.label = o->label;
        p.unit = o->unit;
        p.color = o->color;
        p.id = o->id;
        p.visible = o->visible;
        p.account = o->account;
        p.region = o->region;
        if (o->dimensions.built_by_ccdk_list)
            p.dimensions = o->dimensions;
    }
    /* .attachTo(this): the stack's account and region, rendered where the metric is graphed or
     * alarmed in another environment */
    ccdk_cloudwatch_metric *m = ccdk_cloudwatch_metric_new(owner, &p);
    return owner->stack ? ccdk_cloudwatch_metric_attach_to(m, owner) : m;
}

static ccdk_cloudwatch_metric *topic_metric(ccdk_sns_topic *t, const char *func, const char *metric_name, const char *stat,
                                            const ccdk_cloudwatch_metric_options *o)
{
    ccdk__node *n = ccdk__scope_(t, func); /* a NULL or bad handle: recorded, and the orphan stack */
    return metric_of(n, "AWS/SNS", "TopicName", n == (ccdk__node *)t ? t->name : NULL, metric_name, stat, o);
}

ccdk_cloudwatch_metric *ccdk_sns_topic_metric(ccdk_sns_topic *t, const char *metric_name, const ccdk_cloudwatch_metric_options *o)
{
    return topic_metric(t, __func__, metric_name, NULL, o);
}

/* sns-augmentations.generated.js: topic.metric<Name>(props) is this.metric(name, {statistic, ...props}) */
#define CANNED(fn, name, stat)                                                                                         \
    ccdk_cloudwatch_metric *ccdk_sns_topic_metric_##fn(ccdk_sns_topic *t, const ccdk_cloudwatch_metric_options *o)     \
    {                                                                                                                  \
        return topic_metric(t, __func__, name, stat, o);                                                               \
    }
CANNED(publish_size, "PublishSize", "Average")
CANNED(number_of_messages_published, "NumberOfMessagesPublished", "Sum")
CANNED(number_of_notifications_delivered, "NumberOfNotificationsDelivered", "Sum")
CANNED(number_of_notifications_failed, "NumberOfNotificationsFailed", "Sum")
CANNED(number_of_notifications_filtered_out, "NumberOfNotificationsFilteredOut", "Sum")
CANNED(number_of_notifications_filtered_out_no_message_attributes, "NumberOfNotificationsFilteredOut-NoMessageAttributes", "Sum")
CANNED(number_of_notifications_filtered_out_invalid_attributes, "NumberOfNotificationsFilteredOut-InvalidAttributes", "Sum")
CANNED(sms_month_to_date_spent_usd, "SMSMonthToDateSpentUSD", "Maximum")
CANNED(sms_success_rate, "SMSSuccessRate", "Sum")
#undef CANNED
