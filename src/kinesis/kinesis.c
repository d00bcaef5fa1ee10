/* kinesis.c - minimal kinesis.Stream L2 (aws-cdk-lib/aws-kinesis/lib/stream.ts): shards, retention,
 * stream mode, the default encryption, and the grants Lambda's KinesisEventSource uses; and
 * kinesis.StreamConsumer (stream-consumer.ts) for KinesisConsumerEventSource. */
#include <string.h>

#include "ccdk/cloudwatch.h"
#include "ccdk/kinesis.h"
#include "internal.h"

struct ccdk_kinesis_stream {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *arn, *name;
    ccdk_kms_key *key; /* encryptionKey */
    int imported;
    ccdk_iam_policy_document *policy; /* the ResourcePolicy "Policy"'s document, made on first use */
};

/* the validation StreamBase adds: this.resourcePolicy?.document.validateForResourcePolicy() */
static void validate_stream(ccdk__node *n)
{
    ccdk_strs errors = ccdk_iam_policy_document_validate_for_resource_policy(((ccdk_kinesis_stream *)n)->policy, NULL);
    for (size_t i = 0; i < errors.count; i++)
        ccdk__unscoped_error(n->app, "[%s] %s", n->path, errors.items[i]);
}

static const ccdk__kind kind_stream = {.fqn = "aws-cdk-lib.aws_kinesis.Stream", .validate = validate_stream, .class_name = "Stream2"};

/* The stack's AwsCdkKinesisEncryptedStreamsUnsupportedRegions condition, made once. */
static void ensure_condition(ccdk_kinesis_stream *s)
{
    const char *name = "AwsCdkKinesisEncryptedStreamsUnsupportedRegions";
    ccdk__node *stack = (ccdk__node *)s->node.stack;
    if (ccdk__node_find_child(stack, name))
        return;
    ccdk_app *app = s->node.app;
    ccdk_value *region = ccdk__v_pseudo(app, "AWS::Region");
    ccdk_value *or = ccdk__v_list(app);
    static const char *const regions[] = {"cn-north-1", "cn-northwest-1"};
    for (int i = 0; i < 2; i++)
        ccdk__v_push(or, ccdk_fn_condition_equals(s, region, ccdk__v_str(app, regions[i])));
    ccdk_cfn_condition_new(stack, name, ccdk__v_intrinsic(app, "Fn::Or", or));
}

