/* ccdk/lambda_versions.h - Lambda versions, currentVersion, aliases, alias auto scaling, layers and
 * function URLs (aws-cdk-lib's lambda-version.js, alias.js, layers.js, function-url.js,
 * private/scalable-function-attribute.js and the parts of aws-applicationautoscaling they use).
 *
 * Include it beside ccdk/lambda.h. Versions and aliases are IFunctions: every call of lambda.h that
 * takes `void *fn` (add_permission, grant_invoke, grant_invoke_url) accepts them too.
 */
#ifndef CCDK_LAMBDA_VERSIONS_H
#define CCDK_LAMBDA_VERSIONS_H

#include "ccdk/appscaling.h"
#include "ccdk/lambda.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_lambda_function_url ccdk_lambda_function_url;
typedef struct ccdk_lambda_scalable_attribute ccdk_lambda_scalable_attribute;

/* ================================================================== Version */

typedef struct {
    ccdk_lambda_function *lambda; /* required */
    const char *description;
    const char *code_sha256;
    ccdk_removal_policy removal_policy;
    ccdk_opt_num provisioned_concurrent_executions;
    ccdk_duration max_event_age;
    ccdk_opt_num retry_attempts;
    /* lambda-destinations (issue 16): EventInvokeConfigOptions' destinations (ccdk/lambda_destinations.h) */
    ccdk_lambda_destination *on_success;
    ccdk_lambda_destination *on_failure;
    /** FunctionScalingConfig of the version (functions on a capacity provider): the fewest and most
     *  execution environments, each >= 0 and min <= max (aws-cdk-lib's errors; not checked for a
     *  CCDK_NUM_TOKEN). */
    ccdk_opt_num min_execution_environments;
    ccdk_opt_num max_execution_environments;
} ccdk_lambda_version_props;

/** new lambda.Version(scope, id, props). Owned by the App. A missing lambda or a bad prop is
 *  aws-cdk-lib's error on the version; a bad scope goes to the process-wide list; never NULL. */
ccdk_lambda_version *ccdk_lambda_version_new(void *scope, const char *id, const ccdk_lambda_version_props *props);
/** fn.addVersion(name, codeSha256, description, provisionedExecutions, asyncInvokeConfig)
 *  (deprecated in aws-cdk-lib; prefer ccdk_lambda_function_current_version): new Version(fn,
 *  "Version" + name, {lambda: fn, codeSha256, description, provisionedConcurrentExecutions, and the
 *  EventInvokeConfigOptions of async_invoke_config}). code_sha256, description and
 *  async_invoke_config may be NULL. Errors as ccdk_lambda_version_new; a NULL or bad fn, or a NULL
 *  name: the process-wide list and NULL. */
ccdk_lambda_version *ccdk_lambda_function_add_version(ccdk_lambda_function *fn, const char *name, const char *code_sha256,
                                                      const char *description, ccdk_opt_num provisioned_executions,
                                                      const ccdk_lambda_event_invoke_config_options *async_invoke_config);
/** Version.fromVersionArn(scope, id, "arn:...:function:name:version") and
 *  Version.fromVersionAttributes(scope, id, {version, lambda}): imported versions owned by the App.
 *  A missing ARN or attribute is aws-cdk-lib's error; a bad scope goes to the process-wide list;
 *  never NULL. */
ccdk_lambda_version *ccdk_lambda_version_from_version_arn(void *scope, const char *id, const char *version_arn);

typedef struct {
    const char *version;          /* required */
    ccdk_lambda_function *lambda; /* required */
} ccdk_lambda_version_attributes;
/** Version.fromVersionAttributes: as ccdk_lambda_version_from_version_arn above. */
ccdk_lambda_version *ccdk_lambda_version_from_version_attributes(void *scope, const char *id,
                                                                 const ccdk_lambda_version_attributes *attrs);

/** version.version, functionArn, functionName, lambda, and the CfnVersion (NULL when imported); owned
 *  by the App. NULL for a NULL version, without an error. */
