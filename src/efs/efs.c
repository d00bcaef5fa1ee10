/* efs.c - efs.FileSystem and efs.AccessPoint (aws-cdk-lib/aws-efs/lib/efs-file-system.ts,
 * access-point.ts): the file system, its security group and mount targets, grants, the resource
 * policy, access points, and imported file systems. */
#include <string.h>

#include "ccdk/efs.h"
#include "internal.h"

struct ccdk_efs_file_system {
    ccdk__node node;
    ccdk_cfn_resource *resource; /* NULL when imported */
    const char *id, *arn;
    ccdk_ec2_connections *connections;
    ccdk_cfn_resource **mount_targets;
    size_t nmount_targets;
    ccdk_iam_policy_document *policy; /* _fileSystemPolicy */
    int granted_client;               /* _grantedClient */
    ccdk_tristate allow_anonymous_access;
};

struct ccdk_efs_access_point {
    ccdk__node node;
    ccdk_cfn_resource *resource; /* NULL when imported */
    const char *id, *arn;
    ccdk_efs_file_system *file_system;
};

static void file_system_prepare(ccdk__node *n);
static const ccdk__kind kind_file_system = {.fqn = "aws-cdk-lib.aws_efs.FileSystem", .class_name = "FileSystem2",
                                            .prepare = file_system_prepare};
static const ccdk__kind kind_imported = {.fqn = "aws-cdk-lib.Resource", .class_name = "ImportedFileSystem2"};
static const ccdk__kind kind_access_point = {.fqn = "aws-cdk-lib.aws_efs.AccessPoint", .class_name = "AccessPoint2"};
static const ccdk__kind kind_imported_access_point = {.fqn = "aws-cdk-lib.Resource",
                                                      .class_name = "ImportedAccessPoint2"};

static const char *const lifecycle_names[] = {
    NULL, "AFTER_1_DAY", "AFTER_7_DAYS", "AFTER_14_DAYS", "AFTER_30_DAYS", "AFTER_60_DAYS",
    "AFTER_90_DAYS", "AFTER_180_DAYS", "AFTER_270_DAYS", "AFTER_365_DAYS",
};
#define NLIFECYCLE (sizeof lifecycle_names / sizeof *lifecycle_names)

static const char *lifecycle_name(ccdk_efs_lifecycle_policy p)
{
    return (unsigned)p < NLIFECYCLE ? lifecycle_names[p] : NULL;
}

/* Tags.of(this).add(...) renders into FileSystemTags / AccessPointTags, not Tags: the tag list,
 * computed when the property is resolved (after every Tags.of of the app is known) */
static ccdk_value *resource_tags_lazy(void *ctx)
{
    ccdk_cfn_resource *r = ctx;
    ccdk_value *tags = ccdk__tags_for(&r->el.node, 1);
    return tags ? tags : ccdk__v_undef(r->el.node.app);
}

/* The file system's FileSystemPolicy (a Box.combine of grantedClient and the policy in
 * aws-cdk-lib): decided at prepare, when grants and addToResourcePolicy are all in. Without
 * anonymous access, the statement allowing ClientWrite/ClientRootAccess to anyone through a mount
 * target is added to the policy -- to the user's own document when there is one, as aws-cdk-lib
 * does. */
static void file_system_prepare(ccdk__node *n)
{
    ccdk_efs_file_system *fs = (ccdk_efs_file_system *)n;
    if (!fs->resource)
        return;
    int deny_by_default = ccdk__feature_flag(n, "@aws-cdk/aws-efs:denyAnonymousAccess") || fs->granted_client;
    int allow = ccdk__tri_set(fs->allow_anonymous_access) ? ccdk__tri_true(fs->allow_anonymous_access) : !deny_by_default;
    if (!allow) {
        if (!fs->policy)
            fs->policy = ccdk_iam_policy_document_new(fs, (ccdk_iam_policy_statement_list){0});
        ccdk_app *app = n->app;
        ccdk_value *cond = ccdk__v_obj(app), *b = ccdk__v_obj(app);
        ccdk__v_set(b, "elasticfilesystem:AccessedViaMountTarget", ccdk__v_str(app, "true"));
        ccdk__v_set(cond, "Bool", b);
        ccdk_iam_policy_statement_props sp = {
            .principals = CCDK_LIST(ccdk_iam_any_principal(fs)),
            .actions = CCDK_STRS("elasticfilesystem:ClientWrite", "elasticfilesystem:ClientRootAccess"),
            .conditions = cond};
        ccdk_iam_policy_document_add_statements(fs->policy, ccdk_iam_policy_statement_new(fs, &sp));
    }
    if (fs->policy)
        ccdk__res_set(fs->resource, "FileSystemPolicy", ccdk_iam_policy_document_value(fs->policy));
}

