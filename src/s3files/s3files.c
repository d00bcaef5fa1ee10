/* s3files.c - s3files.CfnFileSystem, CfnMountTarget and CfnAccessPoint (aws-cdk-lib/aws-s3files, the
 * generated s3files.generated.ts): the L1s of AWS::S3Files::*, their required-property checks,
 * attributes and removal policy. Each handle is the CfnResource itself. */
#include "ccdk/s3files.h"
#include "internal.h"

#define FS_TYPE "AWS::S3Files::FileSystem"
#define MT_TYPE "AWS::S3Files::MountTarget"
#define AP_TYPE "AWS::S3Files::AccessPoint"

static ccdk_cfn_resource *res(const void *handle, const char *func)
{
    return ccdk__handle_ok(handle, func) ? (ccdk_cfn_resource *)(void *)handle : NULL;
}

static const char *attr(const void *handle, const char *name, const char *func)
{
    ccdk_cfn_resource *r = res(handle, func);
    return r ? ccdk_cfn_resource_get_att(r, name) : NULL;
}

static const char *ref(const void *handle, const char *func)
{
    ccdk_cfn_resource *r = res(handle, func);
    return r ? ccdk_cfn_resource_ref(r) : NULL;
}

/* requireProperty(props, name, this): `${this} is missing ...`, a CfnResource printing its path and type */
static void require(ccdk_cfn_resource *r, const char *value, const char *name)
{
    if (!value)
        ccdk__error(r, "%s [%s] is missing required property: %s", r->el.node.path, r->type, name);
}

static void set_str(ccdk_cfn_resource *r, const char *prop, const char *s)
{
    if (s)
        ccdk__res_set(r, prop, ccdk__v_from_string(r->el.node.app, s));
}

static void set_strs(ccdk_cfn_resource *r, const char *prop, ccdk_strs list, const char *what)
{
    ccdk_app *app = r->el.node.app;
    size_t n = CCDK__LEN(list, what);
    if (!list.items)
        return;
    ccdk_value *l = ccdk__v_list(app);
    for (size_t i = 0; i < n; i++)
        ccdk__v_push(l, ccdk__v_from_string(app, list.items[i]));
    ccdk__res_set(r, prop, l);
}

/* props.tags: the TagManager's external tags (priority 50), sorted with those of Tags.of() */
static void set_tags(ccdk_cfn_resource *r, ccdk_kvs tags)
{
    r->tag_kind = 1; /* TagType.STANDARD, tagPropertyName 'tags': [{Key, Value}] */
    size_t n = CCDK__LEN(tags, "tags");
    for (size_t i = 0; i < n; i++)
        if (tags.items[i].key)
            ccdk__tags_set(&r->el.node, tags.items[i].key, tags.items[i].value ? tags.items[i].value : "", 50);
}

/* ------------------------------------------------------------------ CfnFileSystem */

static ccdk_value *sync_config(ccdk_app *app, const ccdk_s3files_synchronization_configuration *c)
{
    ccdk_value *o = ccdk__v_obj(app);
    ccdk_value *exp = ccdk__v_list(app), *imp = ccdk__v_list(app);
    size_t ne = CCDK__LEN(c->expiration_data_rules, "expirationDataRules");
    for (size_t i = 0; i < ne; i++) {
        ccdk_value *e = ccdk__v_obj(app);
        ccdk__v_set(e, "DaysAfterLastAccess", ccdk__v_num(app, c->expiration_data_rules.items[i].days_after_last_access));
        ccdk__v_push(exp, e);
    }
    size_t ni = CCDK__LEN(c->import_data_rules, "importDataRules");
    for (size_t i = 0; i < ni; i++) {
        const ccdk_s3files_import_data_rule *d = &c->import_data_rules.items[i];
        ccdk_value *e = ccdk__v_obj(app);
        ccdk__v_set(e, "Prefix", ccdk__v_from_string(app, d->prefix));
        ccdk__v_set(e, "SizeLessThan", ccdk__v_num(app, d->size_less_than));
        ccdk__v_set(e, "Trigger", ccdk__v_from_string(app, d->trigger));
        ccdk__v_push(imp, e);
    }
    ccdk__v_set(o, "ExpirationDataRules", exp);
    ccdk__v_set(o, "ImportDataRules", imp);
    if (c->latest_version_number.set)
        ccdk__v_set(o, "LatestVersionNumber", ccdk__v_opt_num(app, c->latest_version_number));
    return o;
}

