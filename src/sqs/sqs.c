/* sqs.c - minimal sqs.Queue L2 (aws-cdk-lib/aws-sqs): dead-letter queues and event sources. */
#include <string.h>

#include "ccdk/cloudwatch.h"
#include "ccdk/kms.h"
#include "ccdk/sqs.h"
#include "internal.h"

struct ccdk_sqs_queue {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *arn, *url, *name;
    int fifo;
    int imported;
    ccdk_iam_policy_document *policy; /* the QueuePolicy's, once made */
    ccdk_kms_key *key; /* encryptionMasterKey */
    ccdk_sqs_queue_encryption encryption; /* encryptionType */
    const ccdk_sqs_dead_letter_queue *dlq; /* deadLetterQueue (the App's copy) */
};

/* the validation QueueBase adds: this.policy?.document.validateForResourcePolicy() */
static void validate_queue(ccdk__node *n)
{
    ccdk_strs errors = ccdk_iam_policy_document_validate_for_resource_policy(((ccdk_sqs_queue *)n)->policy, NULL);
    for (size_t i = 0; i < errors.count; i++)
        ccdk__unscoped_error(n->app, "[%s] %s", n->path, errors.items[i]);
}

static const ccdk__kind kind_queue = {.fqn = "aws-cdk-lib.aws_sqs.Queue", .validate = validate_queue, .class_name = "Queue2"};
static const ccdk__kind kind_import = {.fqn = "aws-cdk-lib.aws_sqs.QueueBase", .class_name = "Import"};
static const ccdk__kind kind_policy = {.fqn = "aws-cdk-lib.aws_sqs.QueuePolicy", .class_name = "QueuePolicy2"};

static int ends_with_fifo(const char *s)
{
    size_t n = strlen(s);
    return n >= 5 && !strcmp(s + n - 5, ".fifo");
}

/* Queue.determineFifoProps: 1 for a FIFO queue, 0 for a standard one, -1 after an error. */
static int determine_fifo(ccdk_sqs_queue *q, const ccdk_sqs_queue_props *p)
{
    int fifo = ccdk__tri_true(p->fifo);
    const char *name = p->queue_name;
    if (!ccdk__tri_set(p->fifo)) {
        if (name && !ccdk__is_unresolved(name) && ends_with_fifo(name))
            fifo = 1;
        if (ccdk__tri_true(p->content_based_deduplication))
            fifo = 1;
        /* either one alone makes the queue FIFO, so a name without ".fifo" is then an error */
        if (p->deduplication_scope || p->fifo_throughput_limit)
            fifo = 1;
    }
    /* aws-cdk-lib checks any string name here, a token too (`typeof queueName === 'string'`) */
    if (name) {
        if (fifo && !ends_with_fifo(name)) {
            ccdk__error(q, "FIFO queue names must end in '.fifo'");
            return -1;
        }
        if (!fifo && ends_with_fifo(name)) {
            ccdk__error(q, "Non-FIFO queue name may not end in '.fifo'");
            return -1;
        }
    }
    if (ccdk__tri_true(p->content_based_deduplication) && !fifo) {
        ccdk__error(q, "Content-based deduplication can only be defined for FIFO queues");
        return -1;
    }
    if (p->deduplication_scope && !fifo) {
        ccdk__error(q, "Deduplication scope can only be defined for FIFO queues");
        return -1;
    }
    if (p->fifo_throughput_limit && !fifo) {
        ccdk__error(q, "FIFO throughput limit can only be defined for FIFO queues");
        return -1;
    }
    return fifo;
}

/* One duration rule of validateQueueProps: the duration in seconds into *sec; 1 when it was given,
 * 0 when not, -1 after the duration's own error (toSeconds() throws inside the rule's condition,
 * before any rule's message). */
static int rule_seconds(ccdk_sqs_queue *q, ccdk_duration d, double *sec)
{
    if (!ccdk_duration_is_set(d))
        return 0;
    int ok = 1;
    *sec = ccdk__duration_convert(q, d, CCDK_TIME_SECONDS, 1, &ok);
    if (ok && d.token) /* validateRange: Token.isUnresolved(value) passes */
        return 0;
    return ok ? 1 : -1;
}

/* validateQueueProps (aws-sqs/lib/validate-queue-props.ts): every rule that fails, in one error of
 * several lines, before anything is made; 0 after it (or after a duration's own error). A number
 * given as a token skips its rule (validateRange's Token.isUnresolved). */
