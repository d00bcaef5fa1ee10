/* lambda_internal.h - Lambda structures shared by the files of the lambda module. */
#ifndef CCDK_LAMBDA_INTERNAL_H
#define CCDK_LAMBDA_INTERNAL_H

#include "ccdk/lambda.h"
#include "ccdk/lambda_webfunction.h"
#include "fingerprint.h"
#include "internal.h"
#include "region_fact.h"

/* the public AssetOptions enums as the fingerprint takes them; a value already checked in range
 * (CCDK__ENUM_OK). DEFAULT is dflt: GLOB for file assets, DOCKER for image assets; EXTERNAL. */
static inline ccdk_ignore_mode ccdk__ignore_mode_of(ccdk_ignore_mode_t m, ccdk_ignore_mode dflt)
{
    return m == CCDK_IGNORE_MODE_GLOB ? CCDK_IGNORE_GLOB
           : m == CCDK_IGNORE_MODE_GIT ? CCDK_IGNORE_GIT
           : m == CCDK_IGNORE_MODE_DOCKER ? CCDK_IGNORE_DOCKER
                                          : dflt;
}
static inline ccdk_symlink_follow ccdk__follow_of(ccdk_symlink_follow_mode f)
{
    return f == CCDK_FOLLOW_NEVER ? CCDK_SYMLINK_NEVER
           : f == CCDK_FOLLOW_ALWAYS ? CCDK_SYMLINK_ALWAYS
           : f == CCDK_FOLLOW_BLOCK_EXTERNAL ? CCDK_SYMLINK_BLOCK_EXTERNAL
                                             : CCDK_SYMLINK_EXTERNAL;
}

/* What kind of IFunction a ccdk__fnbase is. */
enum {
    CCDK__FN_FUNCTION = 1,
    CCDK__FN_IMPORTED,
    CCDK__FN_VERSION,
    CCDK__FN_ALIAS,
    CCDK__FN_LATEST,
    CCDK__FN_SINGLETON, /* lambda is the Function it stands for; permissions are made there */
};

/* Common head of every IFunction (Function, imported function, Version, Alias, $LATEST). The
 * construct kinds of these set ccdk__kind.fqn to one of the lambda fqns; ccdk__fnbase_of()
 * recognises them by the fkind field being set. */
typedef struct ccdk__fnbase {
    ccdk__node node;
    uint32_t fn_magic; /* CCDK__FN_MAGIC */
    int fkind;
    const char *arn;  /* token or literal */
    const char *name; /* token or literal */
    ccdk_iam_role *role;
    ccdk_iam_principal *grant_principal;
    int can_create_permissions;
    int skip_permissions;
    struct ccdk_lambda_function *lambda; /* the underlying function (versions, aliases) */
    const char *qualifier;               /* version / alias name */
    struct ccdk__grant_id *grants;       /* identifiers already granted */
    struct ccdk__grant_map *grant_map;   /* grants by identifier once there are many (permissions.c) */
    uint32_t ngrants;
    int warn_if_current_version_called;
} ccdk__fnbase;
#define CCDK__FN_MAGIC 0x464e4244u

ccdk__fnbase *ccdk__fnbase_of(const void *handle); /* NULL (and an error) when not an IFunction */
/* fn.functionArn and fn.functionName read as aws-cdk-lib's getters read them (token.c's first reads):
 * a new Alias's functionArn reads its function's functionName first (the resourceName of its ARN),
 * its functionName reads its functionArn first (splitArn); then the attribute itself. fb not NULL. */
const char *ccdk__fnbase_arn(ccdk__fnbase *fb);
const char *ccdk__fnbase_name(ccdk__fnbase *fb);
/* Initialises the node and the IFunction head (fb is the first member of its struct). */
void ccdk__fnbase_init(ccdk__fnbase *fb, const ccdk__kind *kind, void *scope, const char *id, int fkind);

typedef enum { CCDK__CODE_INLINE = 1, CCDK__CODE_ASSET, CCDK__CODE_BUCKET, CCDK__CODE_CFN_PARAMS } ccdk__code_kind;