ccdk_s3files_cfn_file_system *ccdk_s3files_cfn_file_system_new(void *scope, const char *id,
                                                              const ccdk_s3files_cfn_file_system_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_cfn_resource *r = ccdk__l1(scope, id, FS_TYPE, "aws-cdk-lib.aws_s3files.CfnFileSystem");
    static const ccdk_s3files_cfn_file_system_props none;
    if (!props)
        props = &none;
    require(r, props->bucket, "bucket");
    require(r, props->role_arn, "roleArn");
    if (ccdk__tri_set(props->accept_bucket_warning))
        ccdk__res_set(r, "AcceptBucketWarning", ccdk__v_bool(app, ccdk__tri_true(props->accept_bucket_warning)));
    set_str(r, "Bucket", props->bucket);
    set_str(r, "ClientToken", props->client_token);
    set_str(r, "KmsKeyId", props->kms_key_id);
    set_str(r, "Prefix", props->prefix);
    set_str(r, "RoleArn", props->role_arn);
    if (props->synchronization_configuration)
        ccdk__res_set(r, "SynchronizationConfiguration", sync_config(app, props->synchronization_configuration));
    set_tags(r, props->tags);
    return (ccdk_s3files_cfn_file_system *)(void *)r;
}

const char *ccdk_s3files_cfn_file_system_ref(ccdk_s3files_cfn_file_system *file_system)
{
    return ref(file_system, __func__);
}
const char *ccdk_s3files_cfn_file_system_attr_creation_time(ccdk_s3files_cfn_file_system *file_system)
{
    return attr(file_system, "CreationTime", __func__);
}
const char *ccdk_s3files_cfn_file_system_attr_file_system_arn(ccdk_s3files_cfn_file_system *file_system)
{
    return attr(file_system, "FileSystemArn", __func__);
}
const char *ccdk_s3files_cfn_file_system_attr_file_system_id(ccdk_s3files_cfn_file_system *file_system)
{
    return attr(file_system, "FileSystemId", __func__);
}
const char *ccdk_s3files_cfn_file_system_attr_owner_id(ccdk_s3files_cfn_file_system *file_system)
{
    return attr(file_system, "OwnerId", __func__);
}
const char *ccdk_s3files_cfn_file_system_attr_status(ccdk_s3files_cfn_file_system *file_system)
{
    return attr(file_system, "Status", __func__);
}
const char *ccdk_s3files_cfn_file_system_attr_status_message(ccdk_s3files_cfn_file_system *file_system)
{
    return attr(file_system, "StatusMessage", __func__);
}
const char *ccdk_s3files_cfn_file_system_attr_synchronization_configuration_latest_version_number(
    ccdk_s3files_cfn_file_system *file_system)
{
    return attr(file_system, "SynchronizationConfiguration.LatestVersionNumber", __func__);
}
void ccdk_s3files_cfn_file_system_apply_removal_policy(ccdk_s3files_cfn_file_system *file_system,
                                                       ccdk_removal_policy policy)
{
    ccdk_cfn_resource *r = ccdk__target_ok(file_system, __func__) ? (ccdk_cfn_resource *)(void *)file_system : NULL;
    if (r && CCDK__ENUM_OK(r, policy, ccdk_removal_policy, CCDK_REMOVAL_POLICY_UNSET,
                           CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, "applyRemovalPolicy"))
        ccdk_cfn_resource_apply_removal_policy(r, policy);
}
ccdk_cfn_resource *ccdk_s3files_cfn_file_system_resource(ccdk_s3files_cfn_file_system *file_system)
{
    return res(file_system, __func__);
}

