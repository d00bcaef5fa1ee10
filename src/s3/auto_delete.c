/* auto_delete.c - the Bucket's autoDeleteObjects (aws-s3/lib/mixins/bucket.js BucketAutoDeleteObjects):
 * the stack's Custom::S3AutoDeleteObjectsCustomResourceProvider (core's CustomResourceProvider,
 * custom_resource_provider.c: a role and a handler function whose code is an asset, without the
 * entry point: useCfnResponseWrapper false), the bucket policy statement for its role,
 * the custom resource and the bucket's tag. The handler's Node.js code is our own
 * (src/s3/auto-delete-handler/index.js, embedded by scripts/gen-s3-handlers.py), staged from memory
 * (ccdk__stack_add_memory_asset) as any directory asset of the same file would be. */
#include <string.h>

#include "auto_delete_handler.h"
#include "fingerprint.h"
#include "s3_internal.h"

#define PROVIDER_ID "Custom::S3AutoDeleteObjectsCustomResourceProvider"
#define RESOURCE_TYPE "Custom::S3AutoDeleteObjects"
#define TAG "aws-cdk:auto-delete-objects"

typedef struct {
    ccdk__cr_provider base;
    const char *role_arn;
    const char *service_token;
} provider;

static const ccdk__kind kind_provider = {.fqn = "aws-cdk-lib.CustomResourceProviderBase",
                                         .class_name = "AutoDeleteObjectsProvider"};
static const ccdk__kind kind_custom_resource = {.fqn = "aws-cdk-lib.CustomResource"};

/* The handler's one file, index.js, carried in memory and written straight into the staging
 * directory at synth (an in-memory asset): nothing is written outside the cloud assembly. */
static const ccdk__memfile handler_files[] = {
    {"index.js", (const unsigned char *)ccdk__s3_auto_delete_handler_js, sizeof ccdk__s3_auto_delete_handler_js - 1},
};

/* AutoDeleteObjectsProvider.getOrCreateProvider(scope, "Custom::S3AutoDeleteObjects", {description}) */
static provider *provider_of(ccdk_s3_bucket *b)
{
    ccdk__node *stack = &b->node.stack->node;
    ccdk__node *found = ccdk__node_find_child(stack, PROVIDER_ID);
    if (found && found->kind == &kind_provider)
        return (provider *)found;
    ccdk_app *app = b->node.app;
    void *sc = stack;
    provider *p = ccdk__construct(provider, &kind_provider, sc, PROVIDER_ID);
    /* new CustomResourceProviderBase(scope, id, {codeDirectory, useCfnResponseWrapper: false,
     * description}): the handler's directory staged as a zip asset */
    const char *description = ccdk_fmt(b, "Lambda function for auto-deleting objects in %s S3 bucket.", b->name);
    ccdk__cr_provider_init(&p->base, &(ccdk__cr_provider_props){
        .files = handler_files, .nfiles = 1, .no_cfn_response_wrapper = 1, .description = ccdk__v_from_string(app, description)});
    p->role_arn = ccdk_cfn_resource_get_att(p->base.role, "Arn");
    p->service_token = ccdk_cfn_resource_get_att(p->base.handler, "Arn");
    return p;
}

/* BucketAutoDeleteObjects.applyTo's validation on the CfnBucket: its DeletionPolicy when the tree is
 * validated, which an aspect (RemovalPolicies.of) or applyRemovalPolicy may have changed since */
static void validate_deletion_policy(void *construct, void *ctx, ccdk_validation_errors *errors)
{
    (void)ctx;
    const ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    if (r && (!r->deletion_policy || strcmp(r->deletion_policy, "Delete")))
        ccdk_validation_errors_add(errors, "Cannot use 'AutoDeleteObjects' on a Bucket without setting removal policy to 'DESTROY'.");
}

void ccdk__s3_enable_auto_delete_objects(ccdk_s3_bucket *b)
{
    ccdk_app *app = b->node.app;
    provider *p = provider_of(b);
    ccdk__s3_add_to_resource_policy(b, ccdk_iam_policy_statement_new(b, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:PutBucketPolicy", "s3:GetBucket*", "s3:List*", "s3:DeleteObject*"),
        .resources = CCDK_STRS(b->arn, ccdk_s3_bucket_arn_for_objects(b, "*")),
        .principals = CCDK_LIST(ccdk_iam_arn_principal(b, p->role_arn)),
    }));
    ccdk_node_add_validation(b->resource, validate_deletion_policy, NULL);
    /* this.with(new BucketAutoDeleteObjects()): the mixin on the CfnBucket, whose statement goes to
     * the CfnBucketPolicy by another mixin; each leaves an aws:cdk:analytics:mixin entry */
    ccdk__add_metadata_json(&b->resource->el.node, "analytics:mixin", "{\"mixin\":\"aws-cdk-lib.aws_s3.mixins.BucketAutoDeleteObjects\"}");
    ccdk__node *pol_l1 = b->policy ? ccdk__node_find_child(b->policy, "Resource") : NULL;
    if (pol_l1)
        ccdk__add_metadata_json(pol_l1, "analytics:mixin", "{\"mixin\":\"aws-cdk-lib.aws_s3.mixins.BucketPolicyStatements\"}");
    void *sc = b;
    ccdk__node *cr = ccdk__construct(ccdk__node, &kind_custom_resource, sc, "AutoDeleteObjectsCustomResource");
    ccdk_cfn_resource *r = ccdk__cfn_resource_new(cr, "Default", RESOURCE_TYPE, NULL);
    ccdk__res_set(r, "ServiceToken", ccdk__v_from_string(app, p->service_token));
    ccdk__res_set(r, "BucketName", ccdk__v_from_string(app, b->name));
    ccdk_cfn_resource_apply_removal_policy(r, CCDK_REMOVAL_POLICY_DESTROY); /* CustomResource's default */
    if (b->policy)
        ccdk_node_add_dependency(r, b->policy);
    ccdk_tags_add(b->resource, TAG, "true");
}
