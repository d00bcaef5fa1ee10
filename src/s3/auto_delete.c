/* auto_delete.c - the Bucket's autoDeleteObjects (aws-s3/lib/mixins/bucket.js BucketAutoDeleteObjects):
 * the stack's Custom::S3AutoDeleteObjectsCustomResourceProvider (core's CustomResourceProvider: a
 * role and a handler function whose code is an asset), the bucket policy statement for its role,
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
    ccdk__node node;
    const char *role_arn;
    const char *service_token;
} provider;

static const ccdk__kind kind_provider = {.fqn = "aws-cdk-lib.CustomResourceProviderBase",
                                         .class_name = "AutoDeleteObjectsProvider"};
static const ccdk__kind kind_staging = {.fqn = "aws-cdk-lib.AssetStaging"};
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
    /* the generated provider class's constructor, after super(): its only metadata entry */
    ccdk__add_metadata_json(&p->node, "is-custom-resource-handler-customResourceProvider", "true");

    /* CustomResourceProviderBase stages the code (AssetStaging "Staging") before it makes the role */
    const char *dir = handler_directory(&p->node);
    if (dir) {
        void *psc = p;
        ccdk__construct(ccdk__node, &kind_staging, psc, "Staging");
    }

    /* the role: a CfnResource with its properties in this order */
    ccdk_cfn_resource *role = ccdk__cfn_resource_new(p, "Role", "AWS::IAM::Role", NULL);
    ccdk_value *doc = ccdk__v_obj(app), *stmt = ccdk__v_obj(app), *principal = ccdk__v_obj(app);
    ccdk__v_set(stmt, "Action", ccdk__v_str(app, "sts:AssumeRole"));
    ccdk__v_set(stmt, "Effect", ccdk__v_str(app, "Allow"));
    ccdk__v_set(principal, "Service", ccdk__v_str(app, "lambda.amazonaws.com"));
    ccdk__v_set(stmt, "Principal", principal);
    ccdk_value *stmts = ccdk__v_list(app);
    ccdk__v_push(stmts, stmt);
    ccdk__v_set(doc, "Version", ccdk__v_str(app, "2012-10-17"));
    ccdk__v_set(doc, "Statement", stmts);
    ccdk__res_set(role, "AssumeRolePolicyDocument", doc);
    ccdk_value *sub = ccdk__v_obj(app), *arns = ccdk__v_list(app);
    ccdk__v_set(sub, "Fn::Sub", ccdk__v_str(app, "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"));
    ccdk__v_push(arns, sub);
    ccdk__res_set(role, "ManagedPolicyArns", arns);
    p->role_arn = ccdk_cfn_resource_get_att(role, "Arn");

    /* the code: the handler's directory staged as a zip asset (AssetStaging "Staging") */
    ccdk_value *code = ccdk__v_obj(app);
    const char *staged_name = NULL;
    if (dir) {
        ccdk__fingerprint_opts opts = {.follow = CCDK_SYMLINK_EXTERNAL,
                                       .extra_hash = ccdk__asset_extra_hash(&p->node, NULL)};
        char hash[65];
        char *err = NULL;
        if (ccdk__fingerprint_cached(app, dir, &opts, hash, &err) != 0) {
            ccdk__error(p, "%s", err ? err : "fingerprint failed");
            free(err);
        } else {
            ccdk__asset_location loc = ccdk__stack_add_file_asset(b->node.stack, ccdk__strdup(app, hash), dir, 1,
                                                                  ccdk__sprintf(app, "%s Code", p->node.path), &opts);
            ccdk__v_set(code, "S3Bucket", loc.bucket_name);
            ccdk__v_set(code, "S3Key", loc.object_key);
            staged_name = loc.staged_name;
        }
    }

    ccdk_cfn_resource *fn = ccdk__cfn_resource_new(p, "Handler", "AWS::Lambda::Function", NULL);
    ccdk__res_set(fn, "Code", code);
    ccdk__res_set(fn, "Timeout", ccdk__v_num(app, 900));
    ccdk__res_set(fn, "MemorySize", ccdk__v_num(app, 128));
    ccdk__res_set(fn, "Handler", ccdk__v_str(app, "index.handler"));
    ccdk__res_set(fn, "Role", ccdk__v_from_string(app, p->role_arn));
    /* determineLatestNodeRuntimeName: the region's fact, "nodejs24.x" in an environment-agnostic stack */
    ccdk__res_set(fn, "Runtime", ccdk__v_str(app, "nodejs24.x"));
    ccdk__res_set(fn, "Description", ccdk__v_from_string(app, ccdk_fmt(b, "Lambda function for auto-deleting objects in %s S3 bucket.", b->name)));
    ccdk__res_add_depends(fn, &role->el.node);
    ccdk_value *am = ccdk__node_context(&fn->el.node, "aws:cdk:enable-asset-metadata");
    if (staged_name && am && ccdk__truthy(am)) {
        ccdk_cfn_resource_add_metadata(fn, "aws:asset:path", ccdk__v_str(app, staged_name));
        ccdk_cfn_resource_add_metadata(fn, "aws:asset:property", ccdk__v_str(app, "Code"));
    }
    p->service_token = ccdk_cfn_resource_get_att(fn, "Arn");
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
