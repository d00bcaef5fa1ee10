/* ccdk/efs.h - Amazon EFS as Lambda functions use it: FileSystem (in a VPC, with a security group
 * and one mount target per selected subnet) and AccessPoint (aws-cdk-lib/aws-efs). A function mounts
 * an access point with lambda.FileSystem.fromEfsAccessPoint (ccdk/lambda.h, `filesystem` prop). */
#ifndef CCDK_EFS_H
#define CCDK_EFS_H

#include "ccdk/core.h"
#include "ccdk/ec2.h"
#include "ccdk/iam.h"
#include "ccdk/kms.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_efs_file_system ccdk_efs_file_system;
typedef struct ccdk_efs_access_point ccdk_efs_access_point;

/* ================================================================== enums (zero: not given) */

/** LifecyclePolicy: after how long without access files move on (to IA, or to Archive). */
typedef enum {
    CCDK_EFS_LIFECYCLE_UNSET = 0,
    CCDK_EFS_LIFECYCLE_AFTER_1_DAY,
    CCDK_EFS_LIFECYCLE_AFTER_7_DAYS,
    CCDK_EFS_LIFECYCLE_AFTER_14_DAYS,
    CCDK_EFS_LIFECYCLE_AFTER_30_DAYS,
    CCDK_EFS_LIFECYCLE_AFTER_60_DAYS,
    CCDK_EFS_LIFECYCLE_AFTER_90_DAYS,
    CCDK_EFS_LIFECYCLE_AFTER_180_DAYS,
    CCDK_EFS_LIFECYCLE_AFTER_270_DAYS,
    CCDK_EFS_LIFECYCLE_AFTER_365_DAYS,
} ccdk_efs_lifecycle_policy;

/** OutOfInfrequentAccessPolicy. */
typedef enum {
    CCDK_EFS_OUT_OF_IA_UNSET = 0,
    CCDK_EFS_OUT_OF_IA_AFTER_1_ACCESS,
} ccdk_efs_out_of_infrequent_access_policy;

/** PerformanceMode ("generalPurpose", "maxIO"). */
typedef enum {
    CCDK_EFS_PERFORMANCE_MODE_UNSET = 0,
    CCDK_EFS_PERFORMANCE_MODE_GENERAL_PURPOSE,
    CCDK_EFS_PERFORMANCE_MODE_MAX_IO,
} ccdk_efs_performance_mode;

/** ThroughputMode ("bursting", "provisioned", "elastic"). */
typedef enum {
    CCDK_EFS_THROUGHPUT_MODE_UNSET = 0,
    CCDK_EFS_THROUGHPUT_MODE_BURSTING,
    CCDK_EFS_THROUGHPUT_MODE_PROVISIONED,
    CCDK_EFS_THROUGHPUT_MODE_ELASTIC,
} ccdk_efs_throughput_mode;

/** ReplicationOverwriteProtection (FileSystemProtection). */
typedef enum {
    CCDK_EFS_REPLICATION_OVERWRITE_PROTECTION_UNSET = 0,
    CCDK_EFS_REPLICATION_OVERWRITE_PROTECTION_ENABLED,
    CCDK_EFS_REPLICATION_OVERWRITE_PROTECTION_DISABLED,
} ccdk_efs_replication_overwrite_protection;

/* ================================================================== FileSystem */

/** ReplicationConfiguration: where the file system replicates to. aws-cdk-lib's three factories:
 *  existingFileSystem(fs) = {.destination_file_system = fs}; regionalFileSystem(region, kmsKey) =
 *  {.region, .kms_key}; oneZoneFileSystem(region, az, kmsKey) = {.region, .availability_zone,
 *  .kms_key}. The region defaults to the destination's stack's, else the file system's. */
typedef struct {
    ccdk_efs_file_system *destination_file_system;
    const char *region;
    const char *availability_zone;
    ccdk_kms_key *kms_key; /* its keyArn is written (ccdk/kms.h; Key.fromKeyArn for another region's) */
} ccdk_efs_replication_configuration;