const char *ccdk_lambda_version_version(ccdk_lambda_version *v);
const char *ccdk_lambda_version_arn(ccdk_lambda_version *v);
const char *ccdk_lambda_version_function_name(ccdk_lambda_version *v);
ccdk_lambda_function *ccdk_lambda_version_lambda(ccdk_lambda_version *v);
ccdk_cfn_resource *ccdk_lambda_version_resource(ccdk_lambda_version *v);

/** version.edgeArn: the ARN to give Lambda@Edge. For a new Version (ccdk_lambda_version_new,
 *  ccdk_lambda_function_current_version) a token that resolves to the version's ARN; where a
 *  template holds it, synth first checks the version's lambda.Function for Lambda@Edge as
 *  aws-cdk-lib's _checkEdgeCompatibility does: the environment variables added with remove_in_edge
 *  (ccdk_lambda_function_add_environment_with_options) are removed, with an info annotation each
 *  on the function, before any template or version hash is made, and any variable left fails the
 *  synth with aws-cdk-lib's "Resolution error: The function <path> contains environment variables
 *  [...] and is not compatible with Lambda@Edge. ..." (nothing is written); ccdk_stack_resolve of it
 *  runs the same check at once, as stack.resolve does. For an imported version,
 *  its ARN. For fn.latestVersion, or an import of version "$LATEST", aws-cdk-lib's error on the
 *  version ("$LATEST function version cannot be used for Lambda@Edge") at once, and the version's
 *  ARN. Owned by the App; NULL for NULL, without an error, and NULL with an error on its App for
 *  a construct that is not a version (cast to the handle type). */
const char *ccdk_lambda_version_edge_arn(ccdk_lambda_version *v);

/** fn.currentVersion: the Version "CurrentVersion" whose logical id carries the function's hash
 *  (created on first call, with the function's current_version_options); owned by the App. As in
 *  aws-cdk-lib (an uncached lazy), ccdk_stack_resolve of a reference to it before the synth gives
 *  the hash of the function as it is then; the synth takes the final one. An
 *  imported function is aws-cdk-lib's error (NULL: one on the process-wide list); a version of no
 *  synthesized App is returned all the same (never NULL). */
ccdk_lambda_version *ccdk_lambda_function_current_version(ccdk_lambda_function *fn);
/** fn.latestVersion: the $LATEST version (a construct "$LATEST" under the function, made once);
 *  owned by the App. NULL for NULL, without an error. */
ccdk_lambda_version *ccdk_lambda_function_latest_version(ccdk_lambda_function *fn);
/** fn.invalidateVersionBasedOn(x): mixes x into the currentVersion hash. A token in x is
 *  aws-cdk-lib's error on fn; a NULL x or fn is an error on the process-wide list. */
void ccdk_lambda_function_invalidate_version_based_on(ccdk_lambda_function *fn, const char *x);
/** Function.classifyVersionProperty(name, locked): process-wide, as aws-cdk-lib's static (not
 *  thread-safe with a synth running). A NULL name is ignored; nothing is returned or recorded. */
void ccdk_lambda_function_classify_version_property(const char *property_name, int locked);
/** calculateFunctionHash(fn) (function-hash.ts): the MD5 (32 hex digits) of fn's version-locked
 *  properties as they resolve now (with @aws-cdk/aws-lambda:recognizeVersionProps off, of the whole
 *  rendered resource), followed by its layers' hash under @aws-cdk/aws-lambda:recognizeLayerVersion:
 *  the hash the currentVersion's logical id ends with, without invalidateVersionBasedOn's mixins.
 *  Computing it changes nothing: environment variables are in insertion order until the
 *  currentVersion exists (then sorted, as aws-cdk-lib renders them), and tags, applied by an aspect
 *  at synth, are not in it before. Owned by the App. A property neither locked nor classified is
 *  aws-cdk-lib's error on fn ("The following properties are not recognized as version properties:
 *  [...]"), as is an imported function (its TypeError); both return NULL. NULL for NULL, without an
 *  error. */
