/* ccdk/s3files.h - Amazon S3 Files: the L1s CfnFileSystem (AWS::S3Files::FileSystem), CfnMountTarget
 * (AWS::S3Files::MountTarget) and CfnAccessPoint (AWS::S3Files::AccessPoint) of aws-cdk-lib/aws-s3files,
 * which has no L2 in 2.276.0. A function mounts an access point with
 * ccdk_lambda_file_system_from_s3_files_access_point (ccdk/lambda.h). */
#ifndef CCDK_S3FILES_H
#define CCDK_S3FILES_H

#include "ccdk/core.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Each handle is the CfnResource itself (never defined: a typed name for it). */
typedef struct ccdk_s3files_cfn_file_system ccdk_s3files_cfn_file_system;
typedef struct ccdk_s3files_cfn_mount_target ccdk_s3files_cfn_mount_target;
/** An IAccessPointRef: aws-cdk-lib 2.276.0 has no other implementation than CfnAccessPoint (no
 *  import methods either). */
typedef struct ccdk_s3files_cfn_access_point ccdk_s3files_cfn_access_point;

/* ================================================================== CfnFileSystem */

/** CfnFileSystem.ImportDataRuleProperty: all three required by CloudFormation. */
typedef struct {
    const char *prefix;   /* Prefix */
    double size_less_than; /* SizeLessThan */
    const char *trigger;  /* Trigger */
} ccdk_s3files_import_data_rule;
/** CfnFileSystem.ExpirationDataRuleProperty. */
typedef struct {
    double days_after_last_access; /* DaysAfterLastAccess */
} ccdk_s3files_expiration_data_rule;
/** CfnFileSystem.SynchronizationConfigurationProperty: both lists required by CloudFormation (an
 *  empty list is written as []). */
typedef struct {
    CCDK_LIST_TYPE(ccdk_s3files_expiration_data_rule) expiration_data_rules; /* ExpirationDataRules */
    CCDK_LIST_TYPE(ccdk_s3files_import_data_rule) import_data_rules;         /* ImportDataRules */
    ccdk_opt_num latest_version_number;                                      /* LatestVersionNumber */
} ccdk_s3files_synchronization_configuration;

/** CfnFileSystemProps. */
typedef struct {
    ccdk_tristate accept_bucket_warning; /* AcceptBucketWarning */
    const char *bucket;                  /* required: the bucket's ARN (Bucket) */
    const char *client_token;            /* ClientToken */
    const char *kms_key_id;              /* KmsKeyId */
    const char *prefix;                  /* Prefix */
    const char *role_arn;                /* required: the role S3 Files assumes (RoleArn) */
    const ccdk_s3files_synchronization_configuration *synchronization_configuration; /* SynchronizationConfiguration */
    ccdk_kvs tags;                       /* Tags: [{Key, Value}], with Tags.of()'s */
} ccdk_s3files_cfn_file_system_props;

/** new s3files.CfnFileSystem(scope, id, props): the resource itself (its logical id comes from id, as
 *  any L1's), properties in CloudFormation's names; Tags.of(...) tags it. props are copied. Owned by
 *  the App. NULL props or a missing bucket or role_arn is aws-cdk-lib's required-property error on the
 *  resource; a bad scope goes to the process-wide list; never NULL. */
ccdk_s3files_cfn_file_system *ccdk_s3files_cfn_file_system_new(void *scope, const char *id,
                                                              const ccdk_s3files_cfn_file_system_props *props);
/** fileSystem.ref ({"Ref": <logical id>}: the file system's ARN, fileSystemRef.fileSystemArn) and the
 *  attributes ({"Fn::GetAtt": [<logical id>, "<name>"]}): CreationTime, FileSystemArn, FileSystemId,
 *  OwnerId, Status, StatusMessage, and SynchronizationConfiguration.LatestVersionNumber as a number
 *  token (CCDK_NUM_TOKEN). Owned by the App; NULL for NULL. */
