/* filesystem.c - lambda.FileSystem.fromEfsAccessPoint / fromS3FilesAccessPoint and the Function's
 * `filesystem` prop (aws-cdk-lib/aws-lambda/lib/filesystem.ts and the filesystem parts of
 * function.ts): the mount path checks and IAM statements, the connections rule to the file system,
 * FileSystemConfigs, and the dependencies on the mount targets and the security group rules. For S3
 * Files, the related L1s are found in the construct tree as aws-s3files/lib/private/
 * access-point-reflection.ts finds them. */
#include <stdlib.h>
#include <string.h>

#include "ccdk/ec2.h"
#include "ccdk/efs.h"
#include "ccdk/s3.h"
#include "lambda_internal.h"

/* FileSystemConfig: what fromEfsAccessPoint / fromS3FilesAccessPoint gather from the access point */
struct ccdk_lambda_file_system {
    ccdk_app *app;
    const char *arn;              /* the access point's ARN */
    const char *local_mount_path;
    /* EFS */
    const char *access_point_arn; /* for the ClientMount condition */
    const char *file_system_arn;  /* formatArn(file-system/<id>) in the access point's stack */
    ccdk_efs_file_system *file_system; /* its mount targets are the dependency */
    /* S3 Files */
    const char *s3_access_point_arn; /* s3files:ClientMount */
    const char *s3_file_system_arn;  /* s3files:ClientMount and ClientWrite: the CfnFileSystem's ref */
    const char *direct_read_objects; /* DirectS3Read.enabled(bucket): bucket.arnForObjects('*') */
    const char *direct_s3_read;      /* S3FilesConfig.DirectS3Read, or NULL */
    ccdk__node **mount_targets;      /* the CfnMountTargets: the dependency */
    size_t nmount_targets;
    ccdk_ec2_connections *connections;
};

/* The FileSystem value of an access point, in its App (the orphan App's for one that is no
 * construct, with the error under func); *node: the access point's node, NULL for none. */
static ccdk_lambda_file_system *file_system_new(const void *access_point, const char *mount_path, const char *func,
                                                ccdk__node **node)
{
    ccdk__node *n = ccdk__node_of(access_point);
    if (!n)
        ccdk__process_error("%s: the access point is not a construct", func);
    ccdk_app *app = n ? n->app : ccdk__nil_stack()->node.app;
    ccdk_lambda_file_system *f = ccdk__alloc(app, sizeof *f);
    f->app = app;
    f->local_mount_path = mount_path ? ccdk__strdup(app, mount_path) : NULL;
    *node = (const void *)n == access_point ? n : NULL; /* a construct whose handle is its node */
    return f;
}

ccdk_lambda_file_system *ccdk_lambda_file_system_from_efs_access_point(ccdk_efs_access_point *access_point,
                                                                       const char *mount_path)
{
    ccdk__node *n;
    ccdk_lambda_file_system *f = file_system_new(access_point, mount_path, __func__, &n);
    if (!n)
        return f;
    f->arn = f->access_point_arn = ccdk_efs_access_point_arn(access_point);
    f->file_system = ccdk_efs_access_point_file_system(access_point);
    const char *fs_id = f->file_system ? ccdk_efs_file_system_id(f->file_system) : NULL;
    if (fs_id) { /* NULL only after the file system's own error */
        f->connections = ccdk_efs_file_system_connections(f->file_system);
        f->file_system_arn = ccdk_stack_format_arn(n->stack, "elasticfilesystem", "file-system", "/", fs_id);
    }
    return f;
}

/* ---- S3 Files */

ccdk_lambda_direct_s3_read ccdk_lambda_direct_s3_read_enabled(ccdk_s3_bucket *bucket)
{
    if (!bucket)
        ccdk__process_error("%s: the bucket is NULL", __func__);
    return (ccdk_lambda_direct_s3_read){CCDK_LAMBDA_DIRECT_S3_READ_ENABLED, bucket};
}
ccdk_lambda_direct_s3_read ccdk_lambda_direct_s3_read_enabled_without_grant(void)
{
    return (ccdk_lambda_direct_s3_read){CCDK_LAMBDA_DIRECT_S3_READ_ENABLED, NULL};
}
ccdk_lambda_direct_s3_read ccdk_lambda_direct_s3_read_auto(void)
{
    return (ccdk_lambda_direct_s3_read){CCDK_LAMBDA_DIRECT_S3_READ_AUTO, NULL};
}
ccdk_lambda_direct_s3_read ccdk_lambda_direct_s3_read_disabled(void)
{
    return (ccdk_lambda_direct_s3_read){CCDK_LAMBDA_DIRECT_S3_READ_DISABLED, NULL};
}