struct ccdk_lambda_code {
    ccdk_app *app;
    ccdk__code_kind kind;
    const char *inline_code;
    const char *bucket, *key, *object_version;
    const char *source_kms_key_arn; /* fromBucketV2's sourceKMSKey (a function's Code.SourceKMSKeyArn) */
    const char *s3_object_storage_mode; /* fromBucketV2's s3ObjectStorageMode ("COPY", "REFERENCE"), or NULL */
    struct ccdk_s3_bucket *s3_bucket;   /* fromBucketV2's bucket with REFERENCE (bindToResource's policies) */
    /* asset */
    const char *path;     /* absolute */
    const char *given_path; /* as given (AssetCode.path: its errors name it so) */
    int empty_path;       /* given "": s3-assets' Asset throws "Asset path cannot be empty" when bound */
    ccdk__fingerprint_opts opts;
    const char *custom_hash;
    const char *display_name;           /* AssetOptions.displayName; NULL: the Asset's stack-relative path */
    ccdk_iam_principal **readers;       /* AssetOptions.readers, granted read when the Asset is made */
    size_t nreaders;
    const char *hash;     /* computed at bind */
    int is_dir;
    const char *staged_name;
    ccdk_stack *bound_stack;
    ccdk_value *bound_location; /* {S3Bucket, S3Key} of the Asset made at the first bind (this.asset) */
    const ccdk_bundling_options *bundling; /* deep copy; NULL: no bundling (bundling.c) */
    ccdk_asset_hash_type hash_type;
    /* cfn parameters */
    ccdk_cfn_parameter *bucket_param, *key_param;
    struct ccdk__image_code *image; /* DockerImageCode (image.c); kind is 0 then */
    /* an asset directory ccdk carries in memory (a custom resource handler it ships): nmem files */
    const ccdk__memfile *mem;
    size_t nmem;
    int config_invalid; /* ccdk_lambda_code_new of a config with not exactly one of inline, s3, image */
};

struct ccdk_lambda_layer_version {
    ccdk__node node;
    ccdk_cfn_resource *resource;           /* NULL when imported */
    const char *arn;                       /* layerVersionArn */
    const ccdk_lambda_runtime **compatible_runtimes; /* NULL-terminated; NULL: any */
    int ncompatible;
    int all_runtimes; /* an import given Runtime.ALL, which grows: ccdk__layer_runtimes */
};

typedef struct {
    const char *key;
    const char *value;
    int remove_in_edge; /* EnvironmentOptions.removeInEdge */
} ccdk__env_entry;

struct ccdk_lambda_function {
    ccdk__fnbase base;
    ccdk_cfn_resource *resource;
    const ccdk_lambda_runtime *runtime;
    ccdk_lambda_code *code;
    ccdk_duration timeout;
    ccdk__env_entry *env;
    size_t nenv, capenv;
    ccdk_lambda_layer_version *layers[5]; /* in the order added; Lambda allows 5 */
    size_t nlayers;
    const ccdk_lambda_architecture *architecture;
    ccdk_sqs_queue *dlq;
    ccdk_sns_topic *dlt;
    ccdk_lambda_version_options current_version_options;
    int has_current_version_options;
    ccdk_lambda_version *current_version; /* created on first use (version.c) */
    ccdk_value *hash_mixins;              /* list of strings (invalidateVersionBasedOn) */
    int policy_counter;
    int added_literal_statements, added_list_token_statements; /* addToRolePolicy into the default policy */
    ccdk_logs_log_group *log_group;       /* fn.logGroup once known (logging.c) */
    ccdk_ec2_connections *connections;    /* in a VPC (vpc.c), else NULL */
    const ccdk_lambda_tenancy_config *tenancy_config; /* props.tenancyConfig (issue 16: tenancy.c) */
};

/* Binds code to a function or layer: returns the Code/Content property value and, for assets,
 * records asset metadata on the resource. property: "Code" or "Content". */
ccdk_value *ccdk__code_bind(ccdk_lambda_code *code, ccdk__node *scope, ccdk_cfn_resource *res, const char *property,
                            int is_layer);
/* code.c: Code.fromBucket of a bucket name (what ccdk_lambda_code_from_bucket binds; also the
 * harmless code of constructors that failed) */