ccdk_kinesis_stream *ccdk_kinesis_stream_new(void *scope, const char *id, const ccdk_kinesis_stream_props *props)
{
    ccdk_kinesis_stream *s = ccdk__construct(ccdk_kinesis_stream, &kind_stream, scope, id);
    ccdk_app *app = s->node.app;
    static const ccdk_kinesis_stream_props none;
    const ccdk_kinesis_stream_props *p = props ? props : &none;
    s->arn = s->name = "";
    if (!CCDK__ENUM_OK(s, p->stream_mode, ccdk_kinesis_stream_mode, CCDK_KINESIS_STREAM_MODE_UNSET,
                       CCDK_KINESIS_STREAM_MODE_ON_DEMAND, "streamMode") ||
        !CCDK__ENUM_OK(s, p->encryption, ccdk_kinesis_stream_encryption, CCDK_KINESIS_ENCRYPTION_UNSET,
                       CCDK_KINESIS_ENCRYPTION_KMS, "encryption"))
        return s;
    if (p->stream_mode == CCDK_KINESIS_STREAM_MODE_ON_DEMAND && p->shard_count.set) {
        ccdk__error(s, "streamMode must be set to PROVISIONED (default) when specifying shardCount");
        return s;
    }
    double hours = 24;
    if (ccdk_duration_is_set(p->retention_period)) {
        int ok = 1;
        hours = ccdk__duration_convert(s, p->retention_period, CCDK_TIME_HOURS, 1, &ok); /* toHours() */
        if (!ok)
            return s;
        if (!p->retention_period.token && (hours < 24 || hours > 8760)) { /* !Token.isUnresolved(hours) && */
            ccdk__error(s, "retentionPeriod must be between 24 and 8760 hours. Received %s", ccdk__num_string(app, hours));
            return s;
        }
    }
    /* parseEncryption, before the CfnStream (a Key it makes comes first in the tree) */
    ccdk_kinesis_stream_encryption enc = p->encryption;
    if (enc == CCDK_KINESIS_ENCRYPTION_UNSET && p->encryption_key)
        enc = CCDK_KINESIS_ENCRYPTION_KMS;
    if (enc != CCDK_KINESIS_ENCRYPTION_KMS && enc != CCDK_KINESIS_ENCRYPTION_UNSET && p->encryption_key) {
        ccdk__error(s, "encryptionKey is specified, so 'encryption' must be set to KMS (value: %s)",
                    enc == CCDK_KINESIS_ENCRYPTION_UNENCRYPTED ? "NONE" : "MANAGED");
        return s;
    }
    if (enc == CCDK_KINESIS_ENCRYPTION_KMS)
        s->key = p->encryption_key ? p->encryption_key
                                   : ccdk_kms_key_new(s, "Key", &(ccdk_kms_key_props){
                                         .description = ccdk__sprintf(app, "Created by %s", s->node.path)});
    /* shardLevelMetrics: validated after parseEncryption, as aws-cdk-lib */
    static const char *const metric_names[] = {NULL, "IncomingBytes", "IncomingRecords", "IteratorAgeMilliseconds",
                                               "OutgoingBytes", "OutgoingRecords", "ReadProvisionedThroughputExceeded",
                                               "WriteProvisionedThroughputExceeded", "ALL"};
    ccdk_value *metrics = NULL;
    if (p->shard_level_metrics.items || p->shard_level_metrics.built_by_ccdk_list) {
        size_t n = p->shard_level_metrics.count;
        int has_all = 0;
        for (size_t i = 0; i < n; i++) {
            ccdk_kinesis_shard_level_metric m = p->shard_level_metrics.items[i];
            if (!CCDK__ENUM_OK(s, m, ccdk_kinesis_shard_level_metric, CCDK_KINESIS_SHARD_LEVEL_METRIC_INCOMING_BYTES,
                               CCDK_KINESIS_SHARD_LEVEL_METRIC_ALL, "shardLevelMetrics"))
                return s;
            has_all |= m == CCDK_KINESIS_SHARD_LEVEL_METRIC_ALL;
        }
        if (has_all && n > 1) {
            ccdk__error(s, "`shardLevelMetrics` cannot include `ShardLevelMetrics.ALL` together with individual metrics, "
                           "use either `ShardLevelMetrics.ALL` alone or specify individual metrics.");
            return s;
        }
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < i; j++)
                if (p->shard_level_metrics.items[i] == p->shard_level_metrics.items[j]) {
                    ccdk__error(s, "shardLevelMetrics cannot contain duplicate items.");
                    return s;
                }
        metrics = ccdk__v_list(app);
        for (size_t i = 0; i < n; i++)
            ccdk__v_push(metrics, ccdk__v_str(app, metric_names[p->shard_level_metrics.items[i]]));
    }
    ccdk_cfn_resource *r = ccdk__l1(s, "Resource", "AWS::Kinesis::Stream", "aws-cdk-lib.aws_kinesis.CfnStream");
    r->tag_kind = 1;
    if (metrics)
        ccdk__res_set(r, "DesiredShardLevelMetrics", metrics);
    s->resource = r;
    if (p->stream_name)
        ccdk__res_set(r, "Name", ccdk__v_from_string(app, p->stream_name));
    ccdk__res_set(r, "RetentionPeriodHours", ccdk__v_num_or_token(app, hours, p->retention_period.token));
    if (p->shard_count.set)
        ccdk__res_set(r, "ShardCount", ccdk__v_opt_num(app, p->shard_count));
    else if (p->stream_mode != CCDK_KINESIS_STREAM_MODE_ON_DEMAND)
        ccdk__res_set(r, "ShardCount", ccdk__v_num(app, 1));
    if (enc == CCDK_KINESIS_ENCRYPTION_UNSET) {
        ensure_condition(s);
        ccdk_value *managed = ccdk__v_obj(app);
        ccdk__v_set(managed, "EncryptionType", ccdk__v_str(app, "KMS"));
        ccdk__v_set(managed, "KeyId", ccdk__v_str(app, "alias/aws/kinesis"));
        ccdk_value *args = ccdk__v_list(app);
        ccdk__v_push(args, ccdk__v_str(app, "AwsCdkKinesisEncryptedStreamsUnsupportedRegions"));
        ccdk__v_push(args, ccdk__v_pseudo(app, "AWS::NoValue"));
        ccdk__v_push(args, managed);
        ccdk__res_set(r, "StreamEncryption", ccdk__v_intrinsic(app, "Fn::If", args));
    } else if (enc == CCDK_KINESIS_ENCRYPTION_MANAGED || enc == CCDK_KINESIS_ENCRYPTION_KMS) {
        ccdk_value *e = ccdk__v_obj(app);
        ccdk__v_set(e, "EncryptionType", ccdk__v_str(app, "KMS"));
        ccdk__v_set(e, "KeyId", s->key ? ccdk__v_from_string(app, ccdk_kms_key_arn(s->key)) : ccdk__v_str(app, "alias/aws/kinesis"));
        ccdk__res_set(r, "StreamEncryption", e);
    }
    if (p->stream_mode) {
        ccdk_value *md = ccdk__v_obj(app);
        ccdk__v_set(md, "StreamMode", ccdk__v_str(app, p->stream_mode == CCDK_KINESIS_STREAM_MODE_ON_DEMAND ? "ON_DEMAND" : "PROVISIONED"));
        ccdk__res_set(r, "StreamModeDetails", md);
    }
    ccdk_cfn_resource_apply_removal_policy(r, p->removal_policy ? p->removal_policy : CCDK_REMOVAL_POLICY_RETAIN);
    /* streamArn / streamName: getResourceArnAttribute(attrArn, {service: 'kinesis', resource:
     * 'stream', resourceName: physicalName}), getResourceNameAttribute(ref) */
    const char *pname = ccdk__physical_name(p->stream_name);
    /* memoized getters: made (and numbered) by aws-cdk-lib at their first read (token.c) */
    s->arn = ccdk__resource_env_attribute(s, r, "Arn", pname ? ccdk__format_arn(s->node.stack, "kinesis", NULL, "stream", "/", pname) : NULL);
    s->name = ccdk__resource_env_attribute(s, r, NULL, pname);
    ccdk__token_mark_unread(app, s->arn);
    ccdk__token_mark_unread(app, s->name);
    return s;
}

