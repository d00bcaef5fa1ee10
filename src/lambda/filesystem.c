/* filesystem.c - lambda.FileSystem.fromEfsAccessPoint and the Function's `filesystem` prop
 * (aws-cdk-lib/aws-lambda/lib/filesystem.ts and the filesystem parts of function.ts): the mount
 * path checks and IAM statements, the connections rule to the file system, FileSystemConfigs, and
 * the dependencies on the mount targets and the security group rules. */
#include <stdlib.h>
#include <string.h>

#include "ccdk/ec2.h"
#include "ccdk/efs.h"
#include "lambda_internal.h"

/* FileSystemConfig: what fromEfsAccessPoint gathers from the access point */
struct ccdk_lambda_file_system {
    ccdk_app *app;
    const char *arn;              /* the access point's ARN */
    const char *local_mount_path;
    const char *access_point_arn; /* for the ClientMount condition */
    const char *file_system_arn;  /* formatArn(file-system/<id>) in the access point's stack */
    ccdk_efs_file_system *file_system; /* its mount targets are the dependency */
    ccdk_ec2_connections *connections;
};

ccdk_lambda_file_system *ccdk_lambda_file_system_from_efs_access_point(ccdk_efs_access_point *access_point,
                                                                       const char *mount_path)
{
    ccdk__node *n = ccdk__node_of(access_point);
    if (!n) {
        ccdk__process_error("%s: the access point is not a construct", __func__);
        n = &ccdk__nil_stack()->node;
    }
    ccdk_app *app = n->app;
    ccdk_lambda_file_system *f = ccdk__alloc(app, sizeof *f);
    f->app = app;
    f->local_mount_path = mount_path ? ccdk__strdup(app, mount_path) : NULL;
    if (n != (ccdk__node *)access_point)
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
    if (!fn->base.role || !f->access_point_arn || !f->file_system_arn)
        return;
    ccdk_app *app = c->app;
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

/* Resource-level dependencies on the rules of type `type` under each group of conns, appended
 * without the linear duplicate check of ccdk_cfn_resource_add_depends_on: the rules are distinct
 * nodes, and none is among the few dependencies the resource had before (a function mounting a
 * file system shared by n functions depends on n ingress rules). */
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

/* FileSystemConfigs of the CfnFunction: [{Arn, LocalMountPath}] (set with the resource in
 * aws-cdk-lib; the properties render in alphabetical order, so setting it here is the same) */
static ccdk_value *filesystem_configs(ccdk_app *app, const ccdk_lambda_file_system *f)
{
    ccdk_value *o = ccdk__v_obj(app);
    if (f->arn)
        ccdk__v_set(o, "Arn", ccdk__v_from_string(app, f->arn));
    if (f->local_mount_path)
        ccdk__v_set(o, "LocalMountPath", ccdk__v_from_string(app, f->local_mount_path));
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
    if (!fn->resource)
        return;
    depend_on_rules(fn->resource, fn->connections, "AWS::EC2::SecurityGroupEgress");
    depend_on_rules(fn->resource, f->connections, "AWS::EC2::SecurityGroupIngress");
}