typedef struct {
    ccdk_ec2_vpc *vpc;                              /* required */
    /** where the mount targets go (as a function's vpc_subnets: zeroed is not given); default one
     *  subnet per AZ of the default selection (onePerAz) */
    ccdk_ec2_subnet_selection vpc_subnets;
    /** default: a new SecurityGroup "EfsSecurityGroup" under the file system */
    ccdk_ec2_security_group *security_group;
    /** default: true (the v2 value of @aws-cdk/aws-efs:defaultEncryptionAtRest; that flag set in
     *  context at all, to true or false, is aws-cdk-lib's error); CCDK_FALSE writes Encrypted: false */
    ccdk_tristate encrypted;
    /** the KMS key for encryption at rest (its keyArn is written; ccdk/kms.h); default the AWS
     *  managed key */
    ccdk_kms_key *kms_key;
    /** the Name tag; default the construct path */
    const char *file_system_name;
    ccdk_efs_lifecycle_policy lifecycle_policy;                       /* TransitionToIA */
    ccdk_efs_out_of_infrequent_access_policy out_of_infrequent_access_policy;
    ccdk_efs_lifecycle_policy transition_to_archive_policy;
    ccdk_efs_performance_mode performance_mode;                       /* default: none written */
    ccdk_efs_throughput_mode throughput_mode;                         /* default: none written */
    ccdk_size provisioned_throughput_per_second;                      /* required with PROVISIONED */
    ccdk_removal_policy removal_policy;                               /* default RETAIN */
    ccdk_tristate enable_automatic_backups;                           /* default false */
    /** the resource policy; statements added by ccdk_efs_file_system_add_to_resource_policy and
     *  the anonymous-access statement go into it */
    ccdk_iam_policy_document *file_system_policy;
    /** default: false when @aws-cdk/aws-efs:denyAnonymousAccess is on (cdk init) or a grant* was
     *  called, else true. When false, the policy gets the statement that allows
     *  ClientWrite/ClientRootAccess to any principal only through a mount target. */
    ccdk_tristate allow_anonymous_access;
    /** One Zone file system: in the first AZ of vpc_subnets.availability_zones (or of the VPC) */
    ccdk_tristate one_zone;
    ccdk_efs_replication_overwrite_protection replication_overwrite_protection;
    const ccdk_efs_replication_configuration *replication_configuration;
} ccdk_efs_file_system_props;

/** new efs.FileSystem(scope, id, props): the AWS::EFS::FileSystem, its security group, one
 *  AWS::EFS::MountTarget per selected subnet (ids EfsMountTarget-<subnet id> under
 *  @aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId, else EfsMountTarget1, 2, ...), and the Name
 *  tag on everything under it. Owned by the App. Bad props are aws-cdk-lib's errors on the file
 *  system (see "Validations" below); a bad scope goes to the process-wide list. Never NULL. */
ccdk_efs_file_system *ccdk_efs_file_system_new(void *scope, const char *id, const ccdk_efs_file_system_props *props);

typedef struct {
    ccdk_ec2_security_group *security_group; /* required */
    const char *file_system_id;              /* exactly one of these two */
    const char *file_system_arn;
} ccdk_efs_file_system_attributes;
/** FileSystem.fromFileSystemAttributes(scope, id, attrs): an imported file system (no resources,
 *  no mount targets to depend on). Owned by the App. Both or neither of id and ARN, or an ARN
 *  without a resource name, is aws-cdk-lib's error; never NULL. */
ccdk_efs_file_system *ccdk_efs_file_system_from_file_system_attributes(void *scope, const char *id,
                                                                       const ccdk_efs_file_system_attributes *attrs);

/** fileSystem.fileSystemId ({"Ref"}), fileSystem.fileSystemArn (GetAtt Arn; for an import, the
 *  ARN built from the id or given), as string tokens or literals owned by the App; NULL for NULL. */
const char *ccdk_efs_file_system_id(ccdk_efs_file_system *file_system);
const char *ccdk_efs_file_system_arn(ccdk_efs_file_system *file_system);
/** fileSystem.connections: its security group, default port tcp 2049 (FileSystem.DEFAULT_PORT).
 *  Owned by the App; NULL for NULL. */
ccdk_ec2_connections *ccdk_efs_file_system_connections(ccdk_efs_file_system *file_system);
/** fileSystem.mountTargetsAvailable, as its members: the number of mount targets and the i-th
 *  (NULL out of range). A construct that depends on them: ccdk_node_add_dependency(x, target). */
size_t ccdk_efs_file_system_mount_target_count(ccdk_efs_file_system *file_system);
ccdk_cfn_resource *ccdk_efs_file_system_mount_target(ccdk_efs_file_system *file_system, size_t i);
/** The AWS::EFS::FileSystem (node.defaultChild); NULL for an import or NULL. */
ccdk_cfn_resource *ccdk_efs_file_system_resource(ccdk_efs_file_system *file_system);