static const ccdk__kind kind_import = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

/* Stream.fromStreamAttributes: an Import with the ARN's environment (its account decides
 * cross-account grants), its name the ARN's resource name, and the given key */
ccdk_kinesis_stream *ccdk_kinesis_stream_from_stream_attributes(void *scope, const char *id, const ccdk_kinesis_stream_attributes *attrs)
{
    ccdk_kinesis_stream *s = ccdk__construct(ccdk_kinesis_stream, &kind_import, scope, id);
    ccdk_app *app = s->node.app;
    s->imported = 1;
    s->arn = s->name = "";
    const char *stream_arn = attrs ? attrs->stream_arn : NULL;
    if (!ccdk__arn_check(app, stream_arn ? stream_arn : "")) /* Stack.splitArn's error has no construct path */
        return s;
    s->arn = ccdk__strdup(app, stream_arn);
    s->name = ccdk__arn_slash_resource_name(s, s->arn);
    if (attrs->encryption_key && ccdk__arg_handle_ok(attrs->encryption_key, "ccdk_kinesis_stream_from_stream_attributes",
                                                     "encryptionKey"))
        s->key = attrs->encryption_key;
    return s;
}

ccdk_kinesis_stream *ccdk_kinesis_stream_from_stream_arn(void *scope, const char *id, const char *stream_arn)
{
    return ccdk_kinesis_stream_from_stream_attributes(scope, id, &(ccdk_kinesis_stream_attributes){.stream_arn = stream_arn});
}