/* s === target.ref (attr NULL) or target.attr<attr>, as JavaScript's === sees the two: aws-cdk-lib's
 * getters return one string per reference (CfnReference.for is cached), ccdk's a new token per call,
 * so the token's value is compared. */
static int refers_to(ccdk_app *app, const char *s, const ccdk__node *target, const char *attr)
{
    ccdk_value *v = s ? ccdk__token_lookup(app, s) : NULL;
    if (!v || v->kind != (attr ? CCDK__V_GETATT : CCDK__V_REF) || v->u.ref.target != target || v->u.ref.xenv)
        return 0;
    return !attr || (v->u.ref.attr && !strcmp(v->u.ref.attr, attr));
}

/* a === b for two strings (the same literal, or tokens of one reference) */
static int same_string(ccdk_app *app, const char *a, const char *b)
{
    if (!strcmp(a, b))
        return 1;
    ccdk_value *va = ccdk__token_lookup(app, a), *vb = ccdk__token_lookup(app, b);
    if (!va || !vb || va->kind != vb->kind || (va->kind != CCDK__V_REF && va->kind != CCDK__V_GETATT))
        return va && va == vb;
    return va->u.ref.target == vb->u.ref.target && va->u.ref.xenv == vb->u.ref.xenv &&
           (va->u.ref.attr == vb->u.ref.attr ||
            (va->u.ref.attr && vb->u.ref.attr && !strcmp(va->u.ref.attr, vb->u.ref.attr)));
}

static const char *str_prop(ccdk_cfn_resource *r, const char *prop)
{
    ccdk_value *v = ccdk__res_get(r, prop);
    return v && v->kind == CCDK__V_STR ? v->u.str.s : NULL;
}

/* a CfnFileSystem whose ref or attrFileSystemId the access point's fileSystemId is */
static int is_access_point_file_system(ccdk_cfn_resource *candidate, void *ctx)
{
    ccdk_cfn_resource *ap = ctx;
    const char *id = str_prop(ap, "FileSystemId");
    ccdk_app *app = ap->el.node.app;
    return refers_to(app, id, &candidate->el.node, NULL) || refers_to(app, id, &candidate->el.node, "FileSystemId");
}

/* a CfnSecurityGroup whose ref or attrGroupId the id is */
static int is_security_group(ccdk_cfn_resource *candidate, void *ctx)
{
    ccdk_app *app = candidate->el.node.app;
    return refers_to(app, ctx, &candidate->el.node, NULL) || refers_to(app, ctx, &candidate->el.node, "GroupId");
}

typedef struct {
    ccdk__node **items;
    size_t n, cap;
} node_list;

static void push_node(ccdk_app *app, node_list *l, ccdk__node *n)
{
    if (l->n == l->cap)
        l->items = ccdk__arena_grow(app, l->items, l->n, &l->cap, sizeof *l->items, 4);
    l->items[l->n++] = n;
}

/* node.root.node.findAll() (pre-order): the CfnMountTargets whose fileSystemId is fs's ref or
 * attrFileSystemId */
static void find_mount_targets(ccdk__node *n, const ccdk__node *fs, node_list *out)
{
    if (n->kind->element == CCDK__EL_RESOURCE && !strcmp(((ccdk_cfn_resource *)n)->type, "AWS::S3Files::MountTarget")) {
        const char *id = str_prop((ccdk_cfn_resource *)n, "FileSystemId");
        if (refers_to(n->app, id, fs, NULL) || refers_to(n->app, id, fs, "FileSystemId"))
            push_node(n->app, out, n);
    }
    for (size_t i = 0; i < n->nchildren; i++)
        find_mount_targets(n->children[i], fs, out);
}

