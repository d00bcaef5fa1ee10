/* restrict_default_sg.c - Vpc.restrictDefaultSecurityGroup() (aws-cdk-lib/aws-ec2/lib/vpc.ts):
 * a Custom::VpcRestrictDefaultSG resource, and the stack's one provider of it, a
 * CustomResourceProvider (core/lib/custom-resource-provider) with the same Role and Handler
 * resources and logical ids. The handler code is ccdk's own (restrict-default-sg-handler/, tested
 * by tests/handlers/run.js), compiled in (restrict_default_sg_files.h), so its asset hash is not
 * aws-cdk-lib's: tests/conformance/cases/vpc-default/exception says so. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ec2_internal.h"
#include "fingerprint.h"
#include "restrict_default_sg_files.h"

#define PROVIDER_ID "Custom::VpcRestrictDefaultSGCustomResourceProvider"

typedef struct {
    ccdk__node node;
    ccdk_cfn_resource *role, *handler;
    ccdk_value *statements; /* the role's inline policy statements (addToRolePolicy) */
} provider;

static const ccdk__kind kind_provider = {.fqn = "aws-cdk-lib.CustomResourceProviderBase",
                                         .class_name = "RestrictDefaultSgProvider"};
static const ccdk__kind kind_staging = {.fqn = "aws-cdk-lib.AssetStaging"};
static const ccdk__kind kind_custom_resource = {.fqn = "aws-cdk-lib.CustomResource", .class_name = "CustomResource2"};

/* Policies: [{PolicyName: 'Inline', PolicyDocument}] once a statement is there, else nothing */
static ccdk_value *render_policies(void *ctx)
{
    provider *p = ctx;
    return ccdk__provider_policies(p->node.app, p->statements);
}

/* The handler's files in a directory of their own, named after their contents, under $TMPDIR:
 * written once (into a temporary name, then renamed into place), then reused by every synth. The
 * asset is staged from it at synth, as AssetStaging copies from aws-cdk-lib's temporary copy. */
static const char *handler_dir(ccdk_app *app)
{
    ccdk__sha256_ctx c;
    ccdk__sha256_init(&c);
    size_t nfiles = sizeof restrict_default_sg_files / sizeof *restrict_default_sg_files;
    for (size_t i = 0; i < nfiles; i++) {
        ccdk__sha256_update(&c, restrict_default_sg_files[i].name, strlen(restrict_default_sg_files[i].name) + 1);
        ccdk__sha256_update(&c, restrict_default_sg_files[i].data, strlen(restrict_default_sg_files[i].data) + 1);
    }
    unsigned char d[32];
    char hex[65];
    ccdk__sha256_final(&c, d);
    ccdk__hex(d, 16, hex);
    const char *tmp = getenv("TMPDIR");
    if (!tmp || !*tmp)
        tmp = "/tmp";
    const char *dir = ccdk__sprintf(app, "%s/ccdk-handler-restrict-default-sg-%s", tmp, hex);
    struct stat st;
    if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
        return dir;
    char *work = ccdk__sprintf(app, "%s.XXXXXX", dir);
    if (!mkdtemp(work)) {
        ccdk__unscoped_error(app, "cannot write the custom resource handler into %s: %s", tmp, strerror(errno));
        return NULL;
    }
    for (size_t i = 0; i < nfiles; i++) {
        const char *path = ccdk__sprintf(app, "%s/%s", work, restrict_default_sg_files[i].name);
        const char *data = restrict_default_sg_files[i].data;
        if (ccdk__write_file(path, data, strlen(data)) != 0) {
            ccdk__unscoped_error(app, "cannot write %s: %s", path, strerror(errno));
            ccdk__rm_rf(work);
            return NULL;
        }
        chmod(path, 0644);
    }
    chmod(work, 0755);
    if (rename(work, dir) != 0) {
        /* another process put it there first: the same contents */
        ccdk__rm_rf(work);
        if (!(stat(dir, &st) == 0 && S_ISDIR(st.st_mode))) {
            ccdk__unscoped_error(app, "cannot write the custom resource handler into %s: %s", dir, strerror(errno));
            return NULL;
        }
    }
    return dir;
}

