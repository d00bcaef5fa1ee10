/* ccdk/logs.h - CloudWatch Logs (aws-cdk-lib/aws-logs): LogGroup, its imports and grants, RetentionDays,
 * LogStream, SubscriptionFilter, MetricFilter,
 * and LogRetention (the Custom::LogRetention resource behind a function's logRetention). */
#ifndef CCDK_LOGS_H
#define CCDK_LOGS_H

#include "ccdk/cloudwatch.h"
#include "ccdk/core.h"
#include "ccdk/iam.h"
#include "ccdk/kms.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_logs_log_group ccdk_logs_log_group;
typedef struct ccdk_logs_log_retention ccdk_logs_log_retention;
typedef struct ccdk_logs_log_stream ccdk_logs_log_stream;
typedef struct ccdk_logs_subscription_filter ccdk_logs_subscription_filter;
typedef struct ccdk_logs_subscription_destination ccdk_logs_subscription_destination;
typedef struct ccdk_logs_metric_filter ccdk_logs_metric_filter;
typedef struct ccdk_logs_cross_account_destination ccdk_logs_cross_account_destination;

/** logs.RetentionDays: every value of aws-cdk-lib's enum, in days. CCDK_LOGS_RETENTION_UNSET (0) is
 *  "not given"; INFINITE (9999) keeps logs forever (no RetentionInDays in the template). */
typedef enum {
    CCDK_LOGS_RETENTION_UNSET = 0,
    CCDK_LOGS_RETENTION_ONE_DAY = 1,
    CCDK_LOGS_RETENTION_THREE_DAYS = 3,
    CCDK_LOGS_RETENTION_FIVE_DAYS = 5,
    CCDK_LOGS_RETENTION_ONE_WEEK = 7,
    CCDK_LOGS_RETENTION_TWO_WEEKS = 14,
    CCDK_LOGS_RETENTION_ONE_MONTH = 30,
    CCDK_LOGS_RETENTION_TWO_MONTHS = 60,
    CCDK_LOGS_RETENTION_THREE_MONTHS = 90,
    CCDK_LOGS_RETENTION_FOUR_MONTHS = 120,
    CCDK_LOGS_RETENTION_FIVE_MONTHS = 150,
    CCDK_LOGS_RETENTION_SIX_MONTHS = 180,
    CCDK_LOGS_RETENTION_ONE_YEAR = 365,
    CCDK_LOGS_RETENTION_THIRTEEN_MONTHS = 400,
    CCDK_LOGS_RETENTION_EIGHTEEN_MONTHS = 545,
    CCDK_LOGS_RETENTION_TWO_YEARS = 731,
    CCDK_LOGS_RETENTION_THREE_YEARS = 1096,
    CCDK_LOGS_RETENTION_FIVE_YEARS = 1827,
    CCDK_LOGS_RETENTION_SIX_YEARS = 2192,
    CCDK_LOGS_RETENTION_SEVEN_YEARS = 2557,
    CCDK_LOGS_RETENTION_EIGHT_YEARS = 2922,
    CCDK_LOGS_RETENTION_NINE_YEARS = 3288,
    CCDK_LOGS_RETENTION_TEN_YEARS = 3653,
    CCDK_LOGS_RETENTION_INFINITE = 9999
} ccdk_logs_retention_days;

/** logs.LogGroupClass (default: none in the template, STANDARD). */
typedef enum {
    CCDK_LOGS_LOG_GROUP_CLASS_UNSET = 0,
    CCDK_LOGS_LOG_GROUP_CLASS_STANDARD,
    CCDK_LOGS_LOG_GROUP_CLASS_INFREQUENT_ACCESS,
    CCDK_LOGS_LOG_GROUP_CLASS_DELIVERY
} ccdk_logs_log_group_class;

/** A DataIdentifier: a managed one by name (DataIdentifier.EMAILADDRESS is {"EmailAddress"}, its ARN
 *  arn:<partition>:dataprotection::aws:data-identifier/<name> in the policy), or with a regex a
 *  CustomDataIdentifier(name, regex). */
typedef struct {
    const char *name;
    const char *regex; /* NULL: a managed identifier */
} ccdk_logs_data_identifier;
typedef CCDK_LIST_TYPE(ccdk_logs_data_identifier) ccdk_logs_data_identifiers;

/** DataProtectionPolicyProps: a log group's DataProtectionPolicy, an audit statement (to the findings
 *  destinations given) and a redact statement on the identifiers. */
typedef struct {
    const char *name;        /* default "data-protection-policy-cdk" */
    const char *description; /* default "cdk generated data protection policy" */
    /** required: CCDK_LIST_OF(ccdk_logs_data_identifier, {"EmailAddress"}, {"EmployeeId", "EmployeeId-\\d{9}"});
     *  empty: aws-cdk-lib's error (without a path) */
    ccdk_logs_data_identifiers identifiers;
    ccdk_logs_log_group *log_group_audit_destination;
    /** s3BucketAuditDestination: a Bucket or an imported one (ccdk/s3.h); the policy names it by its
     *  bucketName (the Ref of a bucket of the stack), and nothing is granted (as aws-cdk-lib) */
    ccdk_s3_bucket *s3_bucket_audit_destination;
    /** s3BucketAuditDestination by the bucket's name (ccdk_s3_bucket_name(bucket)); with
     *  s3_bucket_audit_destination too: an error on the group (one prop in aws-cdk-lib) */
    const char *s3_bucket_audit_destination_name;
    const char *delivery_stream_name_audit_destination;
} ccdk_logs_data_protection_policy_props;