static int validate_queue_props(ccdk_sqs_queue *q, const ccdk_sqs_queue_props *p)
{
    ccdk_app *app = q->node.app;
    ccdk__buf b = {0};
    double sec = 0;
    int r;
    /* the rules in aws-cdk-lib's order; each condition runs before any message is made */
    if ((r = rule_seconds(q, p->delivery_delay, &sec)) < 0)
        goto fail;
    if (r && (sec < 0 || sec > 900))
        ccdk__buf_printf(&b, "\n- delivery delay must be between 0 and 900 seconds, but %s was provided",
                         ccdk__num_string(app, sec));
    ccdk_opt_num size = p->max_message_size_bytes;
    if (size.set && !size.token && (size.value < 1024 || size.value > 1048576))
        ccdk__buf_printf(&b, "\n- maximum message size must be between 1,024 and 1,048,576 bytes, but %s was provided",
                         ccdk__num_string(app, size.value));
    if ((r = rule_seconds(q, p->retention_period, &sec)) < 0)
        goto fail;
    if (r && (sec < 60 || sec > 1209600))
        ccdk__buf_printf(&b, "\n- message retention period must be between 60 and 1,209,600 seconds, but %s was provided",
                         ccdk__num_string(app, sec));
    if ((r = rule_seconds(q, p->receive_message_wait_time, &sec)) < 0)
        goto fail;
    if (r && (sec < 0 || sec > 20))
        ccdk__buf_printf(&b, "\n- receive wait time must be between 0 and 20 seconds, but %s was provided",
                         ccdk__num_string(app, sec));
    if ((r = rule_seconds(q, p->visibility_timeout, &sec)) < 0)
        goto fail;
    if (r && (sec < 0 || sec > 43200))
        ccdk__buf_printf(&b, "\n- visibility timeout must be between 0 and 43,200 seconds, but %s was provided",
                         ccdk__num_string(app, sec));
    if (p->dead_letter_queue) {
        ccdk_opt_num n = p->dead_letter_queue->max_receive_count;
        if (!n.set && p->dead_letter_queue->max_receives)
            n = CCDK_NUM(p->dead_letter_queue->max_receives);
        /* aws-cdk-lib checks 1 .. Number.MAX_SAFE_INTEGER, yet its message names only the lower
         * bound: matched as it is */
        if (n.set && !n.token && (n.value < 1 || n.value > 9007199254740991.0))
            ccdk__buf_printf(&b, "\n- dead letter target maximum receive count must be 1 or more, but %s was provided",
                             ccdk__num_string(app, n.value));
    }
    if (b.len) {
        ccdk__error(q, "%s initialization failed due to the following validation error(s):%s", kind_queue.class_name, b.data);
        goto fail;
    }
    ccdk__buf_free(&b);
    return 1;
fail:
    ccdk__buf_free(&b);
    return 0;
}

/* validateRedriveAllowPolicy: the rules read the props as given (redrivePermission before its
 * default), so sourceQueues without a permission is never an error, and an empty list given with
 * ALLOW_ALL or DENY_ALL is one (`[]` is truthy in JavaScript). */
static int validate_redrive_allow_policy(ccdk_sqs_queue *q, const ccdk_sqs_redrive_allow_policy *p)
{
    ccdk__buf b = {0};
    size_t n = CCDK__LEN(p->source_queues, "redriveAllowPolicy.sourceQueues");
    int given = CCDK__GIVEN(p->source_queues);
    ccdk_sqs_redrive_permission perm = p->redrive_permission;
    if (perm == CCDK_SQS_REDRIVE_PERMISSION_BY_QUEUE && n == 0)
        ccdk__buf_printf(&b, "\n- At least one source queue must be specified when RedrivePermission is set to 'byQueue'");
    if (perm == CCDK_SQS_REDRIVE_PERMISSION_BY_QUEUE && n > 10)
        ccdk__buf_printf(&b, "\n- Up to 10 sourceQueues can be specified. Set RedrivePermission to 'allowAll' to specify more");
    if ((perm == CCDK_SQS_REDRIVE_PERMISSION_ALLOW_ALL || perm == CCDK_SQS_REDRIVE_PERMISSION_DENY_ALL) && given)
        ccdk__buf_printf(&b, "\n- sourceQueues cannot be configured when RedrivePermission is set to 'allowAll' or 'denyAll'");
    int ok = !b.len;
    if (!ok)
        ccdk__error(q, "%s initialization failed due to the following validation error(s):%s", kind_queue.class_name, b.data);
    ccdk__buf_free(&b);
    for (size_t i = 0; ok && i < n; i++)
        if (!p->source_queues.items[i]) {
            ccdk__error(q, "redriveAllowPolicy.sourceQueues[%zu] is NULL", i);
            ok = 0;
        }
    return ok;
}