/* the subnet's construct id (subnet.node.id, "PrivateSubnet1"): aws-cdk-lib names a VPC's subnets
 * <group name>Subnet<n>, n the 1-based position of the subnet's AZ among the VPC's (imported VPCs
 * too). Found from the selection's group name and AZ; a subnet whose AZ is not one of the VPC's
 * counts by its position within its group in the selection. */
static const char *subnet_node_id(ccdk_app *app, ccdk_strs vpc_azs, const ccdk_ec2_selected_subnets *sel, size_t i)
{
    const char *group = sel->group_names.items[i];
    const char *az = i < sel->availability_zones.count ? sel->availability_zones.items[i] : NULL;
    size_t n = 0;
    for (size_t k = 0; az && k < vpc_azs.count; k++)
        if (vpc_azs.items[k] == az || (vpc_azs.items[k] && !strcmp(vpc_azs.items[k], az))) {
            n = k + 1;
            break;
        }
    if (!n)
        for (size_t k = 0; k <= i; k++)
            n += !strcmp(sel->group_names.items[k], group);
    return ccdk__sprintf(app, "%sSubnet%zu", group, n);
}

/* props.vpcSubnets given: a selection with any field set (a zeroed one is "not given") */
static int selection_given(const ccdk_ec2_subnet_selection *s)
{
    return s->subnet_type || s->subnet_group_name || CCDK__GIVEN(s->availability_zones) || ccdk__tri_set(s->one_per_az) ||
           CCDK__GIVEN(s->subnets) || s->subnet_name || CCDK__GIVEN(s->subnet_filters);
}

static void one_zone_validation(ccdk_efs_file_system *fs, const ccdk_efs_file_system_props *props)
{
    const ccdk_ec2_subnet_selection *vs = &props->vpc_subnets;
    if (!selection_given(vs))
        return;
    if (!CCDK__GIVEN(vs->availability_zones)) {
        ccdk__error(fs, "When oneZone is enabled and vpcSubnets defined, vpcSubnets.availabilityZones can not be undefined.");
        return;
    }
    if (CCDK__LEN(vs->availability_zones, "vpcSubnets.availabilityZones") != 1) {
        ccdk__error(fs, "When oneZone is enabled, vpcSubnets.availabilityZones should exactly have one zone.");
        return;
    }
    ccdk_strs azs = ccdk_ec2_vpc_availability_zones(props->vpc);
    int concrete = 1, found = 0;
    for (size_t k = 0; k < azs.count; k++) {
        const char *az = azs.items[k];
        if (ccdk__is_unresolved(az) || !strncmp(az, "dummy", 5))
            concrete = 0;
        else if (!strcmp(az, vs->availability_zones.items[0]))
            found = 1;
    }
    if (concrete && !found)
        ccdk__error(fs, "vpcSubnets.availabilityZones specified is not in vpc.availabilityZones.");
}

static ccdk_value *str_list1(ccdk_app *app, const char *s)
{
    ccdk_value *l = ccdk__v_list(app);
    ccdk__v_push(l, ccdk__v_from_string(app, s));
    return l;
}

static ccdk_value *lifecycle_entry(ccdk_app *app, const char *key, const char *value)
{
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, key, ccdk__v_str(app, value));
    return o;
}

