/* ccdk/dynamodb.h - dynamodb.Table and TableV2 as Lambda apps use them (aws-dynamodb): keys, billing,
 * streams, encryption, secondary indexes, auto scaling, TableV2 replicas, imports, grants, metrics. */
#ifndef CCDK_DYNAMODB_H
#define CCDK_DYNAMODB_H

#include "ccdk/appscaling.h"
#include "ccdk/cloudwatch.h"
#include "ccdk/core.h"
#include "ccdk/iam.h"
#include "ccdk/kinesis.h"
#include "ccdk/kms.h"
#include "ccdk/s3.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_dynamodb_table ccdk_dynamodb_table;
typedef struct ccdk_dynamodb_scalable_attribute ccdk_dynamodb_scalable_attribute;

/** dynamodb.AttributeType. */
typedef enum {
    CCDK_DYNAMODB_ATTRIBUTE_STRING = 1, /* "S" */
    CCDK_DYNAMODB_ATTRIBUTE_NUMBER,     /* "N" */
    CCDK_DYNAMODB_ATTRIBUTE_BINARY      /* "B" */
} ccdk_dynamodb_attribute_type;

/** dynamodb.Attribute. */
typedef struct {
    const char *name;
    ccdk_dynamodb_attribute_type type;
} ccdk_dynamodb_attribute;

/** dynamodb.BillingMode; unset: PROVISIONED (5 read and 5 write capacity units by default). */
typedef enum {
    CCDK_DYNAMODB_BILLING_MODE_UNSET = 0,
    CCDK_DYNAMODB_BILLING_MODE_PROVISIONED,
    CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST
} ccdk_dynamodb_billing_mode;

/** dynamodb.StreamViewType; unset: no stream. */
typedef enum {
    CCDK_DYNAMODB_STREAM_UNSET = 0,
    CCDK_DYNAMODB_STREAM_NEW_IMAGE,
    CCDK_DYNAMODB_STREAM_OLD_IMAGE,
    CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES,
    CCDK_DYNAMODB_STREAM_KEYS_ONLY
} ccdk_dynamodb_stream_view_type;

/** dynamodb.TableEncryption; unset: CUSTOMER_MANAGED when an encryption_key is given, else none
 *  written (DynamoDB's default, an AWS owned key). */
typedef enum {
    CCDK_DYNAMODB_ENCRYPTION_UNSET = 0,
    CCDK_DYNAMODB_ENCRYPTION_DEFAULT,          /* SSESpecification {SSEEnabled: false} */
    CCDK_DYNAMODB_ENCRYPTION_AWS_MANAGED,      /* SSESpecification {SSEEnabled: true} */
    CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED  /* the encryption_key, or a new kms.Key "Key" */
} ccdk_dynamodb_table_encryption;

/** dynamodb.TableClass; unset: none written (STANDARD). */
typedef enum {
    CCDK_DYNAMODB_TABLE_CLASS_UNSET = 0,
    CCDK_DYNAMODB_TABLE_CLASS_STANDARD,
    CCDK_DYNAMODB_TABLE_CLASS_STANDARD_INFREQUENT_ACCESS
} ccdk_dynamodb_table_class;

/** PointInTimeRecoverySpecification. */
typedef struct {
    ccdk_tristate point_in_time_recovery_enabled;
    ccdk_opt_num recovery_period_in_days; /* 1 to 35; needs point_in_time_recovery_enabled */
} ccdk_dynamodb_point_in_time_recovery_specification;

/** WarmThroughput: {ReadUnitsPerSecond, WriteUnitsPerSecond}; zero ({0}): not given. */
typedef struct {
    ccdk_opt_num read_units_per_second;
    ccdk_opt_num write_units_per_second;
} ccdk_dynamodb_warm_throughput;

/** dynamodb.InputCompressionType; unset: none written (DynamoDB's NONE). */
typedef enum {
    CCDK_DYNAMODB_INPUT_COMPRESSION_UNSET = 0,
    CCDK_DYNAMODB_INPUT_COMPRESSION_GZIP,
    CCDK_DYNAMODB_INPUT_COMPRESSION_ZSTD,
    CCDK_DYNAMODB_INPUT_COMPRESSION_NONE
} ccdk_dynamodb_input_compression_type;

/** dynamodb.InputFormat's kinds: InputFormat.dynamoDBJson(), ion(), csv(options). */
typedef enum {
    CCDK_DYNAMODB_INPUT_FORMAT_UNSET = 0,
    CCDK_DYNAMODB_INPUT_FORMAT_DYNAMODB_JSON,
    CCDK_DYNAMODB_INPUT_FORMAT_ION,
    CCDK_DYNAMODB_INPUT_FORMAT_CSV
} ccdk_dynamodb_input_format_kind;

/** InputFormat: the kind, and a CSV's CsvOptions (InputFormatOptions {Csv {Delimiter, HeaderList}}).
 *  A delimiter other than one of , \t : ; | and space is aws-cdk-lib's InputFormat.csv error
 *  (without a path), reported when the table is made; an empty one is not given. */
typedef struct {
    ccdk_dynamodb_input_format_kind kind; /* required */
    const char *csv_delimiter;
    ccdk_strs csv_header_list;
} ccdk_dynamodb_input_format;

/** ImportSourceSpecification: the table's initial data, from S3 (ImportSourceSpecification
 *  {InputCompressionType, InputFormat, InputFormatOptions, S3BucketSource {S3Bucket (the bucket's
 *  name), S3BucketOwner, S3KeyPrefix}}). */