/** FieldIndexPolicy: the fields to index (at most 20: aws-cdk-lib's error otherwise, without a path). */
typedef struct {
    ccdk_strs fields;
} ccdk_logs_field_index_policy;
typedef CCDK_LIST_TYPE(ccdk_logs_field_index_policy) ccdk_logs_field_index_policies;

typedef struct {
    /** default: a generated name; CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED (core.h): named only when another account or
     *  region uses the group (its ARN then without the ":*" of the Arn attribute, as aws-cdk-lib's) */
    const char *log_group_name;
    ccdk_logs_retention_days retention;  /* default TWO_YEARS (none for the DELIVERY class) */
    /** retention known only at deploy time (aws-cdk-lib's retention: parameter.valueAsNumber): a number
     *  token string as CCDK_NUM_TOKEN takes (ccdk_cfn_parameter_value_as_string() of a Number
     *  parameter), RetentionInDays its reference, unchecked. Not with retention (one prop in
     *  aws-cdk-lib: a ccdk error on the group) nor with the DELIVERY class (aws-cdk-lib's error). */
    const char *retention_token;
    ccdk_removal_policy removal_policy;  /* default RETAIN */
    ccdk_logs_log_group_class log_group_class;
    ccdk_tristate deletion_protection_enabled;
    ccdk_kms_key *encryption_key;        /* encryptionKey: the group's KmsKeyId (the key's ARN) */
    /** dataProtectionPolicy: new DataProtectionPolicy(*props), or NULL; not with the DELIVERY class */
    const ccdk_logs_data_protection_policy_props *data_protection_policy;
    /** fieldIndexPolicies: CCDK_LIST_OF(ccdk_logs_field_index_policy, {CCDK_STRS("requestId")}) (given
     *  and empty: FieldIndexPolicies []); not with the DELIVERY class */
    ccdk_logs_field_index_policies field_index_policies;
} ccdk_logs_log_group_props;

/** new logs.LogGroup(scope, id, props); props may be NULL. Owned by the App. A retention that is not
 *  positive, or one (or a data protection or field index policy) given with the DELIVERY class, is
 *  aws-cdk-lib's error on the group; a bad scope
 *  goes to the process-wide list. Never NULL. */
ccdk_logs_log_group *ccdk_logs_log_group_new(void *scope, const char *id, const ccdk_logs_log_group_props *props);
/** LogGroup.fromLogGroupName(scope, id, name) (a trailing ":*" is dropped; the ARN is built in the
 *  scope's stack) and LogGroup.fromLogGroupArn(scope, id, arn) (with or without ":*"): an imported
 *  group, owned by the App. A NULL name or ARN, or an ARN that is not one, is an error on the scope
 *  (aws-cdk-lib's message for a malformed ARN); a bad scope goes to the process-wide list. Never NULL. */
ccdk_logs_log_group *ccdk_logs_log_group_from_log_group_name(void *scope, const char *id, const char *log_group_name);
ccdk_logs_log_group *ccdk_logs_log_group_from_log_group_arn(void *scope, const char *id, const char *log_group_arn);
/** logGroup.logGroupArn (ending in ":*", as aws-cdk-lib's) and logGroup.logGroupName: string tokens or
 *  literals owned by the App, the same string on every call. NULL for NULL, without an error. */
const char *ccdk_logs_log_group_arn(ccdk_logs_log_group *log_group);
const char *ccdk_logs_log_group_name(ccdk_logs_log_group *log_group);
/** logGroup.env.account and logGroup.env.region: a LogGroup.fromLogGroupArn import's are its ARN's
 *  (Fn::Select tokens for a token ARN); any other group's (fromLogGroupName and fn.logGroup included)
 *  are its stack's (tokens for an environment-agnostic stack). Owned by the App; NULL for NULL. */
const char *ccdk_logs_log_group_env_account(ccdk_logs_log_group *log_group);
const char *ccdk_logs_log_group_env_region(ccdk_logs_log_group *log_group);
/** logGroup.logGroupPhysicalName() (its physicalName): the log_group_name given to a new LogGroup,
 *  as given (a token stays a token); NULL for a group created without a name (aws-cdk-lib's lazy
 *  name resolves to undefined: ccdk generates no cross-environment names), for an import (fn.logGroup
 *  included), and for NULL, without an error. Owned by the App. */
const char *ccdk_logs_log_group_physical_name(ccdk_logs_log_group *log_group);
/** The CfnLogGroup (logGroup.node.defaultChild); NULL for an import or NULL. Owned by the App. */
ccdk_cfn_resource *ccdk_logs_log_group_resource(ccdk_logs_log_group *log_group);
/** logGroup.grantWrite(grantee): logs:CreateLogStream and logs:PutLogEvents on the group by
 *  Grant.addToPrincipalOrResource (ccdk/iam.h): the grantee's identity policy, and for a grantee
 *  without one (a service, an account, ...) or of another account than the group's (an import's is
 *  its ARN's) the group's AWS::Logs::ResourcePolicy ("Policy", imports too), its document a JSON
 *  string and its principals account ids (LogGroup.addToResourcePolicy). Returns 1 when a statement
 *  was added, else 0 (also for NULL arguments: a NULL group or grantee is an error on the
 *  process-wide list). */
