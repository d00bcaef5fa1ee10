/* ccdk/kinesis.h - the minimal kinesis.Stream that Lambda event sources need (aws-kinesis). */
#ifndef CCDK_KINESIS_H
#define CCDK_KINESIS_H

#include "ccdk/cloudwatch.h"
#include "ccdk/core.h"
#include "ccdk/iam.h"
#include "ccdk/kms.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_kinesis_stream ccdk_kinesis_stream;
typedef struct ccdk_kinesis_stream_consumer ccdk_kinesis_stream_consumer;

/** kinesis.StreamMode; unset: as PROVISIONED, but without StreamModeDetails (aws-cdk-lib). */
typedef enum {
    CCDK_KINESIS_STREAM_MODE_UNSET = 0,
    CCDK_KINESIS_STREAM_MODE_PROVISIONED,
    CCDK_KINESIS_STREAM_MODE_ON_DEMAND
} ccdk_kinesis_stream_mode;

/** kinesis.StreamEncryption. Unset without a key: aws-cdk-lib's default, the AWS-managed key except
 *  in the cn-north-1 / cn-northwest-1 regions (a CloudFormation condition); unset with a key: KMS.
 *  KMS without a key makes a kms.Key "Key" under the stream. */
typedef enum {
    CCDK_KINESIS_ENCRYPTION_UNSET = 0,
    CCDK_KINESIS_ENCRYPTION_UNENCRYPTED,
    CCDK_KINESIS_ENCRYPTION_MANAGED,
    CCDK_KINESIS_ENCRYPTION_KMS
} ccdk_kinesis_stream_encryption;

/** StreamProps (the subset ccdk supports). */
/** ShardLevelMetrics: the enhanced (shard-level) metrics a stream sends to CloudWatch. */
typedef enum {
    CCDK_KINESIS_SHARD_LEVEL_METRIC_INCOMING_BYTES = 1,                   /* "IncomingBytes" */
    CCDK_KINESIS_SHARD_LEVEL_METRIC_INCOMING_RECORDS,                     /* "IncomingRecords" */
    CCDK_KINESIS_SHARD_LEVEL_METRIC_ITERATOR_AGE_MILLISECONDS,            /* "IteratorAgeMilliseconds" */
    CCDK_KINESIS_SHARD_LEVEL_METRIC_OUTGOING_BYTES,                       /* "OutgoingBytes" */
    CCDK_KINESIS_SHARD_LEVEL_METRIC_OUTGOING_RECORDS,                     /* "OutgoingRecords" */
    CCDK_KINESIS_SHARD_LEVEL_METRIC_READ_PROVISIONED_THROUGHPUT_EXCEEDED, /* "ReadProvisionedThroughputExceeded" */
    CCDK_KINESIS_SHARD_LEVEL_METRIC_WRITE_PROVISIONED_THROUGHPUT_EXCEEDED, /* "WriteProvisionedThroughputExceeded" */
    CCDK_KINESIS_SHARD_LEVEL_METRIC_ALL                                   /* "ALL" */
} ccdk_kinesis_shard_level_metric;
/** CCDK_LIST_OF(ccdk_kinesis_shard_level_metric, CCDK_KINESIS_SHARD_LEVEL_METRIC_INCOMING_BYTES, ...) */
typedef CCDK_LIST_TYPE(ccdk_kinesis_shard_level_metric) ccdk_kinesis_shard_level_metrics;

typedef struct {
    const char *stream_name;
    ccdk_opt_num shard_count;           /* default 1 when provisioned */
    ccdk_duration retention_period;     /* 24 to 8760 hours; default 24 hours */
    ccdk_kinesis_stream_mode stream_mode;
    ccdk_kinesis_stream_encryption encryption;
    ccdk_kms_key *encryption_key;       /* only with KMS (or unset) */
    ccdk_removal_policy removal_policy; /* default RETAIN */
    /** shardLevelMetrics (DesiredShardLevelMetrics), in the order given. ALL with other metrics, or
     *  a metric twice, is aws-cdk-lib's error. Not given: left out. */
    ccdk_kinesis_shard_level_metrics shard_level_metrics;
} ccdk_kinesis_stream_props;

/** new kinesis.Stream(scope, id, props); props may be NULL. Owned by the App. A shard count with
 *  ON_DEMAND, a retention period out of range, a key with another encryption: aws-cdk-lib's error on
 *  the stream; a bad scope goes to
 *  the process-wide list; never NULL. */