/** fileSystem.grant(grantee, ...actions) on the file system's ARN, and grantRead (ClientMount),
 *  grantReadWrite (+ClientWrite), grantRootAccess (+ClientRootAccess), those three with the
 *  condition elasticfilesystem:AccessedViaMountTarget = "true" (they also turn the default of
 *  allow_anonymous_access to false). Grant.addToPrincipalOrResource: a role, a user, a group gets
 *  the statement in its identity policy; the file system's resource policy gets it too, with the
 *  grantee as Principal, unless the grantee took it and is of the file system's account (a role of
 *  another account, a service, an account -- the stack's own too -- get it there; nothing for an
 *  imported file system). Return 1 when a
 *  statement was added, 0 otherwise (also for NULL: a NULL file system or grantee is an error on the
 *  process-wide list). */
int ccdk_efs_file_system_grant(ccdk_efs_file_system *file_system, ccdk_iam_principal *grantee, ccdk_strs actions);
int ccdk_efs_file_system_grant_read(ccdk_efs_file_system *file_system, ccdk_iam_principal *grantee);
int ccdk_efs_file_system_grant_read_write(ccdk_efs_file_system *file_system, ccdk_iam_principal *grantee);
int ccdk_efs_file_system_grant_root_access(ccdk_efs_file_system *file_system, ccdk_iam_principal *grantee);
/** fileSystem.addToResourcePolicy(statement): into file_system_policy (made on first use). Returns
 *  1 (statementAdded), or 0 for an imported file system or NULL arguments (a NULL file system: an
 *  error on the process-wide list; a NULL statement: none). */
int ccdk_efs_file_system_add_to_resource_policy(ccdk_efs_file_system *file_system, ccdk_iam_policy_statement *statement);

/* ================================================================== AccessPoint */

typedef struct {
    const char *owner_uid;   /* required: all three, as strings ("1001") */
    const char *owner_gid;
    const char *permissions; /* octal, "750" */
} ccdk_efs_acl;

typedef struct {
    const char *uid; /* required */
    const char *gid; /* required */
    ccdk_strs secondary_gids;
} ccdk_efs_posix_user;

/** AccessPointOptions. */
typedef struct {
    /** the root directory of the access point; default "/" (none written). Not an error, as in
     *  aws-cdk-lib: a path CloudFormation refuses at deploy time (not absolute, more than 4 levels,
     *  a name starting with '.', over 100 characters) is a finding of the template validation
     *  (F3031/F3033 in validation-report.json, see "Validations" below). */
    const char *path;
    /** the owner and permissions the root directory is created with, when it does not exist */
    const ccdk_efs_acl *create_acl;
    /** the POSIX identity every request through the access point uses */
    const ccdk_efs_posix_user *posix_user;
    /** idempotency token, 1..64 characters */
    const char *client_token;
} ccdk_efs_access_point_options;

/** fileSystem.addAccessPoint(id, options): an AccessPoint under the file system; options may be NULL.
 *  Owned by the App. Bad options are aws-cdk-lib's errors on the access point; never NULL. */
ccdk_efs_access_point *ccdk_efs_file_system_add_access_point(ccdk_efs_file_system *file_system, const char *id,
                                                             const ccdk_efs_access_point_options *options);
/** new efs.AccessPoint(scope, id, {fileSystem, ...options}): options may be NULL. Owned by the App.
 *  A NULL file_system is an error (TypeScript requires it); bad options are aws-cdk-lib's errors on
 *  the access point; a bad scope goes to the process-wide list. Never NULL. */
ccdk_efs_access_point *ccdk_efs_access_point_new(void *scope, const char *id, ccdk_efs_file_system *file_system,
                                                 const ccdk_efs_access_point_options *options);
typedef struct {
    const char *access_point_id;  /* exactly one of these two */
    const char *access_point_arn;
    ccdk_efs_file_system *file_system; /* what accessPoint.fileSystem gives; optional */
} ccdk_efs_access_point_attributes;
/** AccessPoint.fromAccessPointAttributes(scope, id, attrs) and AccessPoint.fromAccessPointId(scope,
 *  id, accessPointId): an imported access point (no resources; its ARN built from the id in the
 *  scope's stack, or its id the ARN's resource name). Owned by the App. Both or neither of id and
 *  ARN, or an ARN without a resource name, is aws-cdk-lib's error on it. Never NULL. */
ccdk_efs_access_point *ccdk_efs_access_point_from_access_point_attributes(void *scope, const char *id,
                                                                          const ccdk_efs_access_point_attributes *attrs);
ccdk_efs_access_point *ccdk_efs_access_point_from_access_point_id(void *scope, const char *id, const char *access_point_id);