/* WebFunctionCode (webfunction.c: fromBucket; webfunction_asset.c: the asset factories) */
enum { CCDK__WF_CODE_BUCKET = 0, CCDK__WF_CODE_MANAGED, CCDK__WF_CODE_PROVIDED };
struct ccdk_lambda_web_function_code {
    ccdk_app *app;
    int kind;                /* CCDK__WF_CODE_* */
    ccdk_s3_bucket *bucket;  /* fromBucket's, fromAssetToProvidedBucket's */
    const char *key, *object_version;
    /* the asset factories */
    ccdk_lambda_code *asset_code; /* Code.fromAsset of the path with the asset options: copied at each bind */
    const char *extra_hash;       /* the options' extraHash (the salt is the bound scope's) */
    ccdk_lambda_web_function_code_copy_options copy;
    const char *key_prefix;
    void *pending;                /* the copy made by bind, for bindToResource */
};
/* StagedAssetCode.bind(wf, {webFunctionArn: bind_arn}): the asset, the destination and its copy;
 * 1 and the revision's S3 location (the copy's attributes), or 0 after an error */
int ccdk__wf_code_bind_staged(ccdk_lambda_web_function_code *code, ccdk_lambda_web_function *wf, const char *bind_arn,
                              const char **bucket_name, const char **object_key, const char **object_version);
/* StagedAssetCode.bindToResource(revision) */
void ccdk__wf_code_bind_to_resource(ccdk_lambda_web_function_code *code, ccdk_cfn_resource *revision);
/* webfunction.c: grantServiceRead(bucket, key, wf, {webFunctionArn}) */
void ccdk__wf_grant_service_read(ccdk_lambda_web_function *wf, ccdk_s3_bucket *bucket, const char *key,
                                 const char *function_arn);

/* code.c: Code.fromAsset of a handler directory ccdk carries in memory (files, sorted by name, stay
 * the caller's): staged under its fingerprint when bound, as a directory asset */
ccdk_lambda_code *ccdk__code_from_memory(void *scope, const ccdk__memfile *files, size_t nfiles);
/* s3_object_copy_handler.c (generated): ccdk's Custom::S3ObjectCopy handler */
extern const ccdk__memfile ccdk__lambda_s3_object_copy_handler_files[];
extern const size_t ccdk__lambda_s3_object_copy_handler_nfiles;
ccdk_lambda_code *ccdk__code_from_bucket_name(void *scope, const char *bucket, const char *key, const char *version);
void ccdk__code_bind_to_resource(ccdk_lambda_code *code, ccdk_cfn_resource *res, const char *property);
/* code.c: AssetStaging's validateInternalSymlinks of dir (the asset's source, or its bundled output)
 * when c follows BLOCK_EXTERNAL: its walk excludes by the user's exclude alone (not the
 * ".is_custom_resource" c->opts begins with). 0, or -1 after the error on scope. */
int ccdk__code_check_symlinks(ccdk_lambda_code *c, const char *dir, ccdk__node *scope);
/* bundling.c: AssetStaging.stageByBundling for a bundled Code.fromAsset; registers the file asset.
 * *is_archive: AssetStaging.isArchive (false for a SINGLE_FILE output that was bundled; true when
 * bundling was skipped). */
int ccdk__code_stage_bundled(ccdk_lambda_code *c, ccdk_stack *stack, ccdk__node *stage, const char *display,
                             ccdk__asset_location *loc, int *is_archive);
/* Adds a Permission (addPermission semantics) for any IFunction. */
void ccdk__add_permission(ccdk__fnbase *fb, const char *id, const ccdk_lambda_permission *p);
/* The EventInvokeConfig a function/version/alias gets for maxEventAge / retryAttempts. */
void ccdk__configure_async_invoke(ccdk__fnbase *fb, ccdk_duration max_event_age, ccdk_opt_num retry_attempts,
                                  const char *qualifier);
/* destinations.c: configureAsyncInvoke with destinations (the EventInvokeConfig and its checks). */
void ccdk__configure_async_invoke_options(ccdk__fnbase *fb, const ccdk_lambda_event_invoke_config_options *options,
                                          const char *qualifier);
/* The Function constructor (function.c) runs a list of named steps in aws-cdk-lib's order; this is
 * what they share. The steps of other files' subjects are declared with their files below. */