static const char *const redrive_permission_names[] = {"", "allowAll", "denyAll", "byQueue"};
static const char *const deduplication_scope_names[] = {"", "messageGroup", "queue"};
static const char *const fifo_throughput_limit_names[] = {"", "perQueue", "perMessageGroupId"};
#define NAMES_COUNT(a) (sizeof(a) / sizeof(a)[0])

/* An enum value that is none of its members (a cast integer) is an error, not an index out of the
 * names' bounds; TypeScript would not compile it (ccdk__enum_ok). */
static int enums_ok(ccdk_sqs_queue *q, const ccdk_sqs_queue_props *p)
{
    int ok = 1;
    ok &= CCDK__ENUM_OK(q, p->deduplication_scope, ccdk_sqs_deduplication_scope, CCDK_SQS_DEDUPLICATION_SCOPE_UNSET,
                        CCDK_SQS_DEDUPLICATION_SCOPE_QUEUE, "deduplicationScope");
    ok &= CCDK__ENUM_OK(q, p->fifo_throughput_limit, ccdk_sqs_fifo_throughput_limit, CCDK_SQS_FIFO_THROUGHPUT_LIMIT_UNSET,
                        CCDK_SQS_FIFO_THROUGHPUT_LIMIT_PER_MESSAGE_GROUP_ID, "fifoThroughputLimit");
    ok &= CCDK__ENUM_OK(q, p->encryption, ccdk_sqs_queue_encryption, CCDK_SQS_QUEUE_ENCRYPTION_UNSET,
                        CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED, "encryption");
    if (p->redrive_allow_policy)
        ok &= CCDK__ENUM_OK(q, p->redrive_allow_policy->redrive_permission, ccdk_sqs_redrive_permission,
                            CCDK_SQS_REDRIVE_PERMISSION_UNSET, CCDK_SQS_REDRIVE_PERMISSION_BY_QUEUE,
                            "redriveAllowPolicy.redrivePermission");
    return ok;
}

/* RedrivePolicy and RedriveAllowPolicy are Json in CloudFormation: aws-cdk-lib writes them as the
 * object literals of Queue's constructor build them, in their insertion order, and drops the keys
 * that are undefined. */
static ccdk_value *redrive_policy(ccdk_app *app, const ccdk_sqs_dead_letter_queue *d)
{
    ccdk_value *v = ccdk__v_obj(app);
    const char *arn = ccdk_sqs_queue_arn(d->queue); /* NULL for a handle that is not a construct */
    ccdk__v_set(v, "deadLetterTargetArn", ccdk__v_from_string(app, arn ? arn : ""));
    if (d->max_receive_count.set)
        ccdk__v_set(v, "maxReceiveCount", ccdk__v_opt_num(app, d->max_receive_count));
    return v;
}

static ccdk_value *redrive_allow_policy(ccdk_app *app, const ccdk_sqs_redrive_allow_policy *p)
{
    ccdk_value *v = ccdk__v_obj(app);
    int given = CCDK__GIVEN(p->source_queues);
    /* the default: BY_QUEUE when sourceQueues is given, even empty (`[]` is truthy): then
     * sourceQueueArns is [] */
    ccdk_sqs_redrive_permission perm = p->redrive_permission ? p->redrive_permission
                                       : given               ? CCDK_SQS_REDRIVE_PERMISSION_BY_QUEUE
                                                             : CCDK_SQS_REDRIVE_PERMISSION_ALLOW_ALL;
    ccdk__v_set(v, "redrivePermission", ccdk__v_str(app, redrive_permission_names[perm]));
    if (given) {
        ccdk_value *arns = ccdk__v_list(app);
        size_t n = CCDK__LEN(p->source_queues, "redriveAllowPolicy.sourceQueues");
        for (size_t i = 0; i < n; i++) {
            const char *arn = ccdk_sqs_queue_arn(p->source_queues.items[i]);
            ccdk__v_push(arns, ccdk__v_from_string(app, arn ? arn : ""));
        }
        ccdk__v_set(v, "sourceQueueArns", arns);
    }
    return v;
}

static const char *queue_arn_of(ccdk__node *q, const char *name)
{
    return ccdk__format_arn(q->stack, "sqs", NULL, name, NULL, NULL);
}