ccdk_efs_file_system *ccdk_efs_file_system_new(void *scope, const char *id, const ccdk_efs_file_system_props *props)
{
    ccdk_efs_file_system *fs = ccdk__construct(ccdk_efs_file_system, &kind_file_system, scope, id);
    ccdk_app *app = fs->node.app;
    static const ccdk_efs_file_system_props none;
    if (!props)
        props = &none;
    int ok = 1;
    ok &= CCDK__ENUM_OK(fs, props->lifecycle_policy, ccdk_efs_lifecycle_policy, CCDK_EFS_LIFECYCLE_UNSET,
                        CCDK_EFS_LIFECYCLE_AFTER_365_DAYS, "lifecyclePolicy");
    ok &= CCDK__ENUM_OK(fs, props->transition_to_archive_policy, ccdk_efs_lifecycle_policy, CCDK_EFS_LIFECYCLE_UNSET,
                        CCDK_EFS_LIFECYCLE_AFTER_365_DAYS, "transitionToArchivePolicy");
    ok &= CCDK__ENUM_OK(fs, props->out_of_infrequent_access_policy, ccdk_efs_out_of_infrequent_access_policy,
                        CCDK_EFS_OUT_OF_IA_UNSET, CCDK_EFS_OUT_OF_IA_AFTER_1_ACCESS, "outOfInfrequentAccessPolicy");
    ok &= CCDK__ENUM_OK(fs, props->performance_mode, ccdk_efs_performance_mode, CCDK_EFS_PERFORMANCE_MODE_UNSET,
                        CCDK_EFS_PERFORMANCE_MODE_MAX_IO, "performanceMode");
    ok &= CCDK__ENUM_OK(fs, props->throughput_mode, ccdk_efs_throughput_mode, CCDK_EFS_THROUGHPUT_MODE_UNSET,
                        CCDK_EFS_THROUGHPUT_MODE_ELASTIC, "throughputMode");
    ok &= CCDK__ENUM_OK(fs, props->replication_overwrite_protection, ccdk_efs_replication_overwrite_protection,
                        CCDK_EFS_REPLICATION_OVERWRITE_PROTECTION_UNSET, CCDK_EFS_REPLICATION_OVERWRITE_PROTECTION_DISABLED,
                        "replicationOverwriteProtection");
    if (!ok)
        return fs;
    int one_zone = ccdk__tri_true(props->one_zone);
    if (props->performance_mode == CCDK_EFS_PERFORMANCE_MODE_MAX_IO && one_zone)
        ccdk__error(fs, "performanceMode MAX_IO is not supported for One Zone file systems.");
    if (!props->vpc) {
        ccdk__error(fs, "vpc is required");
        return fs;
    }
    if (one_zone)
        one_zone_validation(fs, props);
    if (props->throughput_mode == CCDK_EFS_THROUGHPUT_MODE_PROVISIONED && props->provisioned_throughput_per_second.unit == CCDK_SIZE_UNSET)
        ccdk__error(fs, "Property provisionedThroughputPerSecond is required when throughputMode is PROVISIONED");
    if (props->throughput_mode == CCDK_EFS_THROUGHPUT_MODE_ELASTIC && props->performance_mode == CCDK_EFS_PERFORMANCE_MODE_MAX_IO)
        ccdk__error(fs, "ThroughputMode ELASTIC is not supported for file systems with performanceMode MAX_IO");
    if (props->replication_configuration &&
        props->replication_overwrite_protection == CCDK_EFS_REPLICATION_OVERWRITE_PROTECTION_DISABLED)
        ccdk__error(fs, "Cannot configure 'replicationConfiguration' when 'replicationOverwriteProtection' is set to "
                        "'DISABLED'");

    /* encrypted ?? (EFS_DEFAULT_ENCRYPTION_AT_REST ? true : undefined): an expired flag, always on
     * in v2; FeatureFlags.isEnabled throws (without a path) when the context sets it at all, to
     * true as to false -- and asks only when encrypted is not given */
    static const char encryption_flag[] = "@aws-cdk/aws-efs:defaultEncryptionAtRest";
    if (!ccdk__tri_set(props->encrypted) && ccdk__node_context(&fs->node, encryption_flag))
        ccdk__unscoped_error(app, "Unsupported feature flag '%s'. This flag existed on CDKv1 but has been removed in "
                                  "CDKv2. CDK will now behave as the same as when the flag is enabled.", encryption_flag);
    int encrypted_default = ccdk__feature_flag(&fs->node, encryption_flag);
    fs->allow_anonymous_access = props->allow_anonymous_access;
    fs->policy = props->file_system_policy;

    /* the availability zone of a One Zone file system */
    const char *one_zone_az = NULL;
    if (one_zone) {
        if (CCDK__GIVEN(props->vpc_subnets.availability_zones) && props->vpc_subnets.availability_zones.count)
            one_zone_az = props->vpc_subnets.availability_zones.items[0];
        else {
            ccdk_strs azs = ccdk_ec2_vpc_availability_zones(props->vpc);
            one_zone_az = azs.count ? azs.items[0] : NULL;
        }
    }

    ccdk_cfn_resource *r = ccdk__l1(fs, "Resource", "AWS::EFS::FileSystem", "aws-cdk-lib.aws_efs.CfnFileSystem");
    fs->resource = r;
    if (ccdk__tri_set(props->encrypted))
        ccdk__res_set(r, "Encrypted", ccdk__v_bool(app, ccdk__tri_true(props->encrypted)));
    else if (encrypted_default)
        ccdk__res_set(r, "Encrypted", ccdk__v_bool(app, 1));
    if (props->kms_key && ccdk_kms_key_arn(props->kms_key))
        ccdk__res_set(r, "KmsKeyId", ccdk__v_from_string(app, ccdk_kms_key_arn(props->kms_key)));
    ccdk_value *lifecycle = ccdk__v_list(app);
    if (lifecycle_name(props->lifecycle_policy))
        ccdk__v_push(lifecycle, lifecycle_entry(app, "TransitionToIA", lifecycle_name(props->lifecycle_policy)));
    if (props->out_of_infrequent_access_policy == CCDK_EFS_OUT_OF_IA_AFTER_1_ACCESS)
        ccdk__v_push(lifecycle, lifecycle_entry(app, "TransitionToPrimaryStorageClass", "AFTER_1_ACCESS"));
    if (lifecycle_name(props->transition_to_archive_policy))
        ccdk__v_push(lifecycle, lifecycle_entry(app, "TransitionToArchive", lifecycle_name(props->transition_to_archive_policy)));
    if (lifecycle->u.list.n)
        ccdk__res_set(r, "LifecyclePolicies", lifecycle);
    if (props->performance_mode)
        ccdk__res_set(r, "PerformanceMode",
                      ccdk__v_str(app, props->performance_mode == CCDK_EFS_PERFORMANCE_MODE_MAX_IO ? "maxIO" : "generalPurpose"));
    if (props->throughput_mode) {
        static const char *const modes[] = {NULL, "bursting", "provisioned", "elastic"};
        ccdk__res_set(r, "ThroughputMode", ccdk__v_str(app, modes[props->throughput_mode]));
    }
    if (props->provisioned_throughput_per_second.unit != CCDK_SIZE_UNSET)
        ccdk__res_set(r, "ProvisionedThroughputInMibps",
                      ccdk__v_num_or_token(app, ccdk__size_to_mebibytes(fs, props->provisioned_throughput_per_second),
                                           props->provisioned_throughput_per_second.token));
    if (ccdk__tri_true(props->enable_automatic_backups)) {
        ccdk_value *bp = ccdk__v_obj(app);
        ccdk__v_set(bp, "Status", ccdk__v_str(app, "ENABLED"));
        ccdk__res_set(r, "BackupPolicy", bp);
    }
    /* FileSystemPolicy: file_system_prepare */
    if (props->replication_overwrite_protection) {
        ccdk_value *p = ccdk__v_obj(app);
        ccdk__v_set(p, "ReplicationOverwriteProtection",
                    ccdk__v_str(app, props->replication_overwrite_protection == CCDK_EFS_REPLICATION_OVERWRITE_PROTECTION_ENABLED
                                         ? "ENABLED" : "DISABLED"));
        ccdk__res_set(r, "FileSystemProtection", p);
    }
    if (one_zone && one_zone_az)
        ccdk__res_set(r, "AvailabilityZoneName", ccdk__v_from_string(app, one_zone_az));
    if (props->replication_configuration) {
        /* {destinations: [{fileSystemId, kmsKeyId, region, availabilityZoneName}]}, rendered in
         * CfnFileSystem's (alphabetical) order */
        const ccdk_efs_replication_configuration *rc = props->replication_configuration;
        ccdk_efs_file_system *dest = rc->destination_file_system && ccdk__handle_ok(rc->destination_file_system, __func__)
                                         ? rc->destination_file_system : NULL;
        ccdk_value *d = ccdk__v_obj(app);
        if (rc->availability_zone)
            ccdk__v_set(d, "AvailabilityZoneName", ccdk__v_from_string(app, rc->availability_zone));
        if (dest && dest->id)
            ccdk__v_set(d, "FileSystemId", ccdk__v_from_string(app, dest->id));
        if (rc->kms_key && ccdk_kms_key_arn(rc->kms_key))
            ccdk__v_set(d, "KmsKeyId", ccdk__v_from_string(app, ccdk_kms_key_arn(rc->kms_key)));
        const char *region = dest ? (dest->node.stack ? ccdk_stack_region(dest->node.stack) : NULL)
                                  : rc->region ? rc->region : ccdk_stack_region(fs->node.stack);
        if (region)
            ccdk__v_set(d, "Region", ccdk__v_from_string(app, region));
        ccdk_value *dests = ccdk__v_list(app), *cfg = ccdk__v_obj(app);
        ccdk__v_push(dests, d);
        ccdk__v_set(cfg, "Destinations", dests);
        ccdk__res_set(r, "ReplicationConfiguration", cfg);
    }
    ccdk__res_set(r, "FileSystemTags", ccdk__v_lazy(app, resource_tags_lazy, r));
    ccdk_cfn_resource_apply_removal_policy(r, props->removal_policy ? props->removal_policy : CCDK_REMOVAL_POLICY_RETAIN);
    fs->id = ccdk_cfn_resource_ref(r);
    fs->arn = ccdk_cfn_resource_get_att(r, "Arn");
    /* Tags.of(this).add('Name', props.fileSystemName || this.node.path) */
    ccdk_tags_add(fs, "Name", props->file_system_name && *props->file_system_name ? props->file_system_name : fs->node.path);

    ccdk_ec2_security_group *sg = props->security_group;
    if (!sg)
        sg = ccdk_ec2_security_group_new(fs, "EfsSecurityGroup", &(ccdk_ec2_security_group_props){.vpc = props->vpc});
    ccdk_ec2_security_group *sgs[] = {sg};
    ccdk_ec2_port port = ccdk_ec2_port_tcp(2049);
    fs->connections = ccdk_ec2_connections_new(fs, (ccdk_ec2_security_group_list){&ccdk__list_mark, sgs, 1}, &port);

    ccdk_ec2_subnet_selection sel = {0};
    const char *one_zone_azs[] = {one_zone_az};
    if (one_zone) {
        sel.availability_zones = (ccdk_strs){&ccdk__list_mark, one_zone_azs, one_zone_az ? 1 : 0};
    } else if (selection_given(&props->vpc_subnets)) {
        sel = props->vpc_subnets;
    } else {
        sel.one_per_az = CCDK_TRUE;
    }
    ccdk_ec2_selected_subnets subnets = {0};
    if (ccdk_ec2_vpc_select_subnets(props->vpc, &sel, &subnets) != 0)
        return fs;
    size_t n = subnets.subnet_ids.count;
    fs->mount_targets = ccdk__alloc(app, (n ? n : 1) * sizeof *fs->mount_targets);
    int order_insensitive = ccdk__feature_flag(&fs->node, "@aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId");
    ccdk_strs vpc_azs = order_insensitive ? ccdk_ec2_vpc_availability_zones(props->vpc) : (ccdk_strs){0};
    const char *sg_id = ccdk_ec2_security_group_id(sg);
    for (size_t i = 0; i < n; i++) {
        /* subnet.node.id: an explicitly selected subnet's own construct id */
        const char *node_id = CCDK__GIVEN(sel.subnets) ? ccdk_node_id(subnets.subnets.items[i])
                                                       : order_insensitive ? subnet_node_id(app, vpc_azs, &subnets, i) : NULL;
        const char *mid = order_insensitive ? ccdk__sprintf(app, "EfsMountTarget-%s", node_id)
                                            : ccdk__sprintf(app, "EfsMountTarget%zu", i + 1);
        ccdk_cfn_resource *mt = ccdk__l1(fs, mid, "AWS::EFS::MountTarget", "aws-cdk-lib.aws_efs.CfnMountTarget");
        ccdk__res_set(mt, "FileSystemId", ccdk__v_from_string(app, fs->id));
        ccdk__res_set(mt, "SecurityGroups", str_list1(app, sg_id));
        ccdk__res_set(mt, "SubnetId", ccdk__v_from_string(app, subnets.subnet_ids.items[i]));
        fs->mount_targets[fs->nmount_targets++] = mt;
    }
    return fs;
}

