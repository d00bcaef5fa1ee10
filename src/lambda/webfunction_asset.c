/* webfunction_asset.c - WebFunctionCode.fromAssetToManagedBucket / fromAssetToProvidedBucket
 * (aws-cdk-lib/aws-lambda/lib/webfunction-code.ts, private/s3-object-copy.ts): a local directory
 * staged as an asset, copied at deployment by a Custom::S3ObjectCopy into the stack's managed code
 * bucket or a bucket of yours, and the retention that follows the revision. The copy's handler is
 * ccdk's own (s3-object-copy-handler/, embedded by scripts/gen-log-retention-handler.py). */
#include <stdlib.h>
#include <string.h>

#include "ccdk/lambda_singleton.h"
#include "ccdk/lambda_webfunction.h"
#include "digest.h"
#include "lambda_internal.h"

#define ASSET_BUCKET_ID "AWSCDKWebFunctionAssetBucket"
#define CODE_KEY_SEGMENT "web-function/"
#define COPY_TYPE "Custom::S3ObjectCopy"
#define ASSET_BUCKET_SYMBOL "@aws-cdk/aws-lambda.WebFunctionAssetBucket"

static void prepare_copy(ccdk__node *n);
/* S3ObjectCopy is a private class: its constructInfo is its base's */
static const ccdk__kind kind_copy = {.fqn = "constructs.Construct", .class_name = "S3ObjectCopy2", .prepare = prepare_copy};

typedef struct {
    ccdk__node node;
    ccdk_cfn_resource *resource;   /* the custom resource's CfnResource */
    ccdk_cfn_resource *revision;   /* set by bindToResource */
    ccdk_s3_bucket *managed;       /* the managed bucket (retainWithRevisions on it), else NULL */
    ccdk_s3_bucket *provided;      /* a provided bucket (retainWithRevisions on its policy), else NULL */
} s3_object_copy;

/* ------------------------------------------------------------------ the factories */

static void copy_options_dup(ccdk_app *app, ccdk_lambda_web_function_code_copy_options *o)
{
    if (o->security_groups.count) {
        ccdk_ec2_security_group **a = ccdk__alloc(app, o->security_groups.count * sizeof *a);
        memcpy(a, o->security_groups.items, o->security_groups.count * sizeof *a);
        o->security_groups.items = (ccdk_ec2_security_group *const *)a;
    }
    ccdk_ec2_subnet_selection *s = &o->vpc_subnets;
    s->subnet_group_name = ccdk__strdup(app, s->subnet_group_name);
    s->subnet_name = ccdk__strdup(app, s->subnet_name);
    if (s->availability_zones.count) {
        const char **a = ccdk__alloc(app, s->availability_zones.count * sizeof *a);
        for (size_t i = 0; i < s->availability_zones.count; i++)
            a[i] = ccdk__strdup(app, s->availability_zones.items[i]);
        s->availability_zones.items = a;
    }
    if (s->subnets.count) {
        ccdk_ec2_subnet **a = ccdk__alloc(app, s->subnets.count * sizeof *a);
        memcpy(a, s->subnets.items, s->subnets.count * sizeof *a);
        s->subnets.items = (ccdk_ec2_subnet *const *)a;
    }
    if (s->subnet_filters.count) {
        ccdk_ec2_subnet_filter *a = ccdk__alloc(app, s->subnet_filters.count * sizeof *a);
        memcpy(a, s->subnet_filters.items, s->subnet_filters.count * sizeof *a);
        for (size_t i = 0; i < s->subnet_filters.count; i++)
            if (a[i].values_.count) {
                const char **v = ccdk__alloc(app, a[i].values_.count * sizeof *v);
                for (size_t k = 0; k < a[i].values_.count; k++)
                    v[k] = ccdk__strdup(app, a[i].values_.items[k]);
                a[i].values_.items = v;
            }
        s->subnet_filters.items = a;
    }
}