ccdk_sqs_queue *ccdk_sqs_queue_new(void *scope, const char *id, const ccdk_sqs_queue_props *props)
{
    ccdk_sqs_queue *q = ccdk__construct(ccdk_sqs_queue, &kind_queue, scope, id);
    ccdk_app *app = q->node.app;
    q->arn = q->url = q->name = ""; /* getters stay defined after an error */
    if (props && !enums_ok(q, props))
        return q;
    if (props && !validate_queue_props(q, props))
        return q;
    if (props && props->redrive_allow_policy && !validate_redrive_allow_policy(q, props->redrive_allow_policy))
        return q;
    if (props && props->dead_letter_queue) {
        if (!props->dead_letter_queue->queue) { /* TypeScript requires it */
            ccdk__error(q, "deadLetterQueue.queue is required");
            return q;
        }
        ccdk_sqs_dead_letter_queue *d = ccdk__alloc(app, sizeof *d);
        *d = *props->dead_letter_queue;
        if (d->max_receive_count.token)
            d->max_receive_count.token = ccdk__strdup(app, d->max_receive_count.token);
        if (!d->max_receive_count.set && d->max_receives) /* the plain-number form */
            d->max_receive_count = CCDK_NUM(d->max_receives);
        q->dlq = d;
    }
    static const ccdk_sqs_queue_props none;
    ccdk_sqs_queue_encryption enc = (props ? props : &none)->encryption;
    ccdk_kms_key *master = (props ? props : &none)->encryption_master_key;
    /* _determineEncryptionProps, before the CfnQueue (its Key comes first in the tree) */
    if (enc == CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED && master)
        ccdk__error(q, "'encryptionMasterKey' is not supported if encryption type 'SQS_MANAGED' is used");
    if (enc != CCDK_SQS_QUEUE_ENCRYPTION_KMS && master) {
        static const char *const names[] = {"", "UNENCRYPTED", "KMS_MANAGED", "KMS", "SQS_MANAGED"};
        if (enc != CCDK_SQS_QUEUE_ENCRYPTION_UNSET)
            ccdk__warning(q, "@aws-cdk/aws-sqs:queueEncryptionChangedToKMS",
                          "encryption: Automatically changed to QueueEncryption.KMS, was: QueueEncryption.%s\n"
                          "When encryptionMasterKey is provided, always set `encryption: QueueEncryption.KMS`",
                          names[enc]);
        enc = CCDK_SQS_QUEUE_ENCRYPTION_KMS;
    }
    q->encryption = enc;
    if (enc == CCDK_SQS_QUEUE_ENCRYPTION_KMS)
        q->key = master ? master : ccdk_kms_key_new(q, "Key", &(ccdk_kms_key_props){
                                                        .description = ccdk__sprintf(app, "Created by %s", q->node.path)});
    q->resource = ccdk__l1(q, "Resource", "AWS::SQS::Queue", "aws-cdk-lib.aws_sqs.CfnQueue");
    if (enc == CCDK_SQS_QUEUE_ENCRYPTION_UNENCRYPTED || enc == CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED)
        ccdk__res_set(q->resource, "SqsManagedSseEnabled", ccdk__v_bool(app, enc == CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED));
    if (enc == CCDK_SQS_QUEUE_ENCRYPTION_KMS_MANAGED || enc == CCDK_SQS_QUEUE_ENCRYPTION_KMS) {
        ccdk__res_set(q->resource, "KmsMasterKeyId", ccdk__v_from_string(app, q->key ? ccdk_kms_key_arn(q->key) : "alias/aws/sqs"));
        if (props && ccdk_duration_is_set(props->data_key_reuse))
            ccdk__res_set(q->resource, "KmsDataKeyReusePeriodSeconds",
                          ccdk__duration_value(q, props->data_key_reuse, CCDK_TIME_SECONDS, 1));
    }
    q->resource->tag_kind = 1;
    int fifo = determine_fifo(q, props ? props : &none);
    q->fifo = fifo == 1;
    if (props && ccdk__tri_set(props->content_based_deduplication))
        ccdk__res_set(q->resource, "ContentBasedDeduplication",
                      ccdk__v_bool(app, ccdk__tri_true(props->content_based_deduplication)));
    if (fifo == 1)
        ccdk__res_set(q->resource, "FifoQueue", ccdk__v_bool(app, 1));
    if (props && props->deduplication_scope)
        ccdk__res_set(q->resource, "DeduplicationScope", ccdk__v_str(app, deduplication_scope_names[props->deduplication_scope]));
    if (props && props->fifo_throughput_limit)
        ccdk__res_set(q->resource, "FifoThroughputLimit",
                      ccdk__v_str(app, fifo_throughput_limit_names[props->fifo_throughput_limit]));
    /* queueArn / queueName: getResourceArnAttribute(attrArn, {service: 'sqs', resource:
     * physicalName}), getResourceNameAttribute(attrQueueName), the physical name queueName as given
     * (without the ".fifo" a FIFO queue's gets) or generated (PhysicalName.GENERATE_IF_NEEDED) */
    ccdk__physical pn;
    ccdk__physical_new(&pn, q, q->resource, props ? props->queue_name : NULL, "QueueName", "Arn", queue_arn_of);
    if (pn.value)
        ccdk__res_set(q->resource, "QueueName", pn.value);
    if (q->dlq)
        ccdk__res_set(q->resource, "RedrivePolicy", redrive_policy(app, q->dlq));
    if (props && props->redrive_allow_policy)
        ccdk__res_set(q->resource, "RedriveAllowPolicy", redrive_allow_policy(app, props->redrive_allow_policy));
    /* `props.deliveryDelay && props.deliveryDelay.toSeconds()`: a Duration is an object, so a given
     * zero delay is written as 0 (maxMessageSizeBytes, a number, is passed as it is) */
    if (props && ccdk_duration_is_set(props->delivery_delay))
        ccdk__res_set(q->resource, "DelaySeconds", ccdk__duration_value(q, props->delivery_delay, CCDK_TIME_SECONDS, 1));
    if (props && props->max_message_size_bytes.set)
        ccdk__res_set(q->resource, "MaximumMessageSize", ccdk__v_opt_num(app, props->max_message_size_bytes));
    if (props && ccdk_duration_is_set(props->retention_period))
        ccdk__res_set(q->resource, "MessageRetentionPeriod", ccdk__duration_value(q, props->retention_period, CCDK_TIME_SECONDS, 1));
    if (props && ccdk_duration_is_set(props->receive_message_wait_time))
        ccdk__res_set(q->resource, "ReceiveMessageWaitTimeSeconds",
                      ccdk__duration_value(q, props->receive_message_wait_time, CCDK_TIME_SECONDS, 1));
    if (props && ccdk_duration_is_set(props->visibility_timeout))
        ccdk__res_set(q->resource, "VisibilityTimeout", ccdk__duration_value(q, props->visibility_timeout, CCDK_TIME_SECONDS, 1));
    ccdk_cfn_resource_apply_removal_policy(q->resource, props && props->removal_policy ? props->removal_policy
                                                                                        : CCDK_REMOVAL_POLICY_DESTROY);
    /* memoized getters: made (and numbered) by aws-cdk-lib at their first read (token.c) */
    q->arn = ccdk__token_mark_unread(app, pn.arn);
    q->name = ccdk__token_mark_unread(app, pn.name); /* queueUrl is the plain Ref */
    q->url = ccdk_cfn_resource_ref(q->resource);
    /* enforceSSLStatement, last in the constructor: the QueuePolicy comes after the CfnQueue */
    if (props && ccdk__tri_true(props->enforce_ssl)) {
        ccdk_value *cond = ccdk__v_obj(app), *inner = ccdk__v_obj(app);
        ccdk__v_set(inner, "aws:SecureTransport", ccdk__v_str(app, "false"));
        ccdk__v_set(cond, "Bool", inner);
        ccdk_sqs_queue_add_to_resource_policy(q, ccdk_iam_policy_statement_new(q, &(ccdk_iam_policy_statement_props){
                                                     .actions = CCDK_STRS("sqs:*"),
                                                     .conditions = cond,
                                                     .effect = CCDK_IAM_DENY,
                                                     .resources = CCDK_STRS(q->arn),
                                                     .principals = CCDK_LIST(ccdk_iam_any_principal(q)),
                                                 }));
    }
    return q;
}

