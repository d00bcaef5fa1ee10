/* ccdk/core.h - App, Stack, the construct tree, values and tokens, CloudFormation L1 elements.
 *
 * Memory: every object belongs to its App and is freed by ccdk_app_free(). Strings passed in are
 * copied. Strings returned are owned by the App and live until ccdk_app_free().
 *
 * Errors (cairo's sticky status): a call that aws-cdk-lib would throw from records the error on the
 * App with the construct path and aws-cdk-lib's message, and returns a usable handle. Check once, at
 * the end: ccdk_app_synth() then writes nothing, prints every error and returns non-zero.
 *
 * Scopes: a parameter named `scope` (void *) accepts any construct handle: ccdk_app *,
 * ccdk_stack *, ccdk_construct *, ccdk_lambda_function *, ... A non-construct pointer is an error.
 *
 * Text is UTF-8. aws-cdk-lib's strings cannot hold anything else, and the cloud assembly is JSON,
 * so ccdk refuses invalid UTF-8 (a stray byte, an overlong form, a surrogate, a cut-short
 * sequence) instead of writing invalid JSON or altering the text: a construct id is an error on
 * its scope; a string or object key of a template (property values, environment variables,
 * outputs, descriptions) an error on the element that holds it, found at synth; a tag key or
 * value an error on the tag's scope; context (keys, and JSON text from props, ccdk_node_set_context,
 * $CDK_CONTEXT_JSON or the CLI's overflow file) an error too. Each message names the text with
 * every bad byte written as \xNN, e.g. `S: Invalid UTF-8 in construct id "F\xFF"`.
 *
 * JSON text (context, ccdk_v_json) is read as JSON.parse reads it, with two limits: at most
 * 10,000 levels of nesting, and no "\u0000" inside an object key (keys are C strings); either is
 * an error. A lone surrogate escape ("\ud800") becomes U+FFFD.
 */
#ifndef CCDK_CORE_H
#define CCDK_CORE_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_app ccdk_app;
typedef struct ccdk_stack ccdk_stack;
typedef struct ccdk_construct ccdk_construct;
typedef struct ccdk_value ccdk_value;
typedef struct ccdk_cfn_resource ccdk_cfn_resource;
typedef struct ccdk_cfn_output ccdk_cfn_output;
typedef struct ccdk_cfn_parameter ccdk_cfn_parameter;
typedef struct ccdk_cfn_mapping ccdk_cfn_mapping;
typedef struct ccdk_cfn_condition ccdk_cfn_condition;

/** A key/value pair of strings; arrays of them end with {NULL, NULL}. */
typedef struct {
    const char *key;
    const char *value;
} ccdk_kv;

/* ================================================================== App */

typedef struct {
    /** Output directory; NULL: $CDK_OUTDIR, else "cdk.out". */
    const char *outdir;
    /** Context set in code: pairs of key and JSON text, e.g. {"@aws-cdk/x:y", "true"}, {NULL}.
     *  These are defaults: $CDK_CONTEXT_JSON overrides them (App's props.context), and the JSON
     *  object in the file named by $CONTEXT_OVERFLOW_LOCATION_ENV (where the cdk CLI puts context
     *  beyond ~128 KiB) overrides both. Context values are read as aws-cdk-lib reads them:
     *  booleans by JavaScript truthiness ("0" is true, "" and 0 false), assetHashSalt and
     *  bootstrapQualifier as JavaScript's String() of any value but null. */
    const ccdk_kv *context;
    /** Do not print errors and warnings at synth (tests read them with ccdk_app_error()). */
    int quiet;
} ccdk_app_props;

/** Creates an App. Context comes from props->context, then $CDK_CONTEXT_JSON and the CLI's overflow
 *  file over it. props may be NULL. */
ccdk_app *ccdk_app_new(const ccdk_app_props *props);

/** Synthesizes the cloud assembly. Returns 0, or -1 when there are errors (nothing is written then,
 *  and an existing output directory stays as it was). Errors are printed to stderr. */
int ccdk_app_synth(ccdk_app *app);

/** Frees the App and everything it owns. NULL is allowed. */
void ccdk_app_free(ccdk_app *app);

/** Number of errors recorded so far, and the i-th as "path: message" (NULL when out of range). */
size_t ccdk_app_error_count(const ccdk_app *app);
const char *ccdk_app_error(const ccdk_app *app, size_t i);
/** Warnings recorded so far (after synth: including those found while synthesizing). */
size_t ccdk_app_warning_count(const ccdk_app *app);
const char *ccdk_app_warning(const ccdk_app *app, size_t i);