/* RestrictDefaultSgProvider.getOrCreateProvider(scope, 'Custom::VpcRestrictDefaultSG', ...) */
static provider *get_or_create_provider(ccdk_ec2_vpc *vpc)
{
    ccdk_app *app = vpc->node.app;
    ccdk_stack *stack = vpc->node.stack;
    ccdk__node *found = ccdk__node_find_child(&stack->node, PROVIDER_ID);
    if (found && found->kind == &kind_provider)
        return (provider *)found;
    if (found) {
        ccdk__error(stack, "There is already a Construct with name '%s' in %s [%s]", PROVIDER_ID,
                    ccdk__class_name(&stack->node), stack->node.id);
        return NULL;
    }
    void *scope = stack;
    provider *p = ccdk__construct(provider, &kind_provider, scope, PROVIDER_ID);
    /* the generated provider class's constructor, after super(): its only metadata entry */
    ccdk__add_metadata_json(&p->node, "is-custom-resource-handler-customResourceProvider", "true");
    p->statements = ccdk__v_list(app);

    /* code: the asset of the handler directory (asset metadata when enabled) */
    ccdk_value *code = ccdk__v_obj(app);
    const char *staged_name = NULL;
    ccdk__node *staging = ccdk__alloc(app, sizeof *staging);
    ccdk__node_init(staging, &kind_staging, p, "Staging");
    const char *dir = ccdk__failed(app) ? NULL : handler_dir(app);
    if (dir) {
        ccdk__fingerprint_opts opts = {0};
        opts.follow = CCDK_SYMLINK_EXTERNAL;
        opts.extra_hash = ccdk__asset_extra_hash(&p->node, NULL);
        char hash[65];
        char *err = NULL;
        if (ccdk__fingerprint_cached(app, dir, &opts, hash, &err) != 0) {
            ccdk__error(p, "%s", err ? err : "fingerprint failed");
            free(err);
        } else {
            ccdk__asset_location loc = ccdk__stack_add_file_asset(stack, ccdk__strdup(app, hash), dir, 1,
                                                                  ccdk__sprintf(app, "%s Code", p->node.path), &opts);
            ccdk__v_set(code, "S3Bucket", loc.bucket_name);
            ccdk__v_set(code, "S3Key", loc.object_key);
            staged_name = loc.staged_name;
        }
    }

    ccdk_value *role_props = ccdk__v_obj(app);
    ccdk_value *doc = ccdk__v_obj(app);
    ccdk__v_set(doc, "Version", ccdk__v_str(app, "2012-10-17"));
    ccdk_value *stmt = ccdk__v_obj(app);
    ccdk__v_set(stmt, "Action", ccdk__v_str(app, "sts:AssumeRole"));
    ccdk__v_set(stmt, "Effect", ccdk__v_str(app, "Allow"));
    ccdk_value *principal = ccdk__v_obj(app);
    ccdk__v_set(principal, "Service", ccdk__v_str(app, "lambda.amazonaws.com"));
    ccdk__v_set(stmt, "Principal", principal);
    ccdk_value *stmts = ccdk__v_list(app);
    ccdk__v_push(stmts, stmt);
    ccdk__v_set(doc, "Statement", stmts);
    ccdk__v_set(role_props, "AssumeRolePolicyDocument", doc);
    ccdk_value *managed = ccdk__v_list(app);
    ccdk__v_push(managed, ccdk__v_intrinsic(app, "Fn::Sub",
                                            ccdk__v_str(app, "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")));
    ccdk__v_set(role_props, "ManagedPolicyArns", managed);
    ccdk__v_set(role_props, "Policies", ccdk__v_lazy(app, render_policies, p));
    p->role = ccdk__cfn_resource_new(p, "Role", "AWS::IAM::Role", &ccdk__kind_cfn_resource);
    p->role->props = role_props;

    ccdk_value *h = ccdk__v_obj(app);
    ccdk__v_set(h, "Code", code);
    ccdk__v_set(h, "Timeout", ccdk__v_num(app, 900));
    ccdk__v_set(h, "MemorySize", ccdk__v_num(app, 128));
    ccdk__v_set(h, "Handler", ccdk__v_str(app, "__entrypoint__.handler"));
    ccdk__v_set(h, "Role", ccdk__v_getatt(app, &p->role->el.node, "Arn"));
    /* determineLatestNodeRuntimeName: the region fact LATEST_NODE_RUNTIME, the same in every
     * region aws-cdk-lib 2.276.0 knows, and its default */
    ccdk__v_set(h, "Runtime", ccdk__v_str(app, "nodejs24.x"));
    ccdk__v_set(h, "Description",
                ccdk__v_str(app, "Lambda function for removing all inbound/outbound rules from the VPC default security group"));
    p->handler = ccdk__cfn_resource_new(p, "Handler", "AWS::Lambda::Function", &ccdk__kind_cfn_resource);
    p->handler->props = h;
    ccdk__res_add_depends(p->handler, &p->role->el.node);
    ccdk_value *am = ccdk__node_context(&p->node, "aws:cdk:enable-asset-metadata");
    if (staged_name && am && ccdk__truthy(am)) {
        ccdk_cfn_resource_add_metadata(p->handler, "aws:asset:path", ccdk__v_str(app, staged_name));
        ccdk_cfn_resource_add_metadata(p->handler, "aws:asset:property", ccdk__v_str(app, "Code"));
    }
    return p;
}