int ccdk_logs_log_group_grant_write(ccdk_logs_log_group *log_group, ccdk_iam_principal *grantee);
/** logGroup.grantRead(grantee) (logs:FilterLogEvents, GetLogEvents, GetLogGroupFields,
 *  DescribeLogGroups, DescribeLogStreams) and logGroup.grant(grantee, ...actions) (CCDK_STRS(...)):
 *  on the group's ARN without and with ":*". Returns as ccdk_logs_log_group_grant_write. */
int ccdk_logs_log_group_grant_read(ccdk_logs_log_group *log_group, ccdk_iam_principal *grantee);
int ccdk_logs_log_group_grant(ccdk_logs_log_group *log_group, ccdk_iam_principal *grantee, ccdk_strs actions);

/** logGroup.addToResourcePolicy(statement) (imports too): the statement, its principals made account
 *  ids (an ArnPrincipal of an ARN: the ARN's account field, Fn::Select of a token ARN), goes into the
 *  group's AWS::Logs::ResourcePolicy "Policy" (made on first use; its document a JSON string). An ARN
 *  principal that is not an ARN is aws-cdk-lib's error. Returns 1 (statementAdded), 0 for NULL
 *  arguments (an error on the process-wide list). */
int ccdk_logs_log_group_add_to_resource_policy(ccdk_logs_log_group *log_group, ccdk_iam_policy_statement *statement);

/* ---------------------------------------------------------------- ResourcePolicy */

typedef struct ccdk_logs_resource_policy ccdk_logs_resource_policy;
/** ResourcePolicyProps. */
typedef struct {
    const char *resource_policy_name;             /* PolicyName; default Names.uniqueId of the policy */
    ccdk_iam_policy_statement_list policy_statements; /* CCDK_LIST(s1, ...): the document's first statements */
} ccdk_logs_resource_policy_props;
/** new logs.ResourcePolicy(scope, id, props): an AWS::Logs::ResourcePolicy "ResourcePolicy" (the
 *  default child) whose PolicyDocument is the document as a JSON string (statements as given, not
 *  validated; unlike a log group's own, principals are not made account ids). A document still
 *  empty at synthesis is aws-cdk-lib's error (policyDocument required but missing). props may be
 *  NULL. Owned by the App; a bad scope goes to the process-wide list; never NULL. */
ccdk_logs_resource_policy *ccdk_logs_resource_policy_new(void *scope, const char *id,
                                                         const ccdk_logs_resource_policy_props *props);
/** resourcePolicy.document: add statements with ccdk_iam_policy_document_add_statements. NULL for
 *  NULL. */
ccdk_iam_policy_document *ccdk_logs_resource_policy_document(ccdk_logs_resource_policy *p);

/* ---------------------------------------------------------------- CfnLogGroup */

/** CfnLogGroupProps, in CloudFormation's names; all optional. */
typedef struct {
    const char *log_group_name;                     /* LogGroupName */
    ccdk_opt_num retention_in_days;                 /* RetentionInDays: CCDK_NUM(7), or a number token */
    const char *kms_key_id;                         /* KmsKeyId: a key's ARN (ccdk_kms_key_arn) */
    const char *log_group_class;                    /* LogGroupClass: "STANDARD", "INFREQUENT_ACCESS", "DELIVERY" */
    ccdk_tristate deletion_protection_enabled;      /* DeletionProtectionEnabled */
    ccdk_tristate bearer_token_authentication_enabled; /* BearerTokenAuthenticationEnabled */
    ccdk_value *data_protection_policy;             /* DataProtectionPolicy: a JSON object (copied) */
    ccdk_value *field_index_policies;               /* FieldIndexPolicies: a JSON list (copied) */
    ccdk_value *resource_policy_document;           /* ResourcePolicyDocument: a JSON object (copied) */
    ccdk_kvs tags;                                  /* Tags: [{Key, Value}], with Tags.of()'s */
} ccdk_logs_cfn_log_group_props;
/** new logs.CfnLogGroup(scope, id, props): the AWS::Logs::LogGroup resource itself (its logical id from
 *  id, as any L1's; no removal policy unless given: ccdk_cfn_resource_apply_removal_policy); props may
 *  be NULL. Its ref is the group's name, its "Arn" attribute its ARN (ccdk_cfn_resource_ref / _get_att).
 *  Owned by the App; a bad scope goes to the process-wide list; never NULL. */
ccdk_cfn_resource *ccdk_logs_cfn_log_group_new(void *scope, const char *id, const ccdk_logs_cfn_log_group_props *props);