typedef struct {
    ccdk_lambda_function *fn;
    const ccdk_lambda_function_props *props;
    ccdk_app *app;
    ccdk_value *code_value;         /* step "code.bind": the Code property */
    ccdk_value *dead_letter_config; /* step "dead-letter queue or topic": DeadLetterConfig */
    ccdk_value *vpc_config;         /* step "VPC": VpcConfig */
    const char *architectures_name; /* step "architecture": Architectures[0] (this._architecture) */
    int enums_ok;                   /* step "validate props": every enum of the props is one of its constants */
} ccdk__fn_ctor;
typedef void (*ccdk__fn_step)(ccdk__fn_ctor *c);
void ccdk__fn_step_code_signing(ccdk__fn_ctor *c); /* code_signing.c: CodeSigningConfigArn */
void ccdk__fn_step_insights(ccdk__fn_ctor *c);     /* insights.c: configureLambdaInsights */
void ccdk__fn_step_async_invoke(ccdk__fn_ctor *c); /* destinations.c: onFailure/onSuccess/maxEventAge/retryAttempts */
void ccdk__fn_step_environment_encryption(ccdk__fn_ctor *c); /* encryption.c: KmsKeyArn */
/* A Function of the thread's orphan App (function.c): the usable handle a call returns after its
 * error, where aws-cdk-lib would have thrown (never NULL). */
ccdk_lambda_function *ccdk__nil_function(void);
/* The region and account fields of a literal ARN (function.c): 1, or 0 for a token or no ARN. */
int ccdk__arn_account_region(ccdk_app *app, const char *arn, const char **account, const char **region);
/* code.c: AssetStaging.assetCache -- the hash and staging options of the first staging of key in
 * the App, else path fingerprinted with opts (or custom_hash's hash; opts must outlive the App's
 * cache) and recorded. 0, or -1 after the fingerprint's error on err_node. early: the path is
 * staged as it is (Code.fromAsset), so its copy may start with the fingerprint (spec_stage.c). */
int ccdk__asset_staged_hash(ccdk_app *app, const ccdk__buf *key, const char *path, const ccdk__fingerprint_opts *opts,
                            const char *custom_hash, ccdk__node *err_node, char hash[65],
                            const ccdk__fingerprint_opts **staged_opts, int early);
/* image.c: binds a DockerImageCode ({ImageUri}); ccdk__fn_step_image sets PackageType/ImageConfig and
 * drops Handler/Runtime on the CfnFunction (the image's checks of verifyCodeConfig). */
ccdk_value *ccdk__image_code_bind(ccdk_lambda_code *c, ccdk_lambda_function *fn);
/* a code whose config is an image of a fixed URI (ccdk_lambda_code_new; image.c) */
ccdk_lambda_code *ccdk__image_code_from_uri(ccdk_app *app, const char *uri, const char *const *cmd,
                                            const char *const *entrypoint, const char *working_directory);
void ccdk__fn_step_image(ccdk__fn_ctor *c);
/* logging.c: the LoggingConfig property (getLoggingConfig, with its checks) after the CfnFunction, and
 * the log group (logRetention's LogRetention, or the managed LogGroup) after the layers. */
void ccdk__fn_step_logging_config(ccdk__fn_ctor *c);
void ccdk__fn_step_log_group(ccdk__fn_ctor *c);
/* profiling.c: props.profiling / profilingGroup (the group, its grant and the four environment variables). */
void ccdk__fn_step_profiling(ccdk__fn_ctor *c);
/* filesystem.c: props.filesystem -- the mount path checks and IAM statements (after the role), the
 * rule to the file system's security group (once the function's connections exist), and
 * FileSystemConfigs, the VPC check and the dependencies (after the async invoke config). */
void ccdk__fn_step_filesystem_policies(ccdk__fn_ctor *c);
void ccdk__fn_step_filesystem_connections(ccdk__fn_ctor *c);
void ccdk__fn_step_filesystem_dependencies(ccdk__fn_ctor *c);
/* vpc.c: props.vpc and friends (configureVpc): the security group, VpcConfig, connections. */
void ccdk__fn_step_vpc(ccdk__fn_ctor *c);
/* vpc.c: an imported function's connections (attributes securityGroup / securityGroupId) */
void ccdk__fn_import_connections(ccdk_lambda_function *fn, void *scope, const ccdk_lambda_function_attributes *attrs);
/* issue 16 part 1: the steps of the v2 Function props (one file each) */
void ccdk__fn_step_runtime_management(ccdk__fn_ctor *c); /* runtime_management.c: RuntimeManagementConfig */
void ccdk__fn_step_tenancy(ccdk__fn_ctor *c);            /* tenancy.c: TenancyConfig */
/* tenancy.c: fn.tenancyConfig?.tenancyConfigProperty?.tenantIsolationMode !== undefined */
int ccdk__tenant_isolated(const ccdk_lambda_function *fn);
void ccdk__fn_step_durable(ccdk__fn_ctor *c);            /* durable.c: renderDurableConfig */
void ccdk__fn_step_snap_start(ccdk__fn_ctor *c);         /* snapstart.c: configureSnapStart */
void ccdk__fn_step_recursive_loop(ccdk__fn_ctor *c);     /* recursive_loop.c: RecursiveLoop */
void ccdk__fn_step_adot(ccdk__fn_ctor *c);               /* adot.c: configureAdotInstrumentation */
void ccdk__fn_step_params_and_secrets(ccdk__fn_ctor *c); /* params_and_secrets.c: configureParamsAndSecretsExtension */