typedef struct {
    ccdk_dynamodb_input_compression_type compression_type;
    ccdk_dynamodb_input_format input_format; /* required */
    ccdk_s3_bucket *bucket;                  /* required */
    const char *bucket_owner;
    const char *key_prefix;
} ccdk_dynamodb_import_source_specification;

/** TableProps (the subset ccdk supports). */
typedef struct {
    ccdk_dynamodb_attribute partition_key; /* required */
    ccdk_dynamodb_attribute sort_key;      /* name NULL: none */
    /** TableName; CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED (core.h): named only when another account or region
     *  uses the table */
    const char *table_name;
    ccdk_dynamodb_billing_mode billing_mode;
    ccdk_opt_num read_capacity;  /* PROVISIONED only; default 5 */
    ccdk_opt_num write_capacity; /* PROVISIONED only; default 5 */
    ccdk_dynamodb_stream_view_type stream;
    ccdk_removal_policy removal_policy; /* default RETAIN, as aws-cdk-lib */
    /** Point-in-time recovery: the specification (NULL: not given), or the deprecated boolean
     *  pointInTimeRecovery (written as {PointInTimeRecoveryEnabled}); both given is aws-cdk-lib's
     *  error, as are a recovery period without recovery enabled or out of 1..35. */
    const ccdk_dynamodb_point_in_time_recovery_specification *point_in_time_recovery_specification;
    ccdk_tristate point_in_time_recovery;
    /** timeToLiveAttribute: TimeToLiveSpecification {AttributeName, Enabled: true} */
    const char *time_to_live_attribute;
    ccdk_tristate deletion_protection; /* DeletionProtectionEnabled */
    /** Server-side encryption (SSESpecification). A key without CUSTOMER_MANAGED is aws-cdk-lib's
     *  error. With a key (given or made), the data grants also grant on the key, as aws-cdk-lib's
     *  TableGrants: reads kms:Decrypt, kms:DescribeKey; writes those and kms:Encrypt,
     *  kms:ReEncrypt*, kms:GenerateDataKey*; grantStreamRead the read actions. */
    ccdk_dynamodb_table_encryption encryption;
    ccdk_kms_key *encryption_key;
    /** resourcePolicy: the table's resource policy (ResourcePolicy {PolicyDocument}); later
     *  addToResourcePolicy and grants add their statements to this document. NULL: none until then. */
    ccdk_iam_policy_document *resource_policy;
    /** kinesisStream: the Kinesis data stream the table's changes go to (KinesisStreamSpecification
     *  {StreamArn}); NULL: none. */
    ccdk_kinesis_stream *kinesis_stream;
    /** tableClass: TableClass */
    ccdk_dynamodb_table_class table_class;
    /** contributorInsightsEnabled: ContributorInsightsSpecification {Enabled} */
    ccdk_tristate contributor_insights_enabled;
    /** maxReadRequestUnits / maxWriteRequestUnits: OnDemandThroughput {MaxReadRequestUnits,
     *  MaxWriteRequestUnits} of a PAY_PER_REQUEST table (a PROVISIONED one ignores them, as
     *  aws-cdk-lib); 0 is not given (`||`) */
    ccdk_opt_num max_read_request_units;
    ccdk_opt_num max_write_request_units;
    /** warmThroughput: WarmThroughput */
    ccdk_dynamodb_warm_throughput warm_throughput;
    /** importSource: ImportSourceSpecification; NULL: none */
    const ccdk_dynamodb_import_source_specification *import_source;
} ccdk_dynamodb_table_props;

/** new dynamodb.Table(scope, id, props). Owned by the App. No partition key, a sort key of the
 *  partition key's name and another type, or capacities with PAY_PER_REQUEST: aws-cdk-lib's error on
 *  the table; a bad scope goes to the process-wide list;
 *  never NULL. */
ccdk_dynamodb_table *ccdk_dynamodb_table_new(void *scope, const char *id, const ccdk_dynamodb_table_props *props);
/** dynamodb.ProjectionType; unset: ALL. */
typedef enum {
    CCDK_DYNAMODB_PROJECTION_UNSET = 0,
    CCDK_DYNAMODB_PROJECTION_ALL,
    CCDK_DYNAMODB_PROJECTION_KEYS_ONLY,
    CCDK_DYNAMODB_PROJECTION_INCLUDE
} ccdk_dynamodb_projection_type;

/** GlobalSecondaryIndexProps (the subset ccdk supports: one partition key, one sort key). */
typedef struct {
    const char *index_name;                /* required */
    ccdk_dynamodb_attribute partition_key; /* required */
    ccdk_dynamodb_attribute sort_key;      /* name NULL: none */
    ccdk_dynamodb_projection_type projection_type;
    /** nonKeyAttributes: INCLUDE only, and then required (CCDK_STRS("a", "b")); at most 100 across
     *  all of a table's indexes */
    ccdk_strs non_key_attributes;
    ccdk_opt_num read_capacity;  /* PROVISIONED tables only; default 5 */
    ccdk_opt_num write_capacity; /* PROVISIONED tables only; default 5 */
    /** contributorInsightsEnabled: ContributorInsightsSpecification {Enabled} */
    ccdk_tristate contributor_insights_enabled;
    /** maxReadRequestUnits / maxWriteRequestUnits: a Table's index's OnDemandThroughput, as the
     *  table's (on a PAY_PER_REQUEST table); a TableV2's: the replicas' index entries'
     *  ReadOnDemandThroughputSettings, the index's WriteOnDemandThroughputSettings (0: not given) */
    ccdk_opt_num max_read_request_units;
    ccdk_opt_num max_write_request_units;
    /** warmThroughput: the index's WarmThroughput */
    ccdk_dynamodb_warm_throughput warm_throughput;
} ccdk_dynamodb_global_secondary_index_props;