static ccdk_lambda_web_function_code *staged_new(void *owner, int kind, const char *path, const ccdk_asset_options *asset,
                                                const ccdk_lambda_web_function_code_copy_options *copy)
{
    ccdk_app *app = ccdk__node_of(owner)->app;
    ccdk_lambda_web_function_code *c = ccdk__alloc(app, sizeof *c);
    c->app = app;
    c->kind = kind;
    /* the asset's options are read now (Code.fromAsset copies them); the Asset is made at bind */
    c->asset_code = ccdk_lambda_code_from_asset(owner, path ? path : "", asset);
    c->extra_hash = asset ? ccdk__strdup(app, asset->extra_hash) : NULL;
    if (copy) {
        c->copy = *copy;
        copy_options_dup(app, &c->copy);
    }
    return c;
}

ccdk_lambda_web_function_code *ccdk_lambda_web_function_code_from_asset_to_managed_bucket(
    void *owner, const char *path, const ccdk_lambda_web_function_managed_bucket_asset_options *options)
{
    if (!ccdk__arg_handle_ok(owner, __func__, "owner"))
        return NULL;
    return staged_new(owner, CCDK__WF_CODE_MANAGED, path, options ? &options->asset : NULL,
                      options ? &options->copy_options : NULL);
}

ccdk_lambda_web_function_code *ccdk_lambda_web_function_code_from_asset_to_provided_bucket(
    ccdk_s3_bucket *bucket, const char *path, const ccdk_lambda_web_function_provided_bucket_asset_options *options)
{
    if (!ccdk__arg_handle_ok(bucket, __func__, "bucket"))
        return NULL;
    ccdk_lambda_web_function_code *c = staged_new(bucket, CCDK__WF_CODE_PROVIDED, path, options ? &options->asset : NULL,
                                                  options ? &options->copy_options : NULL);
    c->bucket = bucket;
    if (options && options->key_prefix)
        c->key_prefix = ccdk__strdup(c->app, options->key_prefix);
    return c;
}

/* ------------------------------------------------------------------ identities */

/* JSON.stringify(stack.resolve(bucket.bucketName)) + "/" + pattern, hashed (destinationIdentity) */
static const char *destination_identity(ccdk_s3_bucket *bucket, const char *pattern)
{
    ccdk__node *bn = ccdk__node_of(bucket);
    ccdk_app *app = bn->app;
    ccdk__resolve_ctx ctx = {app, bn->stack, 0, 0, NULL};
    ccdk__buf b = {0};
    ccdk__json_write(&b, ccdk__resolve(&ctx, ccdk__v_from_string(app, ccdk_s3_bucket_name(bucket))), 0);
    ccdk__buf_printf(&b, "/%s", pattern);
    char hex[33];
    ccdk__md5_hex(b.data, b.len, hex);
    ccdk__buf_free(&b);
    return ccdk__strdup(app, hex);
}