const char *ccdk_kinesis_stream_arn(ccdk_kinesis_stream *s)
{
    return CCDK__MEMO_GET(s, arn);
}
const char *ccdk_kinesis_stream_name(ccdk_kinesis_stream *s)
{
    return CCDK__MEMO_GET(s, name);
}
/* Resource.env: an Import's environmentFromArn is its ARN's account and region */
const char *ccdk_kinesis_stream_env_account(ccdk_kinesis_stream *s)
{
    if (!ccdk__handle_ok(s, __func__))
        return NULL;
    return s->imported ? ccdk__arn_component(s, s->arn, 4) : ccdk_stack_account(s->node.stack);
}
const char *ccdk_kinesis_stream_env_region(ccdk_kinesis_stream *s)
{
    if (!ccdk__handle_ok(s, __func__))
        return NULL;
    return s->imported ? ccdk__arn_component(s, s->arn, 3) : ccdk_stack_region(s->node.stack);
}
ccdk_kms_key *ccdk_kinesis_stream_encryption_key(ccdk_kinesis_stream *s) { return s && ccdk__handle_ok(s, __func__) ? s->key : NULL; }

#define READ_OPERATIONS                                                                                                \
    "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:ListShards",           \
        "kinesis:SubscribeToShard", "kinesis:DescribeStream", "kinesis:ListStreams", "kinesis:DescribeStreamConsumer"

static const ccdk__kind kind_policy = {.fqn = "aws-cdk-lib.aws_kinesis.ResourcePolicy", .class_name = "ResourcePolicy2"};

/* new ResourcePolicy(owner, 'Policy', {stream | streamConsumer: owner}) on first use (its
 * CfnResourcePolicy "Resource" on the ARN), then the statement in its document */
static void resource_policy_add(ccdk__node *owner, const char *arn, ccdk_iam_policy_document **doc,
                                ccdk_iam_policy_statement *statement)
{
    if (!*doc) {
        ccdk__node *pol = ccdk__construct_at(owner, &kind_policy, "Policy", sizeof(ccdk__node));
        ccdk_cfn_resource *r = ccdk__l1(pol, "Resource", "AWS::Kinesis::ResourcePolicy", "aws-cdk-lib.aws_kinesis.CfnResourcePolicy");
        *doc = ccdk_iam_policy_document_new(owner, (ccdk_iam_policy_statement_list){0});
        ccdk__res_set(r, "ResourceArn", ccdk__v_from_string(owner->app, arn));
        ccdk__res_set(r, "ResourcePolicy", ccdk_iam_policy_document_value(*doc));
    }
    ccdk_iam_policy_document_add_statements(*doc, statement);
}

/* stream.addToResourcePolicy: new ResourcePolicy(this, 'Policy', {stream: this}) on first use (its
 * CfnResourcePolicy "Resource"); an import's adds nothing (autoCreatePolicy = false) */
static int add_to_resource_policy(ccdk_kinesis_stream *s, ccdk_iam_policy_statement *statement)
{
    if (s->imported)
        return 0;
    resource_policy_add(&s->node, s->arn, &s->policy, statement);
    return 1;
}

int ccdk_kinesis_stream_add_to_resource_policy(ccdk_kinesis_stream *s, ccdk_iam_policy_statement *statement)
{
    if (!ccdk__target_ok(s, __func__) || !ccdk__arg_ok(statement, __func__, "statement"))
        return 0;
    return add_to_resource_policy(s, statement);
}

/* StreamBase.grant's resource: the statement without the read operations a stream's resource
 * policy does not take (UNSUPPORTED_RESOURCE_POLICY_READ_OPERATIONS), nothing when none remains */
static int add_supported_to_resource_policy(void *stream, ccdk_iam_policy_statement *statement)
{
    ccdk_kinesis_stream *s = stream;
    size_t n = ccdk_iam_policy_statement_action_count(statement), m = 0;
    const char **kept = ccdk__alloc(s->node.app, (n ? n : 1) * sizeof *kept);
    for (size_t i = 0; i < n; i++) {
        const char *a = ccdk_iam_policy_statement_action(statement, i);
        if (strcmp(a, "kinesis:DescribeStreamConsumer") && strcmp(a, "kinesis:ListStreams") &&
            strcmp(a, "kinesis:SubscribeToShard"))
            kept[m++] = a;
    }
    if (!m)
        return 0;
    return add_to_resource_policy(s, ccdk_iam_policy_statement_copy(statement, &(ccdk_iam_policy_statement_overrides){
                                                                         .actions = CCDK_LIST_N(kept, m)}));
}