/** LogGroupGrants.fromLogGroup(cfnLogGroup).write(grantee), .read(grantee) and .actions(grantee,
 *  ...actions) (CCDK_STRS(...)): grants on a log group given as its AWS::Logs::LogGroup CfnResource
 *  (ccdk_cfn_resource_new of that type, or a LogGroup's ccdk_logs_log_group_resource). write is on
 *  its Arn attribute; read and actions on arn:<partition>:logs:<region>:<account>:log-group:<its Ref>
 *  (its stack's environment) and its Arn attribute. By Grant.addToPrincipalOrResource: a grantee
 *  without a policy of its own, or of another account than the stack's, gets the statement in the
 *  group's resource policy: an AWS::Logs::ResourcePolicy "LogGroupPolicy" under the CfnLogGroup (one
 *  for all calls, made on the first), named Names.uniqueId(the CfnLogGroup), its document a JSON
 *  string with the principals as given (not made account ids, as a LogGroup's are). Returns 1 when
 *  a statement was added, else 0: a NULL argument is an error on the process-wide list, a resource of
 *  another type an error on it. */
int ccdk_logs_log_group_grants_write(ccdk_cfn_resource *log_group, ccdk_iam_principal *grantee);
int ccdk_logs_log_group_grants_read(ccdk_cfn_resource *log_group, ccdk_iam_principal *grantee);
int ccdk_logs_log_group_grants_actions(ccdk_cfn_resource *log_group, ccdk_iam_principal *grantee, ccdk_strs actions);

/* ---------------------------------------------------------------- LogStream */

typedef struct {
    ccdk_logs_log_group *log_group;       /* required (ignored by ccdk_logs_log_group_add_stream) */
    const char *log_stream_name;          /* default: CloudFormation's name */
    ccdk_removal_policy removal_policy;   /* default RETAIN */
} ccdk_logs_log_stream_props;

/** new logs.LogStream(scope, id, props): an AWS::Logs::LogStream of the group's name. A missing
 *  log_group is an error on the stream; a bad scope goes to the process-wide list. Never NULL. */
ccdk_logs_log_stream *ccdk_logs_log_stream_new(void *scope, const char *id, const ccdk_logs_log_stream_props *props);
/** logGroup.addStream(id, props): a LogStream under the group (props may be NULL). NULL for a NULL
 *  group, with an error on the process-wide list. */
ccdk_logs_log_stream *ccdk_logs_log_group_add_stream(ccdk_logs_log_group *log_group, const char *id,
                                                     const ccdk_logs_log_stream_props *props);
/** LogStream.fromLogStreamName(scope, id, name): an imported stream (no resource; its name is the
 *  one given, its resource NULL). Owned by the App; a bad scope goes to the process-wide list;
 *  never NULL. */
ccdk_logs_log_stream *ccdk_logs_log_stream_from_log_stream_name(void *scope, const char *id, const char *log_stream_name);
/** LogStreamAttributes. */
typedef struct {
    const char *log_stream_name; /* required */
    const char *log_group_name;  /* required */
} ccdk_logs_log_stream_attributes;
/** LogStream.fromLogStreamAttributes(scope, id, attrs): an imported stream that knows its group's name
 *  too (ccdk_logs_log_stream_log_group_name). Owned by the App; never NULL. */
ccdk_logs_log_stream *ccdk_logs_log_stream_from_log_stream_attributes(void *scope, const char *id,
                                                                      const ccdk_logs_log_stream_attributes *attrs);
/** logStream.logStreamRef.logGroupName: the group's name (a new stream's group's, or the attributes');
 *  for a fromLogStreamName import aws-cdk-lib's error on the App ("Cannot access logGroupName on a
 *  LogStream obtained from fromLogStreamName. ...") and NULL. NULL for NULL. */
const char *ccdk_logs_log_stream_log_group_name(ccdk_logs_log_stream *log_stream);
/** logStream.logStreamName (a Ref token) and the CfnLogStream, owned by the App; NULL for NULL. */
const char *ccdk_logs_log_stream_name(ccdk_logs_log_stream *log_stream);
ccdk_cfn_resource *ccdk_logs_log_stream_resource(ccdk_logs_log_stream *log_stream);

/* ---------------------------------------------------------------- SubscriptionFilter */

/** FilterPattern.allEvents(): the pattern that matches every event (""); FilterPattern.literal(s) is
 *  the string s itself. */
#define CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS ""

typedef struct {
    /** addPermissions: default true (the function's "CanInvokeLambda" permission for
     *  logs.amazonaws.com on the group's ARN, under the subscription filter, which depends on it) */
    ccdk_tristate add_permissions;
} ccdk_logs_lambda_destination_options;

/** new logs_destinations.LambdaDestination(fn, options): fn is a Function, Version, Alias or import;
 *  options may be NULL. Owned by fn's App; NULL for NULL (no error); a construct that is not an
 *  IFunction: an error on its App (NULL). */
ccdk_logs_subscription_destination *ccdk_logs_destinations_lambda_destination(void *fn,
                                                                               const ccdk_logs_lambda_destination_options *options);
typedef struct ccdk_kinesis_stream ccdk_kinesis_stream; /* ccdk/kinesis.h */
typedef struct {
    /** role: the role CloudWatch Logs assumes to put records to the stream; NULL: a new Role
     *  "CloudWatchLogsCanPutRecords" under the subscription filter, assumed by logs.amazonaws.com */
    ccdk_iam_role *role;
} ccdk_logs_kinesis_destination_props;