/** accessPoint.accessPointId ({"Ref"}), accessPoint.accessPointArn (formatArn of access-point/<id>),
 *  accessPoint.fileSystem; owned by the App. NULL for NULL; the file system of an import made
 *  without one is NULL with aws-cdk-lib's error on the access point ("fileSystem is only available
 *  if 'fromAccessPointAttributes()' is used and a fileSystem is passed in as an attribute."). */
const char *ccdk_efs_access_point_id(ccdk_efs_access_point *access_point);
const char *ccdk_efs_access_point_arn(ccdk_efs_access_point *access_point);
ccdk_efs_file_system *ccdk_efs_access_point_file_system(ccdk_efs_access_point *access_point);

/* ================================================================== Validations
 * Each is aws-cdk-lib 2.276.0's message, recorded on the construct named (aws-cdk-lib throws):
 *   FileSystem:
 *     "performanceMode MAX_IO is not supported for One Zone file systems."
 *     "When oneZone is enabled and vpcSubnets defined, vpcSubnets.availabilityZones can not be undefined."
 *     "When oneZone is enabled, vpcSubnets.availabilityZones should exactly have one zone."
 *     "vpcSubnets.availabilityZones specified is not in vpc.availabilityZones."
 *     "Property provisionedThroughputPerSecond is required when throughputMode is PROVISIONED"
 *     "ThroughputMode ELASTIC is not supported for file systems with performanceMode MAX_IO"
 *     "Cannot configure 'replicationConfiguration' when 'replicationOverwriteProtection' is set to 'DISABLED'"
 *     "'<n> kibibytes' cannot be converted into a whole number of mebibytes." (provisioned throughput)
 *     no vpc: "vpc is required" (TypeScript requires it)
 *   FileSystem.fromFileSystemAttributes:
 *     "One of fileSystemId or fileSystemArn, but not both, must be provided."
 *     "Invalid FileSystem Arn <arn>"
 *   AccessPoint:
 *     "The length of 'clientToken' must range from 1 to 64 characters, got: <n> characters"
 *   AccessPoint.fromAccessPointAttributes / the fileSystem of an import:
 *     "Only one of accessPointId or AccessPointArn can be provided!"
 *     "One of accessPointId or AccessPointArn is required!"
 *     "ARN for AccessPoint must provide the resource name."
 *     "fileSystem is only available if 'fromAccessPointAttributes()' is used and a fileSystem is passed in as an attribute."
 *   lambda.Function with `filesystem` (ccdk/lambda.h):
 *     "Local mount path should match with ^/mnt/[a-zA-Z0-9-_.]+$ but given <path>."
 *     "Local mount path can not be longer than 160 characters but has <n> characters."
 *     "Cannot configure 'filesystem' without configuring a VPC."
 * Not errors, as in aws-cdk-lib, but findings of its template validation at synth (warnings, and
 * validation-report.json; ccdk writes the same, src/core/lint.c): an access point path that does
 * not match RootDirectory.Path's pattern or is over 100 characters, createAcl permissions that are
 * not 3 or 4 octal digits, POSIX and owner ids outside 0..4294967295, more than 16 secondary groups,
 * the literal id of an imported file system (an access point's, a replication destination's) that
 * is not fs-<8 to 40 hex digits> (or its ARN), a provisioned throughput under 1 MiB/s, and
 * RemovalPolicy.SNAPSHOT (EFS has no snapshots: also aws-cdk-lib's warning, or its error under
 * @aws-cdk/core:validateSnapshotRemovalPolicy).
 */

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_efs_file_system_new(scope, ...) ccdk_efs_file_system_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_efs_file_system_from_file_system_attributes(scope, ...) ccdk_efs_file_system_from_file_system_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_efs_file_system_grant(file_system, grantee, ...) ccdk_efs_file_system_grant(file_system, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_efs_file_system_grant_read(file_system, grantee) ccdk_efs_file_system_grant_read(file_system, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_efs_file_system_grant_read_write(file_system, grantee) ccdk_efs_file_system_grant_read_write(file_system, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_efs_file_system_grant_root_access(file_system, grantee) ccdk_efs_file_system_grant_root_access(file_system, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_efs_access_point_new(scope, ...) ccdk_efs_access_point_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_efs_access_point_from_access_point_attributes(scope, ...) ccdk_efs_access_point_from_access_point_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_efs_access_point_from_access_point_id(scope, ...) ccdk_efs_access_point_from_access_point_id(CCDK_SCOPE(scope), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