/* StreamBase.grant: Grant.addToPrincipalOrResource (resource.env.account: the stack's, an import's
 * ARN's) */
static int stream_grant(ccdk_kinesis_stream *s, ccdk_iam_principal *grantee, ccdk_strs actions)
{
    if (!s || !ccdk__grantee_ok(grantee, __func__) || !ccdk__handle_ok(s, __func__))
        return 0;
    return ccdk_iam_grant_add_to_principal_or_resource(grantee, &(ccdk_iam_grant_on_resource){
               .actions = actions,
               .resource_arns = CCDK_STRS(s->arn),
               .resource_account = s->imported ? ccdk__arn_component(s, s->arn, 4) : ccdk_stack_account(s->node.stack),
               .add_to_resource_policy = add_supported_to_resource_policy,
               .resource = s,
           }) != 0;
}

int ccdk_kinesis_stream_grant(ccdk_kinesis_stream *s, ccdk_iam_principal *grantee, ccdk_strs actions)
{
    if (!ccdk__target_ok(s, __func__))
        return 0;
    return stream_grant(s, grantee, actions);
}

int ccdk_kinesis_stream_grant_read(ccdk_kinesis_stream *s, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(s, __func__))
        return 0;
    int r = stream_grant(s, grantee, CCDK_STRS(READ_OPERATIONS));
    if (s && s->key && grantee && ccdk__node_of(s))
        ccdk_kms_key_grant_decrypt(s->key, grantee);
    return r;
}

int ccdk_kinesis_stream_grant_write(ccdk_kinesis_stream *s, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(s, __func__))
        return 0;
    int r = stream_grant(s, grantee, CCDK_STRS("kinesis:ListShards", "kinesis:PutRecord", "kinesis:PutRecords"));
    if (s && s->key && grantee && ccdk__node_of(s))
        ccdk_kms_key_grant_encrypt(s->key, grantee);
    return r;
}

int ccdk_kinesis_stream_grant_read_write(ccdk_kinesis_stream *s, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(s, __func__))
        return 0;
    /* new Set([...READ_OPERATIONS, ...WRITE_OPERATIONS]): ListShards once */
    int r = stream_grant(s, grantee, CCDK_STRS(READ_OPERATIONS, "kinesis:PutRecord", "kinesis:PutRecords"));
    if (s && s->key && grantee && ccdk__node_of(s))
        ccdk_kms_key_grant_encrypt_decrypt(s->key, grantee);
    return r;
}

/* ------------------------------------------------------------------ StreamConsumer */

struct ccdk_kinesis_stream_consumer {
    ccdk__node node;
    ccdk_kinesis_stream *stream;
    const char *arn, *name;
    int imported; /* autoCreatePolicy = false: grants write no resource policy */
    ccdk_iam_policy_document *policy; /* the ResourcePolicy "Policy"'s document, made on first use */
};

static const ccdk__kind kind_consumer = {.fqn = "aws-cdk-lib.aws_kinesis.StreamConsumer", .class_name = "StreamConsumer2"};