static const char *arn_slash_resource_name(ccdk__node *scope, const char *arn);

ccdk_efs_file_system *ccdk_efs_file_system_from_file_system_attributes(void *scope, const char *id,
                                                                       const ccdk_efs_file_system_attributes *attrs)
{
    ccdk_efs_file_system *fs = ccdk__construct(ccdk_efs_file_system, &kind_imported, scope, id);
    static const ccdk_efs_file_system_attributes none;
    if (!attrs)
        attrs = &none;
    /* !!fileSystemId == !!fileSystemArn: JavaScript truthiness, "" is not given */
    int has_id = attrs->file_system_id && *attrs->file_system_id;
    int has_arn = attrs->file_system_arn && *attrs->file_system_arn;
    if (has_id == has_arn) {
        ccdk__error(fs, "One of fileSystemId or fileSystemArn, but not both, must be provided.");
        return fs;
    }
    ccdk_app *app = fs->node.app;
    ccdk_stack *stack = fs->node.stack;
    if (has_id) {
        fs->id = ccdk__strdup(app, attrs->file_system_id);
        fs->arn = ccdk_stack_format_arn(stack, "elasticfilesystem", "file-system", "/", fs->id);
    } else {
        fs->arn = ccdk__strdup(app, attrs->file_system_arn);
        size_t errors = ccdk_app_error_count(app);
        fs->id = arn_slash_resource_name(&fs->node, fs->arn);
        if (!fs->id) {
            if (ccdk_app_error_count(app) == errors)
                ccdk__error(fs, "Invalid FileSystem Arn %s", fs->arn);
            return fs;
        }
    }
    ccdk_ec2_port port = ccdk_ec2_port_tcp(2049);
    ccdk_ec2_security_group *sgs[] = {attrs->security_group};
    fs->connections = ccdk_ec2_connections_new(fs, (ccdk_ec2_security_group_list){&ccdk__list_mark, sgs,
                                                                                  attrs->security_group ? 1 : 0},
                                               &port);
    return fs;
}

