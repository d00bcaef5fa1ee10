/* ccdk/sqs.h - the minimal sqs.Queue that Lambda features need (dead-letter queues, event sources). */
#ifndef CCDK_SQS_H
#define CCDK_SQS_H

#include "ccdk/cloudwatch.h"
#include "ccdk/core.h"
#include "ccdk/iam.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_sqs_queue ccdk_sqs_queue;

/** QueueEncryption */
typedef enum {
    CCDK_SQS_QUEUE_ENCRYPTION_UNSET = 0,
    CCDK_SQS_QUEUE_ENCRYPTION_UNENCRYPTED,
    CCDK_SQS_QUEUE_ENCRYPTION_KMS_MANAGED,
    CCDK_SQS_QUEUE_ENCRYPTION_KMS,
    CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED
} ccdk_sqs_queue_encryption;

/** DeduplicationScope: where a FIFO queue deduplicates messages ("messageGroup" or "queue"). */
typedef enum {
    CCDK_SQS_DEDUPLICATION_SCOPE_UNSET = 0,
    CCDK_SQS_DEDUPLICATION_SCOPE_MESSAGE_GROUP,
    CCDK_SQS_DEDUPLICATION_SCOPE_QUEUE
} ccdk_sqs_deduplication_scope;

/** FifoThroughputLimit: whether a FIFO queue's throughput quota is per queue ("perQueue") or per
 *  message group ("perMessageGroupId"). */
typedef enum {
    CCDK_SQS_FIFO_THROUGHPUT_LIMIT_UNSET = 0,
    CCDK_SQS_FIFO_THROUGHPUT_LIMIT_PER_QUEUE,
    CCDK_SQS_FIFO_THROUGHPUT_LIMIT_PER_MESSAGE_GROUP_ID
} ccdk_sqs_fifo_throughput_limit;

/** RedrivePermission: which source queues may use a queue as their dead-letter queue. */
typedef enum {
    CCDK_SQS_REDRIVE_PERMISSION_UNSET = 0,
    CCDK_SQS_REDRIVE_PERMISSION_ALLOW_ALL, /* "allowAll" */
    CCDK_SQS_REDRIVE_PERMISSION_DENY_ALL,  /* "denyAll" */
    CCDK_SQS_REDRIVE_PERMISSION_BY_QUEUE   /* "byQueue" */
} ccdk_sqs_redrive_permission;

/** DeadLetterQueue: where messages go after max_receive_count failed receives. Both are required
 *  (TypeScript's `queue: IQueue; maxReceiveCount: number`): a NULL queue is an error on the queue
 *  that is given it; an unset max_receive_count is left out of RedrivePolicy, as aws-cdk-lib does
 *  with `undefined`. max_receive_count below 1 is aws-cdk-lib's validation error; CCDK_NUM_TOKEN
 *  (a Number parameter) skips the check and is written as its reference. */
typedef struct {
    ccdk_sqs_queue *queue;          /* required: a queue of the App, or an imported one */
    ccdk_opt_num max_receive_count; /* required: CCDK_NUM(3) (or max_receives) */
    /** maxReceiveCount as a plain number (`.max_receives = 3`), as aws-cdk-lib code writes it: used
     *  when max_receive_count is not given; 0 is "not given" (below 1 is an error anyway: give
     *  CCDK_NUM(0) to have aws-cdk-lib's error) */
    int max_receives;
} ccdk_sqs_dead_letter_queue;

/** A list of queues: CCDK_LIST(q1, q2) (see ccdk/core.h, lists). */
typedef CCDK_LIST_TYPE(ccdk_sqs_queue *) ccdk_sqs_queue_list;