const char *ccdk_lambda_calculate_function_hash(ccdk_lambda_function *fn);
/** trimFromStart(s, maxLength): the end of s that is at most max_length UTF-16 code units long (as
 *  JavaScript counts String.length), all of s when it is shorter: a pointer into s, not a copy.
 *  Where the cut would split a character outside the BMP (a JavaScript lone surrogate, which UTF-8
 *  cannot hold) the whole character is dropped. NULL for NULL. */
const char *ccdk_lambda_trim_from_start(const char *s, size_t max_length);

/** Aspects.of(scope).add(new FunctionVersionUpgrade(flag, enabled)): functions whose flag value equals
 *  `enabled` get " version-hash:<hash>" appended to their Description. enabled: CCDK_UNSET means true.
 *  A NULL flag is an error on the process-wide list, as a bad construct is; goes to the process-wide list. */
void ccdk_lambda_function_version_upgrade_aspect(void *construct, const char *feature_flag, ccdk_tristate enabled);
/** The feature flags the upgrade aspect is used with. */
#define CCDK_LAMBDA_RECOGNIZE_VERSION_PROPS "@aws-cdk/aws-lambda:recognizeVersionProps"
#define CCDK_LAMBDA_RECOGNIZE_LAYER_VERSION "@aws-cdk/aws-lambda:recognizeLayerVersion"

/* ================================================================== Alias */

typedef struct {
    ccdk_lambda_version *version; /* NULL ends a list */
    double weight;                /* 0..1 */
} ccdk_lambda_version_weight;
typedef CCDK_LIST_TYPE(ccdk_lambda_version_weight) ccdk_lambda_version_weight_list;

typedef struct {
    const char *description;
    /** CCDK_LIST_OF(ccdk_lambda_version_weight, {version, 0.1}, ...) */
    ccdk_lambda_version_weight_list additional_versions;
    ccdk_opt_num provisioned_concurrent_executions;
    ccdk_duration max_event_age;
    ccdk_opt_num retry_attempts;
    /* lambda-destinations (issue 16): EventInvokeConfigOptions' destinations (ccdk/lambda_destinations.h) */
    ccdk_lambda_destination *on_success;
    ccdk_lambda_destination *on_failure;
} ccdk_lambda_alias_options;

typedef struct {
    const char *alias_name;       /* required */
    ccdk_lambda_version *version; /* required */
    const char *description;
    ccdk_lambda_version_weight_list additional_versions; /* as in ccdk_lambda_alias_options */
    ccdk_opt_num provisioned_concurrent_executions;
    ccdk_duration max_event_age;
    ccdk_opt_num retry_attempts;
    /* lambda-destinations (issue 16): EventInvokeConfigOptions' destinations (ccdk/lambda_destinations.h) */
    ccdk_lambda_destination *on_success;
    ccdk_lambda_destination *on_failure;
} ccdk_lambda_alias_props;

/** new lambda.Alias(scope, id, props). Owned by the App. A missing name or version, or bad weights,
 *  are aws-cdk-lib's errors on the alias; a bad scope goes to the process-wide list; never NULL. */
ccdk_lambda_alias *ccdk_lambda_alias_new(void *scope, const char *id, const ccdk_lambda_alias_props *props);
/** fn.addAlias(name, options) on a Function (alias of its currentVersion, id "Alias<name>") or on a
 *  Version, new or imported (alias of that version, under it). options may be NULL. Owned by the
 *  App. An alias, an imported function or a non-IFunction is an error on its App (NULL: on the
 *  process-wide list); an alias of no synthesized App is returned all the same (never NULL). */
ccdk_lambda_alias *ccdk_lambda_function_add_alias(void *fn_or_version, const char *alias_name,
                                                  const ccdk_lambda_alias_options *options);
/** version.addAlias(name, options): the same as ccdk_lambda_function_add_alias on a Version (NULL
 *  for NULL, an error on the process-wide list). */