const char *ccdk_efs_file_system_id(ccdk_efs_file_system *fs) { return ccdk__handle_ok(fs, __func__) ? fs->id : NULL; }
const char *ccdk_efs_file_system_arn(ccdk_efs_file_system *fs) { return ccdk__handle_ok(fs, __func__) ? fs->arn : NULL; }
ccdk_ec2_connections *ccdk_efs_file_system_connections(ccdk_efs_file_system *fs)
{
    return ccdk__handle_ok(fs, __func__) ? fs->connections : NULL;
}
size_t ccdk_efs_file_system_mount_target_count(ccdk_efs_file_system *fs)
{
    return ccdk__handle_ok(fs, __func__) ? fs->nmount_targets : 0;
}
ccdk_cfn_resource *ccdk_efs_file_system_mount_target(ccdk_efs_file_system *fs, size_t i)
{
    return ccdk__handle_ok(fs, __func__) && i < fs->nmount_targets ? fs->mount_targets[i] : NULL;
}
ccdk_cfn_resource *ccdk_efs_file_system_resource(ccdk_efs_file_system *fs)
{
    return ccdk__handle_ok(fs, __func__) ? fs->resource : NULL;
}

/* ------------------------------------------------------------------ grants and the resource policy */

/* the file system as a grant's resource: its addToResourcePolicy (an import has no policy) */
static int add_to_resource_policy(void *fs, ccdk_iam_policy_statement *statement)
{
    return ccdk_efs_file_system_add_to_resource_policy(fs, statement);
}