/** RedriveAllowPolicy: the queue's RedriveAllowPolicy JSON {redrivePermission, sourceQueueArns}.
 *  redrive_permission default: BY_QUEUE when source_queues is given (even CCDK_EMPTY_LIST, as
 *  aws-cdk-lib, whose `[]` is truthy), else ALLOW_ALL. Errors (aws-cdk-lib's validation, in one
 *  error of several lines): BY_QUEUE without source queues (not given, or empty), BY_QUEUE with more than 10,
 *  ALLOW_ALL or DENY_ALL with source_queues given (even empty). A NULL item is an error. */
typedef struct {
    ccdk_sqs_redrive_permission redrive_permission;
    ccdk_sqs_queue_list source_queues;
} ccdk_sqs_redrive_allow_policy;

typedef struct {
    /** QueueName; CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED (core.h): named only when another account or region
     *  uses the queue (a FIFO queue's marker is aws-cdk-lib's "FIFO queue names must end in '.fifo'") */
    const char *queue_name;
    /** MessageRetentionPeriod; default 4 days (left out). Outside 60 s .. 14 days: a validation error. */
    ccdk_duration retention_period;
    /** VisibilityTimeout; default 30 s (left out). Outside 0 .. 12 hours: a validation error. */
    ccdk_duration visibility_timeout;
    /** DelaySeconds; default 0 (left out; a given 0 is written). Outside 0 .. 900 s: a validation error. */
    ccdk_duration delivery_delay;
    /** MaximumMessageSize; default 1 MiB (left out). Outside 1024 .. 1048576: a validation error,
     *  except for CCDK_NUM_TOKEN, which is written as its reference. */
    ccdk_opt_num max_message_size_bytes;
    /** ReceiveMessageWaitTimeSeconds (long polling); default 0 (left out). Outside 0 .. 20 s: a
     *  validation error. The range errors of delivery_delay, max_message_size_bytes,
     *  retention_period, receive_message_wait_time, visibility_timeout and
     *  dead_letter_queue->max_receive_count come together, in that order, as aws-cdk-lib's one
     *  "Queue2 initialization failed due to the following validation error(s):" error. */
    ccdk_duration receive_message_wait_time;
    /** RedrivePolicy {deadLetterTargetArn, maxReceiveCount}; NULL: no dead-letter queue. Read back
     *  with ccdk_sqs_queue_dead_letter_queue(). */
    const ccdk_sqs_dead_letter_queue *dead_letter_queue;
    /** RedriveAllowPolicy; NULL: left out (every source queue may use this one). */
    const ccdk_sqs_redrive_allow_policy *redrive_allow_policy;
    ccdk_removal_policy removal_policy; /* default DESTROY, as aws-cdk-lib */
    /** A FIFO queue. Unset: FIFO when the name ends in ".fifo" or content_based_deduplication is on. */
    ccdk_tristate fifo;
    ccdk_tristate content_based_deduplication;
    /** DeduplicationScope (FIFO only); unset: left out (QUEUE). Given, it makes the queue FIFO when
     *  fifo is unset; with fifo CCDK_FALSE it is aws-cdk-lib's error "Deduplication scope can only be
     *  defined for FIFO queues". */
    ccdk_sqs_deduplication_scope deduplication_scope;
    /** FifoThroughputLimit (FIFO only); unset: left out (PER_QUEUE). As deduplication_scope: FIFO
     *  when fifo is unset; with fifo CCDK_FALSE "FIFO throughput limit can only be defined for FIFO
     *  queues". */
    ccdk_sqs_fifo_throughput_limit fifo_throughput_limit;
    /** enforceSSL: CCDK_TRUE adds to the queue's QueuePolicy ("Policy") a statement that denies
     *  sqs:* to any principal when aws:SecureTransport is false. Default false. */
    ccdk_tristate enforce_ssl;
    /* kms (issue 16): server-side encryption; KMS without a key makes a kms.Key "Key" under the
     * queue; a key with another (given) encryption is KMS, with aws-cdk-lib's warning */
    ccdk_sqs_queue_encryption encryption;
    ccdk_kms_key *encryption_master_key;
    ccdk_duration data_key_reuse;
} ccdk_sqs_queue_props;