ccdk_lambda_file_system *ccdk_lambda_file_system_from_s3_files_access_point(
    ccdk_s3files_cfn_access_point *access_point, const char *mount_path, const ccdk_lambda_s3_files_options *options)
{
    ccdk__node *n;
    ccdk_lambda_file_system *f = file_system_new(access_point, mount_path, __func__, &n);
    ccdk_app *app = f->app;
    if (!n || ccdk__failed(app))
        return f;
    ccdk_cfn_resource *ap = (ccdk_cfn_resource *)n;
    if (n->kind->element != CCDK__EL_RESOURCE || strcmp(ap->type, "AWS::S3Files::AccessPoint")) {
        /* AccessPointReflection.accessPoint: no CfnAccessPoint behind the reference */
        ccdk__unscoped_error(app, "Unable to find underlying CfnAccessPoint for %s.", n->path);
        return f;
    }
    ccdk_lambda_direct_s3_read direct = options ? options->direct_s3_read : (ccdk_lambda_direct_s3_read){0};
    static const char *const modes[] = {NULL, "ENABLED", "DISABLED", "AUTO"};
    if (!CCDK__ENUM_OK(ap, direct.mode, ccdk_lambda_direct_s3_read_mode, CCDK_LAMBDA_DIRECT_S3_READ_UNSET,
                       CCDK_LAMBDA_DIRECT_S3_READ_AUTO, "directS3Read"))
        return f;
    f->direct_s3_read = modes[direct.mode];
    /* the policies, in aws-cdk-lib's order of evaluation: the access point's ARN, the file system
     * (AccessPointReflection.fileSystem), the bucket's objects */
    f->arn = f->s3_access_point_arn = ccdk_cfn_resource_get_att(ap, "AccessPointArn");
    ccdk_cfn_resource *fs = ccdk__find_related_cfn_resource(n, "AWS::S3Files::FileSystem", is_access_point_file_system, ap);
    if (!fs) {
        ccdk__unscoped_error(app, "Unable to find the CfnFileSystem for access point at %s. Ensure the file system is "
                             "defined in the same CDK app and linked to the access point.", n->path);
        return f;
    }
    f->s3_file_system_arn = ccdk_cfn_resource_ref(fs); /* fileSystemRef.fileSystemArn */
    if (direct.mode == CCDK_LAMBDA_DIRECT_S3_READ_ENABLED && direct.bucket)
        f->direct_read_objects = ccdk_s3_bucket_arn_for_objects(direct.bucket, "*");
    /* AccessPointReflection.mountTargets: every CfnMountTarget of the App for the file system */
    ccdk__node *root = n;
    while (root->parent)
        root = root->parent;
    node_list mts = {0};
    find_mount_targets(root, &fs->el.node, &mts);
    if (!mts.n) {
        ccdk__unscoped_error(app, "No mount targets found for file system at %s. Create at least one CfnMountTarget "
                             "for the file system.", fs->el.node.path);
        return f;
    }
    f->mount_targets = mts.items;
    f->nmount_targets = mts.n;
    /* AccessPointReflection.mountTargetSecurityGroups: the CfnSecurityGroups the mount targets name
     * (ids seen once), each the closest to its mount target; an id of no group in the tree is skipped */
    node_list groups = {0};
    const char **seen = NULL;
    size_t nseen = 0, capseen = 0;
    for (size_t i = 0; i < mts.n; i++) {
        ccdk_cfn_resource *mt = (ccdk_cfn_resource *)mts.items[i];
        ccdk_value *sgs = ccdk__res_get(mt, "SecurityGroups");
        if (!sgs || sgs->kind != CCDK__V_LIST || !sgs->u.list.n) {
            ccdk__unscoped_error(app, "Mount target %s does not have security groups. Add security groups to the mount "
                                 "target.", mt->el.node.path);
            return f;
        }
        for (size_t k = 0; k < sgs->u.list.n; k++) {
            ccdk_value *item = sgs->u.list.items[k];
            if (!item || item->kind != CCDK__V_STR)
                continue;
            const char *id = item->u.str.s;
            int dup = 0;
            for (size_t j = 0; j < nseen && !dup; j++)
                dup = same_string(app, seen[j], id);
            if (dup)
                continue;
            if (nseen == capseen)
                seen = ccdk__arena_grow(app, seen, nseen, &capseen, sizeof *seen, 4);
            seen[nseen++] = id;
            ccdk_cfn_resource *sg = ccdk__find_related_cfn_resource(&mt->el.node, "AWS::EC2::SecurityGroup",
                                                                    is_security_group, (void *)id);
            if (sg)
                push_node(app, &groups, &sg->el.node);
        }
    }
    /* new Connections({securityGroups: each imported under the access point as MountTargetSG<i>,
     * defaultPort: tcp 2049}) */
    ccdk_ec2_security_group **imported = ccdk__alloc(app, (groups.n ? groups.n : 1) * sizeof *imported);
    for (size_t i = 0; i < groups.n; i++) {
        char id[40];
        snprintf(id, sizeof id, "MountTargetSG%zu", i);
        imported[i] = ccdk_ec2_security_group_from_security_group_id(
            ap, id, ccdk_cfn_resource_get_att((ccdk_cfn_resource *)groups.items[i], "GroupId"), CCDK_UNSET, CCDK_UNSET);
    }
    ccdk_ec2_port port = ccdk_ec2_port_tcp(2049);
    f->connections = ccdk_ec2_connections_new(ap, (ccdk_ec2_security_group_list)CCDK_LIST_N(imported, groups.n), &port);
    return f;
}