/* Grant.addToPrincipalOrResource({grantee, actions, resourceArns: [fileSystemArn], resource: this,
 * conditions}) (iam's shared grant): the grantee's policy when it has one, and the file system's
 * resource policy unless the grantee took it and is of the file system's account. The file
 * system's account is its stack's, imported ones too (env of a plain Resource). */
static int grant(ccdk_efs_file_system *fs, ccdk_iam_principal *grantee, ccdk_strs actions, ccdk_value *conditions)
{
    if (!fs || !ccdk__grantee_ok(grantee, __func__) || !ccdk__handle_ok(fs, "ccdk_efs_file_system_grant"))
        return 0;
    return ccdk_iam_grant_add_to_principal_or_resource(grantee, &(ccdk_iam_grant_on_resource){
        .actions = actions,
        .resource_arns = CCDK_STRS(fs->arn),
        .conditions = conditions,
        .resource_account = ccdk_stack_account(fs->node.stack),
        .add_to_resource_policy = add_to_resource_policy,
        .resource = fs,
    }) != 0;
}

int ccdk_efs_file_system_grant(ccdk_efs_file_system *fs, ccdk_iam_principal *grantee, ccdk_strs actions)
{
    if (!ccdk__target_ok(fs, __func__))
        return 0;
    return grant(fs, grantee, actions, NULL);
}

static int grant_client(ccdk_efs_file_system *fs, ccdk_iam_principal *grantee, ccdk_strs actions)
{
    if (!fs || !ccdk__grantee_ok(grantee, __func__) || !ccdk__handle_ok(fs, "ccdk_efs_file_system_grant"))
        return 0;
    fs->granted_client = 1;
    ccdk_app *app = fs->node.app;
    ccdk_value *cond = ccdk__v_obj(app), *b = ccdk__v_obj(app);
    ccdk__v_set(b, "elasticfilesystem:AccessedViaMountTarget", ccdk__v_str(app, "true"));
    ccdk__v_set(cond, "Bool", b);
    return grant(fs, grantee, actions, cond);
}

int ccdk_efs_file_system_grant_read(ccdk_efs_file_system *fs, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(fs, __func__))
        return 0;
    return grant_client(fs, grantee, CCDK_STRS("elasticfilesystem:ClientMount"));
}

int ccdk_efs_file_system_grant_read_write(ccdk_efs_file_system *fs, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(fs, __func__))
        return 0;
    return grant_client(fs, grantee, CCDK_STRS("elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"));
}

int ccdk_efs_file_system_grant_root_access(ccdk_efs_file_system *fs, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(fs, __func__))
        return 0;
    return grant_client(fs, grantee,
                        CCDK_STRS("elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite",
                                  "elasticfilesystem:ClientRootAccess"));
}