ccdk_sqs_queue *ccdk_sqs_queue_from_queue_attributes(void *scope, const char *id, const ccdk_sqs_queue_attributes *attrs)
{
    ccdk_sqs_queue *q = ccdk__construct(ccdk_sqs_queue, &kind_import, scope, id);
    ccdk_app *app = q->node.app;
    q->imported = 1;
    q->arn = q->url = q->name = "";
    const char *arn = attrs && attrs->queue_arn ? attrs->queue_arn : "";
    if (!ccdk__arn_check(app, arn)) /* Stack.splitArn's error has no construct path */
        return q;
    q->arn = ccdk__strdup(app, arn);
    q->name = attrs->queue_name ? ccdk__strdup(app, attrs->queue_name) : ccdk__arn_component(q, q->arn, 5);
    q->url = attrs->queue_url ? ccdk__strdup(app, attrs->queue_url)
                              : ccdk__sprintf(app, "https://sqs.%s.%s/%s/%s", ccdk__arn_component(q, q->arn, 3),
                                              ccdk_stack_url_suffix(q->node.stack), ccdk__arn_component(q, q->arn, 4), q->name);
    /* encryptionMasterKey = Key.fromKeyArn(this, "Key", keyArn); encryptionType KMS */
    if (attrs->key_arn) {
        q->key = ccdk_kms_key_from_key_arn(q, "Key", attrs->key_arn);
        q->encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS;
    }
    /* Import.determineFifo */
    if (ccdk__is_unresolved(q->arn)) {
        q->fifo = ccdk__tri_true(attrs->fifo);
    } else {
        if (ccdk__tri_true(attrs->fifo) && !ends_with_fifo(q->name))
            ccdk__error(q, "FIFO queue names must end in '.fifo'");
        else if (ccdk__tri_false(attrs->fifo) && ends_with_fifo(q->name))
            ccdk__error(q, "Non-FIFO queue name may not end in '.fifo'");
        q->fifo = ends_with_fifo(q->name);
    }
    return q;
}