/** Prints what the last successful synth wrote: the output directory, each stack with its
 *  resources (logical id and type) and its staged assets. */
void ccdk_app_print_summary(const ccdk_app *app, FILE *out);

/** The rendered template of a stack (JSON text, after a successful synth), or NULL. It is read back
 *  from the cloud assembly on the first call (synth streams templates to disk without keeping
 *  them), so it is NULL when the output directory has been removed since. */
const char *ccdk_stack_template_json(const ccdk_stack *stack);

/* ================================================================== construct tree */

/** A plain Construct, used to group others. */
ccdk_construct *ccdk_construct_new(void *scope, const char *id);

const char *ccdk_node_id(const void *construct);
/** Path from the App, e.g. "MyStack/MyFunction/Resource" ("" for the App). */
const char *ccdk_node_path(const void *construct);
void *ccdk_node_scope(const void *construct);
size_t ccdk_node_child_count(const void *construct);
void *ccdk_node_child(const void *construct, size_t i);
void *ccdk_node_try_find_child(const void *construct, const char *id);
/** The child called "Resource", else "Default", else NULL (aws-cdk-lib's node.defaultChild). */
void *ccdk_node_default_child(const void *construct);
/** Sets context on this construct (JSON text value); before children are added, as in aws-cdk-lib. */
void ccdk_node_set_context(void *construct, const char *key, const char *json);
/** Context value as JSON text (compact), or NULL. Owned by the App. */
const char *ccdk_node_try_get_context(const void *construct, const char *key);
/** node.addDependency: every resource under `construct` depends on every resource under `on`. */
void ccdk_node_add_dependency(void *construct, void *on);
/** node.addMetadata(key, value). */
void ccdk_node_add_metadata(void *construct, const char *key, ccdk_value *value);

/** Annotations.of(scope).addWarningV2 / addError / addInfo. Errors fail the synth. */
void ccdk_annotations_add_warning(void *scope, const char *id, const char *message);
void ccdk_annotations_add_error(void *scope, const char *message);
void ccdk_annotations_add_info(void *scope, const char *message);

/** Feature flags: the context value when set, else aws-cdk-lib v2's default for the flag. */
int ccdk_feature_flag_enabled(const void *scope, const char *flag);

/** Aspects: fn is called at synth for every construct under scope (scope included), parents first. */
typedef void (*ccdk_aspect_fn)(void *construct, void *ctx);
void ccdk_aspects_add(void *scope, ccdk_aspect_fn fn, void *ctx);

/** Tags.of(scope).add(key, value) / remove(key): applied at synth to taggable resources. */
void ccdk_tags_add(void *scope, const char *key, const char *value);
void ccdk_tags_remove(void *scope, const char *key);

/* ================================================================== Stack */

typedef struct {
    /** Environment. NULL: environment-agnostic (or $CDK_DEFAULT_ACCOUNT is NOT consulted, as aws-cdk-lib). */
    const char *account;
    const char *region;
    /** Physical stack name; NULL: derived from the construct path. */
    const char *stack_name;
    const char *description;
    int termination_protection;
    /** Stack tags, {NULL, NULL}-terminated. */
    const ccdk_kv *tags;
} ccdk_stack_props;

ccdk_stack *ccdk_stack_new(void *scope, const char *id, const ccdk_stack_props *props);
/** The stack a construct belongs to (Stack.of). */
ccdk_stack *ccdk_stack_of(const void *construct);
const char *ccdk_stack_name(const ccdk_stack *stack);
/** Account, region and partition: literals when known, else tokens ({"Ref": "AWS::Region"} ...). */
const char *ccdk_stack_account(ccdk_stack *stack);
const char *ccdk_stack_region(ccdk_stack *stack);
const char *ccdk_stack_partition(ccdk_stack *stack);
const char *ccdk_stack_url_suffix(ccdk_stack *stack);
const char *ccdk_stack_stack_id(ccdk_stack *stack);
const char *ccdk_stack_stack_name_token(ccdk_stack *stack);
/** Stack.formatArn-style helper: arn:<partition>:<service>:<region>:<account>:<resource>. */
const char *ccdk_stack_format_arn(ccdk_stack *stack, const char *service, const char *resource,
                                  const char *sep, const char *resource_name);

/* ================================================================== Duration, Size, RemovalPolicy */