/** LocalSecondaryIndexProps: the table's partition key with another sort key. */
typedef struct {
    const char *index_name;           /* required */
    ccdk_dynamodb_attribute sort_key; /* required by TypeScript; name NULL: the partition key only, as JavaScript */
    ccdk_dynamodb_projection_type projection_type;
    ccdk_strs non_key_attributes;     /* as a global index's */
} ccdk_dynamodb_local_secondary_index_props;
typedef CCDK_LIST_TYPE(ccdk_dynamodb_global_secondary_index_props) ccdk_dynamodb_global_secondary_index_list;
typedef CCDK_LIST_TYPE(ccdk_dynamodb_local_secondary_index_props) ccdk_dynamodb_local_secondary_index_list;

/** table.addGlobalSecondaryIndex(props) (a Table's or a TableV2's): an entry of
 *  GlobalSecondaryIndexes {ContributorInsightsSpecification, IndexName, KeySchema, Projection,
 *  ProvisionedThroughput (a Table's, not for PAY_PER_REQUEST)}, its keys added to
 *  AttributeDefinitions (a TableV2's replica also lists it: {IndexName}); from then on the data
 *  grants also name "<tableArn>/index/<wildcard>" (a Table's: whenever the grant was made; a
 *  TableV2's: grants made after). aws-cdk-lib's errors on the table: a duplicate index name, no
 *  partition key, a key of a name defined with another type, INCLUDE without non-key attributes or
 *  non-key attributes without INCLUDE, more than 100 non-key attributes (a Table's: a RangeError,
 *  without a path); a Table's: capacities on a PAY_PER_REQUEST table; a TableV2's: capacities (it
 *  is on-demand), a 21st index (contributor_insights_enabled is a ccdk error: a TableV2 sets it per
 *  replica). 1 when added, else 0 (NULL arguments, or a NULL index name: an error on the
 *  process-wide list; an import: an error on it). */
int ccdk_dynamodb_table_add_global_secondary_index(ccdk_dynamodb_table *t, const ccdk_dynamodb_global_secondary_index_props *props);
/** table.addLocalSecondaryIndex(props): an entry of LocalSecondaryIndexes {IndexName, KeySchema
 *  (the table's partition key and the sort key), Projection}, as addGlobalSecondaryIndex. A Table's
 *  sixth index is aws-cdk-lib's RangeError (without a path), and a Table without a sort key fails
 *  synth's validation ("a sort key of the table must be specified to add local secondary
 *  indexes"); a TableV2's sixth index, or one on a TableV2 without a sort key, is its error on the
 *  table. */
int ccdk_dynamodb_table_add_local_secondary_index(ccdk_dynamodb_table *t, const ccdk_dynamodb_local_secondary_index_props *props);

/* ---------------------------------------------------------------- auto scaling (a Table's) */

/** EnableScalingProps. */
typedef struct {
    ccdk_opt_num min_capacity; /* required by TypeScript; not given: 1 */
    ccdk_opt_num max_capacity; /* required (not given: the CfnScalableTarget's "missing required property" error) */
} ccdk_dynamodb_enable_scaling_props;

/** table.autoScaleReadCapacity(props) / autoScaleWriteCapacity(props): the ScalableTableAttribute
 *  "ReadScaling" / "WriteScaling" under the table, its ScalableTarget "Target" (service namespace
 *  dynamodb, resource "table/<tableName>", dimension dynamodb:table:Read/WriteCapacityUnits, the
 *  role "ScalingRole": Application Auto Scaling's service-linked role for DynamoDB), owned by the
 *  App. aws-cdk-lib's errors on the table: a second call, a PAY_PER_REQUEST table; on the
 *  attribute: negative capacities, min above max. NULL after an error, for NULL (an error on the
 *  process-wide list), and for a TableV2 or an import (an error on it). */
ccdk_dynamodb_scalable_attribute *ccdk_dynamodb_table_auto_scale_read_capacity(ccdk_dynamodb_table *t,
                                                                              const ccdk_dynamodb_enable_scaling_props *props);
ccdk_dynamodb_scalable_attribute *ccdk_dynamodb_table_auto_scale_write_capacity(ccdk_dynamodb_table *t,
                                                                               const ccdk_dynamodb_enable_scaling_props *props);
/** table.autoScaleGlobalSecondaryIndexReadCapacity(indexName, props) / ...WriteCapacity: as above,
 *  "<indexName>ReadScaling" / "<indexName>WriteScaling", resource "table/<tableName>/index/<indexName>",
 *  dimension dynamodb:index:Read/WriteCapacityUnits. A PAY_PER_REQUEST table, an index name that no
 *  addGlobalSecondaryIndex gave, or a second call for the index: aws-cdk-lib's errors on the table. */
ccdk_dynamodb_scalable_attribute *ccdk_dynamodb_table_auto_scale_global_secondary_index_read_capacity(
    ccdk_dynamodb_table *t, const char *index_name, const ccdk_dynamodb_enable_scaling_props *props);
ccdk_dynamodb_scalable_attribute *ccdk_dynamodb_table_auto_scale_global_secondary_index_write_capacity(
    ccdk_dynamodb_table *t, const char *index_name, const ccdk_dynamodb_enable_scaling_props *props);

