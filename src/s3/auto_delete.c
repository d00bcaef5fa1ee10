/* auto_delete.c - the Bucket's autoDeleteObjects (aws-s3/lib/mixins/bucket.js BucketAutoDeleteObjects):
 * the stack's Custom::S3AutoDeleteObjectsCustomResourceProvider (core's CustomResourceProvider,
 * custom_resource_provider.c: a role and a handler function whose code is an asset, without the
 * entry point: useCfnResponseWrapper false), the bucket policy statement for its role,
 * the custom resource and the bucket's tag. The handler's Node.js code is our own
 * (src/s3/auto-delete-handler/index.js, embedded by scripts/gen-s3-handlers.py); it is written to a
 * content-addressed directory and staged from there like any asset. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* The handler's directory: ${TMPDIR:-/tmp}/ccdk-handlers-<uid>/s3-auto-delete-<digest>/index.js,
 * written once (atomically) and then reused: its content never changes for a digest. NULL, with an
 * error on scope, when it cannot be written; NULL without one once the App has an error. */
static const char *handler_directory(ccdk__node *scope)
{
    ccdk_app *app = scope->app;
    if (ccdk__failed(app)) /* the synth will fail: nothing is written anywhere */
        return NULL;
    const char *tmp = getenv("TMPDIR");
    if (!tmp || !*tmp)
        tmp = "/tmp";
    ccdk__sha256_ctx c;
    unsigned char md[32];
    ccdk__sha256_init(&c);
    ccdk__sha256_update(&c, ccdk__s3_auto_delete_handler_js, sizeof ccdk__s3_auto_delete_handler_js - 1);
    ccdk__sha256_final(&c, md);
    char digest[17];
    for (int i = 0; i < 8; i++)
        snprintf(digest + 2 * i, 3, "%02x", md[i]);
    const char *base = ccdk__sprintf(app, "%s/ccdk-handlers-%lu", tmp, (unsigned long)getuid());
    const char *dir = ccdk__sprintf(app, "%s/s3-auto-delete-%s", base, digest);
    const char *file = ccdk__sprintf(app, "%s/index.js", dir);
    struct stat st;
    if (stat(file, &st) == 0 && (size_t)st.st_size == sizeof ccdk__s3_auto_delete_handler_js - 1)
        return dir;
    if (ccdk__mkdir_p(dir) != 0) {
        ccdk__error(scope, "cannot create %s: %s", dir, strerror(errno));
        return NULL;
    }
    const char *part = ccdk__sprintf(app, "%s.%ld.tmp", file, (long)getpid());
    if (ccdk__write_file(part, ccdk__s3_auto_delete_handler_js, sizeof ccdk__s3_auto_delete_handler_js - 1) != 0 ||
        rename(part, file) != 0) {
        ccdk__error(scope, "cannot write %s: %s", file, strerror(errno));
        unlink(part);
        return NULL;
    }
    return dir;
}

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
    const char *dir = handler_directory(&p->base.node);
    const char *description = ccdk_fmt(b, "Lambda function for auto-deleting objects in %s S3 bucket.", b->name);
    ccdk__cr_provider_init(&p->base, &(ccdk__cr_provider_props){
        .dir = dir, .no_cfn_response_wrapper = 1, .description = ccdk__v_from_string(app, description)});
    p->role_arn = ccdk_cfn_resource_get_att(p->base.role, "Arn");
    p->service_token = ccdk_cfn_resource_get_att(p->base.handler, "Arn");
    return p;
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