typedef enum {
    CCDK_TIME_UNSET = 0,
    CCDK_TIME_MILLIS,
    CCDK_TIME_SECONDS,
    CCDK_TIME_MINUTES,
    CCDK_TIME_HOURS,
    CCDK_TIME_DAYS
} ccdk_time_unit;
/** A Duration; zero-initialised means "not given". A negative amount is an error where the duration
 *  is used ("Duration amounts cannot be negative. Received: -5"), as Duration's constructor throws;
 *  NaN, Infinity and fractions fail where a whole number is needed, with aws-cdk-lib's messages. */
typedef struct {
    double amount;
    ccdk_time_unit unit;
} ccdk_duration;
ccdk_duration ccdk_duration_millis(double n);
ccdk_duration ccdk_duration_seconds(double n);
ccdk_duration ccdk_duration_minutes(double n);
ccdk_duration ccdk_duration_hours(double n);
ccdk_duration ccdk_duration_days(double n);
int ccdk_duration_is_set(ccdk_duration d);
double ccdk_duration_to_seconds(ccdk_duration d);
double ccdk_duration_to_milliseconds(ccdk_duration d);

typedef enum {
    CCDK_SIZE_UNSET = 0,
    CCDK_SIZE_KIBIBYTES,
    CCDK_SIZE_MEBIBYTES,
    CCDK_SIZE_GIBIBYTES,
    CCDK_SIZE_TEBIBYTES
} ccdk_size_unit;
typedef struct {
    double amount;
    ccdk_size_unit unit;
} ccdk_size;
ccdk_size ccdk_size_kibibytes(double n);
ccdk_size ccdk_size_mebibytes(double n);
ccdk_size ccdk_size_gibibytes(double n);
double ccdk_size_to_mebibytes(ccdk_size s);

typedef enum {
    CCDK_REMOVAL_POLICY_UNSET = 0,
    CCDK_REMOVAL_POLICY_DESTROY,
    CCDK_REMOVAL_POLICY_RETAIN,
    CCDK_REMOVAL_POLICY_SNAPSHOT,
    CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE
} ccdk_removal_policy;

/* ================================================================== values and tokens
 *
 * A ccdk_value is a JSON-like value that may hold references. Strings that contain tokens (the
 * attributes this library returns, such as a function's ARN) are resolved at synth: a string that
 * mixes text and tokens becomes {"Fn::Join": ["", [...]]} as in aws-cdk-lib.
 */
ccdk_value *ccdk_v_string(void *scope, const char *s);
ccdk_value *ccdk_v_number(void *scope, double n);
ccdk_value *ccdk_v_bool(void *scope, int b);
ccdk_value *ccdk_v_null(void *scope);
ccdk_value *ccdk_v_list(void *scope);
ccdk_value *ccdk_v_object(void *scope);
/** Appends to a list; returns the list. */
ccdk_value *ccdk_v_push(ccdk_value *list, ccdk_value *item);
/** Sets a key of an object (keeps insertion order); returns the object. */
ccdk_value *ccdk_v_set(ccdk_value *object, const char *key, ccdk_value *item);
/** Parses JSON text into a value (strings in it may hold tokens). On bad JSON: error, returns null. */
ccdk_value *ccdk_v_json(void *scope, const char *json);
/** A value as a string token, usable anywhere a string is (Token.asString). */
const char *ccdk_token_as_string(ccdk_value *v);
/** True when s holds an unresolved token (Token.isUnresolved). */
int ccdk_token_is_unresolved(const char *s);

/** CloudFormation intrinsic functions, as string tokens. */
const char *ccdk_fn_join(void *scope, const char *delimiter, const char *const *list); /* NULL-terminated */
const char *ccdk_fn_sub(void *scope, const char *body, const ccdk_kv *variables);    /* vars may be NULL */
const char *ccdk_fn_select(void *scope, int index, ccdk_value *list);
ccdk_value *ccdk_fn_split(void *scope, const char *delimiter, const char *source);
const char *ccdk_fn_import_value(void *scope, const char *name);
const char *ccdk_fn_get_att(void *scope, const char *logical_name, const char *attr);
const char *ccdk_fn_ref(void *scope, const char *logical_name);
const char *ccdk_fn_base64(void *scope, const char *data);
ccdk_value *ccdk_fn_condition_if(void *scope, const char *condition_id, ccdk_value *if_true, ccdk_value *if_false);
ccdk_value *ccdk_fn_condition_equals(void *scope, ccdk_value *lhs, ccdk_value *rhs);
ccdk_value *ccdk_fn_condition_not(void *scope, ccdk_value *condition);

