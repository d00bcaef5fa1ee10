/* ccdk/s3.h - the s3.Bucket that Lambda features need: the bucket (lifecycle, CORS, metrics,
 * inventories, object lock, access logs, website, replication, intelligent tiering, ACL), its imports, grants, URLs, CloudTrail rules, event
 * notifications (Custom::S3BucketNotifications) with Lambda, SQS, SNS and custom destinations. */
#ifndef CCDK_S3_H
#define CCDK_S3_H

#include "ccdk/core.h"
#include "ccdk/events.h" /* onCloudTrailEvent's rules */
#include "ccdk/iam.h"
#include "ccdk/lambda.h" /* LambdaDestination takes an IFunction */

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_s3_bucket ccdk_s3_bucket;
typedef struct ccdk_s3_notification_destination ccdk_s3_notification_destination;

/** BucketEncryption: UNSET (not given) is KMS when an encryption_key is given, else UNENCRYPTED, as
 *  in aws-cdk-lib. KMS and DSSE use the given encryption_key, or make a kms.Key "Key" under the
 *  bucket ("Created by <path>"; with key rotation for KMS). */
typedef enum {
    CCDK_S3_ENCRYPTION_UNSET = 0,
    CCDK_S3_ENCRYPTION_UNENCRYPTED,
    CCDK_S3_ENCRYPTION_S3_MANAGED,
    CCDK_S3_ENCRYPTION_KMS_MANAGED,
    CCDK_S3_ENCRYPTION_DSSE_MANAGED,
    CCDK_S3_ENCRYPTION_KMS,
    CCDK_S3_ENCRYPTION_DSSE,
} ccdk_s3_bucket_encryption;

/** BlockedEncryptionType values: NONE, SSE_C, and BlockedEncryptionType.custom(name) is any string. */
#define CCDK_S3_BLOCKED_ENCRYPTION_NONE "NONE"
#define CCDK_S3_BLOCKED_ENCRYPTION_SSE_C "SSE-C"

/** BlockPublicAccessOptions; the constants below are BlockPublicAccess.BLOCK_ALL, BLOCK_ACLS and
 *  BLOCK_ACLS_ONLY. */
typedef struct {
    ccdk_tristate block_public_acls;
    ccdk_tristate block_public_policy;
    ccdk_tristate ignore_public_acls;
    ccdk_tristate restrict_public_buckets;
} ccdk_s3_block_public_access;
extern const ccdk_s3_block_public_access ccdk_s3__block_all, ccdk_s3__block_acls, ccdk_s3__block_acls_only;
#define CCDK_S3_BLOCK_ALL (&ccdk_s3__block_all)
#define CCDK_S3_BLOCK_ACLS (&ccdk_s3__block_acls)
#define CCDK_S3_BLOCK_ACLS_ONLY (&ccdk_s3__block_acls_only)

/* ================================================================== lifecycle rules, CORS */

/** StorageClass values (aws-cdk-lib's `new StorageClass(value)` takes any string: so does ccdk). */
#define CCDK_S3_STORAGE_CLASS_INFREQUENT_ACCESS "STANDARD_IA"
#define CCDK_S3_STORAGE_CLASS_ONE_ZONE_INFREQUENT_ACCESS "ONEZONE_IA"
#define CCDK_S3_STORAGE_CLASS_GLACIER "GLACIER"
#define CCDK_S3_STORAGE_CLASS_GLACIER_INSTANT_RETRIEVAL "GLACIER_IR"
#define CCDK_S3_STORAGE_CLASS_DEEP_ARCHIVE "DEEP_ARCHIVE"
#define CCDK_S3_STORAGE_CLASS_INTELLIGENT_TIERING "INTELLIGENT_TIERING"

/** Transition: storage_class, and exactly one of transition_after (whole days) and transition_date.
 *  A date (a JavaScript Date in aws-cdk-lib) is given as UTC text, "YYYY-MM-DD" or
 *  "YYYY-MM-DDTHH:MM:SSZ" (also with ".sss" milliseconds), and written as aws-cdk-lib writes a Date. */
typedef struct {
    const char *storage_class;
    ccdk_duration transition_after;
    const char *transition_date;
} ccdk_s3_transition;
typedef CCDK_LIST_TYPE(ccdk_s3_transition) ccdk_s3_transition_list;
/** NoncurrentVersionTransition. */
typedef struct {
    const char *storage_class;
    ccdk_duration transition_after;
    ccdk_opt_num noncurrent_versions_to_retain;
} ccdk_s3_noncurrent_version_transition;
typedef CCDK_LIST_TYPE(ccdk_s3_noncurrent_version_transition) ccdk_s3_noncurrent_version_transition_list;

/** LifecycleRule. Durations are written as whole days (toDays()). Rendered when the template is,
 *  as aws-cdk-lib's Lazy: its errors are then "Resolution error: ..." ones ("All rules for
 *  `lifecycleRules` must have at least one of the following properties: ...", "ExpiredObjectDeleteMarker
 *  cannot be specified with expiration, ExpirationDate, or TagFilters.", "Exactly one of
 *  transitionDate or transitionAfter must be specified in lifecycle rule transition", and a duration
 *  that is not a whole number of days). */
typedef struct {
    const char *id;
    ccdk_tristate enabled;                                 /* default true */
    ccdk_duration abort_incomplete_multipart_upload_after;
    ccdk_duration expiration;
    const char *expiration_date;                           /* as ccdk_s3_transition's date */
    ccdk_duration noncurrent_version_expiration;
    ccdk_opt_num noncurrent_versions_to_retain;
    ccdk_s3_noncurrent_version_transition_list noncurrent_version_transitions;
    ccdk_s3_transition_list transitions;
    const char *prefix;
    ccdk_kvs tag_filters;                                  /* CCDK_KVS({"key", "value"}, ...) */
    ccdk_tristate expired_object_delete_marker;
    ccdk_opt_num object_size_less_than;
    ccdk_opt_num object_size_greater_than;
} ccdk_s3_lifecycle_rule;
typedef CCDK_LIST_TYPE(ccdk_s3_lifecycle_rule) ccdk_s3_lifecycle_rule_list;

/** HttpMethods, as strings. */
#define CCDK_S3_HTTP_GET "GET"
#define CCDK_S3_HTTP_PUT "PUT"
#define CCDK_S3_HTTP_HEAD "HEAD"
#define CCDK_S3_HTTP_POST "POST"
#define CCDK_S3_HTTP_DELETE "DELETE"
/** CorsRule: allowed_methods and allowed_origins are required (NULL-free lists). */
typedef struct {
    const char *id;
    ccdk_opt_num max_age;
    ccdk_strs allowed_headers;
    ccdk_strs allowed_methods; /* CCDK_STRS(CCDK_S3_HTTP_GET, ...) */
    ccdk_strs allowed_origins;
    ccdk_strs exposed_headers;
} ccdk_s3_cors_rule;
typedef CCDK_LIST_TYPE(ccdk_s3_cors_rule) ccdk_s3_cors_rule_list;

