/* log_retention.c - logs.LogRetention (aws-logs/lib/log-retention.ts): the Custom::LogRetention
 * resource and the stack's singleton function that serves it, LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a,
 * whose code is ccdk's own handler (log-retention-handler/, embedded by scripts/gen-log-retention-handler.py)
 * staged as an asset. */
#include <string.h>

#include "logs_internal.h"

static const ccdk__kind kind_log_retention = {.fqn = "aws-cdk-lib.aws_logs.LogRetention", .class_name = "LogRetention2"};
static const ccdk__kind kind_provider = {.fqn = "constructs.Construct", .class_name = "LogRetentionFunction"};
static const ccdk__kind kind_asset = {.fqn = "aws-cdk-lib.aws_s3_assets.Asset"};
/* the asset's bucket, s3.Bucket.fromBucketName(this, "AssetBucket", ...): an imported BucketBase */
static const ccdk__kind kind_asset_bucket = {.fqn = "aws-cdk-lib.aws_s3.BucketBase", .class_name = "Import"};
static const ccdk__kind kind_stage = {.fqn = "aws-cdk-lib.AssetStaging"};

#define PROVIDER_ID "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a"

/* the singleton's parts a later LogRetention of the stack uses */
typedef struct {
    ccdk__node node;
    const char *arn;
    ccdk_iam_role *role;
} provider;

static void add_role_policy(ccdk_iam_role *role, ccdk__node *owner, ccdk_strs actions, ccdk_strs resources)
{
    ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(
                                          owner, &(ccdk_iam_policy_statement_props){.actions = actions, .resources = resources}));
}