/** new logs_destinations.KinesisDestination(stream, props): binding it to a subscription filter
 *  grants the role write on the stream (stream.grantWrite: the key's too for a KMS stream) and
 *  iam:PassRole on itself; when the role has a DefaultPolicy, the filter depends on it and the role's
 *  DependsOn is deleted (aws-cdk-lib's addOverride("DependsOn", undefined)). The filter's
 *  DestinationArn is the stream's ARN, its RoleArn the role's; a filter's distribution is allowed
 *  with this destination only. props may be NULL. Owned by the stream's App; NULL for a NULL or bad
 *  stream (an error on the process-wide list). */
ccdk_logs_subscription_destination *ccdk_logs_destinations_kinesis_destination(ccdk_kinesis_stream *stream,
                                                                                const ccdk_logs_kinesis_destination_props *props);
/** A destination of one's own (what a class implementing ILogSubscriptionDestination binds to): the
 *  filter's DestinationArn arn, and role (may be NULL) its RoleArn. Owned by owner's App; never NULL. */
ccdk_logs_subscription_destination *ccdk_logs_subscription_destination_of(void *owner, const char *arn, ccdk_iam_role *role);

/* ---------------------------------------------------------------- CrossAccountDestination */

/** CrossAccountDestinationProps. */
typedef struct {
    /** default: "<stack name>-<the CfnDestination's logical id>" */
    const char *destination_name;
    ccdk_iam_role *role;     /* required: the role CloudWatch Logs assumes to put to the target */
    const char *target_arn;  /* required: a Kinesis stream's or Firehose's ARN */
} ccdk_logs_cross_account_destination_props;
/** new logs.CrossAccountDestination(scope, id, props): an AWS::Logs::Destination whose
 *  DestinationPolicy is its policy document as a JSON string ("" while it has no statement). A
 *  missing role or target_arn is aws-cdk-lib's (CfnDestination's) "required but missing" error.
 *  Owned by the App; never NULL. */
ccdk_logs_cross_account_destination *ccdk_logs_cross_account_destination_new(void *scope, const char *id,
                                                                               const ccdk_logs_cross_account_destination_props *props);
/** destination.addToPolicy(statement): into its DestinationPolicy. A NULL statement is an error on the
 *  process-wide list. */
void ccdk_logs_cross_account_destination_add_to_policy(ccdk_logs_cross_account_destination *destination,
                                                       ccdk_iam_policy_statement *statement);
/** destination.destinationArn, destinationName (tokens); the CfnDestination. NULL for NULL. */
const char *ccdk_logs_cross_account_destination_arn(ccdk_logs_cross_account_destination *destination);
const char *ccdk_logs_cross_account_destination_name(ccdk_logs_cross_account_destination *destination);
ccdk_cfn_resource *ccdk_logs_cross_account_destination_resource(ccdk_logs_cross_account_destination *destination);
/** The destination as a subscription filter's destination (its bind: {arn: destinationArn}, no role).
 *  Owned by the App; NULL for NULL. */
ccdk_logs_subscription_destination *ccdk_logs_cross_account_destination_as_destination(ccdk_logs_cross_account_destination *destination);

/** logs.Distribution: how CloudWatch Logs spreads a subscription's events over a Kinesis stream's
 *  shards (CCDK_LOGS_DISTRIBUTION_UNSET: not given). */
typedef enum {
    CCDK_LOGS_DISTRIBUTION_UNSET = 0,
    CCDK_LOGS_DISTRIBUTION_BY_LOG_STREAM, /* "ByLogStream" */
    CCDK_LOGS_DISTRIBUTION_RANDOM         /* "Random" */
} ccdk_logs_distribution;

typedef struct {
    ccdk_logs_log_group *log_group;                  /* required (ignored by addSubscriptionFilter) */
    ccdk_logs_subscription_destination *destination; /* required */
    /** required: FilterPattern.literal(s) is s; CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS */
    const char *filter_pattern;
    const char *filter_name;                         /* default: CloudFormation's name */
    /** distribution: the Distribution, taken with a KinesisDestination only: given with another
     *  destination (a Lambda one, one of one's own, a CrossAccountDestination), it is aws-cdk-lib's
     *  error on the filter, "distribution property can only be used with KinesisDestination." */
    ccdk_logs_distribution distribution;
} ccdk_logs_subscription_filter_props;

/** new logs.SubscriptionFilter(scope, id, props): an AWS::Logs::SubscriptionFilter of the group's
 *  name, the destination bound to it first. A missing log_group, destination or filter_pattern is
 *  an error on the filter, and so is a distribution (aws-cdk-lib's message); a bad scope goes to the process-wide list. Never NULL. */
ccdk_logs_subscription_filter *ccdk_logs_subscription_filter_new(void *scope, const char *id,
                                                                 const ccdk_logs_subscription_filter_props *props);
/** logGroup.addSubscriptionFilter(id, props): a SubscriptionFilter under the group. NULL for a NULL group, with
 *  an error on the process-wide list. */
ccdk_logs_subscription_filter *ccdk_logs_log_group_add_subscription_filter(ccdk_logs_log_group *log_group, const char *id,
                                                                           const ccdk_logs_subscription_filter_props *props);
/** The CfnSubscriptionFilter; NULL for NULL. */
ccdk_cfn_resource *ccdk_logs_subscription_filter_resource(ccdk_logs_subscription_filter *filter);