const char *ccdk_s3files_cfn_file_system_ref(ccdk_s3files_cfn_file_system *file_system);
const char *ccdk_s3files_cfn_file_system_attr_creation_time(ccdk_s3files_cfn_file_system *file_system);
const char *ccdk_s3files_cfn_file_system_attr_file_system_arn(ccdk_s3files_cfn_file_system *file_system);
const char *ccdk_s3files_cfn_file_system_attr_file_system_id(ccdk_s3files_cfn_file_system *file_system);
const char *ccdk_s3files_cfn_file_system_attr_owner_id(ccdk_s3files_cfn_file_system *file_system);
const char *ccdk_s3files_cfn_file_system_attr_status(ccdk_s3files_cfn_file_system *file_system);
const char *ccdk_s3files_cfn_file_system_attr_status_message(ccdk_s3files_cfn_file_system *file_system);
const char *ccdk_s3files_cfn_file_system_attr_synchronization_configuration_latest_version_number(
    ccdk_s3files_cfn_file_system *file_system);
/** fileSystem.applyRemovalPolicy(policy): DeletionPolicy and UpdateReplacePolicy. */
void ccdk_s3files_cfn_file_system_apply_removal_policy(ccdk_s3files_cfn_file_system *file_system,
                                                       ccdk_removal_policy policy);
/** The file system as the CfnResource it is (overrides, DependsOn, ...); NULL for NULL. */
ccdk_cfn_resource *ccdk_s3files_cfn_file_system_resource(ccdk_s3files_cfn_file_system *file_system);

/* ================================================================== CfnMountTarget */

/** CfnMountTargetProps. */
typedef struct {
    const char *file_system_id;  /* required: FileSystemId (the file system's attr_file_system_id or ref) */
    const char *ip_address_type; /* IpAddressType */
    const char *ipv4_address;    /* Ipv4Address */
    const char *ipv6_address;    /* Ipv6Address */
    ccdk_strs security_groups;   /* SecurityGroups: ids (a function mounting the file system needs them) */
    const char *subnet_id;       /* required: SubnetId */
} ccdk_s3files_cfn_mount_target_props;

/** new s3files.CfnMountTarget(scope, id, props), as ccdk_s3files_cfn_file_system_new (not taggable:
 *  the type has no Tags). A missing file_system_id or subnet_id is aws-cdk-lib's error. */
ccdk_s3files_cfn_mount_target *ccdk_s3files_cfn_mount_target_new(void *scope, const char *id,
                                                                const ccdk_s3files_cfn_mount_target_props *props);
/** mountTarget.ref and its attributes AvailabilityZoneId, MountTargetId, NetworkInterfaceId, OwnerId,
 *  Status, StatusMessage, VpcId (tokens owned by the App; NULL for NULL). */
const char *ccdk_s3files_cfn_mount_target_ref(ccdk_s3files_cfn_mount_target *mount_target);
const char *ccdk_s3files_cfn_mount_target_attr_availability_zone_id(ccdk_s3files_cfn_mount_target *mount_target);
const char *ccdk_s3files_cfn_mount_target_attr_mount_target_id(ccdk_s3files_cfn_mount_target *mount_target);
const char *ccdk_s3files_cfn_mount_target_attr_network_interface_id(ccdk_s3files_cfn_mount_target *mount_target);
const char *ccdk_s3files_cfn_mount_target_attr_owner_id(ccdk_s3files_cfn_mount_target *mount_target);
const char *ccdk_s3files_cfn_mount_target_attr_status(ccdk_s3files_cfn_mount_target *mount_target);
const char *ccdk_s3files_cfn_mount_target_attr_status_message(ccdk_s3files_cfn_mount_target *mount_target);
const char *ccdk_s3files_cfn_mount_target_attr_vpc_id(ccdk_s3files_cfn_mount_target *mount_target);
/** mountTarget.applyRemovalPolicy(policy). */
void ccdk_s3files_cfn_mount_target_apply_removal_policy(ccdk_s3files_cfn_mount_target *mount_target,
                                                        ccdk_removal_policy policy);