ccdk_kinesis_stream_consumer *ccdk_kinesis_stream_consumer_new(void *scope, const char *id,
                                                               const ccdk_kinesis_stream_consumer_props *props)
{
    ccdk_kinesis_stream_consumer *c = ccdk__construct(ccdk_kinesis_stream_consumer, &kind_consumer, scope, id);
    ccdk_app *app = c->node.app;
    c->arn = c->name = "";
    if (!props || !props->stream || !ccdk__node_of(props->stream) || !props->stream_consumer_name) {
        /* required props: a TypeError or a CloudFormation error in aws-cdk-lib */
        ccdk__error(c, "a StreamConsumer needs a stream and a stream_consumer_name");
        return c;
    }
    c->stream = props->stream;
    ccdk_cfn_resource *r = ccdk__l1(c, "Resource", "AWS::Kinesis::StreamConsumer", "aws-cdk-lib.aws_kinesis.CfnStreamConsumer");
    r->tag_kind = 1;
    ccdk__res_set(r, "ConsumerName", ccdk__v_from_string(app, props->stream_consumer_name));
    ccdk__res_set(r, "StreamARN", ccdk__v_from_string(app, props->stream->arn));
    /* streamConsumerArn: getResourceArnAttribute(attrConsumerArn, {service: 'kinesis', resource:
     * 'stream', resourceName: `${stream.streamName}/consumer/${physicalName}:*`}) (in another
     * environment, any consumer of that name); streamConsumerName: getResourceNameAttribute(
     * attrConsumerName) */
    const char *pname = ccdk__physical_name(props->stream_consumer_name);
    c->arn = ccdk__resource_env_attribute(
        c, r, "ConsumerARN",
        pname ? ccdk__format_arn(c->node.stack, "kinesis", NULL, "stream", "/",
                                 ccdk__sprintf(app, "%s/consumer/%s:*", props->stream->name, pname))
              : NULL);
    c->name = ccdk__resource_env_attribute(c, r, "ConsumerName", pname);
    /* both memoized getters, made at their first read (token.c) */
    ccdk__token_mark_unread(app, c->arn);
    ccdk__token_mark_unread(app, c->name);
    return c;
}

static const ccdk__kind kind_consumer_import = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

/* StreamConsumer.fromStreamConsumerAttributes: the ARN's resource name is
 * "<stream>/consumer/<name>:<timestamp>"; the import's stream is Stream.fromStreamArn(scope,
 * "<id>ImportedStream", the ARN with the stream's resource name), made after the import */
ccdk_kinesis_stream_consumer *ccdk_kinesis_stream_consumer_from_stream_consumer_attributes(
    void *scope, const char *id, const ccdk_kinesis_stream_consumer_attributes *attrs)
{
    ccdk__node *sn = ccdk__scope(scope);
    ccdk_app *app = sn->app;
    const char *arn = attrs && attrs->stream_consumer_arn ? attrs->stream_consumer_arn : "";
    /* checked before the Import is made: the errors are aws-cdk-lib's, without a path */
    const char *consumer_name = NULL, *stream_arn = NULL;
    if (!ccdk__arn_check(app, arn)) {
        /* Stack.splitArn's error */
    } else if (ccdk__is_unresolved(arn)) {
        /* a token's resource name has no "/": `consumerNameTimestamp.split` of undefined */
        ccdk__unscoped_error(app, "Cannot read properties of undefined (reading 'split')");
    } else {
        const char *res = ccdk__arn_slash_resource_name(sn, arn);
        const char *slash = strchr(res, '/');
        const char *rest = slash ? strchr(slash + 1, '/') : NULL;
        if (!rest) {
            ccdk__unscoped_error(app, "Cannot read properties of undefined (reading 'split')");
        } else {
            const char *nt = rest + 1, *end = strchr(nt, '/');
            size_t len = end ? (size_t)(end - nt) : strlen(nt);
            const char *colon = memchr(nt, ':', len);
            consumer_name = ccdk__strndup(app, nt, colon ? (size_t)(colon - nt) : len);
            /* formatArn({...parsedArn, resourceName: streamName}): everything before the resource
             * name's first "/" */
            size_t prefix = (size_t)(strstr(arn, res) - arn);
            stream_arn = ccdk__sprintf(app, "%.*s%.*s", (int)prefix, arn, (int)(slash - res), res);
        }
    }
    ccdk_kinesis_stream_consumer *c = ccdk__construct(ccdk_kinesis_stream_consumer, &kind_consumer_import, scope, id);
    c->imported = 1;
    c->arn = ccdk__strdup(app, arn);
    c->name = consumer_name ? consumer_name : "";
    if (stream_arn)
        c->stream = ccdk_kinesis_stream_from_stream_arn(scope, ccdk__sprintf(app, "%sImportedStream", id ? id : ""), stream_arn);
    return c;
}