void ccdk__ec2_restrict_default_sg(ccdk_ec2_vpc *vpc)
{
    ccdk_app *app = vpc->node.app;
    provider *p = get_or_create_provider(vpc);
    if (!p)
        return;
    /* provider.addToRolePolicy({Effect, Action, Resource}) */
    ccdk_value *s = ccdk__v_obj(app);
    ccdk__v_set(s, "Effect", ccdk__v_str(app, "Allow"));
    ccdk_value *actions = ccdk__v_list(app);
    static const char *const acts[] = {"ec2:AuthorizeSecurityGroupIngress", "ec2:AuthorizeSecurityGroupEgress",
                                       "ec2:RevokeSecurityGroupIngress", "ec2:RevokeSecurityGroupEgress"};
    for (size_t i = 0; i < 4; i++)
        ccdk__v_push(actions, ccdk__v_str(app, acts[i]));
    ccdk__v_set(s, "Action", actions);
    ccdk_value *res = ccdk__v_list(app);
    ccdk__v_push(res, ccdk__v_from_string(app, ccdk_stack_format_arn(vpc->node.stack, "ec2", "security-group", "/",
                                                                    vpc->default_sg)));
    ccdk__v_set(s, "Resource", res);
    ccdk__v_push(p->statements, s);

    /* new CustomResource(this, 'RestrictDefaultSecurityGroupCustomResource', ...) */
    void *scope = vpc;
    ccdk__node *cr = ccdk__construct(ccdk__node, &kind_custom_resource, scope, "RestrictDefaultSecurityGroupCustomResource");
    ccdk_cfn_resource *r = ccdk__cfn_resource_new(cr, "Default", "Custom::VpcRestrictDefaultSG", &ccdk__kind_cfn_resource);
    ccdk_value *props = ccdk__v_obj(app);
    ccdk__v_set(props, "ServiceToken", ccdk__v_getatt(app, &p->handler->el.node, "Arn"));
    ccdk__v_set(props, "DefaultSecurityGroupId", ccdk__v_from_string(app, vpc->default_sg));
    ccdk__v_set(props, "Account", ccdk__v_from_string(app, ccdk_stack_account(vpc->node.stack)));
    r->props = props;
    ccdk_cfn_resource_apply_removal_policy(r, CCDK_REMOVAL_POLICY_DESTROY);
}