/* new LogRetentionFunction(stack, id, props) */
static provider *provider_new(ccdk_stack *stack, const ccdk_logs_log_retention_props *props)
{
    ccdk_app *app = stack->node.app;
    void *scope = stack;
    provider *p = ccdk__construct(provider, &kind_provider, scope, PROVIDER_ID);
    /* new s3_assets.Asset(this, 'Code', {path: <the handler directory>}) */
    ccdk__node *asset = ccdk__alloc(app, sizeof(ccdk__node));
    ccdk__node_init(asset, &kind_asset, p, "Code");
    ccdk__node *stage = ccdk__alloc(app, sizeof(ccdk__node));
    ccdk__node_init(stage, &kind_stage, asset, "Stage");
    ccdk__node_init(ccdk__alloc(app, sizeof(ccdk__node)), &kind_asset_bucket, asset, "AssetBucket");
    ccdk__fingerprint_opts opts = {.follow = CCDK_SYMLINK_EXTERNAL, .ignore_mode = CCDK_IGNORE_GLOB, .extra_hash = ccdk__asset_extra_hash(asset, NULL)};
    char hash[65];
    ccdk__fingerprint_memory(ccdk__logs_retention_handler_files, ccdk__logs_retention_handler_nfiles, &opts, hash);
    const char *display = ccdk__sprintf(app, "%s", asset->path + strlen(stack->node.path) + 1);
    ccdk__asset_location loc = ccdk__stack_add_memory_asset(stack, ccdk__strdup(app, hash), ccdk__logs_retention_handler_files,
                                                            ccdk__logs_retention_handler_nfiles, display);

    ccdk_iam_role *role = props->role;
    if (!role)
        role = ccdk_iam_role_new(p, "ServiceRole", &(ccdk_iam_role_props){
                                                      .assumed_by = ccdk_iam_service_principal(p, "lambda.amazonaws.com"),
                                                      .managed_policies = CCDK_LIST(ccdk_iam_managed_policy_from_aws_managed_policy_name(
                                                          p, "service-role/AWSLambdaBasicExecutionRole"))});
    add_role_policy(role, &p->node, CCDK_STRS("logs:PutRetentionPolicy", "logs:DeleteRetentionPolicy"), CCDK_STRS("*"));
    p->role = role;

    /* a plain CfnResource: its properties in the order written */
    ccdk_cfn_resource *r = ccdk__cfn_resource_new(p, "Resource", "AWS::Lambda::Function", &ccdk__kind_cfn_resource);
    r->tag_kind = 1; /* Tags: the TagManager's rendered tags */
    ccdk__res_set(r, "Handler", ccdk__v_str(app, "index.handler"));
    /* determineLatestNodeRuntimeName: the LATEST_NODE_RUNTIME regional fact, the same in every
     * region aws-cdk-lib 2.276.0 knows and its default for the others */
    ccdk__res_set(r, "Runtime", ccdk__v_str(app, "nodejs24.x"));
    ccdk__res_set(r, "Timeout", ccdk__v_num(app, 900));
    ccdk_value *code = ccdk__v_obj(app);
    ccdk__v_set(code, "S3Bucket", loc.bucket_name);
    ccdk__v_set(code, "S3Key", loc.object_key);
    ccdk__res_set(r, "Code", code);
    ccdk__res_set(r, "Role", ccdk__v_str(app, ccdk_iam_role_arn(role)));
    p->arn = ccdk_cfn_resource_get_att(r, "Arn");
    /* asset.addResourceMetadata(resource, 'Code') */
    ccdk_value *am = ccdk__node_context(&r->el.node, "aws:cdk:enable-asset-metadata");
    if (am && ccdk__truthy(am)) {
        ccdk_cfn_resource_add_metadata(r, "aws:asset:path", ccdk__v_str(app, loc.staged_name));
        ccdk_cfn_resource_add_metadata(r, "aws:asset:is-bundled", ccdk__v_bool(app, 0));
        ccdk_cfn_resource_add_metadata(r, "aws:asset:property", ccdk__v_str(app, "Code"));
    }
    /* role.node.children: each CfnResource, and each construct's CfnResource default child, at this
     * moment (the role's Resource and DefaultPolicy, when it is a Role of this app) */
    ccdk__node *rn = ccdk__node_of(role);
    for (size_t i = 0; rn && i < rn->nchildren; i++) {
        ccdk__node *c = rn->children[i];
        if (c->kind->element == CCDK__EL_RESOURCE) {
            ccdk__res_add_depends(r, c);
            continue;
        }
        ccdk__node *d = ccdk__node_default_child(c);
        if (d && d->kind->element == CCDK__EL_RESOURCE)
            ccdk__res_add_depends(r, d);
    }
    return p;
}

static const char *removal_policy_string(ccdk_removal_policy rp)
{
    switch (rp) {
    case CCDK_REMOVAL_POLICY_DESTROY: return "destroy";
    case CCDK_REMOVAL_POLICY_RETAIN: return "retain";
    case CCDK_REMOVAL_POLICY_SNAPSHOT: return "snapshot";
    case CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE: return "retain-on-update-or-delete";
    default: return NULL;
    }
}