/** new sqs.Queue(scope, id, props); props may be NULL. Owned by the App. A value out of range, a bad
 *  redrive allow policy, a FIFO name without ".fifo" (or the reverse), content-based deduplication,
 *  a deduplication scope or a FIFO throughput limit on a standard queue: aws-cdk-lib's error on the
 *  queue, the first one only (aws-cdk-lib throws); a bad scope goes to the process-wide list; never
 *  NULL. */
ccdk_sqs_queue *ccdk_sqs_queue_new(void *scope, const char *id, const ccdk_sqs_queue_props *props);
/** QueueAttributes: an existing queue. */
typedef struct {
    const char *queue_arn;  /* required */
    const char *queue_name; /* default: the ARN's resource */
    const char *queue_url;  /* default: https://sqs.<region>.<urlSuffix>/<account>/<name> */
    ccdk_tristate fifo;     /* default: whether the name ends in ".fifo" (false for a token ARN) */
    /** keyArn: the KMS key the queue is encrypted with: kms.Key.fromKeyArn(queue, "Key", key_arn)
     *  becomes the import's encryptionMasterKey (grants reach it) and its encryptionType is KMS. */
    const char *key_arn;
} ccdk_sqs_queue_attributes;

/** Queue.fromQueueArn(scope, id, arn) / Queue.fromQueueAttributes(scope, id, attrs): an imported queue,
 *  owned by the App. Grants go into the grantee's policy only; add_to_resource_policy does nothing
 *  (no QueuePolicy for an import, as aws-cdk-lib). A malformed ARN, or a fifo that contradicts the name,
 *  is aws-cdk-lib's error on the import; a bad scope goes to the process-wide list; never NULL. */
ccdk_sqs_queue *ccdk_sqs_queue_from_queue_arn(void *scope, const char *id, const char *queue_arn);
ccdk_sqs_queue *ccdk_sqs_queue_from_queue_attributes(void *scope, const char *id, const ccdk_sqs_queue_attributes *attrs);

/** queue.deadLetterQueue: the dead_letter_queue prop it was made with, as a copy owned by the App;
 *  NULL when none, for an imported queue, or for NULL. */
const ccdk_sqs_dead_letter_queue *ccdk_sqs_queue_dead_letter_queue(ccdk_sqs_queue *q);
/** queue.encryptionMasterKey: the queue's KMS key, an import's from key_arn (NULL when none or for
 *  NULL). */
ccdk_kms_key *ccdk_sqs_queue_encryption_master_key(ccdk_sqs_queue *q);
/** queue.encryptionType: the encryption a queue was made with, KMS when it was given a key (UNSET
 *  when it was given none; for an import, KMS with a key_arn, else UNSET; UNSET for NULL). */
ccdk_sqs_queue_encryption ccdk_sqs_queue_encryption_type(ccdk_sqs_queue *q);
/** queue.queueArn, queue.queueUrl, queue.queueName, as string tokens owned by the App; NULL for NULL. */
const char *ccdk_sqs_queue_arn(ccdk_sqs_queue *q);
const char *ccdk_sqs_queue_url(ccdk_sqs_queue *q);
const char *ccdk_sqs_queue_name(ccdk_sqs_queue *q);
/** queue.fifo: 1 for a FIFO queue, else 0 (also for NULL, without an error). */
int ccdk_sqs_queue_fifo(ccdk_sqs_queue *q);
/** queue.env.account and queue.env.region: those of the ARN an import was made from (Fn::Select
 *  tokens for a token ARN), else the stack's (tokens for an environment-agnostic stack). Owned by the
 *  App; NULL for NULL. */
const char *ccdk_sqs_queue_env_account(ccdk_sqs_queue *q);
const char *ccdk_sqs_queue_env_region(ccdk_sqs_queue *q);