int ccdk_efs_file_system_add_to_resource_policy(ccdk_efs_file_system *fs, ccdk_iam_policy_statement *statement)
{
    if (!ccdk__target_ok(fs, __func__) || !ccdk__arg_ok(statement, __func__, "statement") || !fs->resource)
        return 0;
    if (!fs->policy)
        fs->policy = ccdk_iam_policy_document_new(fs, (ccdk_iam_policy_statement_list){0});
    ccdk_iam_policy_document_add_statements(fs->policy, statement);
    return 1;
}

/* ------------------------------------------------------------------ AccessPoint */

ccdk_efs_access_point *ccdk_efs_access_point_new(void *scope, const char *id, ccdk_efs_file_system *file_system,
                                                 const ccdk_efs_access_point_options *options)
{
    ccdk_efs_access_point *ap = ccdk__construct(ccdk_efs_access_point, &kind_access_point, scope, id);
    ccdk_app *app = ap->node.app;
    static const ccdk_efs_access_point_options none;
    if (!options)
        options = &none;
    if (!file_system || !ccdk__handle_ok(file_system, __func__)) {
        ccdk__error(ap, "fileSystem is required");
        return ap;
    }
    const char *token = options->client_token;
    if (token && !ccdk__is_unresolved(token)) {
        /* JavaScript's length: UTF-16 code units */
        size_t len = 0;
        for (const unsigned char *p = (const unsigned char *)token; *p; p++)
            len += (*p & 0xC0) != 0x80 ? ((*p & 0xF8) == 0xF0 ? 2 : 1) : 0;
        if (len == 0 || len > 64)
            ccdk__error(ap, "The length of 'clientToken' must range from 1 to 64 characters, got: %zu characters", len);
    }
    ap->file_system = file_system;
    ccdk_cfn_resource *r = ccdk__l1(ap, "Resource", "AWS::EFS::AccessPoint", "aws-cdk-lib.aws_efs.CfnAccessPoint");
    ap->resource = r;
    if (file_system->id) /* NULL only after the file system's own error */
        ccdk__res_set(r, "FileSystemId", ccdk__v_from_string(app, file_system->id));
    /* rootDirectory is always an object, {} when neither is given (aws-cdk-lib writes it so) */
    ccdk_value *root = ccdk__v_obj(app);
    if (options->create_acl) {
        ccdk_value *ci = ccdk__v_obj(app);
        const ccdk_efs_acl *acl = options->create_acl;
        if (acl->owner_gid)
            ccdk__v_set(ci, "OwnerGid", ccdk__v_from_string(app, acl->owner_gid));
        if (acl->owner_uid)
            ccdk__v_set(ci, "OwnerUid", ccdk__v_from_string(app, acl->owner_uid));
        if (acl->permissions)
            ccdk__v_set(ci, "Permissions", ccdk__v_from_string(app, acl->permissions));
        ccdk__v_set(root, "CreationInfo", ci);
    }
    if (options->path)
        ccdk__v_set(root, "Path", ccdk__v_from_string(app, options->path));
    ccdk__res_set(r, "RootDirectory", root);
    if (options->posix_user) {
        const ccdk_efs_posix_user *u = options->posix_user;
        ccdk_value *pu = ccdk__v_obj(app);
        if (u->gid)
            ccdk__v_set(pu, "Gid", ccdk__v_from_string(app, u->gid));
        if (CCDK__GIVEN(u->secondary_gids)) {
            ccdk_value *l = ccdk__v_list(app);
            size_t n = CCDK__LEN(u->secondary_gids, "secondaryGids");
            for (size_t i = 0; i < n; i++)
                ccdk__v_push(l, ccdk__v_from_string(app, u->secondary_gids.items[i]));
            ccdk__v_set(pu, "SecondaryGids", l);
        }
        if (u->uid)
            ccdk__v_set(pu, "Uid", ccdk__v_from_string(app, u->uid));
        ccdk__res_set(r, "PosixUser", pu);
    }
    if (token)
        ccdk__res_set(r, "ClientToken", ccdk__v_from_string(app, token));
    ccdk__res_set(r, "AccessPointTags", ccdk__v_lazy(app, resource_tags_lazy, r));
    ccdk_tags_add(ap, "Name", ap->node.path);
    ap->id = ccdk_cfn_resource_ref(r);
    ap->arn = ccdk_stack_format_arn(ap->node.stack, "elasticfilesystem", "access-point", "/", ap->id);
    return ap;
}

ccdk_efs_access_point *ccdk_efs_file_system_add_access_point(ccdk_efs_file_system *fs, const char *id,
                                                             const ccdk_efs_access_point_options *options)
{
    if (!ccdk__node_of(fs)) {
        ccdk__process_error("%s: the file system is not a construct", __func__);
        fs = NULL;
    }
    return ccdk_efs_access_point_new(fs ? (void *)fs : NULL, id, fs, options);
}