/* ---------------------------------------------------------------- MetricFilter */

/* ---------------------------------------------------------------- FilterPattern
 *
 * A filter pattern is its logPatternString, a string for a MetricFilter's or SubscriptionFilter's
 * filter_pattern (FilterPattern.literal(s) is s). These build aws-cdk-lib's patterns; each string is
 * owned by owner's App (any construct of it). A bad owner is an error on the process-wide list and
 * gives NULL. aws-cdk-lib's errors (UnscopedValidationErrors) are recorded on the App, without a
 * path, and the pattern is then "". */

/** FilterPattern.exists(jsonField) ('{ $.f = "*" }'), FilterPattern.notExists(jsonField)
 *  ('{ $.f NOT EXISTS }') and FilterPattern.isNull(jsonField) ('{ $.f IS NULL }'): the pattern's
 *  string, owned by owner's App. NULL for a NULL field (an error on the App) or a bad owner (an
 *  error on the process-wide list). */
const char *ccdk_logs_filter_pattern_exists(void *owner, const char *json_field);
const char *ccdk_logs_filter_pattern_not_exists(void *owner, const char *json_field);
const char *ccdk_logs_filter_pattern_is_null(void *owner, const char *json_field);
/** FilterPattern.booleanValue(jsonField, value): '{ $.f IS TRUE }' / '{ $.f IS FALSE }' (value 0:
 *  false); NULL field as for exists. */
const char *ccdk_logs_filter_pattern_boolean_value(void *owner, const char *json_field, int value);
/** FilterPattern.stringValue(jsonField, comparison, value): '{ $.f = "value" }' (the value quoted,
 *  its backslashes and quotes escaped). comparison "=" or "!=" ("==" is "="); another is
 *  aws-cdk-lib's error "Invalid comparison operator ('<='), must be either '=' or '!='". */
const char *ccdk_logs_filter_pattern_string_value(void *owner, const char *json_field, const char *comparison, const char *value);
/** FilterPattern.numberValue(jsonField, comparison, value): '{ $.f <= 300 }' (the number as
 *  JavaScript prints it). comparison one of =, !=, <, <=, >, >= ("==" is "="); another is
 *  aws-cdk-lib's error "Invalid comparison operator ('=>'), must be one of =, !=, <, <=, >, >=". */
const char *ccdk_logs_filter_pattern_number_value(void *owner, const char *json_field, const char *comparison, double value);
/** FilterPattern.regexValue(jsonField, comparison, value): '{ $.f = %value% }' (comparison written
 *  as given, unchecked, as aws-cdk-lib does). */
const char *ccdk_logs_filter_pattern_regex_value(void *owner, const char *json_field, const char *comparison, const char *value);
/** FilterPattern.all(...patterns) / any(...patterns) of JSON patterns (the functions above, all and
 *  any included): one pattern is itself; several are '{ (p1) && (p2) }' / '{ (p1) || (p2) }', each
 *  pattern without its "{ " and " }". None is aws-cdk-lib's error ("Must supply at least one
 *  pattern, or use allEvents() to match all events." / "Must supply at least one pattern"). */
const char *ccdk_logs_filter_pattern_all(void *owner, ccdk_strs json_patterns);
const char *ccdk_logs_filter_pattern_any(void *owner, ccdk_strs json_patterns);
/** FilterPattern.allTerms(...terms): every term, each in double quotes (backslashes and quotes
 *  escaped), joined by spaces ('"foo" "bar"'); no term is "". */
const char *ccdk_logs_filter_pattern_all_terms(void *owner, ccdk_strs terms);
/** FilterPattern.anyTerm(...terms): one term quoted; several each quoted after a "?" ('?"foo" ?"bar"'). */
const char *ccdk_logs_filter_pattern_any_term(void *owner, ccdk_strs terms);
/** FilterPattern.anyTermGroup(...termGroups): one group as allTerms; several each after a "?"
 *  ('?"foo" "bar" ?"baz"'); none is "". A group list: (ccdk_logs_term_groups)CCDK_LIST(CCDK_STRS("foo",
 *  "bar"), CCDK_STRS("baz")). */
typedef CCDK_LIST_TYPE(ccdk_strs) ccdk_logs_term_groups;
const char *ccdk_logs_filter_pattern_any_term_group(void *owner, ccdk_logs_term_groups term_groups);

/** A SpaceDelimitedTextPattern: columns and their restrictions, immutable (where_* return a new
 *  one), owned by the owner's App. */
typedef struct ccdk_logs_space_delimited_text_pattern ccdk_logs_space_delimited_text_pattern;
/** FilterPattern.spaceDelimited(...columns): each column "..." or of letters, digits, "_" and "-";
 *  another is aws-cdk-lib's error "Invalid column name: <c>", more than one "..." its error "Can use
 *  at most one '...' column" (the pattern then has no columns). Never NULL (a bad owner: an error on
 *  the process-wide list). */
ccdk_logs_space_delimited_text_pattern *ccdk_logs_filter_pattern_space_delimited(void *owner, ccdk_strs columns);
/** pattern.whereString(column, comparison, value) / whereNumber(column, comparison, value): a new
 *  pattern with the restriction added (p is unchanged). A column "..." or not among the columns,
 *  and a comparison as stringValue / numberValue refuse it, are aws-cdk-lib's errors; p itself is
 *  then returned. NULL for a NULL p (an error on the process-wide list). */