/** BucketMetrics: a metrics configuration (id required). */
typedef struct {
    const char *id;
    const char *prefix;
    ccdk_kvs tag_filters;
} ccdk_s3_bucket_metrics;
typedef CCDK_LIST_TYPE(ccdk_s3_bucket_metrics) ccdk_s3_bucket_metrics_list;

/** InventoryFormat, InventoryFrequency and InventoryObjectVersion values, as strings. */
#define CCDK_S3_INVENTORY_FORMAT_CSV "CSV"
#define CCDK_S3_INVENTORY_FORMAT_PARQUET "Parquet"
#define CCDK_S3_INVENTORY_FORMAT_ORC "ORC"
#define CCDK_S3_INVENTORY_FREQUENCY_DAILY "Daily"
#define CCDK_S3_INVENTORY_FREQUENCY_WEEKLY "Weekly"
#define CCDK_S3_INVENTORY_OBJECT_VERSION_ALL "All"
#define CCDK_S3_INVENTORY_OBJECT_VERSION_CURRENT "Current"
/** InventoryDestination: the bucket the inventory goes to (required), a prefix, its owner's account. */
typedef struct {
    ccdk_s3_bucket *bucket;
    const char *prefix;
    const char *bucket_owner;
} ccdk_s3_inventory_destination;
/** Inventory. format NULL: CSV; frequency NULL: Weekly; include_object_versions NULL: All;
 *  inventory_id NULL: "<bucket id>Inventory<index>" (its characters but word ones, "." and "-"
 *  dropped, the last 64 kept). A given id of more than 64 characters or with others is aws-cdk-lib's
 *  error, thrown when the template is rendered (a "Resolution error: ..."). */
typedef struct {
    ccdk_s3_inventory_destination destination;
    const char *objects_prefix;
    const char *format;
    ccdk_tristate enabled; /* default true */
    const char *inventory_id;
    const char *frequency;
    const char *include_object_versions;
    ccdk_strs optional_fields;
} ccdk_s3_inventory;
typedef CCDK_LIST_TYPE(ccdk_s3_inventory) ccdk_s3_inventory_list;

/** ObjectLockRetention.governance(duration) / .compliance(duration): mode and a duration of at
 *  least 1 day and at most 100 years (aws-cdk-lib's errors, where the bucket is made). */
typedef enum {
    CCDK_S3_OBJECT_LOCK_UNSET = 0,
    CCDK_S3_OBJECT_LOCK_GOVERNANCE,
    CCDK_S3_OBJECT_LOCK_COMPLIANCE,
} ccdk_s3_object_lock_mode;
typedef struct {
    ccdk_s3_object_lock_mode mode;
    ccdk_duration duration;
} ccdk_s3_object_lock_retention;

/** TargetObjectKeyFormat: the key format of server access log objects. simplePrefix() is
 *  {.kind = CCDK_S3_KEY_FORMAT_SIMPLE_PREFIX}; partitionedPrefix(dateSource) is
 *  {.kind = CCDK_S3_KEY_FORMAT_PARTITIONED_PREFIX, .partition_date_source = "EventTime" or
 *  "DeliveryTime"} (NULL: none given). */
typedef enum {
    CCDK_S3_KEY_FORMAT_UNSET = 0,
    CCDK_S3_KEY_FORMAT_SIMPLE_PREFIX,
    CCDK_S3_KEY_FORMAT_PARTITIONED_PREFIX,
} ccdk_s3_target_object_key_format_kind;
#define CCDK_S3_PARTITION_DATE_SOURCE_EVENT_TIME "EventTime"
#define CCDK_S3_PARTITION_DATE_SOURCE_DELIVERY_TIME "DeliveryTime"
typedef struct {
    ccdk_s3_target_object_key_format_kind kind;
    const char *partition_date_source;
} ccdk_s3_target_object_key_format;

/** ObjectOwnership: the bucket's OwnershipControls rule. */
typedef enum {
    CCDK_S3_OBJECT_OWNERSHIP_UNSET = 0,
    CCDK_S3_OBJECT_OWNERSHIP_BUCKET_OWNER_ENFORCED, /* "BucketOwnerEnforced" */
    CCDK_S3_OBJECT_OWNERSHIP_BUCKET_OWNER_PREFERRED, /* "BucketOwnerPreferred" */
    CCDK_S3_OBJECT_OWNERSHIP_OBJECT_WRITER,         /* "ObjectWriter" */
} ccdk_s3_object_ownership;

/** BucketAccessControl: the bucket's canned ACL (AccessControl). */
typedef enum {
    CCDK_S3_ACCESS_CONTROL_UNSET = 0,
    CCDK_S3_ACCESS_CONTROL_PRIVATE,                   /* "Private" */
    CCDK_S3_ACCESS_CONTROL_PUBLIC_READ,               /* "PublicRead" */
    CCDK_S3_ACCESS_CONTROL_PUBLIC_READ_WRITE,         /* "PublicReadWrite" */
    CCDK_S3_ACCESS_CONTROL_AUTHENTICATED_READ,        /* "AuthenticatedRead" */
    CCDK_S3_ACCESS_CONTROL_LOG_DELIVERY_WRITE,        /* "LogDeliveryWrite" */
    CCDK_S3_ACCESS_CONTROL_BUCKET_OWNER_READ,         /* "BucketOwnerRead" */
    CCDK_S3_ACCESS_CONTROL_BUCKET_OWNER_FULL_CONTROL, /* "BucketOwnerFullControl" */
    CCDK_S3_ACCESS_CONTROL_AWS_EXEC_READ,             /* "AwsExecRead" */
} ccdk_s3_bucket_access_control;

/** BucketNamespace: where a bucket_name_prefix's name is unique. */
typedef enum {
    CCDK_S3_BUCKET_NAMESPACE_UNSET = 0,
    CCDK_S3_BUCKET_NAMESPACE_GLOBAL,           /* "global" */
    CCDK_S3_BUCKET_NAMESPACE_ACCOUNT_REGIONAL, /* "account-regional" */
} ccdk_s3_bucket_namespace;

/* ================================================================== website */

/** RedirectProtocol values, as strings. */
#define CCDK_S3_REDIRECT_PROTOCOL_HTTP "http"
#define CCDK_S3_REDIRECT_PROTOCOL_HTTPS "https"
/** RedirectTarget: where a website bucket redirects every request (host_name required; protocol NULL:
 *  the request's). */
typedef struct {
    const char *host_name;
    const char *protocol;
} ccdk_s3_redirect_target;
/** RoutingRuleCondition: at least one of the two (aws-cdk-lib's error "The condition property cannot be
 *  an empty object" otherwise). */