ccdk_lambda_alias *ccdk_lambda_version_add_alias(ccdk_lambda_version *version, const char *alias_name,
                                                 const ccdk_lambda_alias_options *options);

typedef struct {
    const char *alias_name;             /* required */
    ccdk_lambda_version *alias_version; /* required */
} ccdk_lambda_alias_attributes;
/** Alias.fromAliasAttributes(scope, id, {aliasName, aliasVersion}): an imported alias owned by the
 *  App. A missing attribute is aws-cdk-lib's error; a bad scope goes to the process-wide list;
 *  never NULL. */
ccdk_lambda_alias *ccdk_lambda_alias_from_alias_attributes(void *scope, const char *id, const ccdk_lambda_alias_attributes *attrs);

/** alias.functionArn, functionName, aliasName, version, and the CfnAlias (NULL when imported); owned
 *  by the App. NULL for a NULL alias, without an error. */
const char *ccdk_lambda_alias_arn(ccdk_lambda_alias *a);
const char *ccdk_lambda_alias_function_name(ccdk_lambda_alias *a);
const char *ccdk_lambda_alias_name(ccdk_lambda_alias *a);
ccdk_lambda_version *ccdk_lambda_alias_version(ccdk_lambda_alias *a);
ccdk_cfn_resource *ccdk_lambda_alias_resource(ccdk_lambda_alias *a);
/** alias.role: its version's role, which is the function's (the same handle as
 *  ccdk_lambda_function_role); NULL when there is none (an imported function without a role, an
 *  imported version), and for NULL, without an error. */
ccdk_iam_role *ccdk_lambda_alias_role(ccdk_lambda_alias *a);

/* ================================================================== alias auto scaling */

/* The Schedule of scale_on_schedule is ccdk_appscaling_schedule (ccdk/appscaling.h). */

typedef struct {
    ccdk_opt_num min_capacity; /* default 1 */
    ccdk_opt_num max_capacity; /* required */
} ccdk_lambda_auto_scaling_options;
/** alias.addAutoScaling(options): the ScalableTarget "AliasScaling/Target" for provisioned
 *  concurrency, owned by the App. Bad capacities, or a second call (which returns the first), are
 *  aws-cdk-lib's errors. NULL for a NULL alias (an error on the process-wide list). An imported
 *  alias (ccdk_lambda_alias_from_alias_attributes: an IAlias, without addAutoScaling in aws-cdk-lib)
 *  is an error on the alias ("addAutoScaling is only available on an Alias, not on an imported
 *  one") and NULL. */
ccdk_lambda_scalable_attribute *ccdk_lambda_alias_add_auto_scaling(ccdk_lambda_alias *alias,
                                                                   const ccdk_lambda_auto_scaling_options *options);

typedef struct {
    /** required: CCDK_NUM(0.1..0.9), or CCDK_NUM_TOKEN (a Lazy number, a parameter) that skips the
     *  range check as in aws-cdk-lib; not given: the CfnScalingPolicy's "targetValue: required but
     *  missing" error, as in aws-cdk-lib. */
    ccdk_opt_num utilization_target;
    const char *policy_name;
    ccdk_tristate disable_scale_in;
    ccdk_duration scale_in_cooldown;
    ccdk_duration scale_out_cooldown;
} ccdk_lambda_utilization_scaling_options;
/** scalable.scaleOnUtilization(options) / scaleOnSchedule(id, action). A bad target or schedule is
 *  aws-cdk-lib's error; NULL options (scaleOnUtilization), a NULL id or action, or a NULL attribute is an error on
 *  the process-wide list. */
void ccdk_lambda_scalable_attribute_scale_on_utilization(ccdk_lambda_scalable_attribute *sa,
                                                         const ccdk_lambda_utilization_scaling_options *options);

/** ScalingSchedule (ccdk/appscaling.h) */
typedef ccdk_appscaling_scaling_schedule ccdk_lambda_scaling_schedule;
/** scalable.scaleOnSchedule(id, action): as scale_on_utilization above. */
void ccdk_lambda_scalable_attribute_scale_on_schedule(ccdk_lambda_scalable_attribute *sa, const char *id,
                                                      const ccdk_lambda_scaling_schedule *action);