/* ------------------------------------------------------------------ versions, aliases, layers (issue 5) */

struct ccdk_lambda_version {
    ccdk__fnbase base;                 /* fkind CCDK__FN_VERSION (or CCDK__FN_LATEST for $LATEST) */
    ccdk_cfn_resource *resource;       /* NULL when imported / $LATEST */
    const char *version;               /* the Version attribute (token) or literal */
    ccdk_lambda_function *hash_fn;     /* set on a function's currentVersion */
    const char *original_logical_id;   /* currentVersion: logical id before the hash */
    const char *edge_arn;              /* version.edgeArn of a new Version, made on first use */
    int hashing;                       /* its hashed logical id is being computed (version.c) */
    int self_referenced;               /* its function's definition names it: reported once */
};

struct ccdk_lambda_scalable_attribute;

struct ccdk_lambda_alias {
    ccdk__fnbase base; /* fkind CCDK__FN_ALIAS */
    ccdk_cfn_resource *resource; /* NULL when imported */
    const char *alias_name;
    ccdk_lambda_version *version;
    ccdk_iam_role *scaling_role;
    struct ccdk_lambda_scalable_attribute *scalable;
};

/* alias.c: true for an Alias.fromAliasAttributes import (an IAlias: no addAutoScaling). */
int ccdk__alias_is_import(const ccdk_lambda_alias *a);
/* function_hash.c: calculateFunctionHash(fn, additional); NULL after recording an error. in_resolution:
 * called for the currentVersion logical id (errors carry the resolver's "Resolution error: " prefixes). */
const char *ccdk__function_hash(ccdk_lambda_function *fn, const char *additional, int in_resolution);
/* the same from the function's definition as its stack's template render made it (not changed) */
const char *ccdk__function_hash_of(ccdk_lambda_function *fn, const ccdk_value *def, ccdk__resolve_ctx *ctx,
                                   const char *additional, int in_resolution);
/* function.c: Function._checkEdgeCompatibility, from a lazy's producer (version.c's edgeArn): removes
 * the variables added with removeInEdge (an info annotation each); any left is the producer's error
 * (ccdk__lazy_error). */
void ccdk__function_check_edge_compatibility(ccdk_lambda_function *fn);
/* True when the construct is a lambda.Function (or a subclass) with its CfnFunction. */
ccdk_lambda_function *ccdk__as_function(const void *construct);
/* layers.c: the layer objects of fn in the order they were added (malloc'd array, *n entries). */
ccdk_lambda_layer_version **ccdk__function_layers(ccdk_lambda_function *fn, size_t *n);
/* layers.c: renders fn's Layers sorted by layer path under recognizeLayerVersion (as Function.renderLayers). */
/* layers.c: JSON.stringify(runtime) of a Runtime object. */
ccdk_value *ccdk__runtime_value(ccdk_app *app, const ccdk_lambda_runtime *rt);
/* runtime.c: determineLatestNodeRuntime's checks for scope (errors recorded), then the static
 * runtime of its name (NODEJS_24_X); NULL after an error. */
const ccdk_lambda_runtime *ccdk__latest_node_runtime(void *scope);
/* runtime.c: determineLatestNodeRuntime(scope): ccdk__latest_node_runtime's checks, then a new
 * Runtime of that name (NODEJS_24_X's after an error), in scope's App, joined to Runtime.ALL. */