/* ------------------------------------------------------------------ CfnMountTarget */

ccdk_s3files_cfn_mount_target *ccdk_s3files_cfn_mount_target_new(void *scope, const char *id,
                                                                const ccdk_s3files_cfn_mount_target_props *props)
{
    ccdk_cfn_resource *r = ccdk__l1(scope, id, MT_TYPE, "aws-cdk-lib.aws_s3files.CfnMountTarget");
    static const ccdk_s3files_cfn_mount_target_props none;
    if (!props)
        props = &none;
    require(r, props->file_system_id, "fileSystemId");
    require(r, props->subnet_id, "subnetId");
    set_str(r, "FileSystemId", props->file_system_id);
    set_str(r, "IpAddressType", props->ip_address_type);
    set_str(r, "Ipv4Address", props->ipv4_address);
    set_str(r, "Ipv6Address", props->ipv6_address);
    set_strs(r, "SecurityGroups", props->security_groups, "securityGroups");
    set_str(r, "SubnetId", props->subnet_id);
    return (ccdk_s3files_cfn_mount_target *)(void *)r;
}

const char *ccdk_s3files_cfn_mount_target_ref(ccdk_s3files_cfn_mount_target *mount_target)
{
    return ref(mount_target, __func__);
}
const char *ccdk_s3files_cfn_mount_target_attr_availability_zone_id(ccdk_s3files_cfn_mount_target *mount_target)
{
    return attr(mount_target, "AvailabilityZoneId", __func__);
}
const char *ccdk_s3files_cfn_mount_target_attr_mount_target_id(ccdk_s3files_cfn_mount_target *mount_target)
{
    return attr(mount_target, "MountTargetId", __func__);
}
const char *ccdk_s3files_cfn_mount_target_attr_network_interface_id(ccdk_s3files_cfn_mount_target *mount_target)
{
    return attr(mount_target, "NetworkInterfaceId", __func__);
}
const char *ccdk_s3files_cfn_mount_target_attr_owner_id(ccdk_s3files_cfn_mount_target *mount_target)
{
    return attr(mount_target, "OwnerId", __func__);
}
const char *ccdk_s3files_cfn_mount_target_attr_status(ccdk_s3files_cfn_mount_target *mount_target)
{
    return attr(mount_target, "Status", __func__);
}
const char *ccdk_s3files_cfn_mount_target_attr_status_message(ccdk_s3files_cfn_mount_target *mount_target)
{
    return attr(mount_target, "StatusMessage", __func__);
}
const char *ccdk_s3files_cfn_mount_target_attr_vpc_id(ccdk_s3files_cfn_mount_target *mount_target)
{
    return attr(mount_target, "VpcId", __func__);
}
void ccdk_s3files_cfn_mount_target_apply_removal_policy(ccdk_s3files_cfn_mount_target *mount_target,
                                                        ccdk_removal_policy policy)
{
    ccdk_cfn_resource *r = ccdk__target_ok(mount_target, __func__) ? (ccdk_cfn_resource *)(void *)mount_target : NULL;
    if (r && CCDK__ENUM_OK(r, policy, ccdk_removal_policy, CCDK_REMOVAL_POLICY_UNSET,
                           CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, "applyRemovalPolicy"))
        ccdk_cfn_resource_apply_removal_policy(r, policy);
}
ccdk_cfn_resource *ccdk_s3files_cfn_mount_target_resource(ccdk_s3files_cfn_mount_target *mount_target)
{
    return res(mount_target, __func__);
}

/* ------------------------------------------------------------------ CfnAccessPoint */