/* ================================================================== LayerVersion */

typedef struct {
    ccdk_lambda_code *code; /* required: asset or bucket */
    /** CCDK_LIST(rt1, rt2); not given: any runtime. ccdk_lambda_runtime_all_list() leaves the
     *  property out. */
    ccdk_lambda_runtime_list compatible_runtimes;
    ccdk_lambda_architecture_list compatible_architectures; /* CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64) */
    const char *description;
    const char *license;
    /** LayerName; CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED (core.h) gives none: the layer's ARN is its Ref, so its
     *  name is never generated (aws-cdk-lib's) */
    const char *layer_version_name;
    ccdk_removal_policy removal_policy;
} ccdk_lambda_layer_version_props;

/** new lambda.LayerVersion(scope, id, props). Owned by the App. Missing code or runtimes and bad
 *  props are aws-cdk-lib's errors on the layer; a bad scope goes to the process-wide list; never NULL. */
ccdk_lambda_layer_version *ccdk_lambda_layer_version_new(void *scope, const char *id, const ccdk_lambda_layer_version_props *props);
/** LayerVersion.fromLayerVersionArn (compatible with every runtime, Runtime.ALL) and
 *  LayerVersion.fromLayerVersionAttributes: imported layers owned by the App. A missing ARN or an
 *  empty runtime list is aws-cdk-lib's error; a bad scope goes to the process-wide list; never NULL. */
ccdk_lambda_layer_version *ccdk_lambda_layer_version_from_layer_version_arn(void *scope, const char *id, const char *arn);
typedef struct {
    const char *layer_version_arn;                         /* required */
    ccdk_lambda_runtime_list compatible_runtimes; /* not given: any */
} ccdk_lambda_layer_version_attributes;
/** LayerVersion.fromLayerVersionAttributes: as from_layer_version_arn above. */
ccdk_lambda_layer_version *ccdk_lambda_layer_version_from_layer_version_attributes(
    void *scope, const char *id, const ccdk_lambda_layer_version_attributes *attrs);

/** layer.layerVersionArn and the CfnLayerVersion (NULL when imported); owned by the App. NULL for
 *  NULL, without an error. */
const char *ccdk_lambda_layer_version_arn(ccdk_lambda_layer_version *l);
ccdk_cfn_resource *ccdk_lambda_layer_version_resource(ccdk_lambda_layer_version *l);

typedef struct {
    const char *account_id;      /* required; "*" for everyone */
    const char *organization_id; /* only with account_id "*" */
} ccdk_lambda_layer_version_permission;
/** layer.addPermission(id, permission): a LayerVersionPermission child. A bad organization id is
 *  aws-cdk-lib's error on the layer; a NULL id, permission or layer is
 *  an error on the process-wide list. */
void ccdk_lambda_layer_version_add_permission(ccdk_lambda_layer_version *l, const char *id,
                                              const ccdk_lambda_layer_version_permission *permission);

/* ================================================================== Function URL */

typedef enum {
    CCDK_LAMBDA_INVOKE_MODE_UNSET = 0,
    CCDK_LAMBDA_INVOKE_MODE_BUFFERED,
    CCDK_LAMBDA_INVOKE_MODE_RESPONSE_STREAM
} ccdk_lambda_invoke_mode;

/** HttpMethod values: "GET", "PUT", "HEAD", "POST", "DELETE", "PATCH", "OPTIONS", "*". */
typedef struct {
    ccdk_tristate allow_credentials;
    ccdk_strs allowed_headers; /* CCDK_STRS(...); not given: unset */
    ccdk_strs allowed_methods; /* default ["*"] */
    ccdk_strs allowed_origins;
    ccdk_strs exposed_headers;
    ccdk_duration max_age; /* at most 86400 s */
} ccdk_lambda_function_url_cors;