typedef struct {
    const char *http_error_code_returned_equals;
    const char *key_prefix_equals;
} ccdk_s3_routing_rule_condition;
/** ReplaceKey.with(key) is {.with_key = key}; ReplaceKey.prefixWith(key) is {.prefix_with_key = key}. */
typedef struct {
    const char *with_key;
    const char *prefix_with_key;
} ccdk_s3_replace_key;
/** RoutingRule: the redirect (each part NULL: not given) and its condition (NULL: none). */
typedef struct {
    const char *host_name;
    const char *http_redirect_code;
    const char *protocol;
    ccdk_s3_replace_key replace_key;
    const ccdk_s3_routing_rule_condition *condition;
} ccdk_s3_routing_rule;
typedef CCDK_LIST_TYPE(ccdk_s3_routing_rule) ccdk_s3_routing_rule_list;

/* ================================================================== replication, intelligent tiering */

/** ReplicationTimeValue: minutes, as CCDK_NUM(minutes); FIFTEEN_MINUTES is the only one aws-cdk-lib
 *  offers. */
#define CCDK_S3_REPLICATION_TIME_FIFTEEN_MINUTES CCDK_NUM(15)
/** Filter of a replication rule: a key prefix (NULL: "") and tags (CCDK_KVS({"key", "value"}, ...); given
 *  and not empty, the filter is an And of both). */
typedef struct {
    const char *prefix;
    ccdk_kvs tags;
} ccdk_s3_replication_filter;
/** ReplicationRule: destination is required (a bucket of the App or an import; one of another account
 *  makes the rule cross-account: its Account, and aws-cdk-lib's info annotation on the source). */
typedef struct {
    ccdk_s3_bucket *destination;
    ccdk_tristate access_control_transition;  /* only cross-account (aws-cdk-lib's error otherwise) */
    ccdk_opt_num replication_time_control;    /* minutes; needs metrics (aws-cdk-lib's error) */
    ccdk_opt_num metrics;                     /* minutes (the event threshold, with time control) */
    ccdk_kms_key *kms_key;                    /* the replicas' key: ReplicaKmsKeyID */
    const char *storage_class;                /* CCDK_S3_STORAGE_CLASS_* */
    ccdk_tristate sse_kms_encrypted_objects;
    ccdk_tristate replica_modifications;
    ccdk_opt_num priority;                    /* required when there are several rules */
    ccdk_tristate delete_marker_replication;  /* not with filter tags (aws-cdk-lib's error) */
    const char *id;
    ccdk_s3_replication_filter filter;
} ccdk_s3_replication_rule;
typedef CCDK_LIST_TYPE(ccdk_s3_replication_rule) ccdk_s3_replication_rule_list;

/** IntelligentTieringConfiguration: name (required), a prefix and tags to filter by, and the times after
 *  which objects move to the Archive Access and Deep Archive Access tiers (whole days; not given: no
 *  such tier). */
typedef struct {
    const char *name;
    const char *prefix;
    ccdk_kvs tags; /* CCDK_KVS({"key", "value"}, ...) */
    ccdk_duration archive_access_tier_time;
    ccdk_duration deep_archive_access_tier_time;
} ccdk_s3_intelligent_tiering_configuration;
typedef CCDK_LIST_TYPE(ccdk_s3_intelligent_tiering_configuration) ccdk_s3_intelligent_tiering_configuration_list;

/** BucketProps (the subset ccdk supports). */
typedef struct {
    const char *bucket_name;                  /* checked as aws-cdk-lib checks it */
    /** bucketNamePrefix and bucketNamespace: BucketNamePrefix (checked as aws-cdk-lib checks it: at most
     *  37 characters of [a-z0-9-], starting and ending with a letter or digit) and BucketNamespace. A
     *  prefix needs the ACCOUNT_REGIONAL namespace and that namespace a prefix; neither goes with a
     *  bucket_name (but GLOBAL): aws-cdk-lib's errors on the bucket. */
    const char *bucket_name_prefix;
    ccdk_s3_bucket_namespace bucket_namespace;
    ccdk_tristate versioned;
    ccdk_s3_bucket_encryption encryption;
    /** encryptionKey: only with KMS or DSSE (aws-cdk-lib's error otherwise). Grants on the bucket
     *  also grant the kms: actions on it (bucket-grants.js), and the key is bucket.encryptionKey. */
    ccdk_kms_key *encryption_key;
    ccdk_tristate bucket_key_enabled;         /* not with UNENCRYPTED */
    /** blockedEncryptionTypes (CCDK_STRS(CCDK_S3_BLOCKED_ENCRYPTION_SSE_C, ...); not given: none): the
     *  encryption rule's BlockedEncryptionTypes {EncryptionType: [...]} (an UNENCRYPTED bucket gets a
     *  rule of them alone). Given empty (CCDK_EMPTY_LIST), or NONE with others, is aws-cdk-lib's error
     *  on the bucket ("At least one blocked encryption type must be specified", "If NONE is specified
     *  as the blocked encryption type, no other encryption types may be specified"). */
    ccdk_strs blocked_encryption_types;
    /** transferAcceleration: true gives AccelerateConfiguration {AccelerationStatus: "Enabled"}
     *  (false, as unset, gives none). */
    ccdk_tristate transfer_acceleration;
    /** abacStatus: AbacStatus "Enabled" (true) or "Disabled" (false); unset: none. */
    ccdk_tristate abac_status;
    const ccdk_s3_block_public_access *block_public_access; /* NULL: not given */
    ccdk_tristate enforce_ssl;                /* a BucketPolicy denying aws:SecureTransport false */
    /** minimumTLSVersion (0: not given): with enforce_ssl, the bucket policy's statement denying
     *  s3:TlsVersion NumericLessThan it; without enforce_ssl aws-cdk-lib's error ("'enforceSSL' must
     *  be enabled for 'minimumTLSVersion' to be applied"). */
    double minimum_tls_version;
    /** objectOwnership: OwnershipControls {Rules: [{ObjectOwnership}]}. A bucket that receives server
     *  access logs by the LogDeliveryWrite ACL keeps it (ObjectWriter when unset); BUCKET_OWNER_ENFORCED
     *  there is aws-cdk-lib's error on it. */
    ccdk_s3_object_ownership object_ownership;
    /** accessControl: the AccessControl canned ACL (and the acknowledged cfn-lint rule W3045). An ACL
     *  but PRIVATE, BUCKET_OWNER_READ and BUCKET_OWNER_FULL_CONTROL needs ownership controls: the
     *  object_ownership, or ObjectWriter (BUCKET_OWNER_ENFORCED is aws-cdk-lib's error). A bucket whose
     *  ACL is set to another than LOG_DELIVERY_WRITE cannot take server access logs by ACL (aws-cdk-lib's
     *  error). */
    ccdk_s3_bucket_access_control access_control;
    ccdk_removal_policy removal_policy;       /* default RETAIN, as aws-cdk-lib */
    /** Empty the bucket when it is deleted (needs removal_policy DESTROY): a Custom::S3AutoDeleteObjects
     *  resource served by the stack's provider, whose handler code is ccdk's own. */
    ccdk_tristate auto_delete_objects;
    ccdk_tristate event_bridge_enabled;
    ccdk_iam_role *notifications_handler_role; /* the notifications handler's role (default: its own) */
    ccdk_tristate notifications_skip_destination_validation;
    ccdk_s3_lifecycle_rule_list lifecycle_rules; /* as ccdk_s3_bucket_add_lifecycle_rule each */
    ccdk_s3_cors_rule_list cors;                 /* as ccdk_s3_bucket_add_cors_rule each */
    ccdk_s3_bucket_metrics_list metrics;         /* as ccdk_s3_bucket_add_metric each */
    ccdk_s3_inventory_list inventories;          /* as ccdk_s3_bucket_add_inventory each */
    /** transitionDefaultMinimumObjectSize: "all_storage_classes_128K" or "varies_by_storage_class",
     *  written in the LifecycleConfiguration (when there are rules). */
    const char *transition_default_minimum_object_size;
    /** objectLockEnabled; objectLockDefaultRetention (mode UNSET: not given) enables it, and with
     *  object_lock_enabled false is aws-cdk-lib's error. */
    ccdk_tristate object_lock_enabled;
    ccdk_s3_object_lock_retention object_lock_default_retention;
    /** serverAccessLogsBucket / serverAccessLogsPrefix: the bucket's LoggingConfiguration. The target
     *  (the given bucket, or this bucket when only a prefix is given) lets logging.s3.amazonaws.com
     *  write: under @aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy a bucket policy statement
     *  (s3:PutObject on "<prefix>*", conditioned by this bucket's ARN and account when both are in
     *  one stack), else the LogDeliveryWrite ACL with ObjectWriter ownership controls; an imported
     *  target is aws-cdk-lib's warning @aws-cdk/aws-s3:accessLogsPolicyNotAdded. A target with an
     *  encryption key grants encrypt/decrypt on it to the logging service. A prefix without a bucket
     *  on a KMS_MANAGED or DSSE_MANAGED bucket is aws-cdk-lib's error. */
    ccdk_s3_bucket *server_access_logs_bucket;
    const char *server_access_logs_prefix;
    ccdk_s3_target_object_key_format target_object_key_format; /* with server access logs only */
    /** publicReadAccess: grantPublicAccess() at construction; needs block_public_access given
     *  (aws-cdk-lib's error otherwise). */
    ccdk_tristate public_read_access;
    /** websiteIndexDocument, websiteErrorDocument, websiteRedirect (NULL: not given) and
     *  websiteRoutingRules (CCDK_EMPTY_LIST is given, as [] in TypeScript): the bucket's
     *  WebsiteConfiguration. An error document without an index document, and a redirect with any of
     *  the other three, are aws-cdk-lib's errors on the bucket. (Strings are read as JavaScript's
     *  truthiness reads them: "" is not given, but is written where aws-cdk-lib writes it.) */
    const char *website_index_document;
    const char *website_error_document;
    const ccdk_s3_redirect_target *website_redirect;
    ccdk_s3_routing_rule_list website_routing_rules;
    /** replicationRules: the bucket's ReplicationConfiguration, whose Role is replication_role or a role
     *  "ReplicationRole" made under the bucket (assumed by s3.amazonaws.com, named "CDKReplicationRole",
     *  under @aws-cdk/aws-s3:setUniqueReplicationRoleName CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED: a name
     *  made when another account's stack reads it, e.g. a destination's add_replication_policy of
     *  ccdk_s3_bucket_replication_role_arn) that is given grantReplicationPermission
     *  on the rules' destinations and keys. aws-cdk-lib's errors on the bucket: a replication_role
     *  without rules, rules on a bucket that is not versioned, several rules not all with a priority, a
     *  time control without metrics, delete marker replication with filter tags, and an access control
     *  transition to a bucket of the same account. */
    ccdk_s3_replication_rule_list replication_rules;
    ccdk_iam_role *replication_role;
    /** intelligentTieringConfigurations: IntelligentTieringConfigurations (CCDK_EMPTY_LIST: []). A
     *  tier time that is not a whole number of days is aws-cdk-lib's error. */
    ccdk_s3_intelligent_tiering_configuration_list intelligent_tiering_configurations;
} ccdk_s3_bucket_props;

