/* custom_resource_provider.c - core's CustomResourceProviderBase
 * (aws-cdk-lib/core/lib/custom-resource-provider/custom-resource-provider-base.js) as the provider
 * classes ccdk ships build it (cross-region exports, Vpc.restrictDefaultSecurityGroup, the Bucket's
 * autoDeleteObjects): the handler's code staged as an asset, a Role and a Handler function with
 * aws-cdk-lib's logical ids and properties. The handlers' code is ccdk's own, so only the assets'
 * hashes differ from aws-cdk-lib's. What ccdk's providers never use is left out: inline code
 * (@aws-cdk/core:inlineCustomResourceIfPossible), precreated roles, timeout, memorySize, environment. */
#include <stdlib.h>

#include "fingerprint.h"
#include "synth.h"

static const ccdk__kind kind_staging = {.fqn = "aws-cdk-lib.AssetStaging"};

/* Policies: [{PolicyName: 'Inline', PolicyDocument}] once a statement is there, else nothing */
static ccdk_value *render_policies(void *ctx)
{
    ccdk__cr_provider *p = ctx;
    return ccdk__provider_policies(p->node.app, p->statements);
}

void ccdk__cr_provider_init(ccdk__cr_provider *p, const ccdk__cr_provider_props *props)
{
    ccdk_app *app = p->node.app;
    ccdk_stack *stack = p->node.stack;
    /* the generated provider class's constructor, after super(): its only metadata entry */
    ccdk__add_metadata_json(&p->node, "is-custom-resource-handler-customResourceProvider", "true");
    p->statements = ccdk__v_list(app);

    /* createCodePropAndMetadata: the code directory (with __entrypoint__.js, which ccdk's handler
     * directories hold, when useCfnResponseWrapper) staged by an AssetStaging "Staging" */
    ccdk__node *staging = ccdk__alloc(app, sizeof *staging);
    ccdk__node_init(staging, &kind_staging, p, "Staging");
    ccdk_value *code = ccdk__v_obj(app);
    const char *staged_name = NULL;
    ccdk__fingerprint_opts opts = {.follow = CCDK_SYMLINK_EXTERNAL, .extra_hash = ccdk__asset_extra_hash(&p->node, NULL)};
    char hash[65];
    const char *display = ccdk__sprintf(app, "%s Code", p->node.path);
    int staged = 0;
    ccdk__asset_location loc = {0};
    if (props->files) {
        ccdk__fingerprint_memory(props->files, props->nfiles, &opts, hash);
        loc = ccdk__stack_add_memory_asset(stack, ccdk__strdup(app, hash), props->files, props->nfiles, display);
        staged = 1;
    } else if (props->dir) {
        char *err = NULL;
        if (ccdk__fingerprint_cached(app, props->dir, &opts, hash, &err) != 0) {
            ccdk__error(p, "%s", err ? err : "fingerprint failed");
            free(err);
        } else {
            loc = ccdk__stack_add_file_asset(stack, ccdk__strdup(app, hash), props->dir, 1, display, &opts);
            staged = 1;
        }
    }
    if (staged) {
        ccdk__v_set(code, "S3Bucket", loc.bucket_name);
        ccdk__v_set(code, "S3Key", loc.object_key);
        staged_name = loc.staged_name;
    }

    ccdk_value *stmt = ccdk__v_obj(app);
    ccdk__v_set(stmt, "Action", ccdk__v_str(app, "sts:AssumeRole"));
    ccdk__v_set(stmt, "Effect", ccdk__v_str(app, "Allow"));
    ccdk_value *principal = ccdk__v_obj(app);
    ccdk__v_set(principal, "Service", ccdk__v_str(app, "lambda.amazonaws.com"));
    ccdk__v_set(stmt, "Principal", principal);
    ccdk_value *stmts = ccdk__v_list(app);
    ccdk__v_push(stmts, stmt);
    ccdk_value *doc = ccdk__v_obj(app);
    ccdk__v_set(doc, "Version", ccdk__v_str(app, "2012-10-17"));
    ccdk__v_set(doc, "Statement", stmts);
    ccdk_value *role_props = ccdk__v_obj(app);
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
    ccdk__v_set(h, "Handler", ccdk__v_str(app, props->no_cfn_response_wrapper ? "index.handler" : "__entrypoint__.handler"));
    ccdk__v_set(h, "Role", ccdk__v_getatt(app, &p->role->el.node, "Arn"));
    /* determineLatestNodeRuntimeName: the region fact LATEST_NODE_RUNTIME, the same in every region
     * aws-cdk-lib 2.276.0 knows, and its default */
    ccdk__v_set(h, "Runtime", ccdk__v_str(app, "nodejs24.x"));
    if (props->description)
        ccdk__v_set(h, "Description", props->description);
    p->handler = ccdk__cfn_resource_new(p, "Handler", "AWS::Lambda::Function", &ccdk__kind_cfn_resource);
    p->handler->props = h;
    ccdk__res_add_depends(p->handler, &p->role->el.node);
    ccdk_value *am = ccdk__node_context(&p->node, "aws:cdk:enable-asset-metadata");
    if (staged_name && am && ccdk__truthy(am)) {
        ccdk_cfn_resource_add_metadata(p->handler, "aws:asset:path", ccdk__v_str(app, staged_name));
        ccdk_cfn_resource_add_metadata(p->handler, "aws:asset:property", ccdk__v_str(app, "Code"));
    }
}

ccdk__node *ccdk__stack_singleton(ccdk_stack *stack, const char *id, const ccdk__kind *kind, int *taken)
{
    *taken = 0;
    ccdk__node *found = ccdk__node_find_child(&stack->node, id);
    if (!found || found->kind == kind)
        return found;
    ccdk__error(stack, "There is already a Construct with name '%s' in %s [%s]", id, ccdk__class_name(&stack->node),
                stack->node.id);
    *taken = 1;
    return NULL;
}