ccdk_kinesis_stream *ccdk_kinesis_stream_new(void *scope, const char *id, const ccdk_kinesis_stream_props *props);
/** Stream.fromStreamArn(scope, id, arn): an existing stream (no encryption key), owned by the App; its
 *  name is the ARN's resource name (Fn::Select/Fn::Split for a token ARN). A malformed ARN is
 *  aws-cdk-lib's error (without a path); a bad scope goes to the process-wide list; never NULL. */
ccdk_kinesis_stream *ccdk_kinesis_stream_from_stream_arn(void *scope, const char *id, const char *stream_arn);
/** StreamAttributes. */
typedef struct {
    const char *stream_arn;       /* required */
    ccdk_kms_key *encryption_key; /* the stream's key: its grants then also grant on it; NULL: none */
} ccdk_kinesis_stream_attributes;
/** Stream.fromStreamAttributes(scope, id, attrs): as fromStreamArn, with the stream's encryption key
 *  (grantRead/Write/ReadWrite also grant decrypt/encrypt on it). The import's account is the ARN's
 *  (a grantee of another account: the grant names the stream in the grantee's policy only, as an
 *  import has no resource policy). attrs may not be NULL (the ARN's error). */
ccdk_kinesis_stream *ccdk_kinesis_stream_from_stream_attributes(void *scope, const char *id, const ccdk_kinesis_stream_attributes *attrs);

/** stream.streamArn, stream.streamName, as string tokens owned by the App; NULL for NULL. */
const char *ccdk_kinesis_stream_arn(ccdk_kinesis_stream *s);
const char *ccdk_kinesis_stream_name(ccdk_kinesis_stream *s);
/** stream.env.account and stream.env.region: those of the ARN an import was made from (Fn::Select
 *  tokens for a token ARN), else the stack's (tokens for an environment-agnostic stack). Owned by the
 *  App; NULL for NULL. */
const char *ccdk_kinesis_stream_env_account(ccdk_kinesis_stream *s);
const char *ccdk_kinesis_stream_env_region(ccdk_kinesis_stream *s);
/** stream.encryptionKey (NULL when none, or for NULL). */
ccdk_kms_key *ccdk_kinesis_stream_encryption_key(ccdk_kinesis_stream *s);

/** stream.grantRead / grantWrite / grantReadWrite(grantee): aws-cdk-lib's actions on the stream by
 *  Grant.addToPrincipalOrResource (ccdk/iam.h): the grantee's identity policy, and for a grantee
 *  without one or of another account the stream's ResourcePolicy ("Policy"; none for an import)
 *  without DescribeStreamConsumer, ListStreams and SubscribeToShard; and decrypt / encrypt / both on
 *  its KMS key. Return 1 when a statement was added, else 0 (also for NULL arguments: a NULL stream or
 *  grantee is an error on the process-wide list). */
int ccdk_kinesis_stream_grant_read(ccdk_kinesis_stream *s, ccdk_iam_principal *grantee);
int ccdk_kinesis_stream_grant_write(ccdk_kinesis_stream *s, ccdk_iam_principal *grantee);
int ccdk_kinesis_stream_grant_read_write(ccdk_kinesis_stream *s, ccdk_iam_principal *grantee);
/** stream.grant(grantee, ...actions): the actions on the stream by Grant.addToPrincipalOrResource,
 *  as the grants above (a resource policy statement leaves out DescribeStreamConsumer, ListStreams
 *  and SubscribeToShard, and is not made when nothing remains); no key grant. CCDK_STRS("a", "b").
 *  Returns 1 when a statement was added, else 0 (also for NULL arguments: a NULL stream or grantee
 *  is an error on the process-wide list). */
int ccdk_kinesis_stream_grant(ccdk_kinesis_stream *s, ccdk_iam_principal *grantee, ccdk_strs actions);
/** stream.addToResourcePolicy(statement): the statement joins the document of the stream's
 *  ResourcePolicy "Policy" (an AWS::Kinesis::ResourcePolicy, made on first use). An imported stream
 *  has none: 0; else 1. */
int ccdk_kinesis_stream_add_to_resource_policy(ccdk_kinesis_stream *s, ccdk_iam_policy_statement *statement);