/** new s3.Bucket(scope, id, props); props may be NULL. Owned by the App. A bad bucket name or prop
 *  combination is aws-cdk-lib's error on the bucket; a bad scope goes to the process-wide list;
 *  never NULL. */
ccdk_s3_bucket *ccdk_s3_bucket_new(void *scope, const char *id, const ccdk_s3_bucket_props *props);

/** Bucket.validateBucketName(physicalName, allowLegacyBucketNaming): 1 when the name is good (or a
 *  token, or NULL); else 0 and aws-cdk-lib's error (unscoped: no construct path) on scope's App --
 *  "Invalid S3 bucket name (value: <name>)" and a line per rule broken. scope is any construct of
 *  the App (a Stack, a construct); NULL is an error on the process-wide list. */
int ccdk_s3_bucket_validate_bucket_name(void *scope, const char *physical_name, ccdk_tristate allow_legacy_bucket_naming);

/** BucketAttributes (the subset ccdk supports): bucket_arn or bucket_name, at least one. */
typedef struct {
    const char *bucket_arn;
    const char *bucket_name;
    const char *account;
    const char *region;
    ccdk_kms_key *encryption_key; /* the key the bucket's objects are encrypted with, if any */
    ccdk_iam_role *notifications_handler_role;
    /** bucketDomainName, bucketRegionalDomainName, bucketDualStackDomainName, bucketWebsiteUrl (NULL
     *  or "": made of the name, see ccdk_s3_bucket_domain_name and ccdk_s3_bucket_website_url) */
    const char *bucket_domain_name;
    const char *bucket_regional_domain_name;
    const char *bucket_dual_stack_domain_name;
    const char *bucket_website_url;
    /** bucketWebsiteNewUrlFormat (deprecated in aws-cdk-lib): the endpoint "s3-website.<region>" (true) or the legacy
     *  "s3-website-<region>" (false); unset: the region's own (see ccdk_s3_bucket_website_url). */
    ccdk_tristate bucket_website_new_url_format;
    ccdk_tristate is_website;       /* isWebsite (default false) */
} ccdk_s3_bucket_attributes;

/** Bucket.fromBucketAttributes(scope, id, attrs), fromBucketArn(scope, id, arn) and
 *  fromBucketName(scope, id, name): an imported bucket, owned by the App. Neither an ARN nor a
 *  name, or a bad name (legacy naming allowed, as aws-cdk-lib), is aws-cdk-lib's error; a bad
 *  scope goes to the process-wide list; never NULL. */
ccdk_s3_bucket *ccdk_s3_bucket_from_bucket_attributes(void *scope, const char *id, const ccdk_s3_bucket_attributes *attrs);
ccdk_s3_bucket *ccdk_s3_bucket_from_bucket_arn(void *scope, const char *id, const char *bucket_arn);
ccdk_s3_bucket *ccdk_s3_bucket_from_bucket_name(void *scope, const char *id, const char *bucket_name);

/** bucket.bucketName, bucket.bucketArn (tokens, or literals for an import) and
 *  bucket.arnForObjects(pattern) ("<arn>/<pattern>"); owned by the App. NULL for NULL. */