/** Pseudo parameters ({"Ref": "AWS::..."}) as string tokens. */
const char *ccdk_aws_account_id(void *scope);
const char *ccdk_aws_region(void *scope);
const char *ccdk_aws_partition(void *scope);
const char *ccdk_aws_url_suffix(void *scope);
const char *ccdk_aws_stack_name(void *scope);
const char *ccdk_aws_stack_id(void *scope);
const char *ccdk_aws_no_value(void *scope);

/** Lazy values: produce() is called at synth. */
typedef const char *(*ccdk_lazy_string_fn)(void *ctx);
const char *ccdk_lazy_string(void *scope, ccdk_lazy_string_fn produce, void *ctx);
typedef ccdk_value *(*ccdk_lazy_value_fn)(void *ctx);
ccdk_value *ccdk_lazy_value(void *scope, ccdk_lazy_value_fn produce, void *ctx);

/* ================================================================== CloudFormation L1 */

/** new CfnResource(scope, id, {type, properties}): properties may be NULL. */
ccdk_cfn_resource *ccdk_cfn_resource_new(void *scope, const char *id, const char *type, ccdk_value *properties);
/** Ref and Fn::GetAtt of the resource, as string tokens. */
const char *ccdk_cfn_resource_ref(ccdk_cfn_resource *r);
const char *ccdk_cfn_resource_get_att(ccdk_cfn_resource *r, const char *attribute);
/** The resource's logical id as a string token (resolved at synth). */
const char *ccdk_cfn_element_logical_id(void *element);
void ccdk_cfn_element_override_logical_id(void *element, const char *logical_id);
const char *ccdk_cfn_resource_type(const ccdk_cfn_resource *r);
/** addOverride("Properties.A.B", v) and friends; paths are dot-separated ("\\." escapes a dot). */
void ccdk_cfn_resource_add_override(ccdk_cfn_resource *r, const char *path, ccdk_value *value);
void ccdk_cfn_resource_add_deletion_override(ccdk_cfn_resource *r, const char *path);
void ccdk_cfn_resource_add_property_override(ccdk_cfn_resource *r, const char *path, ccdk_value *value);
void ccdk_cfn_resource_add_property_deletion_override(ccdk_cfn_resource *r, const char *path);
void ccdk_cfn_resource_add_depends_on(ccdk_cfn_resource *r, ccdk_cfn_resource *target);
void ccdk_cfn_resource_apply_removal_policy(ccdk_cfn_resource *r, ccdk_removal_policy policy);
void ccdk_cfn_resource_add_metadata(ccdk_cfn_resource *r, const char *key, ccdk_value *value);
void ccdk_cfn_resource_set_condition(ccdk_cfn_resource *r, ccdk_cfn_condition *condition);

typedef struct {
    const char *value;
    const char *description;
    const char *export_name;
    ccdk_cfn_condition *condition;
    /** Alternatively a non-string value (list, object); takes precedence over `value`. */
    ccdk_value *value_json;
} ccdk_cfn_output_props;
ccdk_cfn_output *ccdk_cfn_output_new(void *scope, const char *id, const ccdk_cfn_output_props *props);
/** Fn::ImportValue of the output's export name. */
const char *ccdk_cfn_output_import_value(ccdk_cfn_output *o);

typedef struct {
    const char *type; /* default "String" */
    ccdk_value *default_value;
    const char *description;
    const char *const *allowed_values; /* NULL-terminated */
    const char *allowed_pattern;
    const char *constraint_description;
    int no_echo;
    double min_length, max_length, min_value, max_value;
    int has_min_length, has_max_length, has_min_value, has_max_value;
} ccdk_cfn_parameter_props;
ccdk_cfn_parameter *ccdk_cfn_parameter_new(void *scope, const char *id, const ccdk_cfn_parameter_props *props);
const char *ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter *p);

/** CfnMapping: mapping is an object {key1: {key2: value}}. */
ccdk_cfn_mapping *ccdk_cfn_mapping_new(void *scope, const char *id, ccdk_value *mapping);
const char *ccdk_cfn_mapping_find_in_map(ccdk_cfn_mapping *m, const char *key1, const char *key2);

/** CfnCondition with an expression built from ccdk_fn_condition_*. */
ccdk_cfn_condition *ccdk_cfn_condition_new(void *scope, const char *id, ccdk_value *expression);

#ifdef __cplusplus
}
#endif
#endif