/** queue.addToResourcePolicy(statement): the statement goes into the queue's QueuePolicy ("Policy",
 *  made on first use); an imported queue ignores it. A NULL statement is ignored without an error; a
 *  NULL queue is an error on the process-wide list. */
void ccdk_sqs_queue_add_to_resource_policy(ccdk_sqs_queue *q, ccdk_iam_policy_statement *statement);

/* ================================================================== QueuePolicy */

typedef struct ccdk_sqs_queue_policy ccdk_sqs_queue_policy;
/** QueuePolicyProps. */
typedef struct {
    /** queues (required; CCDK_EMPTY_LIST is allowed, as []): CCDK_LIST(queue, ...); Queues lists
     *  their URLs (an import's too). Left out: an error on the policy; a NULL item: one on the
     *  process-wide list. */
    ccdk_sqs_queue_list queues;
} ccdk_sqs_queue_policy_props;
/** new sqs.QueuePolicy(scope, id, props): an AWS::SQS::QueuePolicy "Resource" with a new, empty
 *  document (no assignSids) and the queues' URLs. The queues do not use it: their
 *  addToResourcePolicy makes a QueuePolicy "Policy" of their own. The document is not validated
 *  for a resource policy (aws-cdk-lib validates only a queue's own), and an empty one is left out
 *  of the resource (PolicyDocument resolves to nothing). Owned by the App; a NULL props or a bad
 *  scope go to the process-wide list; never NULL. */
ccdk_sqs_queue_policy *ccdk_sqs_queue_policy_new(void *scope, const char *id, const ccdk_sqs_queue_policy_props *props);
/** queuePolicy.document: add statements with ccdk_iam_policy_document_add_statements. NULL for
 *  NULL. */
ccdk_iam_policy_document *ccdk_sqs_queue_policy_document(ccdk_sqs_queue_policy *p);
/** queuePolicy.queuePolicyId: always aws-cdk-lib's error "QueuePolicy.queuePolicyId has been removed
 *  from CloudFormation" on the policy (the attribute no longer exists); returns NULL (for NULL
 *  too, without an error). */
const char *ccdk_sqs_queue_policy_id(ccdk_sqs_queue_policy *p);

/** queue.grantConsumeMessages / grantSendMessages / grantPurge: Grant.addToPrincipalOrResource
 *  (ccdk/iam.h): the grantee's policy, and the queue's QueuePolicy for a grantee without a policy
 *  (a service, an account, ...) or of another account; and on the queue's KMS key kms:Decrypt (consume) or
 *  encrypt-decrypt (send) as aws-cdk-lib does. Return 1 when a statement was added, else 0 (also for NULL
 *  arguments: a NULL queue or grantee is an error on the process-wide list). */
int ccdk_sqs_queue_grant_consume_messages(ccdk_sqs_queue *q, ccdk_iam_principal *grantee);
int ccdk_sqs_queue_grant_send_messages(ccdk_sqs_queue *q, ccdk_iam_principal *grantee);
int ccdk_sqs_queue_grant_purge(ccdk_sqs_queue *q, ccdk_iam_principal *grantee);
/** queue.grant(grantee, ...actions): the given actions on the queue, Grant.addToPrincipalOrResource
 *  as above but nothing on its KMS key. 1 when a statement was added, else 0 (NULL arguments as
 *  above). */
int ccdk_sqs_queue_grant(ccdk_sqs_queue *q, ccdk_iam_principal *grantee, ccdk_strs actions);
/** queue.grantOnKey(grantee, ...actions): the actions on the queue's KMS key (encryptionMasterKey:
 *  a made or given key, or an import's keyArn), as ccdk_kms_key_grant; nothing for a queue without
 *  one (SQS_MANAGED, unencrypted). 1 when statements were added, else 0 (NULL arguments as above). */
int ccdk_sqs_queue_grant_on_key(ccdk_sqs_queue *q, ccdk_iam_principal *grantee, ccdk_strs actions);