/** UtilizationScalingProps. */
typedef struct {
    /** required: CCDK_NUM(10..90) (outside: aws-cdk-lib's RangeError, without a path); a token is
     *  not checked. Not given: the CfnScalingPolicy's "targetValue: required but missing" error. */
    ccdk_opt_num target_utilization_percent;
    const char *policy_name; /* default: the policy's unique id */
    ccdk_tristate disable_scale_in;
    ccdk_duration scale_in_cooldown;
    ccdk_duration scale_out_cooldown;
} ccdk_dynamodb_utilization_scaling_props;
/** scalable.scaleOnUtilization(props): the TargetTrackingScalingPolicy "Target/Tracking" on
 *  DynamoDBRead/WriteCapacityUtilization (a second call: the duplicate construct error). NULL
 *  arguments: an error on the process-wide list. */
void ccdk_dynamodb_scalable_attribute_scale_on_utilization(ccdk_dynamodb_scalable_attribute *sa,
                                                           const ccdk_dynamodb_utilization_scaling_props *props);
/** scalable.scaleOnSchedule(id, action): a ScheduledActions entry of the ScalableTarget; neither
 *  capacity given is aws-cdk-lib's error on the target; NULL arguments as above. */
void ccdk_dynamodb_scalable_attribute_scale_on_schedule(ccdk_dynamodb_scalable_attribute *sa, const char *id,
                                                        const ccdk_appscaling_scaling_schedule *action);

/** TableEncryptionV2: build it with the functions below; zero ({0}): not given (DynamoDB's default,
 *  nothing written). */
typedef struct {
    ccdk_dynamodb_table_encryption type; /* DEFAULT (dynamoOwnedKey), AWS_MANAGED, CUSTOMER_MANAGED */
    ccdk_kms_key *table_key;             /* CUSTOMER_MANAGED: the key in the stack's region */
    ccdk_kvs replica_key_arns;           /* CUSTOMER_MANAGED: region -> key ARN of the other replicas */
} ccdk_dynamodb_table_encryption_v2;
/** TableEncryptionV2.dynamoOwnedKey() (SSESpecification {SSEEnabled: false}), awsManagedKey()
 *  ({SSEEnabled: true, SSEType: KMS}), customerManagedKey(tableKey, replicaKeyArns) (as
 *  awsManagedKey, and the replica's SSESpecification {KMSMasterKeyId: the key's ARN}; the table's
 *  grants also grant on the key, before the table's actions; replica_key_arns may be left {0}). A
 *  NULL table_key is an error on the table when it is made; at synth, a region-agnostic stack or
 *  replica_key_arns naming the stack's region are aws-cdk-lib's errors. */
ccdk_dynamodb_table_encryption_v2 ccdk_dynamodb_table_encryption_v2_dynamo_owned_key(void);
ccdk_dynamodb_table_encryption_v2 ccdk_dynamodb_table_encryption_v2_aws_managed_key(void);
ccdk_dynamodb_table_encryption_v2 ccdk_dynamodb_table_encryption_v2_customer_managed_key(ccdk_kms_key *table_key,
                                                                                        ccdk_kvs replica_key_arns);

/** Capacity (a TableV2's provisioned billing): build it with the functions below. */
typedef enum {
    CCDK_DYNAMODB_CAPACITY_UNSET = 0,
    CCDK_DYNAMODB_CAPACITY_FIXED,
    CCDK_DYNAMODB_CAPACITY_AUTOSCALED
} ccdk_dynamodb_capacity_mode;
/** AutoscaledCapacityOptions. */
typedef struct {
    ccdk_opt_num min_capacity;               /* default 1 */
    ccdk_opt_num max_capacity;               /* required */
    ccdk_opt_num seed_capacity;              /* at least 1 */
    ccdk_opt_num target_utilization_percent; /* 20 to 90; default 70 */
} ccdk_dynamodb_autoscaled_capacity_options;
typedef struct {
    ccdk_dynamodb_capacity_mode mode;
    ccdk_opt_num units;                               /* FIXED */
    ccdk_dynamodb_autoscaled_capacity_options scaled; /* AUTOSCALED */
} ccdk_dynamodb_capacity;
/** Capacity.fixed(iops) (read capacity only: a fixed write capacity is aws-cdk-lib's error) and
 *  Capacity.autoscaled(options) ({MinCapacity, MaxCapacity, SeedCapacity,
 *  TargetTrackingScalingPolicyConfiguration {TargetValue}}). aws-cdk-lib's errors (without a path)
 *  for min above max, a target outside 20..90 or a seed below 1 are reported when a table uses the
 *  capacity. */
ccdk_dynamodb_capacity ccdk_dynamodb_capacity_fixed(ccdk_opt_num iops);
ccdk_dynamodb_capacity ccdk_dynamodb_capacity_autoscaled(ccdk_dynamodb_autoscaled_capacity_options options);

/** Billing (a TableV2's): zero ({0}) or Billing.onDemand(): PAY_PER_REQUEST;
 *  ccdk_dynamodb_billing_provisioned(read, write): PROVISIONED, the write capacity autoscaled. */