/* stack.splitArn(arn, SLASH_RESOURCE_NAME).resourceName (core arn.js): an ARN that does not start
 * with a literal "arn:" and holds a token is split in the template (Fn::Select 1 of Fn::Split "/" of
 * Fn::Select 5 of Fn::Split ":"); any other is split as a string, tokens in its fields and all
 * (stack.formatArn's gives the literal name): after the 6th component's first "/" (its second when
 * it starts with one), then ":" and the components after it. NULL when there is no name (falsy in
 * aws-cdk-lib), or a malformed ARN (parseArnShape's error on scope). */
static const char *arn_slash_resource_name(ccdk__node *scope, const char *arn)
{
    if (ccdk__is_unresolved(arn) && strncmp(arn, "arn:", 4)) {
        const char *res = ccdk_fn_select(scope, 5, ccdk_fn_split(scope, ":", arn));
        return ccdk_fn_select(scope, 1, ccdk_fn_split(scope, "/", res));
    }
    if (!ccdk__arn_check(scope, arn))
        return NULL;
    const char *p = arn;
    for (int colons = 0; colons < 5; p++)
        colons += *p == ':';
    /* p: components[5]; rest: what follows its ':' */
    size_t len = strcspn(p, ":");
    const char *rest = p[len] == ':' ? p + len + 1 : NULL;
    const char *slash = memchr(p, '/', len);
    if (slash == p)
        slash = len > 1 ? memchr(p + 1, '/', len - 1) : NULL;
    ccdk__buf b = {0};
    if (slash)
        ccdk__buf_put(&b, slash + 1, (size_t)(p + len - slash - 1));
    if (rest) {
        if (b.len)
            ccdk__buf_putc(&b, ':');
        ccdk__buf_puts(&b, rest);
    }
    const char *name = b.len ? ccdk__strndup(scope->app, b.data, b.len) : NULL;
    ccdk__buf_free(&b);
    return name;
}

ccdk_efs_access_point *ccdk_efs_access_point_from_access_point_attributes(void *scope, const char *id,
                                                                          const ccdk_efs_access_point_attributes *attrs)
{
    ccdk_efs_access_point *ap = ccdk__construct(ccdk_efs_access_point, &kind_imported_access_point, scope, id);
    static const ccdk_efs_access_point_attributes none;
    if (!attrs)
        attrs = &none;
    ccdk_app *app = ap->node.app;
    ap->file_system = attrs->file_system;
    /* JavaScript truthiness: "" is not given */
    if (attrs->access_point_id && *attrs->access_point_id) {
        if (attrs->access_point_arn && *attrs->access_point_arn) {
            ccdk__error(ap, "Only one of accessPointId or AccessPointArn can be provided!");
            return ap;
        }
        ap->id = ccdk__strdup(app, attrs->access_point_id);
        ap->arn = ccdk_stack_format_arn(ap->node.stack, "elasticfilesystem", "access-point", "/", ap->id);
        return ap;
    }
    if (!attrs->access_point_arn || !*attrs->access_point_arn) {
        ccdk__error(ap, "One of accessPointId or AccessPointArn is required!");
        return ap;
    }
    ap->arn = ccdk__strdup(app, attrs->access_point_arn);
    size_t errors = ccdk_app_error_count(app);
    ap->id = arn_slash_resource_name(&ap->node, ap->arn);
    if (!ap->id && ccdk_app_error_count(app) == errors)
        ccdk__error(ap, "ARN for AccessPoint must provide the resource name.");
    return ap;
}

ccdk_efs_access_point *ccdk_efs_access_point_from_access_point_id(void *scope, const char *id, const char *access_point_id)
{
    ccdk__scope(scope);
    return ccdk_efs_access_point_from_access_point_attributes(
        scope, id, &(ccdk_efs_access_point_attributes){.access_point_id = access_point_id});
}

const char *ccdk_efs_access_point_id(ccdk_efs_access_point *ap) { return ccdk__handle_ok(ap, __func__) ? ap->id : NULL; }
const char *ccdk_efs_access_point_arn(ccdk_efs_access_point *ap) { return ccdk__handle_ok(ap, __func__) ? ap->arn : NULL; }
ccdk_efs_file_system *ccdk_efs_access_point_file_system(ccdk_efs_access_point *ap)
{
    if (!ccdk__handle_ok(ap, __func__))
        return NULL;
    if (!ap->file_system && ap->node.kind == &kind_imported_access_point)
        ccdk__error(ap, "fileSystem is only available if 'fromAccessPointAttributes()' is used and a fileSystem is passed "
                        "in as an attribute.");
    return ap->file_system;
}