/** The mount target as the CfnResource it is; NULL for NULL. */
ccdk_cfn_resource *ccdk_s3files_cfn_mount_target_resource(ccdk_s3files_cfn_mount_target *mount_target);

/* ================================================================== CfnAccessPoint */

/** CfnAccessPoint.PosixUserProperty: gid and uid required by CloudFormation. */
typedef struct {
    const char *gid;           /* Gid */
    ccdk_strs secondary_gids;  /* SecondaryGids */
    const char *uid;           /* Uid */
} ccdk_s3files_posix_user;
/** CfnAccessPoint.CreationPermissionsProperty: all three required by CloudFormation. */
typedef struct {
    const char *owner_gid;   /* OwnerGid */
    const char *owner_uid;   /* OwnerUid */
    const char *permissions; /* Permissions (octal, as a string) */
} ccdk_s3files_creation_permissions;
/** CfnAccessPoint.RootDirectoryProperty. */
typedef struct {
    const ccdk_s3files_creation_permissions *creation_permissions; /* CreationPermissions */
    const char *path;                                              /* Path */
} ccdk_s3files_root_directory;

/** CfnAccessPointProps. */
typedef struct {
    const char *client_token;                        /* ClientToken */
    const char *file_system_id;                      /* required: FileSystemId */
    const ccdk_s3files_posix_user *posix_user;       /* PosixUser */
    const ccdk_s3files_root_directory *root_directory; /* RootDirectory */
    ccdk_kvs tags;                                   /* Tags: [{Key, Value}], with Tags.of()'s */
} ccdk_s3files_cfn_access_point_props;

/** new s3files.CfnAccessPoint(scope, id, props), as ccdk_s3files_cfn_file_system_new. A missing
 *  file_system_id is aws-cdk-lib's error. */
ccdk_s3files_cfn_access_point *ccdk_s3files_cfn_access_point_new(void *scope, const char *id,
                                                                const ccdk_s3files_cfn_access_point_props *props);
/** accessPoint.ref ({"Ref": <logical id>}: accessPointRef.accessPointId) and its attributes
 *  AccessPointArn (accessPointRef.accessPointArn), AccessPointId, OwnerId, Status (tokens owned by
 *  the App; NULL for NULL). */
const char *ccdk_s3files_cfn_access_point_ref(ccdk_s3files_cfn_access_point *access_point);
const char *ccdk_s3files_cfn_access_point_attr_access_point_arn(ccdk_s3files_cfn_access_point *access_point);
const char *ccdk_s3files_cfn_access_point_attr_access_point_id(ccdk_s3files_cfn_access_point *access_point);
const char *ccdk_s3files_cfn_access_point_attr_owner_id(ccdk_s3files_cfn_access_point *access_point);
const char *ccdk_s3files_cfn_access_point_attr_status(ccdk_s3files_cfn_access_point *access_point);
/** accessPoint.applyRemovalPolicy(policy). */
void ccdk_s3files_cfn_access_point_apply_removal_policy(ccdk_s3files_cfn_access_point *access_point,
                                                        ccdk_removal_policy policy);
/** The access point as the CfnResource it is; NULL for NULL. */
ccdk_cfn_resource *ccdk_s3files_cfn_access_point_resource(ccdk_s3files_cfn_access_point *access_point);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_s3files_cfn_file_system_new(scope, ...) ccdk_s3files_cfn_file_system_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_s3files_cfn_mount_target_new(scope, ...) ccdk_s3files_cfn_mount_target_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_s3files_cfn_access_point_new(scope, ...) ccdk_s3files_cfn_access_point_new(CCDK_SCOPE(scope), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