ccdk_kinesis_stream_consumer *ccdk_kinesis_stream_consumer_from_stream_consumer_arn(void *scope, const char *id,
                                                                                    const char *stream_consumer_arn)
{
    return ccdk_kinesis_stream_consumer_from_stream_consumer_attributes(
        scope, id, &(ccdk_kinesis_stream_consumer_attributes){.stream_consumer_arn = stream_consumer_arn});
}

const char *ccdk_kinesis_stream_consumer_arn(ccdk_kinesis_stream_consumer *c)
{
    if (!ccdk__handle_ok(c, __func__))
        return NULL;
    /* the getter's arnComponents read this.stream.streamName (its resourceName) before its token is made */
    if (!c->imported && c->stream)
        ccdk__token_read(c->node.app, c->stream->name);
    return ccdk__token_read(c->node.app, c->arn);
}
const char *ccdk_kinesis_stream_consumer_name(ccdk_kinesis_stream_consumer *c) { return CCDK__MEMO_GET(c, name); }
ccdk_kinesis_stream *ccdk_kinesis_stream_consumer_stream(ccdk_kinesis_stream_consumer *c) { return ccdk__handle_ok(c, __func__) ? c->stream : NULL; }

/* consumer.addToResourcePolicy: new ResourcePolicy(this, 'Policy', {streamConsumer: this}) on first use */
static int consumer_add_to_resource_policy(void *consumer, ccdk_iam_policy_statement *statement)
{
    ccdk_kinesis_stream_consumer *c = consumer;
    if (c->imported)
        return 0;
    resource_policy_add(&c->node, ccdk_kinesis_stream_consumer_arn(c), &c->policy, statement);
    return 1;
}

int ccdk_kinesis_stream_consumer_add_to_resource_policy(ccdk_kinesis_stream_consumer *c,
                                                       ccdk_iam_policy_statement *statement)
{
    if (!ccdk__target_ok(c, __func__) || !ccdk__arg_ok(statement, __func__, "statement"))
        return 0;
    return consumer_add_to_resource_policy(c, statement);
}

int ccdk_kinesis_stream_consumer_grant_read(ccdk_kinesis_stream_consumer *c, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(c, __func__) || !ccdk__grantee_ok(grantee, __func__) || !c->stream)
        return 0;
    /* grantRead: the stream's read, then the consumer's actions by Grant.addToPrincipalOrResource */
    ccdk_kinesis_stream_grant_read(c->stream, grantee);
    return ccdk_iam_grant_add_to_principal_or_resource(grantee, &(ccdk_iam_grant_on_resource){
               .actions = CCDK_STRS("kinesis:DescribeStreamConsumer", "kinesis:SubscribeToShard"),
               .resource_arns = CCDK_STRS(ccdk_kinesis_stream_consumer_arn(c)), /* the getter's reads */
               .resource_account = ccdk_stack_account(c->node.stack),
               .add_to_resource_policy = consumer_add_to_resource_policy,
               .resource = c,
           }) != 0;
}

/* ------------------------------------------------------------------ ResourcePolicy */

struct ccdk_kinesis_resource_policy {
    ccdk__node node;
    ccdk_iam_policy_document *document;
};

static const ccdk__kind kind_resource_policy = {.fqn = "aws-cdk-lib.aws_kinesis.ResourcePolicy", .class_name = "ResourcePolicy2"};

/* new ResourcePolicy(scope, id, props) (resource-policy.ts): one of stream and streamConsumer, the
 * document given or a new one (no assignSids), its CfnResourcePolicy "Resource" on that ARN. Its
 * document is not validated (only a stream's own resourcePolicy is, by the stream). */