const ccdk_lambda_runtime *ccdk__determine_latest_node_runtime(void *scope);
/* runtime.c: Runtime.ALL's growth. ccdk__runtime_join appends a runtime that is not a constant
 * (once per struct) to the process-wide list, as aws-cdk-lib's Runtime constructor does;
 * ccdk__runtime_all_now gives Runtime.ALL as it is now (the constants, then the joined runtimes),
 * NULL-terminated, in app's arena, its length in *n. */
void ccdk__runtime_join(const ccdk_lambda_runtime *rt);
const ccdk_lambda_runtime **ccdk__runtime_all_now(ccdk_app *app, int *n);
/* layers.c: a layer's compatible runtimes now (Runtime.ALL as it is now for an import given that
 * array), NULL-terminated, in app's current arena; NULL: any runtime. */
const ccdk_lambda_runtime **ccdk__layer_runtimes(ccdk_app *app, ccdk_lambda_layer_version *l);
/* runtime.c: Runtime.bundlingImage, in the arena of app. */
const char *ccdk__runtime_bundling_image(ccdk_app *app, const ccdk_lambda_runtime *rt);


/* event_sources.c: an event source that another file binds (event_source_s3.c): fn.addEventSource
 * calls bind(ctx, fb). */
typedef struct ccdk_lambda_event_source ccdk_lambda_event_source;
ccdk_lambda_event_source *ccdk__event_source_custom(ccdk_app *app, const char *class_name,
                                                    void (*bind)(void *ctx, ccdk__fnbase *fb), void *ctx);
/* event_sources.c: a grant to fb whose grantPrincipal is an UnknownPrincipal (an import without a
 * role). `policy_fragment`: a grant that asks for its policy fragment (Grant.addToPrincipalOrResource,
 * a key's grant), aws-cdk-lib's error without a path; returns 0. Else the warning of
 * UnknownPrincipal.addToPrincipalPolicy for {actions, resource}; returns 1. */
int ccdk__event_source_unknown_grantee(ccdk__fnbase *fb, int policy_fragment, ccdk_strs actions, const char *resource);
/* event_sources.c: StreamEventSource's constructor check of a ProvisionedPollerConfig (errors without
 * a path), after copying it into the App (*c is replaced; NULL stays NULL); 0 after an error. */
#ifdef CCDK_LAMBDA_EVENT_SOURCES_H /* files that include ccdk/lambda_event_sources.h first */
int ccdk__event_source_poller_init(ccdk_app *app, const ccdk_lambda_provisioned_poller_config **c);
/* event_source_schema_registry.c: ISchemaRegistry.bind(mapping, fn): its grants to fn, then the
 * mapping's SchemaRegistryConfig (CloudFormation names); NULL after an error (on the mapping, or one
 * the registry's constructor recorded). */
ccdk_value *ccdk__schema_registry_bind(ccdk_lambda_schema_registry *r, void *mapping, ccdk__fnbase *fb);
#endif
/* A list's items copied into the App: the caller's compound literal ends with its block. */
#define COPY_LIST(app, list, what)                                                                                     \
    do {                                                                                                               \
        if (CCDK__GIVEN(list)) {                                                                                       \
            size_t n_ = CCDK__LEN(list, what);                                                                         \
            void *c_ = ccdk__alloc((app), (n_ ? n_ : 1) * sizeof *(list).items);                                       \
            if (n_)                                                                                                    \
                memcpy(c_, (list).items, n_ * sizeof *(list).items);                                                   \
            (list).items = c_;                                                                                         \
            (list).count = n_;                                                                                         \
        }                                                                                                              \
    } while (0)

/* FunctionBase.latestVersion of scope (fn, or the SingletonFunction of fn): scope/$LATEST (version.c) */
ccdk_lambda_version *ccdk__lambda_latest_version_at(void *scope, ccdk_lambda_function *fn);

/* network_connector.c: connectorComputeTypes(connector) joined with ", " (one type in ccdk), or NULL
 * when not known (an import) */
struct ccdk_lambda_network_connector;
const char *ccdk__network_connector_compute_types(struct ccdk_lambda_network_connector *connector);

/* logging.c: LoggingConfig's names of the log levels (NULL: unset) */
const char *ccdk__lambda_application_log_level_name(ccdk_lambda_application_log_level l);
const char *ccdk__lambda_system_log_level_name(ccdk_lambda_system_log_level l);

#endif