typedef struct {
    ccdk_lambda_url_auth_type auth_type; /* default AWS_IAM */
    const ccdk_lambda_function_url_cors *cors;
    ccdk_lambda_invoke_mode invoke_mode;
} ccdk_lambda_function_url_options;

typedef struct {
    void *function; /* required: a Function or an Alias (a Version is an error) */
    ccdk_lambda_url_auth_type auth_type;
    const ccdk_lambda_function_url_cors *cors;
    ccdk_lambda_invoke_mode invoke_mode;
} ccdk_lambda_function_url_props;

/** new lambda.FunctionUrl(scope, id, props). Owned by the App. No function, a Version, or a bad
 *  CORS maxAge is aws-cdk-lib's error on the URL; a bad scope goes to the process-wide list; never NULL. */
ccdk_lambda_function_url *ccdk_lambda_function_url_new(void *scope, const char *id, const ccdk_lambda_function_url_props *props);
/** fn.addFunctionUrl(options): the FunctionUrl "FunctionUrl" under fn (Function or Alias), owned by
 *  the App; options may be NULL. Differs from the rule: NULL for NULL (an error on the process-wide
 *  list) or for a construct that is not an IFunction (an error on its App). */
ccdk_lambda_function_url *ccdk_lambda_function_add_function_url(void *fn_or_alias, const ccdk_lambda_function_url_options *options);
/** fnUrl.url (Fn::GetAtt FunctionUrl), fnUrl.functionArn (Fn::GetAtt FunctionArn), and the
 *  CfnUrl; owned by the App. NULL for NULL, without an error. */
const char *ccdk_lambda_function_url_url(ccdk_lambda_function_url *u);
const char *ccdk_lambda_function_url_function_arn(ccdk_lambda_function_url *u);
ccdk_cfn_resource *ccdk_lambda_function_url_resource(ccdk_lambda_function_url *u);
/** fnUrl.authType: the URL's auth type, CCDK_LAMBDA_URL_AUTH_AWS_IAM when none was given.
 *  CCDK_LAMBDA_URL_AUTH_UNSET for NULL (without an error) and for a URL whose constructor failed. */
ccdk_lambda_url_auth_type ccdk_lambda_function_url_auth_type(ccdk_lambda_function_url *u);
/** fnUrl.grantInvokeUrl(grantee): the function's grantInvokeUrl. A NULL URL or grantee is an error
 *  on the process-wide list (the synth fails). */
void ccdk_lambda_function_url_grant_invoke_url(ccdk_lambda_function_url *u, ccdk_iam_principal *grantee);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_lambda_version_new(scope, ...) ccdk_lambda_version_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_version_from_version_arn(scope, ...) ccdk_lambda_version_from_version_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_version_from_version_attributes(scope, ...) ccdk_lambda_version_from_version_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_function_version_upgrade_aspect(construct, ...) ccdk_lambda_function_version_upgrade_aspect(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_lambda_alias_new(scope, ...) ccdk_lambda_alias_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_function_add_alias(fn_or_version, ...) ccdk_lambda_function_add_alias(CCDK_LAMBDA_FUNCTION_OR_VERSION(fn_or_version), __VA_ARGS__)
#define ccdk_lambda_alias_from_alias_attributes(scope, ...) ccdk_lambda_alias_from_alias_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_layer_version_new(scope, ...) ccdk_lambda_layer_version_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_layer_version_from_layer_version_arn(scope, ...) ccdk_lambda_layer_version_from_layer_version_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_layer_version_from_layer_version_attributes(scope, ...) ccdk_lambda_layer_version_from_layer_version_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_function_url_new(scope, ...) ccdk_lambda_function_url_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_function_add_function_url(fn_or_alias, ...) ccdk_lambda_function_add_function_url(CCDK_LAMBDA_FUNCTION_OR_ALIAS(fn_or_alias), __VA_ARGS__)
#define ccdk_lambda_function_url_grant_invoke_url(u, grantee) ccdk_lambda_function_url_grant_invoke_url(u, CCDK_IAM_GRANTABLE(grantee))
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