typedef struct {
    ccdk_dynamodb_billing_mode mode;
    ccdk_dynamodb_capacity read_capacity, write_capacity;
    /** on demand: MaxThroughputProps (the replicas' ReadOnDemandThroughputSettings, the table's
     *  WriteOnDemandThroughputSettings); 0 is not given */
    ccdk_opt_num max_read_request_units, max_write_request_units;
} ccdk_dynamodb_billing;
ccdk_dynamodb_billing ccdk_dynamodb_billing_on_demand(void);
/** Billing.onDemand({maxReadRequestUnits, maxWriteRequestUnits}) */
ccdk_dynamodb_billing ccdk_dynamodb_billing_on_demand_max(ccdk_opt_num max_read_request_units, ccdk_opt_num max_write_request_units);
ccdk_dynamodb_billing ccdk_dynamodb_billing_provisioned(ccdk_dynamodb_capacity read_capacity, ccdk_dynamodb_capacity write_capacity);

/** ReplicaTableProps (the subset ccdk supports: the region). */
typedef struct {
    const char *region; /* required: a region other than the stack's, not a token */
} ccdk_dynamodb_replica_table_props;
typedef CCDK_LIST_TYPE(ccdk_dynamodb_replica_table_props) ccdk_dynamodb_replica_table_list;

/** TableV2Props (the subset ccdk supports: on-demand billing (with its throughput limits) or
 *  provisioned billing, replicas by region only, secondary indexes without their own capacities or
 *  per-replica options; tags only through Tags.of). */
typedef struct {
    ccdk_dynamodb_attribute partition_key; /* required */
    ccdk_dynamodb_attribute sort_key;      /* name NULL: none */
    const char *table_name;
    ccdk_dynamodb_stream_view_type dynamo_stream;
    ccdk_removal_policy removal_policy; /* default RETAIN */
    /** resourcePolicy: the replica's resource policy (ResourcePolicy {PolicyDocument}); later
     *  addToResourcePolicy and grants add their statements to this document. NULL: none until then. */
    ccdk_iam_policy_document *resource_policy;
    /** globalSecondaryIndexes / localSecondaryIndexes: CCDK_LIST_OF(ccdk_dynamodb_global_secondary_index_props,
     *  {...}, ...), added as ccdk_dynamodb_table_add_global/local_secondary_index would */
    ccdk_dynamodb_global_secondary_index_list global_secondary_indexes;
    ccdk_dynamodb_local_secondary_index_list local_secondary_indexes;
    /** encryption: ccdk_dynamodb_table_encryption_v2_*(); table.encryptionKey is a customer-managed
     *  one's table_key */
    ccdk_dynamodb_table_encryption_v2 encryption;
    /** replicas: CCDK_LIST_OF(ccdk_dynamodb_replica_table_props, {"us-east-1"}, ...), added as
     *  ccdk_dynamodb_table_add_replica would */
    ccdk_dynamodb_replica_table_list replicas;
    /** billing: on demand unless ccdk_dynamodb_billing_provisioned(...): then the table's
     *  WriteProvisionedThroughputSettings and every replica's ReadProvisionedThroughputSettings,
     *  which its global secondary indexes also take (their own capacities are not supported) */
    ccdk_dynamodb_billing billing;
    /** Table options every replica takes (TableOptionsV2): contributorInsights
     *  (ContributorInsightsSpecification {Enabled}), deletionProtection (DeletionProtectionEnabled),
     *  tableClass (TableClass), pointInTimeRecoverySpecification / the deprecated boolean
     *  pointInTimeRecovery (PointInTimeRecoverySpecification; both given, a recovery period without
     *  recovery enabled or out of 1..35: aws-cdk-lib's errors, as a Table's) */
    ccdk_tristate contributor_insights;
    ccdk_tristate deletion_protection;
    ccdk_dynamodb_table_class table_class;
    const ccdk_dynamodb_point_in_time_recovery_specification *point_in_time_recovery_specification;
    ccdk_tristate point_in_time_recovery;
    /** kinesisStream: the stack region's replica's KinesisStreamSpecification {StreamArn} (the other
     *  replicas' are theirs: not supported) */
    ccdk_kinesis_stream *kinesis_stream;
    /** timeToLiveAttribute: TimeToLiveSpecification {AttributeName, Enabled: true} */
    const char *time_to_live_attribute;
    /** warmThroughput: the table's WarmThroughput */
    ccdk_dynamodb_warm_throughput warm_throughput;
} ccdk_dynamodb_table_v2_props;

/** new dynamodb.TableV2(scope, id, props): an AWS::DynamoDB::GlobalTable, as the same handle type
 *  (ITable). Owned by the App; no partition key or a key type conflict is an error on the table; a bad
 *  scope goes to the process-wide list; never NULL. The table is taggable (a TagManager of
 *  AWS::DynamoDB::GlobalTable): Tags.of tags reach every replica's Tags, sorted by key. Without table_name its name is PhysicalName.GENERATE_IF_NEEDED: used in a
 *  stack of another account or region, the table gets aws-cdk-lib's generated TableName (and the
 *  user its name and ARN, not a reference); a table in an environment-agnostic stack cannot, and is
 *  aws-cdk-lib's error ("Cannot generate a physical name for ..."). */
ccdk_dynamodb_table *ccdk_dynamodb_table_v2_new(void *scope, const char *id, const ccdk_dynamodb_table_v2_props *props);

/** TableAttributes: an existing table, by ARN or by name (one of them), with its stream's ARN for
 *  DynamoEventSource. */