ccdk_kinesis_resource_policy *ccdk_kinesis_resource_policy_new(void *scope, const char *id,
                                                               const ccdk_kinesis_resource_policy_props *props)
{
    ccdk_kinesis_resource_policy *pol = ccdk__construct(ccdk_kinesis_resource_policy, &kind_resource_policy, scope, id);
    if (!ccdk__arg_ok(props, __func__, "props"))
        return pol;
    if ((props->stream && !ccdk__arg_handle_ok(props->stream, __func__, "stream")) ||
        (props->stream_consumer && !ccdk__arg_handle_ok(props->stream_consumer, __func__, "stream_consumer")))
        return pol;
    if (props->stream && props->stream_consumer) {
        ccdk__error(pol, "Only one of stream or streamConsumer can be set");
        return pol;
    }
    if (!props->stream && !props->stream_consumer) {
        ccdk__error(pol, "One of stream or streamConsumer must be set");
        return pol;
    }
    pol->document = props->policy_document ? props->policy_document
                                           : ccdk_iam_policy_document_new(pol, (ccdk_iam_policy_statement_list){0});
    const char *arn = props->stream ? props->stream->arn : ccdk_kinesis_stream_consumer_arn(props->stream_consumer);
    ccdk_cfn_resource *r = ccdk__l1(pol, "Resource", "AWS::Kinesis::ResourcePolicy", "aws-cdk-lib.aws_kinesis.CfnResourcePolicy");
    ccdk__res_set(r, "ResourceArn", ccdk__v_from_string(pol->node.app, arn));
    /* CfnResourcePolicy's props validation: an empty document resolves to nothing */
    ccdk__res_set(r, "ResourcePolicy",
                  ccdk__l1_required(r, "resourcePolicy", ccdk_iam_policy_document_value(pol->document)));
    return pol;
}

ccdk_iam_policy_document *ccdk_kinesis_resource_policy_document(ccdk_kinesis_resource_policy *p)
{
    return ccdk__handle_ok(p, __func__) ? p->document : NULL;
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

static ccdk_cloudwatch_metric *stream_metric(ccdk_kinesis_stream *s, const char *func, const char *metric_name, const char *stat,
                                             const ccdk_cloudwatch_metric_options *o)
{
    ccdk__node *n = ccdk__scope_(s, func); /* a NULL or bad handle: recorded, and the orphan stack */
    return metric_of(n, "AWS/Kinesis", "StreamName", n == (ccdk__node *)s ? s->name : NULL, metric_name, stat, o);
}

ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric(ccdk_kinesis_stream *s, const char *metric_name, const ccdk_cloudwatch_metric_options *o)
{
    return stream_metric(s, __func__, metric_name, NULL, o);
}

/* kinesis-fixed-canned-metrics.js: stream.metric<Name>(props) is new Metric({...KinesisMetrics.<name><Stat>({StreamName}), ...props}) */
#define CANNED(fn, name, stat)                                                                                         \
    ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_##fn(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *o) \
    {                                                                                                                  \
        return stream_metric(s, __func__, name, stat, o);                                                              \
    }
CANNED(get_records_bytes, "GetRecords.Bytes", "Average")
CANNED(get_records_iterator_age_milliseconds, "GetRecords.IteratorAgeMilliseconds", "Maximum")
CANNED(get_records_success, "GetRecords.Success", "Average")
CANNED(get_records, "GetRecords.Records", "Average")
CANNED(get_records_latency, "GetRecords.Latency", "Average")
CANNED(put_record_bytes, "PutRecord.Bytes", "Average")
CANNED(put_record_latency, "PutRecord.Latency", "Average")
CANNED(put_record_success, "PutRecord.Success", "Average")
CANNED(put_records_bytes, "PutRecords.Bytes", "Average")
CANNED(put_records_latency, "PutRecords.Latency", "Average")
CANNED(put_records_success, "PutRecords.Success", "Average")
CANNED(put_records_total_records, "PutRecords.TotalRecords", "Average")
CANNED(put_records_successful_records, "PutRecords.SuccessfulRecords", "Average")
CANNED(put_records_failed_records, "PutRecords.FailedRecords", "Average")
CANNED(put_records_throttled_records, "PutRecords.ThrottledRecords", "Average")
CANNED(incoming_bytes, "IncomingBytes", "Average")
CANNED(incoming_records, "IncomingRecords", "Average")
CANNED(read_provisioned_throughput_exceeded, "ReadProvisionedThroughputExceeded", "Average")
CANNED(write_provisioned_throughput_exceeded, "WriteProvisionedThroughputExceeded", "Average")
#undef CANNED