const char *ccdk_s3_bucket_name(ccdk_s3_bucket *bucket);
const char *ccdk_s3_bucket_arn(ccdk_s3_bucket *bucket);
const char *ccdk_s3_bucket_arn_for_objects(ccdk_s3_bucket *bucket, const char *key_pattern);
/** The CfnBucket of a bucket (NULL for an import or NULL), owned by the App. */
ccdk_cfn_resource *ccdk_s3_bucket_resource(ccdk_s3_bucket *bucket);
/** 1 for a bucket imported with from_bucket_*, else 0 (also for NULL). */
int ccdk_s3_bucket_is_imported(const ccdk_s3_bucket *bucket);
/** bucket.encryptionKey: the given or made key of a KMS/DSSE bucket, an import's encryption_key
 *  attribute; NULL when there is none (also for NULL). */
ccdk_kms_key *ccdk_s3_bucket_encryption_key(ccdk_s3_bucket *bucket);
/** bucket.policy: the BucketPolicy construct ("Policy", made by the first statement added to the
 *  bucket's resource policy), for ccdk_node_add_dependency; NULL before that, for an import and
 *  for NULL. Owned by the App. */
ccdk_construct *ccdk_s3_bucket_policy(ccdk_s3_bucket *bucket);

/** bucket.policy.applyRemovalPolicy(policy) (BucketPolicy.applyRemovalPolicy): the removal policy of
 *  the CfnBucketPolicy (UNSET: RETAIN, as CfnResource's default). A bucket without a policy (none
 *  added yet, or an import) is an error on the bucket; NULL an error on the process-wide list. */
void ccdk_s3_bucket_policy_apply_removal_policy(ccdk_s3_bucket *bucket, ccdk_removal_policy policy);

/** bucket.grantRead / grantWrite / grantReadWrite / grantPut / grantDelete(grantee, pattern):
 *  aws-cdk-lib's statements (grantWrite and grantPut follow @aws-cdk/aws-s3:grantWriteWithoutAcl)
 *  in the grantee's identity policy; pattern NULL is "*". Return 1 when a statement was added,
 *  else 0 (also for NULL arguments: a NULL bucket or grantee is an error on the process-wide list). */
int ccdk_s3_bucket_grant_read(ccdk_s3_bucket *bucket, ccdk_iam_principal *grantee, const char *key_pattern);
int ccdk_s3_bucket_grant_write(ccdk_s3_bucket *bucket, ccdk_iam_principal *grantee, const char *key_pattern);
int ccdk_s3_bucket_grant_read_write(ccdk_s3_bucket *bucket, ccdk_iam_principal *grantee, const char *key_pattern);
int ccdk_s3_bucket_grant_put(ccdk_s3_bucket *bucket, ccdk_iam_principal *grantee, const char *key_pattern);
int ccdk_s3_bucket_grant_delete(ccdk_s3_bucket *bucket, ccdk_iam_principal *grantee, const char *key_pattern);

/** bucket.grantWrite(grantee, pattern, allowedActionPatterns): as ccdk_s3_bucket_grant_write, but the
 *  bucket actions are the given ones (CCDK_STRS("s3:PutObject", ...); empty: grantWrite's own; pattern
 *  NULL is "*"); the
 *  kms: ones among them go to the bucket's key with KEY_WRITE_ACTIONS (when it has one). Returns as
 *  the other grants. */
int ccdk_s3_bucket_grant_write_actions(ccdk_s3_bucket *bucket, ccdk_iam_principal *grantee, const char *key_pattern,
                                       ccdk_strs allowed_action_patterns);
/** bucket.grantOnKey(grantee, ...actions): encryptionKey.grant(grantee, ...actions) when the bucket has
 *  a key (1), else nothing (0; also for NULL arguments, an error on the process-wide list). */
int ccdk_s3_bucket_grant_on_key(ccdk_s3_bucket *bucket, ccdk_iam_principal *grantee, ccdk_strs actions);

/** bucket.grants.actionsOnObjectKeys(grantee, pattern, ...actions) and
 *  bucket.grants.actionsOnBucketAndObjectKeys(grantee, pattern, ...actions) (BucketGrants): the given
 *  actions (CCDK_STRS("s3:GetObject", ...)) on the objects matching pattern (NULL: "*"), the second on
 *  the bucket's ARN too, where the other grants put theirs; the kms: ones among them go to the
 *  bucket's key (key.grant) when it has one, the others to the bucket. Returns as the other grants. */
int ccdk_s3_bucket_grant_actions_on_object_keys(ccdk_s3_bucket *bucket, ccdk_iam_principal *grantee, const char *key_pattern,
                                                ccdk_strs actions);
int ccdk_s3_bucket_grant_actions_on_bucket_and_object_keys(ccdk_s3_bucket *bucket, ccdk_iam_principal *grantee,
                                                           const char *key_pattern, ccdk_strs actions);

/** bucket.addToResourcePolicy(statement): into the bucket's BucketPolicy (made on first use).
 *  Returns 1 when added; 0 for an imported bucket (it has no policy of the App's, as aws-cdk-lib's
 *  statementAdded false) and for NULL arguments (a NULL bucket: an error on the process-wide list). */
int ccdk_s3_bucket_add_to_resource_policy(ccdk_s3_bucket *bucket, ccdk_iam_policy_statement *statement);

/** bucket.grantPutAcl(grantee, pattern): s3:PutObjectAcl and s3:PutObjectVersionAcl on the objects
 *  (pattern NULL: "*"). Returns as the other grants. */
int ccdk_s3_bucket_grant_put_acl(ccdk_s3_bucket *bucket, ccdk_iam_principal *grantee, const char *key_pattern);
/** bucket.grantPublicAccess(keyPrefix, ...allowedActions): a bucket policy statement allowing
 *  everyone (AnyPrincipal) the actions (CCDK_STRS(...); not given or empty: s3:GetObject) on the
 *  objects under key_prefix (NULL: "*"). A bucket whose blockPublicAccess blocks public policies is
 *  aws-cdk-lib's error on the bucket ("Cannot grant public access when 'blockPublicPolicy' is
 *  enabled"). Returns 1 when the statement was added (0 for an import: it has no policy of the
 *  App's; 0 after an error). */
int ccdk_s3_bucket_grant_public_access(ccdk_s3_bucket *bucket, const char *key_prefix, ccdk_strs allowed_actions);

/** grant.resourceStatement of bucket.grantPublicAccess(keyPrefix, ...allowedActions): as
 *  ccdk_s3_bucket_grant_public_access, and the bucket policy statement it added, to customize (e.g.
 *  ccdk_iam_policy_statement_add_condition "IpAddress" on it; it is rendered with the template). For an
 *  import the statement is made and in no policy, as in aws-cdk-lib. NULL after an error (and for NULL). */
ccdk_iam_policy_statement *ccdk_s3_bucket_grant_public_access_statement(ccdk_s3_bucket *bucket, const char *key_prefix,
                                                                       ccdk_strs allowed_actions);