/** StreamConsumerProps. */
typedef struct {
    ccdk_kinesis_stream *stream;       /* required */
    const char *stream_consumer_name;  /* required */
} ccdk_kinesis_stream_consumer_props;

/** new kinesis.StreamConsumer(scope, id, props): an enhanced fan-out consumer of a stream. Owned by the
 *  App; a missing stream or name is an error on the consumer; a bad scope goes to the process-wide
 *  list; never NULL. */
ccdk_kinesis_stream_consumer *ccdk_kinesis_stream_consumer_new(void *scope, const char *id,
                                                               const ccdk_kinesis_stream_consumer_props *props);
/** StreamConsumerAttributes. */
typedef struct {
    const char *stream_consumer_arn; /* required: arn:...:stream/<stream>/consumer/<name>:<timestamp> */
} ccdk_kinesis_stream_consumer_attributes;
/** StreamConsumer.fromStreamConsumerAttributes(scope, id, attrs) / fromStreamConsumerArn: an existing
 *  consumer, owned by the App: its name from the ARN (before the ":<timestamp>"), its stream
 *  Stream.fromStreamArn(scope, "<id>ImportedStream", the stream's ARN). Its grants write no resource
 *  policy. An ARN that is not of that form (a token ARN included) is aws-cdk-lib's error (its
 *  TypeError, without a path); a bad scope goes to the process-wide list; never NULL. Usable with
 *  ccdk_lambda_kinesis_consumer_event_source. */
ccdk_kinesis_stream_consumer *ccdk_kinesis_stream_consumer_from_stream_consumer_attributes(
    void *scope, const char *id, const ccdk_kinesis_stream_consumer_attributes *attrs);
ccdk_kinesis_stream_consumer *ccdk_kinesis_stream_consumer_from_stream_consumer_arn(void *scope, const char *id,
                                                                                    const char *stream_consumer_arn);
/** consumer.streamConsumerArn (the ConsumerARN attribute), streamConsumerName, and its stream; owned by
 *  the App; NULL for NULL. */
const char *ccdk_kinesis_stream_consumer_arn(ccdk_kinesis_stream_consumer *c);
const char *ccdk_kinesis_stream_consumer_name(ccdk_kinesis_stream_consumer *c);
ccdk_kinesis_stream *ccdk_kinesis_stream_consumer_stream(ccdk_kinesis_stream_consumer *c);
/** consumer.grantRead(grantee): the stream's grantRead, then DescribeStreamConsumer and
 *  SubscribeToShard on the consumer. Returns 1 when added, else 0 (also for NULL arguments: a NULL
 *  consumer or grantee is an error on the process-wide list). */
int ccdk_kinesis_stream_consumer_grant_read(ccdk_kinesis_stream_consumer *c, ccdk_iam_principal *grantee);
/** consumer.addToResourcePolicy(statement): the statement joins the document of the consumer's
 *  ResourcePolicy "Policy" (an AWS::Kinesis::ResourcePolicy on its ConsumerARN, made on first use).
 *  An imported consumer has none: 0; else 1 (0 also for NULL arguments, an error on the process-wide
 *  list). */
int ccdk_kinesis_stream_consumer_add_to_resource_policy(ccdk_kinesis_stream_consumer *c,
                                                       ccdk_iam_policy_statement *statement);

/* ---------------------------------------------------------------- ResourcePolicy */

typedef struct ccdk_kinesis_resource_policy ccdk_kinesis_resource_policy;
/** ResourcePolicyProps: exactly one of stream and stream_consumer. */
typedef struct {
    ccdk_kinesis_stream *stream;                   /* the policy's ResourceArn: the stream's ARN */
    ccdk_kinesis_stream_consumer *stream_consumer; /* or the consumer's ARN */
    /** policyDocument: the document to use (as given: ccdk_iam_policy_document_assign_sids is
     *  yours to call); default a new empty document. */
    ccdk_iam_policy_document *policy_document;
} ccdk_kinesis_resource_policy_props;
/** new kinesis.ResourcePolicy(scope, id, props): an AWS::Kinesis::ResourcePolicy "Resource" with the
 *  document on the stream's or the consumer's ARN. Both or neither given: aws-cdk-lib's error on
 *  the policy. Unlike a stream's own (addToResourcePolicy), the document is not validated for a
 *  resource policy. Owned by the App; a NULL props or a bad scope go to the process-wide list;
 *  never NULL. */