typedef struct {
    const char *table_arn;
    const char *table_name;
    const char *table_stream_arn;
    /** encryptionKey: the table's key; its grants (and grantStreamRead) grant on it as a Table's */
    ccdk_kms_key *encryption_key;
    /** globalIndexes / localIndexes (their names), grantIndexPermissions: any of them makes the data
     *  grants also name "<tableArn>/index/<wildcard>" */
    ccdk_strs global_indexes;
    ccdk_strs local_indexes;
    ccdk_tristate grant_index_permissions;
} ccdk_dynamodb_table_attributes;

/** Table.fromTableArn(scope, id, arn) / Table.fromTableName / Table.fromTableAttributes: an imported
 *  table, owned by the App. Both or neither of arn and name, or an ARN without a table name:
 *  aws-cdk-lib's error on scope; a bad scope goes to the process-wide list; never NULL. */
ccdk_dynamodb_table *ccdk_dynamodb_table_from_table_arn(void *scope, const char *id, const char *table_arn);
ccdk_dynamodb_table *ccdk_dynamodb_table_from_table_name(void *scope, const char *id, const char *table_name);
ccdk_dynamodb_table *ccdk_dynamodb_table_from_table_attributes(void *scope, const char *id,
                                                              const ccdk_dynamodb_table_attributes *attrs);
/** TableV2.fromTableArn(scope, id, arn) / TableV2.fromTableName / TableV2.fromTableAttributes: an
 *  imported TableV2 (a TableBaseV2 "Import" in tree.json), owned by the App. Its environment is its
 *  ARN's (environmentFromArn: grants to a principal of another account also go into the resource
 *  policy, which an import does not have) and its grants are a TableV2's: the table's ARN, and
 *  "<tableArn>/index/<wildcard>" when the attributes name indexes or grant_index_permissions; its
 *  metrics carry the stack's account and the ARN's region; grantStreamRead needs table_stream_arn.
 *  aws-cdk-lib's errors on scope: both or neither of arn and name ("Only one of `tableArn` or
 *  `tableName` can be provided, but not both", "At least one of `tableArn` or `tableName` must be
 *  provided"), an ARN without a table name ("Table ARN must be of the form: ..."); an ARN without a
 *  region: that error on the import. A bad scope goes to the process-wide list; never NULL. */
ccdk_dynamodb_table *ccdk_dynamodb_table_v2_from_table_arn(void *scope, const char *id, const char *table_arn);
ccdk_dynamodb_table *ccdk_dynamodb_table_v2_from_table_name(void *scope, const char *id, const char *table_name);
ccdk_dynamodb_table *ccdk_dynamodb_table_v2_from_table_attributes(void *scope, const char *id,
                                                                 const ccdk_dynamodb_table_attributes *attrs);

/** SchemaOptions: a table's or index's keys (sort_key.name NULL: none). */
typedef struct {
    ccdk_dynamodb_attribute partition_key;
    ccdk_dynamodb_attribute sort_key;
} ccdk_dynamodb_schema;
/** table.schema(indexName) (a Table's; deprecated in aws-cdk-lib for schemaV2, the same for
 *  single-attribute keys): the table's keys (index_name NULL), or a secondary index's (a local
 *  one's: the table's partition key and its sort key). An index no addGlobal/LocalSecondaryIndex
 *  gave is aws-cdk-lib's error on the table; then, for NULL (an error on the process-wide list),
 *  for a TableV2 or an import (an error on it): zero. The names are owned by the App. */
ccdk_dynamodb_schema ccdk_dynamodb_table_schema(ccdk_dynamodb_table *t, const char *index_name);

/** table.tableArn, tableName, and tableStreamArn (NULL when a Table has no stream; a TableV2's is
 *  always its StreamArn attribute, as in aws-cdk-lib), as string
 *  tokens owned by the App; NULL for NULL. */
const char *ccdk_dynamodb_table_arn(ccdk_dynamodb_table *t);
const char *ccdk_dynamodb_table_name(ccdk_dynamodb_table *t);
const char *ccdk_dynamodb_table_stream_arn(ccdk_dynamodb_table *t);
/** table.encryptionKey: the customer-managed key of a Table (given, or the "Key" it made); NULL
 *  when it has none, for an import and for NULL. */
ccdk_kms_key *ccdk_dynamodb_table_encryption_key(ccdk_dynamodb_table *t);

/** table.grantStreamRead(grantee): dynamodb:ListStreams on "*" (TableV2: on the stream), then DescribeStream, GetRecords,
 *  GetShardIterator on the stream (identity policy of the grantee). Returns 1 when statements were
 *  added, else 0 (also for NULL arguments: a NULL table or grantee is an error on the process-wide
 *  list); a table without a stream is aws-cdk-lib's error on it. */
int ccdk_dynamodb_table_grant_stream_read(ccdk_dynamodb_table *t, ccdk_iam_principal *grantee);
/** table.grantTableListStreams(grantee): dynamodb:ListStreams on "*" (a TableV2: on its stream) in
 *  the grantee's identity policy (Grant.addToPrincipal). Returns 1 when a statement was added, else 0
 *  (also for NULL arguments: a NULL table or grantee is an error on the process-wide list); a Table
 *  without a stream (an import without tableStreamArn included) is aws-cdk-lib's error on it. */
int ccdk_dynamodb_table_grant_table_list_streams(ccdk_dynamodb_table *t, ccdk_iam_principal *grantee);
/** Table.grantListStreams(grantee) (deprecated in aws-cdk-lib: use grantTableListStreams):
 *  dynamodb:ListStreams on "*" in the grantee's identity policy. 1 when a statement was added, else
 *  0 (a NULL grantee is an error on the process-wide list). */