ccdk_sqs_queue *ccdk_sqs_queue_from_queue_arn(void *scope, const char *id, const char *queue_arn)
{
    return ccdk_sqs_queue_from_queue_attributes(scope, id, &(ccdk_sqs_queue_attributes){.queue_arn = queue_arn});
}

const ccdk_sqs_dead_letter_queue *ccdk_sqs_queue_dead_letter_queue(ccdk_sqs_queue *q)
{
    return ccdk__handle_ok(q, __func__) ? q->dlq : NULL;
}
ccdk_kms_key *ccdk_sqs_queue_encryption_master_key(ccdk_sqs_queue *q) { return ccdk__handle_ok(q, __func__) ? q->key : NULL; }
ccdk_sqs_queue_encryption ccdk_sqs_queue_encryption_type(ccdk_sqs_queue *q)
{
    return ccdk__handle_ok(q, __func__) ? q->encryption : CCDK_SQS_QUEUE_ENCRYPTION_UNSET;
}
const char *ccdk_sqs_queue_arn(ccdk_sqs_queue *q)
{
    return CCDK__MEMO_GET(q, arn);
}
const char *ccdk_sqs_queue_url(ccdk_sqs_queue *q) { return ccdk__handle_ok(q, __func__) ? q->url : NULL; }
const char *ccdk_sqs_queue_name(ccdk_sqs_queue *q)
{
    return CCDK__MEMO_GET(q, name);
}
int ccdk_sqs_queue_fifo(ccdk_sqs_queue *q) { return q && ccdk__node_of(q) ? q->fifo : 0; }

/* Resource.env: an Import's environmentFromArn is its ARN's account and region */
const char *ccdk_sqs_queue_env_account(ccdk_sqs_queue *q)
{
    if (!ccdk__handle_ok(q, __func__))
        return NULL;
    return q->imported ? ccdk__arn_component(q, q->arn, 4) : ccdk_stack_account(q->node.stack);
}
const char *ccdk_sqs_queue_env_region(ccdk_sqs_queue *q)
{
    if (!ccdk__handle_ok(q, __func__))
        return NULL;
    return q->imported ? ccdk__arn_component(q, q->arn, 3) : ccdk_stack_region(q->node.stack);
}

void ccdk_sqs_queue_add_to_resource_policy(ccdk_sqs_queue *q, ccdk_iam_policy_statement *statement)
{
    if (!ccdk__target_ok(q, __func__) || !ccdk__arg_ok(statement, __func__, "statement") || q->imported) /* autoCreatePolicy = false */
        return;
    if (!q->policy) {
        /* new QueuePolicy(this, 'Policy', {queues: [this]}) */
        ccdk__node *pol = ccdk__construct_at(&q->node, &kind_policy, "Policy", sizeof(ccdk__node));
        ccdk_cfn_resource *r = ccdk__l1(pol, "Resource", "AWS::SQS::QueuePolicy", "aws-cdk-lib.aws_sqs.CfnQueuePolicy");
        q->policy = ccdk_iam_policy_document_new(q, (ccdk_iam_policy_statement_list){0});
        ccdk__res_set(r, "PolicyDocument", ccdk_iam_policy_document_value(q->policy));
        ccdk_value *queues = ccdk__v_list(q->node.app);
        ccdk__v_push(queues, ccdk__v_from_string(q->node.app, q->url));
        ccdk__res_set(r, "Queues", queues);
    }
    ccdk_iam_policy_document_add_statements(q->policy, statement);
}