/* ^/mnt/[a-zA-Z0-9-_.]+$ (in the JavaScript class, the '-' after the range 0-9 is literal) */
static int mount_path_ok(const char *p)
{
    if (strncmp(p, "/mnt/", 5) || !p[5])
        return 0;
    for (p += 5; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '-' ||
              *p == '_' || *p == '.'))
            return 0;
    return 1;
}

/* After the role, before initialPolicy: the mount path checks, then config.policies into the role. */
void ccdk__fn_step_filesystem_policies(ccdk__fn_ctor *c)
{
    const ccdk_lambda_file_system *f = c->props->filesystem;
    ccdk_lambda_function *fn = c->fn;
    if (!f)
        return;
    const char *path = f->local_mount_path ? f->local_mount_path : "";
    if (!ccdk__is_unresolved(path)) {
        if (!mount_path_ok(path)) {
            ccdk__error(fn, "Local mount path should match with ^/mnt/[a-zA-Z0-9-_.]+$ but given %s.", path);
            return;
        }
        size_t len = strlen(path); /* ASCII, by the check above */
        if (len > 160) {
            ccdk__error(fn, "Local mount path can not be longer than 160 characters but has %zu characters.", len);
            return;
        }
    }
    if (!fn->base.role)
        return;
    ccdk_app *app = c->app;
    if (f->s3_access_point_arn && f->s3_file_system_arn) {
        ccdk_iam_role_add_to_policy(fn->base.role, ccdk_iam_policy_statement_new(fn, &(ccdk_iam_policy_statement_props){
                                                       .actions = CCDK_STRS("s3files:ClientMount"),
                                                       .resources = CCDK_STRS(f->s3_access_point_arn)}));
        ccdk_iam_role_add_to_policy(fn->base.role, ccdk_iam_policy_statement_new(fn, &(ccdk_iam_policy_statement_props){
                                                       .actions = CCDK_STRS("s3files:ClientMount", "s3files:ClientWrite"),
                                                       .resources = CCDK_STRS(f->s3_file_system_arn)}));
        if (f->direct_read_objects)
            ccdk_iam_role_add_to_policy(fn->base.role, ccdk_iam_policy_statement_new(fn, &(ccdk_iam_policy_statement_props){
                                                           .actions = CCDK_STRS("s3:GetObject", "s3:GetObjectVersion"),
                                                           .resources = CCDK_STRS(f->direct_read_objects)}));
        return;
    }
    if (!f->access_point_arn || !f->file_system_arn)
        return;
    ccdk_value *cond = ccdk__v_obj(app), *eq = ccdk__v_obj(app);
    ccdk__v_set(eq, "elasticfilesystem:AccessPointArn", ccdk__v_from_string(app, f->access_point_arn));
    ccdk__v_set(cond, "StringEquals", eq);
    ccdk_iam_role_add_to_policy(fn->base.role, ccdk_iam_policy_statement_new(fn, &(ccdk_iam_policy_statement_props){
                                                   .actions = CCDK_STRS("elasticfilesystem:ClientMount"),
                                                   .resources = CCDK_STRS("*"), .conditions = cond}));
    ccdk_iam_role_add_to_policy(fn->base.role, ccdk_iam_policy_statement_new(fn, &(ccdk_iam_policy_statement_props){
                                                   .actions = CCDK_STRS("elasticfilesystem:ClientWrite"),
                                                   .resources = CCDK_STRS(f->file_system_arn)}));
}

/* configureVpc, once the function's connections exist: connections.allowTo(filesystem.connections,
 * its default port, else 2049) -- the ingress rule on the file system's group, and an egress rule
 * on the function's when it does not allow all outbound traffic. */
void ccdk__fn_step_filesystem_connections(ccdk__fn_ctor *c)
{
    const ccdk_lambda_file_system *f = c->props->filesystem;
    ccdk_ec2_connections *mine = f ? c->fn->connections : NULL; /* made by the VPC step (vpc.c) */
    if (!mine || !f->connections)
        return;
    /* the file system's connections carry tcp 2049 as their default port */
    ccdk_ec2_connections_allow_to(mine, f->connections, ccdk_ec2_port_tcp(2049), NULL);
}