int ccdk_dynamodb_table_grant_list_streams(ccdk_iam_principal *grantee);
/** table.grant(grantee, ...actions), grantReadData, grantWriteData, grantReadWriteData,
 *  grantFullAccess (TableGrants): Grant.addToPrincipalOrResource (ccdk/iam.h): the actions on the
 *  table's ARN in the grantee's identity policy, and for a grantee without one (an account, an ARN,
 *  ...) or of another account in the table's resource policy on "*" (a TableV2's grant(): on its ARN,
 *  as aws-cdk-lib's TableV2.grant names it); reads also GetRecords and
 *  GetShardIterator in a statement of their own (identity policy only), as aws-cdk-lib writes them.
 *  Returns 1 when statements were added, else 0 (also for NULL arguments, a NULL table or grantee
 *  being an error on the process-wide list, or no actions). A
 *  ServicePrincipal grantee other than redshift, replication.dynamodb, glue is aws-cdk-lib's error on
 *  the table. A TableV2's resource policy goes into its replica (ResourcePolicy {PolicyDocument});
 *  an import's grants write no resource policy. */
int ccdk_dynamodb_table_grant(ccdk_dynamodb_table *t, ccdk_iam_principal *grantee, ccdk_strs actions);
int ccdk_dynamodb_table_grant_read_data(ccdk_dynamodb_table *t, ccdk_iam_principal *grantee);
int ccdk_dynamodb_table_grant_write_data(ccdk_dynamodb_table *t, ccdk_iam_principal *grantee);
int ccdk_dynamodb_table_grant_read_write_data(ccdk_dynamodb_table *t, ccdk_iam_principal *grantee);
int ccdk_dynamodb_table_grant_full_access(ccdk_dynamodb_table *t, ccdk_iam_principal *grantee);
/** table.grantOnKey(grantee, ...actions): the actions on the table's encryption key
 *  (encryptionKey?.grant: the key's policy and the grantee's, as ccdk_kms_key_grant); nothing for a
 *  table without a customer-managed key. 1 when statements were added, else 0 (NULL arguments: an
 *  error on the process-wide list). */
int ccdk_dynamodb_table_grant_on_key(ccdk_dynamodb_table *t, ccdk_iam_principal *grantee, ccdk_strs actions);
/** table.addToResourcePolicy(statement): the table's resource policy, made on first use: a Table's
 *  ResourcePolicy {PolicyDocument}, a TableV2's in its replica. 1 when added (statementAdded); 0 for
 *  an import (it has no policy in aws-cdk-lib either) and for NULL arguments (a NULL table: an error
 *  on the process-wide list). */
int ccdk_dynamodb_table_add_to_resource_policy(ccdk_dynamodb_table *t, ccdk_iam_policy_statement *statement);

/** tableV2.addReplica(props): a replica in another region, before the stack region's in Replicas
 *  ({GlobalSecondaryIndexes (one {IndexName} per index), Region, ResourcePolicy (the table's, unless
 *  @aws-cdk/aws-dynamodb:resourcePolicyPerReplica), SSESpecification (customer-managed: the region's
 *  replica_key_arns entry, else aws-cdk-lib's error at synth)}); the table's StreamSpecification
 *  becomes NEW_AND_OLD_IMAGES unless dynamo_stream was given. aws-cdk-lib's errors on the table: a
 *  region-agnostic stack, a token region, the stack's region, a duplicate. Replicas' tags, per-replica
 *  options and tableV2.replica(region) are not supported. 1 when added, else 0 (NULL arguments: an
 *  error on the process-wide list; a Table or an import: an error on it). */
int ccdk_dynamodb_table_add_replica(ccdk_dynamodb_table *t, const ccdk_dynamodb_replica_table_props *props);
/** tableV2.addToStreamResourcePolicy(statement): the statement in the stream's resource policy, made
 *  on first use, written into the replica's ReplicaStreamSpecification {ResourcePolicy
 *  {PolicyDocument}}. 1 when added; 0 for NULL arguments (an error on the process-wide list) and
 *  for a Table or an import (an error on it). */
int ccdk_dynamodb_table_add_to_stream_resource_policy(ccdk_dynamodb_table *t, ccdk_iam_policy_statement *statement);

/* ---------------------------------------------------------------- metrics */

/** table.metric(metricName, options): a cloudwatch.Metric in AWS/DynamoDB with dimension TableName
 *  (the table's name; a token for a table of this app), statistic Average and a 5-minute period
 *  unless options say otherwise (options.dimensions replaces the TableName dimension). options may
 *  be NULL. A Table's (or an import's) metrics are attached to its stack (attachTo: graphed or
 *  alarmed in another environment they carry its account and region); a TableV2's get the stack's
 *  account and region as the metric's own account and region unless options give them (rendered
 *  wherever graphed, as aws-cdk-lib's configureMetric does). Owned by the App; a NULL table is an error on the process-wide list, a handle that is
 *  not a table one on its App; a usable metric is returned all the same (never NULL), also after
 *  the errors below. */
ccdk_cloudwatch_metric *ccdk_dynamodb_table_metric(ccdk_dynamodb_table *t, const char *metric_name, const ccdk_cloudwatch_metric_options *options);
/** table.metricConsumedReadCapacityUnits, metricConsumedWriteCapacityUnits (statistic Sum) and
 *  metricConditionalCheckFailedRequests (sum): as ccdk_dynamodb_table_metric. */