struct ccdk_sqs_queue_policy {
    ccdk__node node;
    ccdk_iam_policy_document *document;
};

/* new QueuePolicy(scope, id, props): document = new PolicyDocument(), then the CfnQueuePolicy with
 * props.queues.map(q => q.queueUrl) */
ccdk_sqs_queue_policy *ccdk_sqs_queue_policy_new(void *scope, const char *id, const ccdk_sqs_queue_policy_props *props)
{
    ccdk_sqs_queue_policy *pol = ccdk__construct(ccdk_sqs_queue_policy, &kind_policy, scope, id);
    ccdk_app *app = pol->node.app;
    pol->document = ccdk_iam_policy_document_new(pol, (ccdk_iam_policy_statement_list){0});
    if (!ccdk__arg_ok(props, __func__, "props"))
        return pol;
    if (!CCDK__GIVEN(props->queues)) {
        ccdk__error(pol, "queues is required"); /* aws-cdk-lib: a TypeError reading props.queues.map */
        return pol;
    }
    size_t n = CCDK__LEN(props->queues, "queues");
    ccdk_value *queues = ccdk__v_list(app);
    for (size_t i = 0; i < n; i++) {
        ccdk_sqs_queue *q = props->queues.items[i];
        if (!ccdk__arg_handle_ok(q, __func__, "queues[i]"))
            return pol;
        ccdk__v_push(queues, ccdk__v_from_string(app, q->url));
    }
    ccdk_cfn_resource *r = ccdk__l1(pol, "Resource", "AWS::SQS::QueuePolicy", "aws-cdk-lib.aws_sqs.CfnQueuePolicy");
    /* CfnQueuePolicy's props validation: an empty document resolves to nothing */
    ccdk__res_set(r, "PolicyDocument",
                  ccdk__l1_required(r, "policyDocument", ccdk_iam_policy_document_value(pol->document)));
    ccdk__res_set(r, "Queues", queues);
    return pol;
}

ccdk_iam_policy_document *ccdk_sqs_queue_policy_document(ccdk_sqs_queue_policy *p)
{
    return ccdk__handle_ok(p, __func__) ? p->document : NULL;
}

/* QueuePolicy.queuePolicyId: a getter that always throws */
const char *ccdk_sqs_queue_policy_id(ccdk_sqs_queue_policy *p)
{
    if (ccdk__handle_ok(p, __func__))
        ccdk__error(p, "QueuePolicy.queuePolicyId has been removed from CloudFormation");
    return NULL;
}

/* queue.addToResourcePolicy's statementAdded: an import has no policy (autoCreatePolicy = false) */
static int add_to_resource_policy(void *queue, ccdk_iam_policy_statement *statement)
{
    ccdk_sqs_queue *q = queue;
    ccdk_sqs_queue_add_to_resource_policy(q, statement);
    return !q->imported;
}

/* QueueGrants.actions: Grant.addToPrincipalOrResource on the queue (resource.env.account: the
 * stack's, an import's ARN's), then keyActions on its KMS key */
static int queue_grant(ccdk_sqs_queue *q, ccdk_iam_principal *grantee, ccdk_strs actions, ccdk_strs key_actions)
{
    if (!q || !ccdk__grantee_ok(grantee, __func__) || !ccdk__handle_ok(q, __func__))
        return 0;
    int added = ccdk_iam_grant_add_to_principal_or_resource(grantee, &(ccdk_iam_grant_on_resource){
        .actions = actions,
        .resource_arns = CCDK_STRS(q->arn),
        .resource_account = q->imported ? ccdk__arn_component(q, q->arn, 4) : ccdk_stack_account(q->node.stack),
        .add_to_resource_policy = add_to_resource_policy,
        .resource = q,
    });
    /* options.keyActions && options.keyActions.length > 0: grantPurge and grant(...actions) give none */
    if (q->key && key_actions.count > 0)
        ccdk_kms_key_grant(q->key, grantee, key_actions);
    return added != 0;
}

int ccdk_sqs_queue_grant_consume_messages(ccdk_sqs_queue *q, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(q, __func__))
        return 0;
    return queue_grant(q, grantee, CCDK_STRS("sqs:ReceiveMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueUrl",
                                             "sqs:DeleteMessage", "sqs:GetQueueAttributes"),
                       CCDK_STRS("kms:Decrypt"));
}

int ccdk_sqs_queue_grant_send_messages(ccdk_sqs_queue *q, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(q, __func__))
        return 0;
    return queue_grant(q, grantee, CCDK_STRS("sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"),
                       CCDK_STRS("kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"));
}