ccdk_logs_space_delimited_text_pattern *ccdk_logs_space_delimited_text_pattern_where_string(const ccdk_logs_space_delimited_text_pattern *p,
                                                                                           const char *column, const char *comparison,
                                                                                           const char *value);
ccdk_logs_space_delimited_text_pattern *ccdk_logs_space_delimited_text_pattern_where_number(const ccdk_logs_space_delimited_text_pattern *p,
                                                                                           const char *column, const char *comparison,
                                                                                           double value);
/** pattern.logPatternString: '[..., status_code = "4*" && status_code != 403, bytes]' (each column,
 *  or its restrictions in the order added joined by " && "). A whereString of "" is aws-cdk-lib's
 *  error "Invalid restriction" here, and "". NULL for NULL. */
const char *ccdk_logs_space_delimited_text_pattern_string(const ccdk_logs_space_delimited_text_pattern *p);

typedef struct {
    ccdk_logs_log_group *log_group;   /* required (ignored by ccdk_logs_log_group_add_metric_filter) */
    /** required: a FilterPattern's string (ccdk_logs_filter_pattern_exists(...), a literal, or
     *  CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS) */
    const char *filter_pattern;
    const char *metric_namespace;     /* required */
    const char *metric_name;          /* required */
    const char *metric_value;         /* default "1" */
    ccdk_opt_num default_value;       /* default: none (no value when nothing matches) */
    /** dimensions: CCDK_KVS({"Foo", "Bar"}), at most 3, in the template in the order given */
    ccdk_kvs dimensions;
    const char *unit;                 /* a cloudwatch.Unit's value ("Milliseconds", "Count", ...) */
    const char *filter_name;          /* default: CloudFormation's name */
    ccdk_tristate apply_on_transformed_logs;
} ccdk_logs_metric_filter_props;

/** new logs.MetricFilter(scope, id, props): an AWS::Logs::MetricFilter of the group's name with one
 *  metric transformation. Owned by the App. A missing log_group, filter_pattern, namespace or name,
 *  or more than 3 dimensions, is an error on the filter (aws-cdk-lib's message for the dimensions);
 *  a bad scope goes to the process-wide list. Never NULL. */
ccdk_logs_metric_filter *ccdk_logs_metric_filter_new(void *scope, const char *id, const ccdk_logs_metric_filter_props *props);
/** logGroup.addMetricFilter(id, props): a MetricFilter under the group. NULL for a NULL group, with an
 *  error on the process-wide list. */
ccdk_logs_metric_filter *ccdk_logs_log_group_add_metric_filter(ccdk_logs_log_group *log_group, const char *id,
                                                               const ccdk_logs_metric_filter_props *props);
/** metricFilter.metric(options): the filter's metric (its namespace and name, statistic "avg", the
 *  options over them; options may be NULL), attached to the filter's stack (its account and region
 *  in another environment; extractMetric's too), owned by the App. NULL for NULL, without an error. */
ccdk_cloudwatch_metric *ccdk_logs_metric_filter_metric(ccdk_logs_metric_filter *filter,
                                                       const ccdk_cloudwatch_metric_options *options);
/** logGroup.extractMetric(jsonField, metricNamespace, metricName): a MetricFilter
 *  "<namespace>_<name>" under the group counting jsonField's value where it exists
 *  (FilterPattern.exists), and its metric (statistic Average). NULL for a NULL group (an error on the
 *  process-wide list). */
ccdk_cloudwatch_metric *ccdk_logs_log_group_extract_metric(ccdk_logs_log_group *log_group, const char *json_field,
                                                           const char *metric_namespace, const char *metric_name);
/** logGroup.metric(metricName, options): a metric in the AWS/Logs namespace of that name, statistic
 *  Sum, the options over them (options may be NULL), attached to the group's stack (an import's
 *  too). As aws-cdk-lib's, it has no dimension, not even LogGroupName: give
 *  .dimensions = CCDK_KVS({"LogGroupName", ccdk_logs_log_group_name(lg)}) for the group's own.
 *  logGroup.metricIncomingLogEvents(options) is metric("IncomingLogs", options) (aws-cdk-lib's name;
 *  CloudWatch Logs' metric is IncomingLogEvents), logGroup.metricIncomingBytes(options)
 *  metric("IncomingBytes", options). Owned by the App; NULL for a NULL group (an error on the
 *  process-wide list). */