/** GrantReplicationPermissionProps: the destinations (at least one), each a bucket and the key its
 *  replicas are encrypted with (NULL: none); source_decryption_key is accepted as aws-cdk-lib does
 *  (it grants nothing: the bucket's own key does). */
typedef struct {
    ccdk_s3_bucket *bucket;
    ccdk_kms_key *encryption_key;
} ccdk_s3_replication_destination;
typedef CCDK_LIST_TYPE(ccdk_s3_replication_destination) ccdk_s3_replication_destination_list;
typedef struct {
    ccdk_kms_key *source_decryption_key;
    ccdk_s3_replication_destination_list destinations;
} ccdk_s3_grant_replication_permission_props;
/** bucket.grantReplicationPermission(grantee, props): s3:GetReplicationConfiguration and s3:ListBucket
 *  on the bucket, s3:GetObjectVersionForReplication / Acl / Tagging on its objects, s3:ReplicateObject,
 *  ReplicateDelete, ReplicateTags and ObjectOwnerOverrideToBucketOwner on each destination's objects;
 *  each destination key's grantEncrypt, and kms:Decrypt on the bucket's own key. No destination is
 *  aws-cdk-lib's error on the bucket. Returns 1 when the grants were added, else 0. */
int ccdk_s3_bucket_grant_replication_permission(ccdk_s3_bucket *bucket, ccdk_iam_principal *grantee,
                                                const ccdk_s3_grant_replication_permission_props *props);

/** bucket.addReplicationPolicy(roleArn, accessControlTransition, account): this bucket (a replication
 *  destination) lets role_arn (an ArnPrincipal) s3:GetBucketVersioning and s3:PutBucketVersioning on
 *  it and s3:ReplicateObject and s3:ReplicateDelete on its objects; with access_control_transition
 *  true, account (an AccountPrincipal; NULL is aws-cdk-lib's error on the bucket) also
 *  s3:ObjectOwnerOverrideToBucketOwner on them. An import takes no statement: aws-cdk-lib's info
 *  annotation on it says to grant them in the destination's own bucket policy. NULL bucket or
 *  role_arn: an error on the process-wide list. */
void ccdk_s3_bucket_add_replication_policy(ccdk_s3_bucket *bucket, const char *role_arn,
                                           ccdk_tristate access_control_transition, const char *account);
/** bucket.replicationRoleArn: the ARN of the role of the bucket's replication rules; NULL when it has
 *  none (and for NULL). Owned by the App. */
const char *ccdk_s3_bucket_replication_role_arn(ccdk_s3_bucket *bucket);

/** bucket.addLifecycleRule(rule), addCorsRule(rule), addMetric(metrics): appended to the bucket's
 *  LifecycleConfiguration, CorsConfiguration, MetricsConfigurations, rendered when the template is.
 *  A rule's strings and lists are copied. An object_size_less_than acknowledges the cfn-lint rule
 *  CloudFormation-Validate::W9003 on the bucket (once; aws-cdk-lib tests objectSizeLessThan twice,
 *  so object_size_greater_than alone does not). NULL bucket or rule: an error on the process-wide
 *  list; an import: an error on it (aws-cdk-lib's imports have no such methods). */
void ccdk_s3_bucket_add_lifecycle_rule(ccdk_s3_bucket *bucket, const ccdk_s3_lifecycle_rule *rule);
void ccdk_s3_bucket_add_cors_rule(ccdk_s3_bucket *bucket, const ccdk_s3_cors_rule *rule);
void ccdk_s3_bucket_add_metric(ccdk_s3_bucket *bucket, const ccdk_s3_bucket_metrics *metric);
/** bucket.addInventory(inventory): an InventoryConfiguration, rendered when the template is; then (as
 *  aws-cdk-lib does while rendering it) a destination bucket of the App's own (not an import) gets a
 *  bucket policy statement letting s3.amazonaws.com s3:PutObject to it and "<prefix>*" from this
 *  bucket (ArnLike aws:SourceArn). A NULL destination bucket is an error on the bucket. */
void ccdk_s3_bucket_add_inventory(ccdk_s3_bucket *bucket, const ccdk_s3_inventory *inventory);

/* ================================================================== URLs */

/** bucket.urlForObject(key): "https://s3.<region>.<urlSuffix>/<bucket>/<key>" (key NULL: without it);
 *  virtualHostedUrlForObject(key, {regional}): "https://<regional domain name>/<key>" (regional
 *  false: the bucket's domain name; an unset regional is true); s3UrlForObject(key):
 *  "s3://<bucket>/<key>"; transferAccelerationUrlForObject(key, {dualStack}):
 *  "https://<bucket>.s3-accelerate[.dualstack].amazonaws.com/<key>". The parts are joined as
 *  aws-cdk-lib's urlJoin does (one "/" between them). Tokens owned by the App; NULL for NULL. */
const char *ccdk_s3_bucket_url_for_object(ccdk_s3_bucket *bucket, const char *key);
const char *ccdk_s3_bucket_virtual_hosted_url_for_object(ccdk_s3_bucket *bucket, const char *key, ccdk_tristate regional);
const char *ccdk_s3_bucket_s3_url_for_object(ccdk_s3_bucket *bucket, const char *key);
const char *ccdk_s3_bucket_transfer_acceleration_url_for_object(ccdk_s3_bucket *bucket, const char *key,
                                                                ccdk_tristate dual_stack);
/** bucket.bucketDomainName, bucketRegionalDomainName, bucketDualStackDomainName: the bucket's
 *  attributes (Fn::GetAtt), or for an import the given attributes, else "<name>.s3.<urlSuffix>",
 *  "<name>.s3.<region>.<urlSuffix>" and "<name>.s3.dualstack.<region>.<urlSuffix>" (urlSuffix: the
 *  region's domainSuffix, else the stack's). NULL for NULL. */
const char *ccdk_s3_bucket_domain_name(ccdk_s3_bucket *bucket);
const char *ccdk_s3_bucket_regional_domain_name(ccdk_s3_bucket *bucket);
const char *ccdk_s3_bucket_dual_stack_domain_name(ccdk_s3_bucket *bucket);

/** bucket.bucketWebsiteUrl: the bucket's WebsiteURL attribute (Fn::GetAtt); for an import, its
 *  bucket_website_url attribute, else "http://<name>.<endpoint>" as aws-cdk-lib's
 *  fromBucketAttributes makes it: the endpoint by bucket_website_new_url_format when given, else the
 *  import's region's s3StaticWebsiteEndpoint fact (the legacy "s3-website-<region>.<suffix>" in
 *  us-east-1, us-west-1/2, eu-west-1, ap-northeast-1, ap-southeast-1/2, sa-east-1, us-gov-west-1;
 *  "s3-website.<region>.<suffix>" elsewhere); for a region that is a token or unknown, the stack's
 *  regionalFact at synth (as aws-cdk-lib's Lazy, of the stack's region even when the import has
 *  one of its own): in an environment-agnostic stack a CfnMapping "S3-static-websiteMap" (or a
 *  pattern, as '@aws-cdk/core:target-partitions' allows). bucket.bucketWebsiteDomainName: the
 *  import's "<name>.<endpoint>" (with a bucket_website_url, and for a bucket of the App:
 *  Fn::Select(2, Fn::Split("/", url))). Owned by the App. NULL for NULL. */