ccdk_cloudwatch_metric *ccdk_dynamodb_table_metric_consumed_read_capacity_units(ccdk_dynamodb_table *t, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_dynamodb_table_metric_consumed_write_capacity_units(ccdk_dynamodb_table *t, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_dynamodb_table_metric_conditional_check_failed_requests(ccdk_dynamodb_table *t, const ccdk_cloudwatch_metric_options *options);
/** table.metricUserErrors(options): UserErrors (statistic sum) without any dimension (aws-cdk-lib
 *  sets dimensionsMap to {}, whatever the options say). */
ccdk_cloudwatch_metric *ccdk_dynamodb_table_metric_user_errors(ccdk_dynamodb_table *t, const ccdk_cloudwatch_metric_options *options);
/** table.metricThrottledRequestsForOperation(operation, options): ThrottledRequests (Sum) with
 *  dimensions Operation (e.g. "GetItem", "PutItem") and TableName; options.dimensions replaces both. */
ccdk_cloudwatch_metric *ccdk_dynamodb_table_metric_throttled_requests_for_operation(ccdk_dynamodb_table *t, const char *operation,
                                                                                 const ccdk_cloudwatch_metric_options *options);
/** table.metricSuccessfulRequestLatency(options): SuccessfulRequestLatency (Average) with dimensions
 *  TableName and the Operation of options.dimensions (its other dimensions are dropped). Options
 *  without an Operation dimension are aws-cdk-lib's error on the table. */
ccdk_cloudwatch_metric *ccdk_dynamodb_table_metric_successful_request_latency(ccdk_dynamodb_table *t, const ccdk_cloudwatch_metric_options *options);
/** table.metricSystemErrors(options) (deprecated in aws-cdk-lib: metricSystemErrorsForOperations):
 *  SystemErrors (sum) with dimensions TableName and then options.dimensions. Options without an
 *  Operation dimension are aws-cdk-lib's error on the table. */
ccdk_cloudwatch_metric *ccdk_dynamodb_table_metric_system_errors(ccdk_dynamodb_table *t, const ccdk_cloudwatch_metric_options *options);

/** OperationsMetricOptions / SystemErrorsForOperationsMetricOptions. */
typedef struct {
    /** statistic (default "sum"), period, label and unit of each operation's metric (dimensions is
     *  not used: each has TableName and Operation); the period is also the expression's */
    ccdk_cloudwatch_metric_options metric;
    /** operations: "GetItem", "PutItem", ... (dynamodb.Operation's values); not given: all 14 of
     *  them, in aws-cdk-lib's order */
    ccdk_strs operations;
} ccdk_dynamodb_operations_metric_options;
/** table.metricThrottledRequestsForOperations(options) / metricSystemErrorsForOperations(options):
 *  a MathExpression (ccdk/cloudwatch.h) "getitem + putitem + ..." over ThrottledRequests /
 *  SystemErrors per operation (ids: the operations in lower case), labelled "Sum of throttled
 *  requests across all operations" / "Sum of errors across all operations". options may be NULL.
 *  An operation that does not start with a letter is aws-cdk-lib's mapper error on the table; a
 *  NULL or bad table as ccdk_dynamodb_table_metric; never NULL. */
ccdk_cloudwatch_metric *ccdk_dynamodb_table_metric_throttled_requests_for_operations(ccdk_dynamodb_table *t,
                                                                                  const ccdk_dynamodb_operations_metric_options *options);
ccdk_cloudwatch_metric *ccdk_dynamodb_table_metric_system_errors_for_operations(ccdk_dynamodb_table *t,
                                                                               const ccdk_dynamodb_operations_metric_options *options);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_dynamodb_table_new(scope, ...) ccdk_dynamodb_table_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_dynamodb_table_v2_new(scope, ...) ccdk_dynamodb_table_v2_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_dynamodb_table_from_table_arn(scope, ...) ccdk_dynamodb_table_from_table_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_dynamodb_table_from_table_name(scope, ...) ccdk_dynamodb_table_from_table_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_dynamodb_table_from_table_attributes(scope, ...) ccdk_dynamodb_table_from_table_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_dynamodb_table_v2_from_table_arn(scope, ...) ccdk_dynamodb_table_v2_from_table_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_dynamodb_table_v2_from_table_name(scope, ...) ccdk_dynamodb_table_v2_from_table_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_dynamodb_table_v2_from_table_attributes(scope, ...) ccdk_dynamodb_table_v2_from_table_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_dynamodb_table_grant_stream_read(t, grantee) ccdk_dynamodb_table_grant_stream_read(t, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_dynamodb_table_grant_table_list_streams(t, grantee) ccdk_dynamodb_table_grant_table_list_streams(t, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_dynamodb_table_grant_list_streams(grantee) ccdk_dynamodb_table_grant_list_streams(CCDK_IAM_GRANTABLE(grantee))
#define ccdk_dynamodb_table_grant(t, grantee, ...) ccdk_dynamodb_table_grant(t, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_dynamodb_table_grant_read_data(t, grantee) ccdk_dynamodb_table_grant_read_data(t, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_dynamodb_table_grant_write_data(t, grantee) ccdk_dynamodb_table_grant_write_data(t, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_dynamodb_table_grant_read_write_data(t, grantee) ccdk_dynamodb_table_grant_read_write_data(t, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_dynamodb_table_grant_full_access(t, grantee) ccdk_dynamodb_table_grant_full_access(t, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_dynamodb_table_grant_on_key(t, grantee, ...) ccdk_dynamodb_table_grant_on_key(t, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