int ccdk_sqs_queue_grant_purge(ccdk_sqs_queue *q, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(q, __func__))
        return 0;
    return queue_grant(q, grantee, CCDK_STRS("sqs:PurgeQueue", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"), (ccdk_strs)CCDK_EMPTY_LIST);
}

/* queue.grant(grantee, ...actions): Grant.addToPrincipalOrResource, no key actions */
int ccdk_sqs_queue_grant(ccdk_sqs_queue *q, ccdk_iam_principal *grantee, ccdk_strs actions)
{
    if (!ccdk__target_ok(q, __func__))
        return 0;
    return queue_grant(q, grantee, actions, (ccdk_strs)CCDK_EMPTY_LIST);
}

/* queue.grantOnKey(grantee, ...actions): {grant: encryptionMasterKey ? key.grant(grantee, ...actions) : undefined} */
int ccdk_sqs_queue_grant_on_key(ccdk_sqs_queue *q, ccdk_iam_principal *grantee, ccdk_strs actions)
{
    if (!ccdk__target_ok(q, __func__) || !ccdk__grantee_ok(grantee, __func__) || !ccdk__handle_ok(q, __func__))
        return 0;
    return q->key ? ccdk_kms_key_grant(q->key, grantee, actions) : 0;
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

static ccdk_cloudwatch_metric *queue_metric(ccdk_sqs_queue *q, const char *func, const char *metric_name, const char *stat,
                                            const ccdk_cloudwatch_metric_options *o)
{
    ccdk__node *n = ccdk__scope_(q, func); /* a NULL or bad handle: recorded, and the orphan stack */
    return metric_of(n, "AWS/SQS", "QueueName", n == (ccdk__node *)q ? q->name : NULL, metric_name, stat, o);
}

ccdk_cloudwatch_metric *ccdk_sqs_queue_metric(ccdk_sqs_queue *q, const char *metric_name, const ccdk_cloudwatch_metric_options *o)
{
    return queue_metric(q, __func__, metric_name, NULL, o);
}

/* sqs-augmentations.generated.js: queue.metric<Name>(props) is this.metric(name, {statistic, ...props}) */
#define CANNED(fn, name, stat)                                                                                         \
    ccdk_cloudwatch_metric *ccdk_sqs_queue_metric_##fn(ccdk_sqs_queue *q, const ccdk_cloudwatch_metric_options *o)     \
    {                                                                                                                  \
        return queue_metric(q, __func__, name, stat, o);                                                               \
    }
CANNED(approximate_age_of_oldest_message, "ApproximateAgeOfOldestMessage", "Maximum")
CANNED(approximate_number_of_messages_delayed, "ApproximateNumberOfMessagesDelayed", "Maximum")
CANNED(approximate_number_of_messages_not_visible, "ApproximateNumberOfMessagesNotVisible", "Maximum")
CANNED(approximate_number_of_messages_visible, "ApproximateNumberOfMessagesVisible", "Maximum")
CANNED(number_of_empty_receives, "NumberOfEmptyReceives", "Sum")
CANNED(number_of_messages_deleted, "NumberOfMessagesDeleted", "Sum")
CANNED(number_of_messages_received, "NumberOfMessagesReceived", "Sum")
CANNED(number_of_messages_sent, "NumberOfMessagesSent", "Sum")
CANNED(sent_message_size, "SentMessageSize", "Average")
#undef CANNED

/* queue.metricApproximateNumberOfMessagesOutstanding(props): MathExpression "visible + notVisible"
 * over the two canned metrics (with props), labelled props.label or its default, props.period */
ccdk_cloudwatch_metric *ccdk_sqs_queue_metric_approximate_number_of_messages_outstanding(ccdk_sqs_queue *q,
                                                                                       const ccdk_cloudwatch_metric_options *o)
{
    ccdk__node *n = ccdk__scope_(q, __func__);
    ccdk_cloudwatch_metric *visible = queue_metric(q, __func__, "ApproximateNumberOfMessagesVisible", "Maximum", o);
    ccdk_cloudwatch_metric *not_visible = queue_metric(q, __func__, "ApproximateNumberOfMessagesNotVisible", "Maximum", o);
    return ccdk_cloudwatch_math_expression_new(n, &(ccdk_cloudwatch_math_expression_props){
        .expression = "visible + notVisible",
        .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"visible", visible}, {"notVisible", not_visible}),
        .label = o && o->label ? o->label : "Approximate number of messages outstanding",
        .period = o ? o->period : (ccdk_duration){0},
    });
}