const char *ccdk_s3_bucket_website_url(ccdk_s3_bucket *bucket);
const char *ccdk_s3_bucket_website_domain_name(ccdk_s3_bucket *bucket);
/** bucket.isWebsite: 1 when the bucket has a WebsiteConfiguration (an import: its is_website
 *  attribute), else 0 (also for NULL). */
int ccdk_s3_bucket_is_website(const ccdk_s3_bucket *bucket);

/* ================================================================== CloudTrail events */

/** OnCloudTrailBucketEventOptions: the rule's target (may be NULL), name, description and extra
 *  event pattern (events.OnEventOptions), and paths: the object keys the events are about (not
 *  given: the bucket itself). */
typedef struct {
    ccdk_events_rule_target *target;
    const char *rule_name;
    const char *description;
    ccdk_value *event_pattern;
    ccdk_strs paths;
} ccdk_s3_on_cloud_trail_bucket_event_options;
/** bucket.onCloudTrailEvent(id, options): an events.Rule "id" under the bucket matching CloudTrail's
 *  "AWS API Call via CloudTrail" events of aws.s3 whose detail.resources.ARN is the bucket's ARN (or
 *  arnForObjects(path) per path). onCloudTrailPutObject adds detail.eventName ["PutObject"];
 *  onCloudTrailWriteObject ["CompleteMultipartUpload", "CopyObject", "PutObject"] and
 *  detail.requestParameters {bucketName: [name], key: paths}. options may be NULL. The rule is owned
 *  by the App; NULL for a NULL bucket (an error on the process-wide list). */
ccdk_events_rule *ccdk_s3_bucket_on_cloud_trail_event(ccdk_s3_bucket *bucket, const char *id,
                                                      const ccdk_s3_on_cloud_trail_bucket_event_options *options);
ccdk_events_rule *ccdk_s3_bucket_on_cloud_trail_put_object(ccdk_s3_bucket *bucket, const char *id,
                                                           const ccdk_s3_on_cloud_trail_bucket_event_options *options);
ccdk_events_rule *ccdk_s3_bucket_on_cloud_trail_write_object(ccdk_s3_bucket *bucket, const char *id,
                                                             const ccdk_s3_on_cloud_trail_bucket_event_options *options);

/* ================================================================== event notifications */

/** EventType values, as strings ("s3:ObjectCreated:*", ...): any of aws-cdk-lib's may be given. */
#define CCDK_S3_OBJECT_CREATED "s3:ObjectCreated:*"
#define CCDK_S3_OBJECT_CREATED_PUT "s3:ObjectCreated:Put"
#define CCDK_S3_OBJECT_CREATED_POST "s3:ObjectCreated:Post"
#define CCDK_S3_OBJECT_CREATED_COPY "s3:ObjectCreated:Copy"
#define CCDK_S3_OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD "s3:ObjectCreated:CompleteMultipartUpload"
#define CCDK_S3_OBJECT_REMOVED "s3:ObjectRemoved:*"
#define CCDK_S3_OBJECT_REMOVED_DELETE "s3:ObjectRemoved:Delete"
#define CCDK_S3_OBJECT_REMOVED_DELETE_MARKER_CREATED "s3:ObjectRemoved:DeleteMarkerCreated"
#define CCDK_S3_OBJECT_RESTORE_POST "s3:ObjectRestore:Post"
#define CCDK_S3_OBJECT_RESTORE_COMPLETED "s3:ObjectRestore:Completed"
#define CCDK_S3_OBJECT_RESTORE_DELETE "s3:ObjectRestore:Delete"
#define CCDK_S3_OBJECT_RESTORE "s3:ObjectRestore:*"
#define CCDK_S3_OBJECT_TAGGING "s3:ObjectTagging:*"
#define CCDK_S3_OBJECT_ACL_PUT "s3:ObjectAcl:Put"
#define CCDK_S3_LIFECYCLE_EXPIRATION "s3:LifecycleExpiration:*"
#define CCDK_S3_LIFECYCLE_TRANSITION "s3:LifecycleTransition"
#define CCDK_S3_INTELLIGENT_TIERING "s3:IntelligentTiering"
#define CCDK_S3_REPLICATION "s3:Replication:*"

/** NotificationKeyFilter: a prefix and/or a suffix. */
typedef struct {
    const char *prefix;
    const char *suffix;
} ccdk_s3_notification_key_filter;
typedef CCDK_LIST_TYPE(ccdk_s3_notification_key_filter) ccdk_s3_notification_key_filter_list;
/** A list of filters, as CCDK_KVS makes pairs: CCDK_S3_FILTERS({.prefix = "in/", .suffix = ".jpg"}),
 *  several as CCDK_S3_FILTERS({.prefix = "a/"}, {.suffix = ".txt"}); none: CCDK_S3_NO_FILTERS. */
#define CCDK_S3_FILTERS(...)                                                                              \
    ((ccdk_s3_notification_key_filter_list){&ccdk__list_mark, (const ccdk_s3_notification_key_filter[]){__VA_ARGS__}, \
                                            sizeof((const ccdk_s3_notification_key_filter[]){__VA_ARGS__}) /          \
                                                sizeof(ccdk_s3_notification_key_filter)})
#define CCDK_S3_NO_FILTERS ((ccdk_s3_notification_key_filter_list)CCDK_EMPTY_LIST)

/** new s3n.LambdaDestination(fn): fn is a Function, Version, Alias or imported function. Owned by
 *  fn's App; NULL for NULL (no error); a construct that is not an IFunction: an error on its App. */
ccdk_s3_notification_destination *ccdk_s3_lambda_destination(void *fn);

/** new s3n.SqsDestination(queue): binding grants queue.grantSendMessages to s3.amazonaws.com
 *  conditioned by ArnLike aws:SourceArn the bucket's ARN (the queue policy); for a queue with an
 *  encryptionMasterKey, a key policy statement letting s3.amazonaws.com kms:GenerateDataKey* and
 *  kms:Decrypt (an imported key: aws-cdk-lib's warning
 *  @aws-cdk/aws-s3-notifications:sqsKMSPermissionsNotAdded on the key); the notifications resource
 *  depends on the queue (its resource and its policy). Owned by the queue's App; NULL for NULL. */
ccdk_s3_notification_destination *ccdk_s3_sqs_destination(ccdk_sqs_queue *queue);
/** new s3n.SnsDestination(topic): binding adds to the topic policy a statement letting
 *  s3.amazonaws.com sns:Publish to the topic, conditioned by ArnLike aws:SourceArn the bucket's
 *  ARN; under @aws-cdk/s3-notifications:addS3TrustKeyPolicyForSnsSubscriptions, for a topic with a
 *  masterKey, a key policy statement for kms:GenerateDataKey and kms:Decrypt (an imported key:
 *  the warning @aws-cdk/aws-s3-notifications:snsKMSPermissionsNotAdded); the notifications resource
 *  depends on the topic. Owned by the topic's App; NULL for NULL. */