ccdk_cloudwatch_metric *ccdk_logs_log_group_metric(ccdk_logs_log_group *log_group, const char *metric_name,
                                                   const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_logs_log_group_metric_incoming_log_events(ccdk_logs_log_group *log_group,
                                                                       const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_logs_log_group_metric_incoming_bytes(ccdk_logs_log_group *log_group,
                                                                  const ccdk_cloudwatch_metric_options *options);
/** The CfnMetricFilter; NULL for NULL. */
ccdk_cfn_resource *ccdk_logs_metric_filter_resource(ccdk_logs_metric_filter *filter);

/* ---------------------------------------------------------------- LogRetention */

/** logs.LogRetentionRetryOptions: max_retries goes to the handler as SdkRetry.maxRetries (ccdk's
 *  handler retries a throttled CloudWatch Logs call that many times, default 5, with exponential
 *  backoff); base is aws-cdk-lib's deprecated base delay, accepted and unused, as there. */
typedef struct {
    ccdk_opt_num max_retries;
    ccdk_duration base;
} ccdk_logs_log_retention_retry_options;

typedef struct {
    const char *log_group_name;            /* required */
    ccdk_logs_retention_days retention;    /* required; INFINITE deletes the retention policy */
    const char *log_group_region;          /* default: the stack's region */
    ccdk_iam_role *role;                   /* the handler's role (default: a new ServiceRole) */
    const ccdk_logs_log_retention_retry_options *log_retention_retry_options;
    ccdk_removal_policy removal_policy;    /* DESTROY: the log group is deleted with the resource */
} ccdk_logs_log_retention_props;

/** new logs.LogRetention(scope, id, props): a Custom::LogRetention resource served by the stack's
 *  singleton function LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a (made by the first one, with its
 *  role and policy, and ccdk's own handler code staged as an asset). Owned by the App. A missing
 *  name or retention is an error on it; a bad scope goes to the process-wide list. Never NULL. */
ccdk_logs_log_retention *ccdk_logs_log_retention_new(void *scope, const char *id, const ccdk_logs_log_retention_props *props);
/** logRetention.logGroupArn: the ARN of the log group the resource manages, a string token owned by
 *  the App (its name part is the resource's LogGroupName attribute). NULL for NULL. */
const char *ccdk_logs_log_retention_log_group_arn(ccdk_logs_log_retention *log_retention);
/** The LogGroupName attribute of the resource (a string token owned by the App). NULL for NULL. */
const char *ccdk_logs_log_retention_log_group_name(ccdk_logs_log_retention *log_retention);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_logs_log_group_new(scope, ...) ccdk_logs_log_group_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_logs_log_group_from_log_group_name(scope, ...) ccdk_logs_log_group_from_log_group_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_logs_log_group_from_log_group_arn(scope, ...) ccdk_logs_log_group_from_log_group_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_logs_log_group_grant_write(log_group, grantee) ccdk_logs_log_group_grant_write(log_group, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_logs_log_group_grant_read(log_group, grantee) ccdk_logs_log_group_grant_read(log_group, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_logs_log_group_grant(log_group, grantee, ...) ccdk_logs_log_group_grant(log_group, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_logs_resource_policy_new(scope, ...) ccdk_logs_resource_policy_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_logs_cfn_log_group_new(scope, ...) ccdk_logs_cfn_log_group_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_logs_log_group_grants_write(log_group, grantee) ccdk_logs_log_group_grants_write(log_group, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_logs_log_group_grants_read(log_group, grantee) ccdk_logs_log_group_grants_read(log_group, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_logs_log_group_grants_actions(log_group, grantee, ...) ccdk_logs_log_group_grants_actions(log_group, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_logs_log_stream_new(scope, ...) ccdk_logs_log_stream_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_logs_log_stream_from_log_stream_name(scope, ...) ccdk_logs_log_stream_from_log_stream_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_logs_log_stream_from_log_stream_attributes(scope, ...) ccdk_logs_log_stream_from_log_stream_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_logs_destinations_lambda_destination(fn, ...) ccdk_logs_destinations_lambda_destination(CCDK_LAMBDA_IFUNCTION(fn), __VA_ARGS__)
#define ccdk_logs_subscription_destination_of(owner, ...) ccdk_logs_subscription_destination_of(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_logs_cross_account_destination_new(scope, ...) ccdk_logs_cross_account_destination_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_logs_subscription_filter_new(scope, ...) ccdk_logs_subscription_filter_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_logs_filter_pattern_exists(owner, ...) ccdk_logs_filter_pattern_exists(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_logs_filter_pattern_not_exists(owner, ...) ccdk_logs_filter_pattern_not_exists(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_logs_filter_pattern_is_null(owner, ...) ccdk_logs_filter_pattern_is_null(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_logs_filter_pattern_boolean_value(owner, ...) ccdk_logs_filter_pattern_boolean_value(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_logs_filter_pattern_string_value(owner, ...) ccdk_logs_filter_pattern_string_value(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_logs_filter_pattern_number_value(owner, ...) ccdk_logs_filter_pattern_number_value(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_logs_filter_pattern_regex_value(owner, ...) ccdk_logs_filter_pattern_regex_value(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_logs_filter_pattern_all(owner, ...) ccdk_logs_filter_pattern_all(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_logs_filter_pattern_any(owner, ...) ccdk_logs_filter_pattern_any(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_logs_filter_pattern_all_terms(owner, ...) ccdk_logs_filter_pattern_all_terms(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_logs_filter_pattern_any_term(owner, ...) ccdk_logs_filter_pattern_any_term(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_logs_filter_pattern_any_term_group(owner, ...) ccdk_logs_filter_pattern_any_term_group(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_logs_filter_pattern_space_delimited(owner, ...) ccdk_logs_filter_pattern_space_delimited(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_logs_metric_filter_new(scope, ...) ccdk_logs_metric_filter_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_logs_log_retention_new(scope, ...) ccdk_logs_log_retention_new(CCDK_SCOPE(scope), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