static const char *subnet_type_value(ccdk_ec2_subnet_type t)
{
    switch (t) {
    case CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED: return "Isolated";
    case CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS: return "Private";
    case CCDK_EC2_SUBNET_TYPE_PUBLIC: return "Public";
    case CCDK_EC2_SUBNET_TYPE_ISOLATED: return "Deprecated_Isolated";
    case CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_NAT: return "Deprecated_Private_NAT";
    case CCDK_EC2_SUBNET_TYPE_PRIVATE: return "Deprecated_Private";
    default: return NULL;
    }
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

static int selection_given(const ccdk_ec2_subnet_selection *s)
{
    return s->subnet_type || s->subnet_group_name || s->subnet_name || s->availability_zones.count ||
           s->one_per_az.ccdk_tristate_value_ || s->subnets.count || s->subnet_filters.count;
}

/* renderSubnetSelectionIdentity: the md5 of the selection's JSON, its subnets as sorted addresses */
static const char *subnet_selection_identity(ccdk_app *app, const ccdk_ec2_subnet_selection *s)
{
    ccdk__buf b = {0};
    ccdk__buf_puts(&b, "{");
    const char *sep = "";
    const char *type = subnet_type_value(s->subnet_type);
    if (type) {
        ccdk__buf_printf(&b, "%s\"subnetType\":", sep);
        ccdk__json_write_cstr(&b, type);
        sep = ",";
    }
    if (s->subnet_group_name) {
        ccdk__buf_printf(&b, "%s\"subnetGroupName\":", sep);
        ccdk__json_write_cstr(&b, s->subnet_group_name);
        sep = ",";
    }
    if (s->subnet_name) {
        ccdk__buf_printf(&b, "%s\"subnetName\":", sep);
        ccdk__json_write_cstr(&b, s->subnet_name);
        sep = ",";
    }
    if (s->availability_zones.count) {
        ccdk__buf_printf(&b, "%s\"availabilityZones\":[", sep);
        for (size_t i = 0; i < s->availability_zones.count; i++) {
            if (i)
                ccdk__buf_puts(&b, ",");
            ccdk__json_write_cstr(&b, s->availability_zones.items[i] ? s->availability_zones.items[i] : "");
        }
        ccdk__buf_puts(&b, "]");
        sep = ",";
    }
    if (s->one_per_az.ccdk_tristate_value_) {
        ccdk__buf_printf(&b, "%s\"onePerAz\":%s", sep, s->one_per_az.ccdk_tristate_value_ == 1 ? "true" : "false");
        sep = ",";
    }
    if (s->subnet_filters.count) {
        /* each filter object's own field (OnePerAZSubnetFilter has none) */
        static const char *const fields[] = {NULL, "subnetIds", "availabilityZones", NULL, "ipAddresses", "mask", "cidrRanges"};
        ccdk__buf_printf(&b, "%s\"subnetFilters\":[", sep);
        for (size_t i = 0; i < s->subnet_filters.count; i++) {
            const ccdk_ec2_subnet_filter *f = &s->subnet_filters.items[i];
            const char *field = f->kind_ >= 1 && f->kind_ <= 6 ? fields[f->kind_] : NULL;
            ccdk__buf_printf(&b, "%s{", i ? "," : "");
            if (field && f->kind_ == 5) {
                ccdk__buf_printf(&b, "\"%s\":", field);
                ccdk__json_write_number(&b, f->mask_);
            } else if (field) {
                ccdk__buf_printf(&b, "\"%s\":[", field);
                for (size_t k = 0; k < f->values_.count; k++) {
                    if (k)
                        ccdk__buf_puts(&b, ",");
                    ccdk__json_write_cstr(&b, f->values_.items[k] ? f->values_.items[k] : "");
                }
                ccdk__buf_puts(&b, "]");
            }
            ccdk__buf_puts(&b, "}");
        }
        ccdk__buf_puts(&b, "]");
        sep = ",";
    }
    if (s->subnets.count) {
        const char **addrs = ccdk__alloc(app, s->subnets.count * sizeof *addrs);
        for (size_t i = 0; i < s->subnets.count; i++)
            addrs[i] = s->subnets.items[i] ? ccdk_node_addr(s->subnets.items[i]) : "";
        qsort(addrs, s->subnets.count, sizeof *addrs, cmp_str);
        ccdk__buf_printf(&b, "%s\"subnets\":[", sep);
        for (size_t i = 0; i < s->subnets.count; i++)
            ccdk__buf_printf(&b, "%s\"%s\"", i ? "," : "", addrs[i] ? addrs[i] : "");
        ccdk__buf_puts(&b, "]");
    }
    ccdk__buf_puts(&b, "}");
    char hex[33];
    ccdk__md5_hex(b.data, b.len, hex);
    ccdk__buf_free(&b);
    return ccdk__strdup(app, hex);
}

/* renderSingletonUuid: the destination, then each option given */
static const char *singleton_uuid(ccdk_app *app, ccdk_s3_bucket *dest, const char *pattern,
                                  const ccdk_lambda_web_function_code_copy_options *o)
{
    ccdk__buf b = {0};
    ccdk__buf_printf(&b, "e2f8cf6b-1b0f-4b3f-9a2c-6f1f5b6d4a71-dest-%s", destination_identity(dest, pattern));
    if (o->role)
        ccdk__buf_printf(&b, "-role-%s", ccdk_node_addr(o->role));
    if (o->vpc) {
        ccdk__buf_printf(&b, "-vpc-%s", ccdk_node_addr(o->vpc));
        if (selection_given(&o->vpc_subnets))
            ccdk__buf_printf(&b, "-subnets-%s", subnet_selection_identity(app, &o->vpc_subnets));
    }
    if (o->security_groups.count) {
        const char **addrs = ccdk__alloc(app, o->security_groups.count * sizeof *addrs);
        for (size_t i = 0; i < o->security_groups.count; i++)
            addrs[i] = o->security_groups.items[i] ? ccdk_node_addr(o->security_groups.items[i]) : "";
        qsort(addrs, o->security_groups.count, sizeof *addrs, cmp_str);
        ccdk__buf_puts(&b, "-sg");
        for (size_t i = 0; i < o->security_groups.count; i++)
            ccdk__buf_printf(&b, "%s%s", i ? "-" : "-", addrs[i] ? addrs[i] : "");
    }
    if (o->log_group)
        ccdk__buf_printf(&b, "-lg-%s", ccdk_node_addr(o->log_group));
    const char *uuid = ccdk__strndup(app, b.data ? b.data : "", b.len);
    ccdk__buf_free(&b);
    return uuid;
}

/* ------------------------------------------------------------------ retention */

enum { RET_DELETE = 0, RET_RETAIN_EXCEPT_ON_CREATE, RET_RETAIN };

static int retention_level(const char *policy)
{
    if (!policy)
        return RET_DELETE;
    if (!strcmp(policy, "Retain"))
        return RET_RETAIN;
    if (!strcmp(policy, "RetainExceptOnCreate"))
        return RET_RETAIN_EXCEPT_ON_CREATE;
    return RET_DELETE;
}

static const char *deletion_policy_name(int level)
{
    return level == RET_RETAIN ? "Retain" : level == RET_RETAIN_EXCEPT_ON_CREATE ? "RetainExceptOnCreate" : "Delete";
}

/* a top-level policy of the rendered resource: an override of it (a literal), else its own */
static const char *rendered_policy(ccdk_cfn_resource *r, const char *key, const char *own)
{
    ccdk_value *o = r->overrides ? ccdk__v_get(r->overrides, key) : NULL;
    if (o && o->kind == CCDK__V_STR)
        return o->u.str.s;
    return own;
}

/* retentionOf(revision): {onReplace, any} */
static void retention_of(ccdk_cfn_resource *rev, int *on_replace, int *any)
{
    int replace = retention_level(rendered_policy(rev, "UpdateReplacePolicy", rev->update_replace_policy));
    int del = retention_level(rendered_policy(rev, "DeletionPolicy", rev->deletion_policy));
    int for_replace = replace > RET_DELETE ? RET_RETAIN_EXCEPT_ON_CREATE : RET_DELETE;
    *on_replace = replace;
    *any = for_replace > del ? for_replace : del;
}

/* retainWithRevisions(resource, revisions), for one revision of level `level` (each copy raises
 * the destination's policies in turn: the strongest wins, as there). aws-cdk-lib overrides both
 * keys: one the resource renders keeps its place, one it does not goes after the rest, DeletionPolicy
 * first. */
static void retain_with(ccdk_cfn_resource *r, int level)
{
    if (!r || level == RET_DELETE)
        return;
    int own = retention_level(rendered_policy(r, "DeletionPolicy", r->deletion_policy));
    const char *deletion = deletion_policy_name(level > own ? level : own);
    ccdk_app *app = r->el.node.app;
    /* overrides, as there: cfnOptions keep their policies (the auto-delete bucket's validation
     * reads its cfnOptions.deletionPolicy, still DESTROY) */
    ccdk_cfn_resource_add_override(r, "DeletionPolicy", ccdk__v_str(app, deletion));
    ccdk_cfn_resource_add_override(r, "UpdateReplacePolicy", ccdk__v_str(app, "Retain"));
}

/* Lazy DeletionPolicy / UpdateReplacePolicy of the copy, from its revision; the destination's
 * retention and the managed bucket's warning */
static void prepare_copy(ccdk__node *n)
{
    s3_object_copy *c = (s3_object_copy *)n;
    if (!c->revision || !c->resource)
        return;
    int on_replace, any;
    retention_of(c->revision, &on_replace, &any);
    c->resource->update_replace_policy = on_replace > RET_DELETE ? "Retain" : "Delete";
    c->resource->deletion_policy = deletion_policy_name(any);
    if (any == RET_DELETE)
        return;
    if (c->managed) {
        retain_with(ccdk_s3_bucket_resource(c->managed), any);
        ccdk__node *ad = ccdk__node_find_child(ccdk__node_of(c->managed), "AutoDeleteObjectsCustomResource");
        ccdk__node *adr = ad ? ccdk__node_default_child(ad) : NULL;
        if (adr && adr->kind && adr->kind->element == CCDK__EL_RESOURCE)
            retain_with((ccdk_cfn_resource *)adr, any);
        ccdk_construct *policy = ccdk_s3_bucket_policy(c->managed);
        ccdk__node *pr = policy ? ccdk__node_default_child(ccdk__node_of(policy)) : NULL;
        if (pr && pr->kind && pr->kind->element == CCDK__EL_RESOURCE)
            retain_with((ccdk_cfn_resource *)pr, any);
        ccdk__warning(c->revision, "@aws-cdk/aws-lambda:webFunctionManagedBucketRetained",
                      "This revision is retained, so the code bucket %s and its policy are retained too, with the "
                      "code of every retained revision in it. Deleting the stack leaves them in place, and they are "
                      "yours to clean up. To manage them yourself, stage the code with "
                      "WebFunctionCode.fromAssetToProvidedBucket() into a bucket you own.",
                      ccdk__node_of(c->managed)->path);
    } else if (c->provided) {
        ccdk_construct *policy = ccdk_s3_bucket_policy(c->provided);
        ccdk__node *pr = policy ? ccdk__node_default_child(ccdk__node_of(policy)) : NULL;
        if (pr && pr->kind && pr->kind->element == CCDK__EL_RESOURCE)
            retain_with((ccdk_cfn_resource *)pr, any);
    }
}

/* ------------------------------------------------------------------ Configuration */

/* withInertDynamicReferences: "{{resolve:" -> "{{resolve-ref:" in every string */
static ccdk_value *inert(ccdk_app *app, const ccdk_value *v)
{
    switch (v->kind) {
    case CCDK__V_STR: {
        const char *s = v->u.str.s;
        if (!strstr(s, "{{resolve:"))
            return (ccdk_value *)v;
        ccdk__buf b = {0};
        for (const char *p = s;;) {
            const char *hit = strstr(p, "{{resolve:");
            if (!hit) {
                ccdk__buf_puts(&b, p);
                break;
            }
            ccdk__buf_put(&b, p, (size_t)(hit - p));
            ccdk__buf_puts(&b, "{{resolve-ref:");
            p = hit + strlen("{{resolve:");
        }
        ccdk_value *r = ccdk__v_str(app, b.data ? b.data : "");
        ccdk__buf_free(&b);
        return r;
    }
    case CCDK__V_LIST: {
        ccdk_value *l = ccdk__v_list(app);
        for (uint32_t i = 0; i < v->u.list.n; i++)
            ccdk__v_push(l, inert(app, v->u.list.items[i]));
        return l;
    }
    case CCDK__V_OBJ: {
        ccdk_value *o = ccdk__v_obj(app);
        for (uint32_t i = 0; i < v->u.obj.n; i++)
            ccdk__v_set(o, v->u.obj.e[i].key, inert(app, v->u.obj.e[i].val));
        return o;
    }
    default:
        return (ccdk_value *)v;
    }
}

/* revisionConfiguration(revision): its rendered properties without BuildConfig.CodeConfig */
static ccdk_value *produce_configuration(void *ctx)
{
    s3_object_copy *c = ctx;
    ccdk_app *app = c->node.app;
    if (!c->revision)
        return ccdk__v_undef(app);
    ccdk__resolve_ctx rctx = {app, c->revision->el.node.stack, 0, 0, &c->revision->el.node};
    ccdk_value *def = ccdk__cfn_resource_render(c->revision, &rctx);
    ccdk_value *props = ccdk__v_get(def, "Properties");
    ccdk_value *out = ccdk__v_obj(app);
    for (uint32_t i = 0; props && props->kind == CCDK__V_OBJ && i < props->u.obj.n; i++) {
        const char *k = props->u.obj.e[i].key;
        ccdk_value *val = props->u.obj.e[i].val;
        if (!strcmp(k, "BuildConfig") && val->kind == CCDK__V_OBJ) {
            ccdk_value *b = ccdk__v_obj(app);
            for (uint32_t j = 0; j < val->u.obj.n; j++)
                if (strcmp(val->u.obj.e[j].key, "CodeConfig"))
                    ccdk__v_set(b, val->u.obj.e[j].key, val->u.obj.e[j].val);
            val = b;
        }
        ccdk__v_set(out, k, val);
    }
    return inert(app, out);
}

/* ------------------------------------------------------------------ bind */

/* getOrCreateAssetBucket(scope): the stack's code bucket, or NULL after the id-collision error */
static ccdk_s3_bucket *get_or_create_asset_bucket(ccdk__node *scope)
{
    ccdk_stack *stack = scope->stack;
    ccdk__node *existing = ccdk__node_find_child(&stack->node, ASSET_BUCKET_ID);
    if (existing) {
        if (existing->ext && existing->ext->symbol && !strcmp(existing->ext->symbol, ASSET_BUCKET_SYMBOL))
            return (ccdk_s3_bucket *)existing;
        ccdk__error(scope,
                    "The construct id '" ASSET_BUCKET_ID "' at the stack root is reserved for the code bucket created "
                    "by WebFunctionCode.fromAssetToManagedBucket(). Rename the conflicting construct, or use "
                    "WebFunctionCode.fromAssetToProvidedBucket() to stage code into your own bucket.");
        return NULL;
    }
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, ASSET_BUCKET_ID, &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED,
        .block_public_access = CCDK_S3_BLOCK_ALL,
        .enforce_ssl = CCDK_TRUE,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .auto_delete_objects = CCDK_TRUE,
    });
    ccdk_app *app = scope->app;
    ccdk_value *cond = ccdk__v_obj(app);
    ccdk_value *eq = ccdk__v_obj(app);
    ccdk__v_set(eq, "aws:SourceAccount", ccdk__v_pseudo(app, "AWS::AccountId"));
    ccdk__v_set(cond, "StringEquals", eq);
    ccdk_value *like = ccdk__v_obj(app);
    ccdk__v_set(like, "aws:SourceArn",
                ccdk__v_from_string(app, ccdk__format_arn(stack, "lambda", NULL, "web-function", "/", "*/revision/*")));
    ccdk__v_set(cond, "ArnLike", like);
    ccdk_s3_bucket_add_to_resource_policy(bucket, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetObject", "s3:GetObjectVersion"),
        .principals = CCDK_LIST(ccdk_iam_service_principal(stack, "lambda.amazonaws.com")),
        .resources = CCDK_STRS(ccdk_s3_bucket_arn_for_objects(bucket, CODE_KEY_SEGMENT "*")),
        .conditions = cond,
    }));
    ccdk__ext(ccdk__node_of(bucket))->symbol = ASSET_BUCKET_SYMBOL;
    return bucket;
}