/* ---------------------------------------------------------------- metrics */

/** queue.metric(metricName, options): a cloudwatch.Metric in AWS/SQS with dimension QueueName (the
 *  queue's name; a token for a queue of this app), statistic Average and a 5-minute period unless
 *  options say otherwise (options.dimensions replaces the QueueName dimension). options may be NULL.
 *  Attached to the queue's stack (attachTo): graphed or alarmed in another environment, the metric
 *  carries that stack's account and region. Owned by the App; a NULL queue is an error on the process-wide list, a handle that is not a
 *  queue one on its App; a usable metric is returned all the same (never NULL). */
ccdk_cloudwatch_metric *ccdk_sqs_queue_metric(ccdk_sqs_queue *q, const char *metric_name, const ccdk_cloudwatch_metric_options *options);
/** queue.metricApproximateAgeOfOldestMessage, metricApproximateNumberOfMessagesDelayed,
 *  metricApproximateNumberOfMessagesNotVisible, metricApproximateNumberOfMessagesVisible (statistic
 *  Maximum), metricNumberOfEmptyReceives, metricNumberOfMessagesDeleted,
 *  metricNumberOfMessagesReceived, metricNumberOfMessagesSent (Sum) and metricSentMessageSize
 *  (Average): queue.metric of that name with that default statistic, as ccdk_sqs_queue_metric. */
ccdk_cloudwatch_metric *ccdk_sqs_queue_metric_approximate_age_of_oldest_message(ccdk_sqs_queue *q, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_sqs_queue_metric_approximate_number_of_messages_delayed(ccdk_sqs_queue *q, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_sqs_queue_metric_approximate_number_of_messages_not_visible(ccdk_sqs_queue *q, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_sqs_queue_metric_approximate_number_of_messages_visible(ccdk_sqs_queue *q, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_sqs_queue_metric_number_of_empty_receives(ccdk_sqs_queue *q, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_sqs_queue_metric_number_of_messages_deleted(ccdk_sqs_queue *q, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_sqs_queue_metric_number_of_messages_received(ccdk_sqs_queue *q, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_sqs_queue_metric_number_of_messages_sent(ccdk_sqs_queue *q, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_sqs_queue_metric_sent_message_size(ccdk_sqs_queue *q, const ccdk_cloudwatch_metric_options *options);
/** queue.metricApproximateNumberOfMessagesOutstanding(options): a MathExpression (ccdk/cloudwatch.h)
 *  "visible + notVisible" over metricApproximateNumberOfMessagesVisible and ...NotVisible (both with
 *  the options), labelled options.label or "Approximate number of messages outstanding", with the
 *  options' period. As ccdk_sqs_queue_metric for a NULL or bad queue; never NULL. */
ccdk_cloudwatch_metric *ccdk_sqs_queue_metric_approximate_number_of_messages_outstanding(ccdk_sqs_queue *q,
                                                                                       const ccdk_cloudwatch_metric_options *options);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_sqs_queue_new(scope, ...) ccdk_sqs_queue_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_sqs_queue_from_queue_arn(scope, ...) ccdk_sqs_queue_from_queue_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_sqs_queue_from_queue_attributes(scope, ...) ccdk_sqs_queue_from_queue_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_sqs_queue_policy_new(scope, ...) ccdk_sqs_queue_policy_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_sqs_queue_grant_consume_messages(q, grantee) ccdk_sqs_queue_grant_consume_messages(q, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_sqs_queue_grant_send_messages(q, grantee) ccdk_sqs_queue_grant_send_messages(q, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_sqs_queue_grant_purge(q, grantee) ccdk_sqs_queue_grant_purge(q, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_sqs_queue_grant(q, grantee, ...) ccdk_sqs_queue_grant(q, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_sqs_queue_grant_on_key(q, grantee, ...) ccdk_sqs_queue_grant_on_key(q, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