ccdk_s3_notification_destination *ccdk_s3_sns_destination(ccdk_sns_topic *topic);

/** BucketNotificationDestinationType: the kind of configuration a destination becomes
 *  (LambdaFunctionConfigurations, QueueConfigurations or TopicConfigurations). */
typedef enum {
    CCDK_S3_DESTINATION_LAMBDA = 1,
    CCDK_S3_DESTINATION_QUEUE,
    CCDK_S3_DESTINATION_TOPIC,
} ccdk_s3_bucket_notification_destination_type;
/** BucketNotificationDestinationConfig: the destination's ARN (a literal or a token), its type, and
 *  up to 8 constructs the notifications resource must depend on (CCDK_CONSTRUCT(x) each; the first
 *  NULL ends them), held in the struct so that bind can return them by value. */
typedef struct {
    const char *arn;
    ccdk_s3_bucket_notification_destination_type type;
    ccdk_construct *dependencies[8];
} ccdk_s3_bucket_notification_destination_config;
/** IBucketNotificationDestination.bind(scope, bucket) of a destination of your own: scope is the
 *  bucket's Notifications construct (a scope for constructs the destination makes), bucket the
 *  bucket whose events it receives. */
typedef ccdk_s3_bucket_notification_destination_config (*ccdk_s3_notification_destination_bind_fn)(
    ccdk_construct *scope, ccdk_s3_bucket *bucket, void *ctx);
/** A destination of your own (an object implementing s3.IBucketNotificationDestination, as
 *  `{ bind: () => ({ arn: 'ARN', type: BucketNotificationDestinationType.TOPIC }) }`): bind runs
 *  at each addEventNotification it is given to. Owned by owner's App; a bad owner goes to the
 *  process-wide list; a NULL bind is an error on the App and gives NULL. A config whose type is not
 *  one of the constants is an error on the notifications. */
ccdk_s3_notification_destination *ccdk_s3_notification_destination_new(void *owner, ccdk_s3_notification_destination_bind_fn bind,
                                                                        void *ctx);
/** destination.bind(scope, bucket), called directly as aws-cdk-lib's tests do (addEventNotification
 *  calls it itself): the destination's permissions for the bucket, and its config (arn NULL for
 *  NULL arguments: a NULL destination or bucket is an error on the process-wide list). */
ccdk_s3_bucket_notification_destination_config ccdk_s3_notification_destination_bind(ccdk_s3_notification_destination *destination,
                                                                                     void *scope, ccdk_s3_bucket *bucket);

/** bucket.addEventNotification(event, destination, ...filters): the Notifications custom resource
 *  (made once per bucket, with the stack's singleton handler BucketNotificationsHandler050a...), the
 *  destination's permission (a Lambda permission under the bucket, a queue or topic policy
 *  statement) and the configuration. filters:
 *  CCDK_S3_FILTERS(...) or CCDK_S3_NO_FILTERS. A filter without
 *  prefix and suffix, or two prefixes or suffixes, is aws-cdk-lib's error on the notifications; a NULL
 *  event, destination or bucket is an error on the process-wide
 *  list. */
void ccdk_s3_bucket_add_event_notification(ccdk_s3_bucket *bucket, const char *event,
                                           ccdk_s3_notification_destination *destination,
                                           ccdk_s3_notification_key_filter_list filters);
/** bucket.addObjectCreatedNotification(destination, ...filters) and
 *  bucket.addObjectRemovedNotification(destination, ...filters): ccdk_s3_bucket_add_event_notification
 *  with CCDK_S3_OBJECT_CREATED ("s3:ObjectCreated:*") and CCDK_S3_OBJECT_REMOVED. */
void ccdk_s3_bucket_add_object_created_notification(ccdk_s3_bucket *bucket, ccdk_s3_notification_destination *destination,
                                                    ccdk_s3_notification_key_filter_list filters);
void ccdk_s3_bucket_add_object_removed_notification(ccdk_s3_bucket *bucket, ccdk_s3_notification_destination *destination,
                                                    ccdk_s3_notification_key_filter_list filters);
/** bucket.enableEventBridgeNotification() (what event_bridge_enabled does). NULL is an error on the
 *  process-wide list. */
void ccdk_s3_bucket_enable_event_bridge_notification(ccdk_s3_bucket *bucket);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_s3_bucket_new(scope, ...) ccdk_s3_bucket_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_s3_bucket_validate_bucket_name(scope, ...) ccdk_s3_bucket_validate_bucket_name(CCDK_CONSTRUCT(scope), __VA_ARGS__)
#define ccdk_s3_bucket_from_bucket_attributes(scope, ...) ccdk_s3_bucket_from_bucket_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_s3_bucket_from_bucket_arn(scope, ...) ccdk_s3_bucket_from_bucket_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_s3_bucket_from_bucket_name(scope, ...) ccdk_s3_bucket_from_bucket_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_s3_bucket_grant_read(bucket, grantee, ...) ccdk_s3_bucket_grant_read(bucket, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_s3_bucket_grant_write(bucket, grantee, ...) ccdk_s3_bucket_grant_write(bucket, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_s3_bucket_grant_read_write(bucket, grantee, ...) ccdk_s3_bucket_grant_read_write(bucket, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_s3_bucket_grant_put(bucket, grantee, ...) ccdk_s3_bucket_grant_put(bucket, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_s3_bucket_grant_delete(bucket, grantee, ...) ccdk_s3_bucket_grant_delete(bucket, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_s3_bucket_grant_write_actions(bucket, grantee, ...) ccdk_s3_bucket_grant_write_actions(bucket, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_s3_bucket_grant_on_key(bucket, grantee, ...) ccdk_s3_bucket_grant_on_key(bucket, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_s3_bucket_grant_actions_on_object_keys(bucket, grantee, ...) ccdk_s3_bucket_grant_actions_on_object_keys(bucket, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_s3_bucket_grant_actions_on_bucket_and_object_keys(bucket, grantee, ...) ccdk_s3_bucket_grant_actions_on_bucket_and_object_keys(bucket, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_s3_bucket_grant_put_acl(bucket, grantee, ...) ccdk_s3_bucket_grant_put_acl(bucket, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_s3_bucket_grant_replication_permission(bucket, grantee, ...) ccdk_s3_bucket_grant_replication_permission(bucket, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_s3_lambda_destination(fn) ccdk_s3_lambda_destination(CCDK_LAMBDA_IFUNCTION(fn))
#define ccdk_s3_notification_destination_new(owner, ...) ccdk_s3_notification_destination_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_s3_notification_destination_bind(destination, scope, ...) ccdk_s3_notification_destination_bind(destination, CCDK_CONSTRUCT(scope), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