/* validateKeyPrefix */
static int check_key_prefix(ccdk__node *scope, const char *p)
{
    if (!p)
        return 1;
    if (ccdk__is_unresolved(p)) {
        ccdk__error(scope, "keyPrefix must be a literal string, not a deploy-time value. It scopes the copy function's "
                           "permissions on your bucket, and a value that cannot be checked at synthesis could widen them.");
        return 0;
    }
    if (p[0] == '/' || strpbrk(p, "*?") || strstr(p, "${")) {
        ccdk__error(scope,
                    "keyPrefix '%s' must not start with '/' or contain '*', '?' or '${'. It scopes the copy function's "
                    "permissions on your bucket, where these would widen them.",
                    p);
        return 0;
    }
    return 1;
}

/* new S3ObjectCopy(scope, id, props) */
static s3_object_copy *copy_new(ccdk__node *scope, const char *id, ccdk_s3_bucket *dest, const char *pattern,
                                const ccdk_lambda_web_function_code_copy_options *o, const char *uuid,
                                ccdk_value *source_bucket, ccdk_value *source_key, const char *dest_prefix,
                                const char *content_hash)
{
    ccdk_app *app = scope->app;
    ccdk_stack *stack = scope->stack;
    s3_object_copy *c = ccdk__construct(s3_object_copy, &kind_copy, scope, id);
    /* props.logGroup ?? singletonLogGroup(this, uuid), before the function */
    ccdk_logs_log_group *log_group = o->log_group;
    if (!log_group) {
        ccdk__buf b = {0};
        ccdk__buf_puts(&b, "S3ObjectCopyLogGroup");
        for (const char *p = uuid; *p; p++)
            if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9'))
                ccdk__buf_putc(&b, *p);
        const char *lg_id = ccdk__strndup(app, b.data, b.len);
        ccdk__buf_free(&b);
        ccdk__node *found = ccdk__node_find_child(&stack->node, lg_id);
        log_group = found ? (ccdk_logs_log_group *)found : ccdk_logs_log_group_new(stack, lg_id, NULL);
    }
    ccdk_lambda_code *code = ccdk__code_from_memory(c, ccdk__lambda_s3_object_copy_handler_files,
                                                    ccdk__lambda_s3_object_copy_handler_nfiles);
    ccdk_lambda_singleton_function *handler = ccdk_lambda_singleton_function_new(
        c, "CustomResourceHandler",
        &(ccdk_lambda_singleton_function_props){
            .uuid = uuid,
            .lambda_purpose = COPY_TYPE,
            .function = {
                .code = code,
                .handler = "index.handler",
                .runtime = ccdk__determine_latest_node_runtime(c),
                .timeout = ccdk_duration_minutes(15),
                .role = o->role,
                .vpc = o->vpc,
                .vpc_subnets = o->vpc_subnets,
                .security_groups = o->security_groups,
                .log_group = log_group,
            },
        });
    ccdk_lambda_function *fn = ccdk_lambda_singleton_function_lambda(handler);
    /* S3ObjectCopySingletonFunction's metadata: on the function (SingletonFunction.addMetadata) and
     * its log group, once per copy (a shared function's entries repeat, as there) */
    ccdk__add_metadata_value(ccdk__node_of(fn), "is-custom-resource-handler-singleton", ccdk__v_bool(app, 1));
    ccdk__add_metadata_value(ccdk__node_of(fn), "is-custom-resource-handler-runtime-family", ccdk__v_num(app, 0));
    ccdk__add_metadata_value(ccdk__node_of(log_group), "is-custom-resource-handler-logGroup", ccdk__v_bool(app, 1));
    /* Grant.addToPrincipal: read the staged object from the asset bucket (an imported bucket's
     * arnForObjects: formatArn's partition is the stack's, a literal when its region is known) */
    const char *source_arn = ccdk_fmt(c, "arn:%s:s3:::%s/*", ccdk_stack_partition(ccdk__node_of(c)->stack),
                                      ccdk_token_as_string(source_bucket));
    ccdk_lambda_function_add_to_role_policy(fn, ccdk_iam_policy_statement_new(c, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetObject", "s3:GetObjectVersion"),
        .resources = CCDK_STRS(source_arn),
    }));
    ccdk_s3_bucket_grant_put(dest, ccdk_lambda_function_grant_principal(fn), pattern);
    ccdk_s3_bucket_grant_delete(dest, ccdk_lambda_function_grant_principal(fn), pattern);
    ccdk_value *props = ccdk__v_obj(app);
    ccdk__v_set(props, "SourceBucketName", source_bucket);
    ccdk__v_set(props, "SourceObjectKey", source_key);
    ccdk__v_set(props, "DestinationBucketName", ccdk__v_from_string(app, ccdk_s3_bucket_name(dest)));
    ccdk__v_set(props, "DestinationKeyPrefix", ccdk__v_str(app, dest_prefix));
    ccdk__v_set(props, "ContentHash", ccdk__v_str(app, content_hash));
    ccdk__v_set(props, "Configuration", ccdk__v_lazy(app, produce_configuration, c));
    ccdk_custom_resource *cr = ccdk_custom_resource_new(c, "Resource", &(ccdk_custom_resource_props){
        .service_token = ccdk_lambda_function_arn(fn),
        .resource_type = COPY_TYPE,
        .properties = props,
    });
    c->resource = ccdk_custom_resource_resource(cr);
    return c;
}