/* Resource-level dependencies on the rules of type `type` under each group of conns (those of
 * the resource's stack; others by node dependency), appended without the linear duplicate check
 * of ccdk_cfn_resource_add_depends_on: the rules are distinct nodes, and none is among the few
 * dependencies the resource had before (a function mounting a file system shared by n functions
 * depends on n ingress rules). */
static void depend_on_rules(ccdk_cfn_resource *r, ccdk_ec2_connections *conns, const char *type)
{
    if (!conns)
        return;
    ccdk_ec2_security_group_list sgs = ccdk_ec2_connections_security_groups(conns);
    size_t before = r->ndepends;
    for (size_t g = 0; g < sgs.count; g++) {
        ccdk__node *sg = ccdk__node_of(sgs.items[g]);
        if (!sg)
            continue;
        ccdk__node **els = NULL;
        size_t n = 0, cap = 0;
        ccdk__collect_elements(sg, CCDK__EL_RESOURCE, &els, &n, &cap);
        for (size_t i = 0; i < n; i++) {
            ccdk_cfn_resource *rule = (ccdk_cfn_resource *)els[i];
            if (strcmp(rule->type, type))
                continue;
            if (els[i]->stack != r->el.node.stack) {
                /* aws-cdk-lib's this.resource.node.addDependency(rule): a rule of another stack (the
                 * file system's group's own rules when the function is in another stack) makes a
                 * stack dependency, not a DependsOn */
                ccdk_node_add_dependency(r, els[i]);
                continue;
            }
            int dup = 0;
            for (size_t k = 0; k < before && !dup; k++)
                dup = r->depends[k] == els[i];
            if (dup)
                continue;
            if (r->ndepends == r->capdepends)
                r->depends = ccdk__arena_grow(r->el.node.app, r->depends, r->ndepends, &r->capdepends, sizeof *r->depends, 8);
            r->depends[r->ndepends++] = els[i];
        }
        free(els);
    }
}

/* FileSystemConfigs of the CfnFunction: [{Arn, LocalMountPath, S3FilesConfig}] (set with the resource in
 * aws-cdk-lib; the properties render in alphabetical order, so setting it here is the same) */
static ccdk_value *filesystem_configs(ccdk_app *app, const ccdk_lambda_file_system *f)
{
    ccdk_value *o = ccdk__v_obj(app);
    if (f->arn)
        ccdk__v_set(o, "Arn", ccdk__v_from_string(app, f->arn));
    if (f->local_mount_path)
        ccdk__v_set(o, "LocalMountPath", ccdk__v_from_string(app, f->local_mount_path));
    if (f->direct_s3_read) {
        ccdk_value *s3 = ccdk__v_obj(app);
        ccdk__v_set(s3, "DirectS3Read", ccdk__v_str(app, f->direct_s3_read));
        ccdk__v_set(o, "S3FilesConfig", s3);
    }
    ccdk_value *l = ccdk__v_list(app);
    ccdk__v_push(l, o);
    return l;
}

/* After the async invoke config: no VPC is an error; else the function depends on the mount
 * targets (node.addDependency: every resource under it, those added later too), and its
 * CfnFunction on the egress rules of its own groups and the ingress rules of the file system's. */
void ccdk__fn_step_filesystem_dependencies(ccdk__fn_ctor *c)
{
    const ccdk_lambda_file_system *f = c->props->filesystem;
    ccdk_lambda_function *fn = c->fn;
    if (!f)
        return;
    if (fn->resource)
        ccdk__res_set(fn->resource, "FileSystemConfigs", filesystem_configs(c->app, f));
    if (!c->props->vpc) {
        ccdk__error(fn, "Cannot configure 'filesystem' without configuring a VPC.");
        return;
    }
    size_t n = f->file_system ? ccdk_efs_file_system_mount_target_count(f->file_system) : 0;
    for (size_t i = 0; i < n; i++)
        ccdk_node_add_dependency(fn, ccdk_efs_file_system_mount_target(f->file_system, i));
    for (size_t i = 0; i < f->nmount_targets; i++)
        ccdk_node_add_dependency(fn, f->mount_targets[i]);
    if (!fn->resource)
        return;
    depend_on_rules(fn->resource, fn->connections, "AWS::EC2::SecurityGroupEgress");
    depend_on_rules(fn->resource, f->connections, "AWS::EC2::SecurityGroupIngress");
}