ccdk_kinesis_resource_policy *ccdk_kinesis_resource_policy_new(void *scope, const char *id,
                                                               const ccdk_kinesis_resource_policy_props *props);
/** resourcePolicy.document: add statements with ccdk_iam_policy_document_add_statements. NULL for
 *  NULL. */
ccdk_iam_policy_document *ccdk_kinesis_resource_policy_document(ccdk_kinesis_resource_policy *p);

/* ---------------------------------------------------------------- metrics */

/** stream.metric(metricName, options): a cloudwatch.Metric in AWS/Kinesis with dimension StreamName
 *  (the stream's name; a token for a stream of this app), statistic Average and a 5-minute period
 *  unless options say otherwise (options.dimensions replaces the StreamName dimension). options may
 *  be NULL. Attached to the stream's stack (attachTo): graphed or alarmed in another environment, the
 *  metric carries that stack's account and region. Owned by the App; a NULL stream is an error on the process-wide list, a handle that is
 *  not a stream one on its App; a usable metric is returned all the same (never NULL). */
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric(ccdk_kinesis_stream *s, const char *metric_name, const ccdk_cloudwatch_metric_options *options);
/** stream.metricGetRecordsBytes ("GetRecords.Bytes"), metricGetRecordsIteratorAgeMilliseconds
 *  ("GetRecords.IteratorAgeMilliseconds", statistic Maximum), metricGetRecordsSuccess,
 *  metricGetRecords ("GetRecords.Records"), metricGetRecordsLatency, metricPutRecordBytes
 *  ("PutRecord.Bytes"), metricPutRecordLatency, metricPutRecordSuccess, metricPutRecordsBytes
 *  ("PutRecords.Bytes"), metricPutRecordsLatency, metricPutRecordsSuccess,
 *  metricPutRecordsTotalRecords, metricPutRecordsSuccessfulRecords, metricPutRecordsFailedRecords,
 *  metricPutRecordsThrottledRecords, metricIncomingBytes, metricIncomingRecords,
 *  metricReadProvisionedThroughputExceeded, metricWriteProvisionedThroughputExceeded: that metric
 *  of aws-cdk-lib's KinesisMetrics with the options over it, statistic Average unless said, as
 *  ccdk_kinesis_stream_metric. */
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_get_records_bytes(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_get_records_iterator_age_milliseconds(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_get_records_success(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_get_records(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_get_records_latency(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_put_record_bytes(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_put_record_latency(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_put_record_success(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_put_records_bytes(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_put_records_latency(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_put_records_success(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_put_records_total_records(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_put_records_successful_records(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_put_records_failed_records(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_put_records_throttled_records(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_incoming_bytes(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_incoming_records(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_read_provisioned_throughput_exceeded(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_kinesis_stream_metric_write_provisioned_throughput_exceeded(ccdk_kinesis_stream *s, const ccdk_cloudwatch_metric_options *options);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_kinesis_stream_new(scope, ...) ccdk_kinesis_stream_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_kinesis_stream_from_stream_arn(scope, ...) ccdk_kinesis_stream_from_stream_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_kinesis_stream_from_stream_attributes(scope, ...) ccdk_kinesis_stream_from_stream_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_kinesis_stream_grant_read(s, grantee) ccdk_kinesis_stream_grant_read(s, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_kinesis_stream_grant_write(s, grantee) ccdk_kinesis_stream_grant_write(s, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_kinesis_stream_grant_read_write(s, grantee) ccdk_kinesis_stream_grant_read_write(s, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_kinesis_stream_grant(s, grantee, ...) ccdk_kinesis_stream_grant(s, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_kinesis_stream_consumer_new(scope, ...) ccdk_kinesis_stream_consumer_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_kinesis_stream_consumer_from_stream_consumer_attributes(scope, ...) ccdk_kinesis_stream_consumer_from_stream_consumer_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_kinesis_stream_consumer_from_stream_consumer_arn(scope, ...) ccdk_kinesis_stream_consumer_from_stream_consumer_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_kinesis_stream_consumer_grant_read(c, grantee) ccdk_kinesis_stream_consumer_grant_read(c, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_kinesis_resource_policy_new(scope, ...) ccdk_kinesis_resource_policy_new(CCDK_SCOPE(scope), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