int ccdk__wf_code_bind_staged(ccdk_lambda_web_function_code *code, ccdk_lambda_web_function *wf, const char *bind_arn,
                              const char **bucket_name, const char **object_key, const char **object_version)
{
    ccdk__node *scope = ccdk__node_of(wf);
    ccdk_app *app = scope->app;
    if (!code->asset_code)
        return 0;
    /* new s3_assets.Asset(scope, 'Code', {path, ...options}): a fresh Asset at each bind */
    ccdk_lambda_code *asset = ccdk__alloc(app, sizeof *asset);
    *asset = *code->asset_code;
    asset->bound_stack = NULL;
    asset->bound_location = NULL;
    asset->staged_name = NULL;
    asset->opts.extra_hash = ccdk__asset_extra_hash(scope, code->extra_hash); /* the salt of the scope bound */
    size_t nerr = app->nerrors;
    ccdk_value *loc = ccdk__code_bind(asset, scope, NULL, "Code", 0);
    if (app->nerrors != nerr || !ccdk__v_get(loc, "S3Key"))
        return 0;
    /* destinationBucket(scope) */
    ccdk_s3_bucket *dest;
    const char *prefix;
    if (code->kind == CCDK__WF_CODE_MANAGED) {
        dest = get_or_create_asset_bucket(scope);
        if (!dest)
            return 0;
        prefix = CODE_KEY_SEGMENT;
    } else {
        if (!check_key_prefix(scope, code->key_prefix))
            return 0;
        dest = code->bucket;
        prefix = ccdk__sprintf(app, "%s" CODE_KEY_SEGMENT, code->key_prefix ? code->key_prefix : "");
    }
    const char *function_prefix = ccdk__sprintf(app, "%s%s/", prefix, ccdk__node_unique_id(scope));
    /* grantDestinationRead */
    if (code->kind == CCDK__WF_CODE_MANAGED) {
        ccdk_construct *policy = ccdk_s3_bucket_policy(dest);
        if (policy)
            ccdk_node_add_dependency(wf, policy);
    } else {
        ccdk__wf_grant_service_read(wf, dest, ccdk__sprintf(app, "%s*", function_prefix), bind_arn);
    }
    const char *pattern = ccdk__sprintf(app, "%s*", prefix);
    const char *uuid = singleton_uuid(app, dest, pattern, &code->copy);
    char identity[33];
    ccdk__md5_hex(uuid, strlen(uuid), identity);
    identity[8] = 0;
    s3_object_copy *c = copy_new(scope, ccdk__sprintf(app, "CodeCopy%s", identity), dest, pattern, &code->copy, uuid,
                                 ccdk__v_get(loc, "S3Bucket"), ccdk__v_get(loc, "S3Key"), function_prefix,
                                 asset->hash ? asset->hash : "");
    if (code->kind == CCDK__WF_CODE_MANAGED)
        c->managed = dest;
    else if (!ccdk_s3_bucket_is_imported(dest))
        c->provided = dest;
    code->pending = c;
    ccdk_cfn_resource *r = c->resource;
    *bucket_name = ccdk_cfn_resource_get_att(r, "Bucket");
    *object_key = ccdk_cfn_resource_get_att(r, "Key");
    *object_version = ccdk_cfn_resource_get_att(r, "VersionId");
    return 1;
}

void ccdk__wf_code_bind_to_resource(ccdk_lambda_web_function_code *code, ccdk_cfn_resource *revision)
{
    s3_object_copy *c = code->pending;
    code->pending = NULL;
    if (c)
        c->revision = revision;
}