ccdk_s3files_cfn_access_point *ccdk_s3files_cfn_access_point_new(void *scope, const char *id,
                                                                const ccdk_s3files_cfn_access_point_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_cfn_resource *r = ccdk__l1(scope, id, AP_TYPE, "aws-cdk-lib.aws_s3files.CfnAccessPoint");
    static const ccdk_s3files_cfn_access_point_props none;
    if (!props)
        props = &none;
    require(r, props->file_system_id, "fileSystemId");
    set_str(r, "ClientToken", props->client_token);
    set_str(r, "FileSystemId", props->file_system_id);
    if (props->posix_user) {
        const ccdk_s3files_posix_user *u = props->posix_user;
        ccdk_value *o = ccdk__v_obj(app);
        ccdk__v_set(o, "Gid", ccdk__v_from_string(app, u->gid));
        if (u->secondary_gids.items) {
            ccdk_value *l = ccdk__v_list(app);
            size_t n = CCDK__LEN(u->secondary_gids, "secondaryGids");
            for (size_t i = 0; i < n; i++)
                ccdk__v_push(l, ccdk__v_from_string(app, u->secondary_gids.items[i]));
            ccdk__v_set(o, "SecondaryGids", l);
        }
        ccdk__v_set(o, "Uid", ccdk__v_from_string(app, u->uid));
        ccdk__res_set(r, "PosixUser", o);
    }
    if (props->root_directory) {
        const ccdk_s3files_root_directory *d = props->root_directory;
        ccdk_value *o = ccdk__v_obj(app);
        /* tree.json shows the user's object: {path, creationPermissions}, as aws-cdk's integ test and
         * README write it (the template sorts it) */
        ccdk__v_set(o, "Path", ccdk__v_from_string(app, d->path));
        if (d->creation_permissions) {
            const ccdk_s3files_creation_permissions *p = d->creation_permissions;
            ccdk_value *c = ccdk__v_obj(app);
            ccdk__v_set(c, "OwnerGid", ccdk__v_from_string(app, p->owner_gid));
            ccdk__v_set(c, "OwnerUid", ccdk__v_from_string(app, p->owner_uid));
            ccdk__v_set(c, "Permissions", ccdk__v_from_string(app, p->permissions));
            ccdk__v_set(o, "CreationPermissions", c);
        }
        ccdk__res_set(r, "RootDirectory", o);
    }
    set_tags(r, props->tags);
    return (ccdk_s3files_cfn_access_point *)(void *)r;
}

const char *ccdk_s3files_cfn_access_point_ref(ccdk_s3files_cfn_access_point *access_point)
{
    return ref(access_point, __func__);
}
const char *ccdk_s3files_cfn_access_point_attr_access_point_arn(ccdk_s3files_cfn_access_point *access_point)
{
    return attr(access_point, "AccessPointArn", __func__);
}
const char *ccdk_s3files_cfn_access_point_attr_access_point_id(ccdk_s3files_cfn_access_point *access_point)
{
    return attr(access_point, "AccessPointId", __func__);
}
const char *ccdk_s3files_cfn_access_point_attr_owner_id(ccdk_s3files_cfn_access_point *access_point)
{
    return attr(access_point, "OwnerId", __func__);
}
const char *ccdk_s3files_cfn_access_point_attr_status(ccdk_s3files_cfn_access_point *access_point)
{
    return attr(access_point, "Status", __func__);
}
void ccdk_s3files_cfn_access_point_apply_removal_policy(ccdk_s3files_cfn_access_point *access_point,
                                                        ccdk_removal_policy policy)
{
    ccdk_cfn_resource *r = ccdk__target_ok(access_point, __func__) ? (ccdk_cfn_resource *)(void *)access_point : NULL;
    if (r && CCDK__ENUM_OK(r, policy, ccdk_removal_policy, CCDK_REMOVAL_POLICY_UNSET,
                           CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, "applyRemovalPolicy"))
        ccdk_cfn_resource_apply_removal_policy(r, policy);
}
ccdk_cfn_resource *ccdk_s3files_cfn_access_point_resource(ccdk_s3files_cfn_access_point *access_point)
{
    return res(access_point, __func__);
}