ccdk_logs_log_retention *ccdk_logs_log_retention_new(void *scope, const char *id, const ccdk_logs_log_retention_props *props)
{
    ccdk_logs_log_retention *lr = ccdk__construct(ccdk_logs_log_retention, &kind_log_retention, scope, id);
    ccdk_app *app = lr->node.app;
    static const ccdk_logs_log_retention_props none;
    if (!props)
        props = &none;
    if (!props->log_group_name)
        ccdk__error(lr, "logGroupName is required");
    if (props->retention == CCDK_LOGS_RETENTION_UNSET)
        ccdk__error(lr, "retention is required");
    else
        CCDK__ENUM_IN(lr, props->retention, ccdk_logs_retention_days, ccdk__logs_retention_days, "retention");
    CCDK__ENUM_OK(lr, props->removal_policy, ccdk_removal_policy, CCDK_REMOVAL_POLICY_UNSET,
                  CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, "removalPolicy");
    ccdk_stack *stack = lr->node.stack;
    if (!stack) {
        ccdk__error(lr, "LogRetention at '%s' should be created in the scope of a Stack, but no Stack found", lr->node.path);
        lr->log_group_name = lr->log_group_arn = "";
        return lr;
    }
    /* ensureSingletonLogRetentionFunction: the stack's child of that id, or a new one */
    ccdk__node *existing = ccdk__node_find_child(&stack->node, PROVIDER_ID);
    provider *p;
    if (existing && existing->kind == &kind_provider) {
        p = (provider *)existing;
    } else if (existing) {
        ccdk__error(lr, "There is already a Construct with name '%s' in Stack2 [%s]", PROVIDER_ID, stack->node.id);
        lr->log_group_name = lr->log_group_arn = "";
        return lr;
    } else {
        p = provider_new(stack, props);
    }
    /* provider.grantDeleteLogGroup(logGroupName) */
    if (props->removal_policy == CCDK_REMOVAL_POLICY_DESTROY) {
        const char *arn = ccdk_stack_format_arn(stack, "logs", "log-group", ":",
                                                ccdk__sprintf(app, "%s:*", props->log_group_name ? props->log_group_name : ""));
        add_role_policy(p->role, &p->node, CCDK_STRS("logs:DeleteLogGroup"), CCDK_STRS(arn));
    }
    ccdk_cfn_resource *r = ccdk__cfn_resource_new(lr, "Resource", "Custom::LogRetention", &ccdk__kind_cfn_resource);
    lr->resource = r;
    ccdk__res_set(r, "ServiceToken", ccdk__v_str(app, p->arn));
    if (props->log_group_name)
        ccdk__res_set(r, "LogGroupName", ccdk__v_from_string(app, props->log_group_name));
    if (props->log_group_region)
        ccdk__res_set(r, "LogGroupRegion", ccdk__v_from_string(app, props->log_group_region));
    if (props->log_retention_retry_options) {
        ccdk_value *retry = ccdk__v_obj(app);
        if (props->log_retention_retry_options->max_retries.set)
            ccdk__v_set(retry, "maxRetries", ccdk__v_opt_num(app, props->log_retention_retry_options->max_retries));
        ccdk__res_set(r, "SdkRetry", retry);
    }
    /* RetentionDays.INFINITE: no RetentionInDays (the handler deletes the retention policy) */
    if (props->retention != CCDK_LOGS_RETENTION_UNSET && props->retention != CCDK_LOGS_RETENTION_INFINITE)
        ccdk__res_set(r, "RetentionInDays", ccdk__v_num(app, (double)props->retention));
    const char *rp = removal_policy_string(props->removal_policy);
    if (rp)
        ccdk__res_set(r, "RemovalPolicy", ccdk__v_str(app, rp));
    lr->log_group_name = ccdk_cfn_resource_get_att(r, "LogGroupName");
    /* Stack.of(this).formatArn({region: props.logGroupRegion, service: 'logs', resource: 'log-group',
     * resourceName: `${logGroupName}:*`, arnFormat: COLON_RESOURCE_NAME}) */
    if (props->log_group_region)
        lr->log_group_arn = ccdk__sprintf(app, "arn:%s:logs:%s:%s:log-group:%s:*", ccdk_stack_partition(stack),
                                          props->log_group_region, ccdk_stack_account(stack), lr->log_group_name);
    else
        lr->log_group_arn = ccdk_stack_format_arn(stack, "logs", "log-group", ":", ccdk__sprintf(app, "%s:*", lr->log_group_name));
    return lr;
}

const char *ccdk_logs_log_retention_log_group_arn(ccdk_logs_log_retention *lr)
{
    return ccdk__handle_ok(lr, __func__) ? lr->log_group_arn : NULL;
}
const char *ccdk_logs_log_retention_log_group_name(ccdk_logs_log_retention *lr)
{
    return ccdk__handle_ok(lr, __func__) ? lr->log_group_name : NULL;
}
