/* ccdk/core.h - App, Stack, the construct tree, values and tokens, CloudFormation L1 elements.
 *
 * Memory: every object belongs to its App and is freed by ccdk_app_free(). Strings passed in are
 * copied. Strings returned are owned by the App and live until ccdk_app_free().
 *
 * Errors (cairo's sticky status): a call that aws-cdk-lib would throw from records the error on the
 * App with the construct path and aws-cdk-lib's message, and returns a usable handle. Check once, at
 * the end: ccdk_app_synth() then writes nothing, prints every error and returns non-zero.
 *
 * Handles: the compiler checks them (see "checked handles" below). What it cannot see -- a NULL
 * in a variable of the right type (such as what ccdk_node_try_find_child returns when it finds
 * nothing), or a pointer cast to a handle type that is not a construct -- is an error that
 * belongs to no App: it is recorded on a process-wide list (ccdk_process_error), which
 * ccdk_app_synth() of every App in the process reports, and fails on. The call still returns a
 * usable handle, detached from every App that is synthesized. Getters of a construct's attributes
 * (ccdk_*_arn, ccdk_*_name, ...) return NULL for a NULL handle, and for a pointer that is not a
 * construct also record the error on that list. A call that adds or changes something (add_*,
 * grant_*, set_*, allow_*, ... : the mutators) on a NULL handle -- the construct, statement,
 * principal, connections or value it is called on -- is an error on that list, "<function>: the
 * handle is NULL": the change would be missing from the template. Only while no other error has been
 * recorded in the process: a NULL that comes out of a call that failed is that failure's. A grant to
 * a NULL grantee (every module's grant functions, and iam's grant helpers) is an error on that list
 * too: the grant would be missing from the template.
 *
 * Tokens belong to the App whose constructs made them: a token of one App used in another, or a
 * token string that no App made ("${Token[TOKEN.99999]}"), fails that App's synth with
 * aws-cdk-lib's message ("Cannot reference across apps. ...", "Unrecognized token key: ...").
 *
 * Threads: Apps are independent; two threads may each build and synthesize their own App at the
 * same time. One App must not be used by two threads at once.
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

#include "ccdk/time_zone.h" /* TimeZone: CCDK_TIME_ZONE_EUROPE_LONDON ... */

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_app ccdk_app;
typedef struct ccdk_stack ccdk_stack;
typedef struct ccdk_stage ccdk_stage;
typedef struct ccdk_construct ccdk_construct;
typedef struct ccdk_value ccdk_value;
typedef struct ccdk_cfn_resource ccdk_cfn_resource;
typedef struct ccdk_cfn_output ccdk_cfn_output;
typedef struct ccdk_cfn_parameter ccdk_cfn_parameter;
typedef struct ccdk_cfn_mapping ccdk_cfn_mapping;
typedef struct ccdk_cfn_condition ccdk_cfn_condition;
typedef struct ccdk_cfn_json ccdk_cfn_json;
typedef struct ccdk_cfn_rule ccdk_cfn_rule;
typedef struct ccdk_cfn_include ccdk_cfn_include;

/* Construct handles of every module, declared here so that the checks below know them all. */
typedef struct ccdk_cloudwatch_alarm ccdk_cloudwatch_alarm;
typedef struct ccdk_codeguru_profiling_group ccdk_codeguru_profiling_group;
typedef struct ccdk_dynamodb_table ccdk_dynamodb_table;
typedef struct ccdk_ec2_gateway_vpc_endpoint ccdk_ec2_gateway_vpc_endpoint;
typedef struct ccdk_ec2_interface_vpc_endpoint ccdk_ec2_interface_vpc_endpoint;
typedef struct ccdk_ec2_flow_log ccdk_ec2_flow_log;
typedef struct ccdk_ec2_network_acl ccdk_ec2_network_acl;
typedef struct ccdk_ec2_network_acl_entry ccdk_ec2_network_acl_entry;
typedef struct ccdk_ec2_security_group ccdk_ec2_security_group;
typedef struct ccdk_ec2_subnet ccdk_ec2_subnet;
typedef struct ccdk_ec2_vpc ccdk_ec2_vpc;
typedef struct ccdk_ecr_repository ccdk_ecr_repository;
typedef struct ccdk_efs_access_point ccdk_efs_access_point;
typedef struct ccdk_efs_file_system ccdk_efs_file_system;
typedef struct ccdk_events_event_bus ccdk_events_event_bus;
typedef struct ccdk_events_rule ccdk_events_rule;
typedef struct ccdk_glue_cfn_registry ccdk_glue_cfn_registry;
typedef struct ccdk_iam_group ccdk_iam_group;
typedef struct ccdk_iam_lazy_role ccdk_iam_lazy_role;
typedef struct ccdk_iam_open_id_connect_provider ccdk_iam_open_id_connect_provider;
typedef struct ccdk_iam_policy ccdk_iam_policy;
typedef struct ccdk_iam_role ccdk_iam_role;
typedef struct ccdk_iam_saml_provider ccdk_iam_saml_provider;
typedef struct ccdk_iam_user ccdk_iam_user;
typedef struct ccdk_kinesis_stream ccdk_kinesis_stream;
typedef struct ccdk_kinesis_resource_policy ccdk_kinesis_resource_policy;
typedef struct ccdk_kinesis_stream_consumer ccdk_kinesis_stream_consumer;
typedef struct ccdk_kms_key ccdk_kms_key;
typedef struct ccdk_lambda_alias ccdk_lambda_alias;
typedef struct ccdk_lambda_capacity_provider ccdk_lambda_capacity_provider;
typedef struct ccdk_lambda_code_signing_config ccdk_lambda_code_signing_config;
typedef struct ccdk_lambda_event_source_mapping ccdk_lambda_event_source_mapping;
typedef struct ccdk_lambda_function ccdk_lambda_function;
typedef struct ccdk_lambda_function_url ccdk_lambda_function_url;
typedef struct ccdk_lambda_layer_version ccdk_lambda_layer_version;
typedef struct ccdk_lambda_network_connector ccdk_lambda_network_connector;
typedef struct ccdk_lambda_scalable_attribute ccdk_lambda_scalable_attribute;
typedef struct ccdk_lambda_singleton_function ccdk_lambda_singleton_function;
typedef struct ccdk_lambda_version ccdk_lambda_version;
typedef struct ccdk_lambda_web_function ccdk_lambda_web_function;
typedef struct ccdk_lambda_web_function_endpoint ccdk_lambda_web_function_endpoint;
typedef struct ccdk_logs_log_group ccdk_logs_log_group;
typedef struct ccdk_logs_log_retention ccdk_logs_log_retention;
typedef struct ccdk_logs_resource_policy ccdk_logs_resource_policy;
typedef struct ccdk_s3_bucket ccdk_s3_bucket;
typedef struct ccdk_secretsmanager_secret ccdk_secretsmanager_secret;
typedef struct ccdk_signer_signing_profile ccdk_signer_signing_profile;
typedef struct ccdk_sns_subscription ccdk_sns_subscription;
typedef struct ccdk_sns_topic ccdk_sns_topic;
typedef struct ccdk_sns_topic_policy ccdk_sns_topic_policy;
typedef struct ccdk_sqs_queue ccdk_sqs_queue;
typedef struct ccdk_ssm_string_parameter ccdk_ssm_string_parameter;
typedef struct ccdk_ssm_string_list_parameter ccdk_ssm_string_list_parameter;
typedef struct ccdk_custom_resource ccdk_custom_resource;

/* ================================================================== checked handles
 *
 * Functions take handles as `void *`; for C code each is also a macro of the same name that checks
 * every handle argument's type at compile time (scripts/gen-checked-macros.py writes them at the
 * end of each header), so a wrong handle is a compile error, not a run-time one:
 *   - a construct's parent (`scope`, in functions that take an id) is an App, a Stack or a
 *     Construct: CCDK_SCOPE. Another construct as a parent is said explicitly: CCDK_CONSTRUCT(fn).
 *   - the `owner` of a value (code, principal, statement, schedule, token, ...) is any construct of
 *     the App that owns it, and so is a `construct` acted upon: CCDK_CONSTRUCT.
 *   - IFunction (`fn`): a Function, Version or Alias, CCDK_LAMBDA_IFUNCTION (ccdk/lambda.h);
 *     IGrantable (`grantee`): a principal, Role, Function, Version or Alias, CCDK_IAM_GRANTABLE.
 * A NULL or a `void *` handle does not pass: cast a handle you hold as `void *` to its type.
 * C++ and the library's own code (CCDK__BUILDING) call the functions directly. */
#define CCDK__AS_CONSTRUCT(x) (ccdk_construct *)(void *)(x)
#define CCDK__AS_CCONSTRUCT(x) (const ccdk_construct *)(const void *)(x)
#define CCDK__CONSTRUCT_TYPES(T, C, x)                                                              \
    ccdk_app T: C(x), ccdk_stack T: C(x), ccdk_stage T: C(x), ccdk_construct T: C(x), ccdk_cfn_resource T: C(x),            \
        ccdk_cfn_output T: C(x), ccdk_cfn_parameter T: C(x), ccdk_cfn_mapping T: C(x),                  \
        ccdk_cfn_condition T: C(x), ccdk_cfn_json T: C(x), ccdk_cfn_rule T: C(x), ccdk_cfn_include T: C(x), ccdk_cloudwatch_alarm T: C(x), ccdk_codeguru_profiling_group T: C(x), \
        ccdk_dynamodb_table T: C(x), ccdk_ec2_security_group T: C(x), ccdk_ec2_subnet T: C(x),          \
        ccdk_ec2_vpc T: C(x), ccdk_ec2_gateway_vpc_endpoint T: C(x), ccdk_ec2_interface_vpc_endpoint T: C(x), ccdk_ec2_flow_log T: C(x), \
        ccdk_ec2_network_acl T: C(x), ccdk_ec2_network_acl_entry T: C(x),                               \
        ccdk_ecr_repository T: C(x), ccdk_efs_access_point T: C(x), ccdk_efs_file_system T: C(x),       \
        ccdk_events_event_bus T: C(x), ccdk_events_rule T: C(x), ccdk_glue_cfn_registry T: C(x),        \
        ccdk_iam_policy T: C(x), ccdk_iam_role T: C(x), ccdk_iam_user T: C(x),                           \
        ccdk_iam_group T: C(x), ccdk_iam_lazy_role T: C(x), ccdk_iam_saml_provider T: C(x), ccdk_iam_open_id_connect_provider T: C(x), \
        ccdk_kinesis_stream T: C(x), ccdk_kinesis_resource_policy T: C(x),                               \
        ccdk_kinesis_stream_consumer T: C(x), ccdk_kms_key T: C(x), ccdk_lambda_alias T: C(x),           \
        ccdk_lambda_capacity_provider T: C(x),                                                           \
        ccdk_lambda_code_signing_config T: C(x),                                                         \
        ccdk_lambda_event_source_mapping T: C(x), ccdk_lambda_function T: C(x),                          \
        ccdk_lambda_function_url T: C(x), ccdk_lambda_layer_version T: C(x),                             \
        ccdk_lambda_network_connector T: C(x),                                                           \
        ccdk_lambda_scalable_attribute T: C(x), ccdk_lambda_singleton_function T: C(x),                   \
        ccdk_lambda_version T: C(x), ccdk_lambda_web_function T: C(x),                                  \
        ccdk_lambda_web_function_endpoint T: C(x),                                                       \
        ccdk_logs_log_group T: C(x), ccdk_logs_log_retention T: C(x), ccdk_logs_resource_policy T: C(x), \
        ccdk_s3_bucket T: C(x), ccdk_secretsmanager_secret T: C(x), ccdk_signer_signing_profile T: C(x), \
        ccdk_sns_subscription T: C(x), ccdk_sns_topic T: C(x), ccdk_sns_topic_policy T: C(x),           \
        ccdk_sqs_queue T: C(x),                                                                          \
        ccdk_ssm_string_parameter T: C(x), ccdk_ssm_string_list_parameter T: C(x), ccdk_custom_resource T: C(x)
/** IConstruct: any construct handle as a `ccdk_construct *` (a compile error for anything else).
 *  It is also how another construct is given as a parent: ccdk_construct_new(CCDK_CONSTRUCT(fn), "X"). */
#define CCDK_CONSTRUCT(x) _Generic((x), CCDK__CONSTRUCT_TYPES(*, CCDK__AS_CONSTRUCT, x))
#define CCDK_CONSTRUCT_CONST(x)                                                                      \
    _Generic((x), CCDK__CONSTRUCT_TYPES(*, CCDK__AS_CCONSTRUCT, x), CCDK__CONSTRUCT_TYPES(const *, CCDK__AS_CCONSTRUCT, x))
/** A parent scope: an App, a Stack or a Construct. */
#define CCDK_SCOPE(x)                                                                                  \
    _Generic((x), ccdk_app *: (void *)(x), ccdk_stack *: (void *)(x), ccdk_construct *: (void *)(x),      \
             ccdk_stage *: (void *)(x))

/** An optional number in props: zero-initialised means "not given"; CCDK_NUM(x) gives one, and
 *  CCDK_NUM_TOKEN(t) one known only at deploy time (aws-cdk-lib's Token.asNumber): t is a string
 *  token such as ccdk_cfn_parameter_value_as_string() of a Number parameter. A token number is
 *  written as its reference ({"Ref": "Param"}) and skips the range checks, as in aws-cdk-lib. */
typedef struct {
    /* non-NULL when given. A pointer, not a flag, so that a plain number where an optional one goes
     * (`.batch_size = 10`, which brace elision would put here) is an int-conversion diagnostic, made
     * an error below whatever the user's flags, not a prop "given" with the value 0. Set it only
     * through CCDK_NUM / CCDK_NUM_TOKEN. */
    const void *set;
    double value;
    const char *token; /* a number token (CCDK_NUM_TOKEN), else NULL */
} ccdk_opt_num;
#define CCDK__NUM_GIVEN ((const void *)"ccdk_opt_num")
#define CCDK_NUM(x) ((ccdk_opt_num){CCDK__NUM_GIVEN, (double)(x), 0})
#define CCDK_NUM_TOKEN(t) ((ccdk_opt_num){CCDK__NUM_GIVEN, 0, (t)})
/* An int where a pointer goes is only a warning in C11 compilers (gcc 12, clang 14), and a program
 * built without -Werror then writes a wrong template (`.memory_size = 256`: "given", value 0): it is
 * an error in every file that includes ccdk. (Int-to-pointer conversions are bugs in C anyway; gcc 14
 * makes them errors by default.) */
#if !defined(__cplusplus) && (defined(__GNUC__) || defined(__clang__))
#pragma GCC diagnostic error "-Wint-conversion"
#endif

/** An optional boolean in props (TypeScript's `?: boolean`): zero-initialised means "not given";
 *  give one with CCDK_TRUE or CCDK_FALSE. It is a struct so that a plain `true`, `false`, `0` or
 *  `1` does not convert to it: a compile error as a function argument, and a -Wmissing-braces
 *  warning (in -Wall) in a designated initializer. Do not set its member yourself. */
typedef struct {
    unsigned char ccdk_tristate_value_; /* 0 not given, 1 true, 2 false */
} ccdk_tristate;
#define CCDK_TRUE ((ccdk_tristate){1})
#define CCDK_FALSE ((ccdk_tristate){2})
#define CCDK_UNSET ((ccdk_tristate){0})

/** A key/value pair of strings; arrays of them end with {NULL, NULL}. */
typedef struct {
    const char *key;
    const char *value;
} ccdk_kv;

/* ================================================================== lists
 * A list is a small struct, never a bare array: {items, count} plus a mark that only these
 * macros set, so that a hand-written array (with or without a NULL at its end) does not compile
 * where a list goes (-Werror; without it the mark check is an error at synth).
 *   .layers = CCDK_LIST(layer1, layer2)        handles of one type (a braced initializer: for a
 *                                              field; as an argument, cast it to the list type:
 *                                              (ccdk_lambda_layer_list)CCDK_LIST(l))
 *   .exclude = CCDK_STRS("*.md", "test/")      strings (an expression of type ccdk_strs)
 *   .environment = CCDK_KVS({"A", "1"}, {"B", "2"})   pairs (an expression of type ccdk_kvs)
 *   .additional_versions = CCDK_LIST_OF(ccdk_lambda_version_weight, {v1, 0.1}, {v2, 0.2})
 *                                              structs (the element type named: braces in
 *                                              the items would split CCDK_LIST's arguments)
 *   .layers = CCDK_EMPTY_LIST                  given, and empty ([] in TypeScript)
 *   .layers = CCDK_LIST_N(array, n)            n items of an array built at run time
 * A field left out is "not given" (undefined in TypeScript). Items are not copied until the
 * call that takes them returns, and a compound literal lives to the end of its block: pass
 * the list to the call. Each list type is CCDK_LIST_TYPE(element type). */
struct ccdk__list_mark { int unused; };
extern const struct ccdk__list_mark ccdk__list_mark;
#define CCDK_LIST_TYPE(T) struct { const struct ccdk__list_mark *built_by_ccdk_list; T const *items; size_t count; }
typedef CCDK_LIST_TYPE(const char *) ccdk_strs;
typedef CCDK_LIST_TYPE(ccdk_kv) ccdk_kvs;
/** A list of values: (ccdk_value_list)CCDK_LIST(a, b). */
typedef CCDK_LIST_TYPE(ccdk_value *) ccdk_value_list;
#define CCDK__FIRST(a, ...) a
#define CCDK__ARRAY_OF_FIRST(...) ((__typeof__(CCDK__FIRST(__VA_ARGS__, 0)) const[]){__VA_ARGS__})
#define CCDK_LIST(...) { &ccdk__list_mark, CCDK__ARRAY_OF_FIRST(__VA_ARGS__), \
                         sizeof(CCDK__ARRAY_OF_FIRST(__VA_ARGS__)) / sizeof(CCDK__FIRST(__VA_ARGS__, 0)) }
#define CCDK_LIST_OF(T, ...) { &ccdk__list_mark, (T const[]){__VA_ARGS__}, sizeof((T const[]){__VA_ARGS__}) / sizeof(T) }
#define CCDK_EMPTY_LIST { &ccdk__list_mark, NULL, 0 }
/* a list of n items at ptr, built at run time (an array of your own; it is read, not kept) */
#define CCDK_LIST_N(ptr, n) { &ccdk__list_mark, (ptr), (n) }
#define CCDK_STRS(...) ((ccdk_strs){ &ccdk__list_mark, (const char *const[]){__VA_ARGS__}, \
                                     sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *) })
#define CCDK_KVS(...) ((ccdk_kvs){ &ccdk__list_mark, (const ccdk_kv[]){__VA_ARGS__}, \
                                   sizeof((const ccdk_kv[]){__VA_ARGS__}) / sizeof(ccdk_kv) })

/* ================================================================== App */

typedef struct {
    /** Output directory; NULL: $CDK_OUTDIR, else "cdk.out". */
    const char *outdir;
    /** Context set in code: pairs of key and JSON text, e.g. {"@aws-cdk/x:y", "true"}, {NULL}.
     *  These are defaults: $CDK_CONTEXT_JSON overrides them (App's props.context), and the JSON
     *  object in the file named by $CONTEXT_OVERFLOW_LOCATION_ENV (where the cdk CLI puts context
     *  beyond ~128 KiB) overrides both. Context values are read as aws-cdk-lib reads them:
     *  booleans by JavaScript truthiness ("0" is true, "" and 0 false), assetHashSalt and
     *  bootstrapQualifier as JavaScript's String() of any value but null.
     *  ccdk's own keys: {"@ccdk/core:strict", "true"} is strict mode: every finding of the
     *  deploy-time lint rules (`ccdk lint`'s, src/core/lint.h) is a synth error on its construct;
     *  {"ccdk:lint:<limit>", "N"} overrides one of their limits (`ccdk lint --limits` lists them). */
    ccdk_kvs context;
    /** postCliContext: context set in code over $CDK_CONTEXT_JSON and the overflow file (pairs of key
     *  and JSON text, as `context`), e.g. {"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}
     *  to keep a feature flag off whatever cdk.json says. */
    ccdk_kvs post_cli_context;
    /** Do not print errors and warnings at synth (tests read them with ccdk_app_error()). */
    int quiet;
    /** analyticsReporting: sets the "aws:cdk:version-reporting" context over every other source
     *  (each stack's CDKMetadata resource, unless the stack's own analytics_reporting says
     *  otherwise); unset: the context decides. */
    ccdk_tristate analytics_reporting;
    /** stackTraces: CCDK_FALSE sets the "aws:cdk:disable-stack-trace" context to true over every
     *  other source. ccdk writes no stack traces either way (a C program has no JavaScript stack:
     *  see the conformance README); the context value is what changes. */
    ccdk_tristate stack_traces;
    /** treeMetadata: default true; CCDK_FALSE: no tree.json and no Tree artifact in manifest.json. */
    ccdk_tristate tree_metadata;
} ccdk_app_props;

/** new App(props). Context comes from props->context, then $CDK_CONTEXT_JSON and the CLI's overflow
 *  file over it, then props->post_cli_context over all. props may be NULL. The caller frees the App with ccdk_app_free(). Bad context JSON is
 *  an error on the App; never NULL. */
ccdk_app *ccdk_app_new(const ccdk_app_props *props);

/** app.synth(): writes the cloud assembly. Returns 0, or -1 when there are errors (its own or the
 *  process-wide list's; nothing is written then, an existing output directory stays as it was) or
 *  app is NULL. Errors are printed to stderr unless props.quiet. One failure writes the assembly
 *  first, as aws-cdk-lib: its validation report (validation-report.json) failing, an unacknowledged
 *  error under "@aws-cdk/core:validateAgainstDefaultRules" (or any finding under
 *  "@aws-cdk/core:strictCfnValidateErrors") unless "@aws-cdk/core:failSynthOnValidationErrors" is
 *  false: -1 then, with the error "Validation failed. A copy of this report can be found in: ...".
 *  It may be called again: constructs
 *  added after a successful synth are left out of the tree, and the next synth fails with
 *  aws-cdk-lib's "Synthesis has been called multiple times and the construct tree was modified
 *  after the first synthesis (+<path>, ...)" (those under a Stage excepted, as there). */
int ccdk_app_synth(ccdk_app *app);

/** Frees the App and everything it owns (no aws-cdk-lib counterpart). NULL is allowed: nothing. */
void ccdk_app_free(ccdk_app *app);

/** Number of errors recorded so far, and the i-th as "path: message" (owned by the App; NULL when out
 *  of range). A NULL app has 0 errors. No aws-cdk-lib counterpart (it throws instead). */
size_t ccdk_app_error_count(const ccdk_app *app);
const char *ccdk_app_error(const ccdk_app *app, size_t i);
/** Errors that belong to no App (a NULL or non-construct scope), recorded by any thread: their
 *  number, and the i-th as "<function>: <message>" (NULL when out of range). They stay for the life
 *  of the process (owned by the library, never freed); every ccdk_app_synth() copies them into its
 *  App's errors and fails. No aws-cdk-lib counterpart. */
size_t ccdk_process_error_count(void);
const char *ccdk_process_error(size_t i);
/** Warnings recorded so far (after synth: including those found while synthesizing), as
 *  Annotations' warning messages: the number, and the i-th (owned by the App; NULL when out of range
 *  or app is NULL, which has 0). */
size_t ccdk_app_warning_count(const ccdk_app *app);
const char *ccdk_app_warning(const ccdk_app *app, size_t i);

/** Prints what the last successful synth wrote: the output directory, each stack with its
 *  resources (logical id and type) and its staged assets (the cdk CLI's summary; no aws-cdk-lib
 *  counterpart). A NULL app or out does nothing. */
void ccdk_app_print_summary(const ccdk_app *app, FILE *out);

/** The rendered template of a stack (JSON text, after a successful synth; as
 *  Template.fromStack/app.synth().getStackByName().template), owned by the App, or NULL. It is read
 *  back from the cloud assembly on the first call (synth streams templates to disk without keeping
 *  them), so it is NULL when the output directory has been removed since, before a successful
 *  synth, or for NULL. No error is recorded. */
const char *ccdk_stack_template_json(const ccdk_stack *stack);

/** A message of a stack's cloud assembly (cx-api's SynthesisMessage: getStackArtifact(id).messages, what
 *  Annotations.fromStack(stack) matches): an info, warning or error entry of the stack's metadata. */
typedef enum { CCDK_MESSAGE_INFO = 1, CCDK_MESSAGE_WARNING, CCDK_MESSAGE_ERROR } ccdk_synthesis_message_level;
typedef struct {
    ccdk_synthesis_message_level level;
    const char *path; /* the message's id: "/" + the construct's path, e.g. "/Stack/Fn" */
    const char *id;   /* the annotation's id, from the " [ack: <id>]" that addWarningV2 (and
                         ccdk_annotations_add_warning with an id) appends; NULL without one */
    const char *text; /* the entry's data as written, " [ack: <id>]" included */
} ccdk_synthesis_message;
/** The messages of a stack after a successful synth, read back from its <stack>.metadata.json in
 *  the file's order (constructs breadth first, then each construct's entries): their number, and
 *  the i-th (owned by the App; NULL past the end). Acknowledged warnings are not there. 0 and NULL
 *  before a successful synth (a synth with errors writes nothing), once the output directory is
 *  gone, for a nested stack (its messages are its top-level stack's) and for NULL; no error is
 *  recorded. */
size_t ccdk_stack_message_count(const ccdk_stack *stack);
const ccdk_synthesis_message *ccdk_stack_message(const ccdk_stack *stack, size_t i);

/* ================================================================== construct tree */

/** new Construct(scope, id): a plain construct, used to group others. Owned by the App. An invalid
 *  or duplicate id is an error on scope; a bad scope goes to the process-wide list. Never NULL. */
ccdk_construct *ccdk_construct_new(void *scope, const char *id);
/** new MyResource(scope, id) of a class of one's own that extends cdk.Resource (with nothing of
 *  Resource's props: no physical name, its stack's environment): a construct as ccdk_construct_new
 *  makes, that tree.json names aws-cdk-lib.Resource (the nearest class with a jsii fqn). As in
 *  aws-cdk-lib, it may be made outside a Stack (a Resource looks its stack up only when asked; the
 *  constructs made under it that need one give aws-cdk-lib's "<class> at '<path>' should be created
 *  in the scope of a Stack, but no Stack found"). Messages that name its class (constructor.name:
 *  "There is already a Construct with name 'X' in <class> [id]") name Resource2, aws-cdk-lib's
 *  bundled name of Resource itself; ccdk_resource_new_with_props names your class.
 *  Owned by the App; never NULL. */
ccdk_construct *ccdk_resource_new(void *scope, const char *id);
/** ResourceProps of ccdk_resource_new_with_props (of aws-cdk-lib's, only what ccdk has a use for). */
typedef struct {
    /** constructor.name of your class (copied), as aws-cdk-lib's messages name an instance of
     *  `class MyResource extends Resource`: "MyResource"; NULL: "Resource2" as ccdk_resource_new.
     *  tree.json still says aws-cdk-lib.Resource (a class of one's own has no jsii fqn). */
    const char *class_name;
} ccdk_resource_props;
/** ccdk_resource_new with props (NULL: as ccdk_resource_new). As above. */
ccdk_construct *ccdk_resource_new_with_props(void *scope, const char *id, const ccdk_resource_props *props);

/** Tree getters: node.id; node.path from the App, e.g. "MyStack/MyFunction/Resource" ("" for the
 *  App); node.scope (NULL for the App); node.children.length and node.children[i];
 *  node.tryFindChild(id); node.defaultChild (the child "Resource", else "Default", else NULL).
 *  Strings and constructs are owned by the App. A NULL or non-construct handle, an out-of-range i or
 *  a NULL id gives NULL (0 for the count) and records no error. */
const char *ccdk_node_id(const void *construct);
const char *ccdk_node_path(const void *construct);
ccdk_construct *ccdk_node_scope(const void *construct);
/** node.addr: "c8" and 40 lowercase hex digits, the SHA-1 of the ids on the path from the App down to
 *  the construct, each followed by a newline, ids "Default" left out (constructs' addressOf). Owned
 *  by the App; NULL for a NULL or non-construct handle, without an error. */
const char *ccdk_node_addr(const void *construct);
size_t ccdk_node_child_count(const void *construct);
ccdk_construct *ccdk_node_child(const void *construct, size_t i);
ccdk_construct *ccdk_node_try_find_child(const void *construct, const char *id);
ccdk_construct *ccdk_node_default_child(const void *construct);
/** node.findChild(id): the child, or aws-cdk-lib's error on the construct ("No child with id:
 *  '<id>'") and NULL. A NULL id is an error on the process-wide list; NULL for a NULL construct. */
ccdk_construct *ccdk_node_find_child(const void *construct, const char *id);
/** node.tryRemoveChild(id): takes the child (and everything below it) out of the tree, so that
 *  nothing of it is synthesized; 1 if there was such a child, else 0. The handles stay valid, but a
 *  reference to a removed resource from what remains is as dangling as in aws-cdk-lib. */
int ccdk_node_try_remove_child(void *construct, const char *id);
/** node.defaultChild = child: what ccdk_node_default_child (and every use of the default child, such
 *  as a removal policy or an escape hatch) gives from now on; NULL: back to "Resource" / "Default". */
void ccdk_node_set_default_child(void *construct, void *child);
/** node.lock(): no children can be added to the construct or below it from now on (aws-cdk-lib's
 *  error on the scope: "Cannot add children to \"<path>\" during synthesis"). */
void ccdk_node_lock(void *construct);
/** ConstructOrder */
typedef enum { CCDK_CONSTRUCT_ORDER_PREORDER, CCDK_CONSTRUCT_ORDER_POSTORDER } ccdk_construct_order;
/** node.findAll(order): the construct and all below it, depth first, each before its children
 *  (PREORDER, aws-cdk-lib's default) or after them (POSTORDER). Writes at most cap of them to out
 *  (out may be NULL to count) and returns how many there are. 0 for NULL, without an error. */
size_t ccdk_node_find_all(const void *construct, ccdk_construct_order order, ccdk_construct **out, size_t cap);
/** node.setContext(key, value), the value as JSON text; before children are added, as in aws-cdk-lib
 *  (else its error on the construct). Bad JSON or UTF-8: an error on the construct; a NULL key or
 *  json is ignored; a bad construct goes to the process-wide list. */
void ccdk_node_set_context(void *construct, const char *key, const char *json);
/** node.tryGetContext(key): the value as compact JSON text, owned by the App, or NULL (also for a
 *  NULL or non-construct handle, without an error). */
const char *ccdk_node_try_get_context(const void *construct, const char *key);
/** node.addDependency(on): every resource under `construct` depends on every resource under `on`.
 *  A bad construct or `on` goes to the process-wide list; constructs of two Apps: nothing is done. */
void ccdk_node_add_dependency(void *construct, void *on);
/** node.addMetadata(key, value): an entry of the stack's metadata file (value resolved there); value
 *  is kept, not copied. A JSON null value is ignored (aws-cdk-lib's `data == null`); a NULL key
 *  or value is an error on the process-wide list ("<func>: <arg> is NULL", see the top), and so
 *  is a bad construct. */
void ccdk_node_add_metadata(void *construct, const char *key, ccdk_value *value);

/** Annotations.of(scope).addWarningV2(id, message) / addError / addInfo (id may be NULL). Errors
 *  fail the synth. A message whose text the construct already has (as an info, a warning or an
 *  error, as aws-cdk-lib's addMessage) is not added; a bad construct goes to the process-wide list. */
void ccdk_annotations_add_warning(void *construct, const char *id, const char *message);
void ccdk_annotations_add_error(void *construct, const char *message);
void ccdk_annotations_add_info(void *construct, const char *message);
/** Annotations.of(scope).addDeprecation(api, message): the warning "The API <api> is deprecated:
 *  <message>. This API will be removed in the next major release" with the id "Deprecated:<api>"
 *  (kept once per construct, as any warning). With $CDK_BLOCK_DEPRECATIONS set (non-empty) it is
 *  aws-cdk-lib's error instead, "<path>: <that text>", on the App without a path. A NULL api or
 *  message is an error on the process-wide list, as a bad construct is. */
void ccdk_annotations_add_deprecation(void *construct, const char *api, const char *message);
/** Annotations.of(scope).acknowledgeWarning(id, message): removes the warnings on the construct and
 *  below it whose text holds "[ack: <id>]" (addWarningV2's of the id, or any written with that tag),
 *  and keeps later ones of the id from being added there (not below the App: aws-cdk-lib's lookup
 *  never reaches the App's own acknowledgements). message (why) may be NULL. A
 *  NULL id is an error on the process-wide list, and a bad construct goes to the process-wide list. */
void ccdk_annotations_acknowledge_warning(void *construct, const char *id, const char *message);
/** Annotations.of(scope).addInfoV2(id, message): the info "<message> [ack: <id>]", unless the id is
 *  acknowledged on the construct or above it (by either acknowledge function: aws-cdk-lib keeps
 *  one set of acknowledgements for warnings and infos). A NULL id or message is an error on the
 *  process-wide list, as a bad construct is. */
void ccdk_annotations_add_info_v2(void *construct, const char *id, const char *message);
/** Annotations.of(scope).acknowledgeInfo(id, message): removes the infos on the construct and below
 *  it whose text holds "[ack: <id>]" (addInfoV2's of the id, or any written with that tag), and keeps
 *  later ones of that id -- and warnings of that id -- from being added there (not below the App,
 *  as acknowledgeWarning). message (why) may be NULL. A NULL id is an error on the process-wide list. */
void ccdk_annotations_acknowledge_info(void *construct, const char *id, const char *message);

/** Validations.of(scope).acknowledge({id, reason}): acknowledges a validation rule's findings on
 *  the construct and below it. The id is normalized as aws-cdk-lib does: "<plugin>::<rule>" with
 *  each space as "-" ("annotation::x" and "Construct-Annotations::x" are "Annotation::x"), and an
 *  id without "::" is "Annotation::<id>", a warning id (addWarningV2's). It is recorded as the
 *  construct's "aws:cdk:acknowledged-rules" metadata entry {id: reason} (one per call); an
 *  "Annotation::<w>" id also acknowledges warning <w> (ccdk_annotations_acknowledge_warning); a
 *  "CloudFormation-Validate::<rule>" id moves that rule's findings on the construct and below it
 *  (the nearest acknowledgement wins) from validation-report.json's violations to its
 *  suppressedViolations (without aws-cdk-lib's acknowledgedStackTrace: a JavaScript stack) and
 *  out of what synth prints. reason may be NULL (none recorded). One rule per call; the `where`
 *  filter is not supported. An id that is not a rule id ("a::b::c", "::x", unmatched braces) is
 *  aws-cdk-lib's error on the App, without a path; invalid UTF-8 an error on the construct; a
 *  NULL id is an error on the process-wide list, and a bad construct goes to the process-wide list. */
void ccdk_validations_acknowledge(void *construct, const char *id, const char *reason);

/** FeatureFlags.of(scope).isEnabled(flag): the context value when set (JavaScript truthiness: the
 *  string "false" is true), else aws-cdk-lib v2's default for the flag (0 for an unknown flag). A
 *  flag of CDK v1 that v2 removed (cx-api's CURRENT_VERSION_EXPIRED_FLAGS) is 1, and set in the
 *  context at all it is aws-cdk-lib's error, without a path ("Unsupported feature flag '<flag>'. This
 *  flag existed on CDKv1 but has been removed in CDKv2. ..."). 0 for a NULL flag or a NULL or
 *  non-construct handle, without an error. */
int ccdk_feature_flag_enabled(const void *construct, const char *flag);

/** Aspects.of(scope).add(aspect): fn is called at synth for every construct under scope (scope
 *  included), parents first. A NULL fn is an error on the process-wide list, as a bad construct is; ctx is
 *  handed to fn as it is (NULL as good as any). The construct fn gets is any construct: test it
 *  with ccdk_cfn_resource_of, and give it to the typed functions as (ccdk_construct *)construct.
 *  An aspect may make constructs and add aspects: under @aws-cdk/core:aspectStabilization (the App's
 *  context; on when not set) the synth walks the tree again until a walk invokes nothing, so a new
 *  construct gets the aspects above it and a new aspect runs everywhere under its scope, each once
 *  per construct; an aspect added to a construct where one of a higher priority already ran is
 *  aws-cdk-lib's error ("Cannot invoke Aspect Object with priority ..."), and walks that never settle
 *  (102) its "possible infinite loop" error. With the flag false: one walk, an aspect added to a
 *  construct (or above it) while its aspects run does not run there, and the first such addition is
 *  aws-cdk-lib's warning "We detected an Aspect was added via another Aspect, and will not be
 *  applied". The same fn and ctx are the same aspect (aws-cdk-lib's one object). */
typedef void (*ccdk_aspect_fn)(void *construct, void *ctx);
void ccdk_aspects_add(void *construct, ccdk_aspect_fn fn, void *ctx);
/** AspectPriority: MUTATING 200, DEFAULT 500 (ccdk_aspects_add's), READONLY 1000. */
enum { CCDK_ASPECT_PRIORITY_MUTATING = 200, CCDK_ASPECT_PRIORITY_DEFAULT = 500, CCDK_ASPECT_PRIORITY_READONLY = 1000 };
/** Aspects.of(scope).add(aspect, {priority}): as ccdk_aspects_add, with a priority. On each
 *  construct the aspects of its scope and of its parents run by priority, lowest first; of one
 *  priority the parents' first, then in the order added. The same fn and ctx added again with the
 *  same priority on the same scope is not added twice; met again on the way down, it runs once per
 *  construct. */
void ccdk_aspects_add_with_priority(void *construct, ccdk_aspect_fn fn, void *ctx, int priority);

/** IValidation: node.addValidation({validate}). fn is called at synth, before anything is written,
 *  with the construct and ctx, in tree order (parents first), after the construct's own built-in
 *  validations; it reports each error message with ccdk_validation_errors_add. Every message is a
 *  line "[<path>] <message>" of aws-cdk-lib's "Validation failed with the following errors:"
 *  error, and fails the synth. A NULL fn is an error on the process-wide list, as a bad construct is. */
typedef struct ccdk_validation_errors ccdk_validation_errors;
typedef void (*ccdk_validate_fn)(void *construct, void *ctx, ccdk_validation_errors *errors);
void ccdk_node_add_validation(void *construct, ccdk_validate_fn fn, void *ctx);
/** Reports one error of a validate function (the message is copied). A NULL errors does nothing; a
 *  NULL message is an error on the process-wide list. */
void ccdk_validation_errors_add(ccdk_validation_errors *errors, const char *message);

/** Tags.of(scope).add(key, value) / remove(key): applied at synth to taggable resources. A NULL value
 *  is "". Invalid UTF-8 is an error on the construct, a NULL key is an error on the process-wide
 *  list, as a bad construct is. An empty key is taken, as aws-cdk-lib takes it (the resources'
 *  schemas refuse it: the template validation's F3031 / F3033 in validation-report.json). */
void ccdk_tags_add(void *construct, const char *key, const char *value);
void ccdk_tags_remove(void *construct, const char *key);
/** TagProps: priority (default 100 for add, 200 for remove: of two changes of one key the higher
 *  priority wins, the later of equal ones), includeResourceTypes / excludeResourceTypes (CloudFormation
 *  types, "AWS::Lambda::Function"; "aws:cdk:stack" is a stack's own tags): only / never those. */
typedef struct {
    ccdk_opt_num priority;
    ccdk_strs include_resource_types;
    ccdk_strs exclude_resource_types;
    /** applyToLaunchedInstances (default true): an Auto Scaling group's PropagateAtLaunch. Taken, and
     *  without effect: no resource of ccdk has Auto Scaling group tags (aws-cdk-lib ignores it for
     *  every other tag type too). */
    ccdk_tristate apply_to_launched_instances;
} ccdk_tag_props;
/** Tags.of(scope).add(key, value, props) / remove(key, props): as ccdk_tags_add / ccdk_tags_remove,
 *  with TagProps (props may be NULL). */
void ccdk_tags_add_with(void *construct, const char *key, const char *value, const ccdk_tag_props *props);
void ccdk_tags_remove_with(void *construct, const char *key, const ccdk_tag_props *props);
/** Aspects.of(scope).add(new Tag(key, value, props)): the Tag aspect added directly, as older code
 *  does. As ccdk_tags_add_with, except under @aws-cdk/core:explicitStackTags, which only Tags.of's
 *  add() honours: this tag reaches the stacks' own tags (the manifest's) too. props may be NULL. */
void ccdk_aspects_add_tag(void *construct, const char *key, const char *value, const ccdk_tag_props *props);

/* ================================================================== Stack */

/** DefaultStackSynthesizerProps: where the bootstrap stack's resources are. Every string is a
 *  template in which ${Qualifier}, ${AWS::AccountId}, ${AWS::Region} and ${AWS::Partition} are
 *  replaced as aws-cdk-lib replaces them; NULL: aws-cdk-lib's default (e.g. file_assets_bucket_name
 *  "cdk-${Qualifier}-assets-${AWS::AccountId}-${AWS::Region}"). The strings are copied. A string
 *  holding a token (ccdk_aws_region(app), ...) is aws-cdk-lib's error "DefaultStackSynthesizer
 *  property '<name>' cannot contain tokens; only the following placeholder strings are allowed:
 *  ${Qualifier}, ${AWS::Region}, ${AWS::AccountId}, ${AWS::Partition}" (unscoped). */
typedef struct ccdk_default_stack_synthesizer_props {
    /** NULL: the "@aws-cdk/core:bootstrapQualifier" context, else "hnb659fds" */
    const char *qualifier;
    const char *file_assets_bucket_name;
    const char *image_assets_repository_name;
    const char *deploy_role_arn;
    const char *cloud_formation_execution_role;
    const char *file_asset_publishing_role_arn;
    const char *image_asset_publishing_role_arn;
    const char *lookup_role_arn;
    const char *bootstrap_stack_version_ssm_parameter;
    /** the BootstrapVersion parameter and CheckBootstrapVersion rule; default true */
    ccdk_tristate generate_bootstrap_version_rule;
    /** deployRoleExternalId, lookupRoleExternalId, fileAssetPublishingExternalId,
     *  imageAssetPublishingExternalId: the external id the CLI assumes each role with (written as
     *  assumeRoleExternalId in manifest.json or the asset manifest); NULL: none. */
    const char *deploy_role_external_id;
    const char *lookup_role_external_id;
    const char *file_asset_publishing_external_id;
    const char *image_asset_publishing_external_id;
    /** deployRoleAdditionalOptions, lookupRoleAdditionalOptions, fileAssetPublishingRoleAdditionalOptions,
     *  imageAssetPublishingRoleAdditionalOptions: more options of the STS AssumeRole call for each
     *  role, an object (ccdk_v_object) written as it is (assumeRoleAdditionalOptions), such as session
     *  tags {"Tags": [{"Key": "Team", "Value": "Orders"}]}. With Tags (truthy, as aws-cdk-lib reads
     *  them) a role needs bootstrap stack version 22: the deploy role's is the stack's
     *  requiresBootstrapStackVersion and its CheckBootstrapVersion rule, the lookup role's its own, a
     *  publishing role's the asset manifest's. NULL: none. Copied. */
    ccdk_value *deploy_role_additional_options;
    ccdk_value *lookup_role_additional_options;
    ccdk_value *file_asset_publishing_role_additional_options;
    ccdk_value *image_asset_publishing_role_additional_options;
    /** bucketPrefix: put before every file asset's object key (the asset manifest's objectKey, the
     *  S3 key the template uses, the template's own in stackTemplateAssetObjectUrl), e.g.
     *  "000000000000/"; a template as above. NULL: none. */
    const char *bucket_prefix;
    /** dockerTagPrefix: put before every image asset's tag (the asset manifest's imageTag and the
     *  image URI); a template as above. NULL: none. */
    const char *docker_tag_prefix;
    /** useLookupRoleForStackOperations (default true): the lookup role in manifest.json (the
     *  stack artifact's lookupRole), for the CLI to read the stack's state with (diff, deploy
     *  change sets); false: none written (lookups of context keep their lookupRoleArn). */
    ccdk_tristate use_lookup_role_for_stack_operations;
} ccdk_default_stack_synthesizer_props;

/** PermissionsBoundary: the IAM policy every Role and User of a stack or stage gets as its
 *  PermissionsBoundary. PermissionsBoundary.fromName(n) is {.name = n} (the ARN of policy n in the
 *  stack's account), fromArn(a) is {.arn = a}; both may hold "${Qualifier}" (the bootstrap
 *  qualifier), and "${AWS::AccountId}", "${AWS::Region}" and "${AWS::Partition}", replaced by the
 *  stack's own when known. Neither given: none. It is the "@aws-cdk/core:permissionsBoundary"
 *  context ({"name": ...} or {"arn": ...}; cdk.json may set it for the whole App) of the stack or
 *  stage. */
typedef struct {
    const char *name;
    const char *arn; /* given both: the ARN, as aws-cdk-lib reads the context */
} ccdk_permissions_boundary;

/** CliCredentialsStackSynthesizerProps (templates as in ccdk_default_stack_synthesizer_props, and
 *  like them checked: a string holding a token is aws-cdk-lib's "CliCredentialsStackSynthesizer
 *  property '<name>' cannot contain tokens; ..." error). */
typedef struct ccdk_cli_credentials_stack_synthesizer_props {
    const char *qualifier;
    const char *file_assets_bucket_name;
    const char *image_assets_repository_name;
    /** bucketPrefix, dockerTagPrefix: as in ccdk_default_stack_synthesizer_props */
    const char *bucket_prefix;
    const char *docker_tag_prefix;
} ccdk_cli_credentials_stack_synthesizer_props;

/** BootstraplessSynthesizerProps: a stack deployed without a bootstrap stack (new
 *  BootstraplessSynthesizer(props)): manifest.json has the roles to deploy with and no asset
 *  manifest, the template no BootstrapVersion; the stack cannot have assets (a file or image asset,
 *  a nested stack's template too, is aws-cdk-lib's "Cannot add assets to a Stack that uses the
 *  BootstraplessSynthesizer"). Templates as in ccdk_default_stack_synthesizer_props, with its
 *  defaults (and check of tokens); copied. */
typedef struct ccdk_bootstrapless_synthesizer_props {
    /** NULL: the "@aws-cdk/core:bootstrapQualifier" context, else "hnb659fds" */
    const char *qualifier;
    /** deployRoleArn: the stack artifact's assumeRoleArn */
    const char *deploy_role_arn;
    /** cloudFormationExecutionRoleArn: its cloudFormationExecutionRoleArn */
    const char *cloud_formation_execution_role_arn;
} ccdk_bootstrapless_synthesizer_props;

typedef struct {
    /** Environment. NULL: environment-agnostic (or $CDK_DEFAULT_ACCOUNT is NOT consulted, as aws-cdk-lib). */
    const char *account;
    const char *region;
    /** Physical stack name; NULL: derived from the construct path. */
    const char *stack_name;
    const char *description;
    /** default false */
    ccdk_tristate termination_protection;
    /** crossRegionReferences (default false): a resource of another region of the same account is
     *  referenced by its attributes (ExportWriter/ExportReader custom resources when "strong"),
     *  not by its physical name. */
    ccdk_tristate cross_region_references;
    /** Stack tags: CCDK_KVS({"team", "orders"}). */
    ccdk_kvs tags;
    /** analyticsReporting: the CDKMetadata resource (version reporting); unset: the
     *  "aws:cdk:version-reporting" context (the cdk CLI sets it unless --no-version-reporting). */
    ccdk_tristate analytics_reporting;
    /** synthesizer: new DefaultStackSynthesizer(props); NULL: the default one. Each stack gets a
     *  synthesizer of its own, even when stacks share one props struct. (aws-cdk-lib lets one
     *  synthesizer object serve several stacks, and then every later stack's asset manifest also
     *  lists the earlier stacks' entries -- new-style-synthesis.test.ts 'can use same synthesizer for
     *  multiple stacks'; ccdk does not reproduce that: a stack's asset manifest lists its own.) */
    const struct ccdk_default_stack_synthesizer_props *synthesizer;
    /** synthesizer: new CliCredentialsStackSynthesizer(props) instead (deploys with the CLI's own
     *  credentials: no roles, no bootstrap version check). Giving two synthesizers is an error. */
    const struct ccdk_cli_credentials_stack_synthesizer_props *cli_credentials_synthesizer;
    /** synthesizer: new BootstraplessSynthesizer(props) instead (deployed with the given roles,
     *  no bootstrap stack, no assets). Together with another synthesizer it is an error. */
    const struct ccdk_bootstrapless_synthesizer_props *bootstrapless_synthesizer;
    /** synthesizer: new LegacyStackSynthesizer() instead (CCDK_TRUE), as the context
     *  "@aws-cdk/core:newStyleStackSynthesis" false gives a stack with no synthesizer: file assets as
     *  the stack's AssetParameters/<hash>/{S3Bucket,S3VersionKey,ArtifactHash} parameters, image
     *  assets in the aws-cdk/assets repository, their "aws:cdk:asset" metadata on the stack, no
     *  roles, no bootstrap version, no asset manifest; CCDK_FALSE: not it, whatever the context.
     *  Together with another synthesizer it is an error. */
    ccdk_tristate legacy_synthesizer;
    /** notificationArns: SNS topics for the stack's events, the artifact's notificationArns in
     *  manifest.json (not given: none written, the CLI leaves the stack's as they are; given empty:
     *  []). Literals only: a token is aws-cdk-lib's error on the stack. */
    ccdk_strs notification_arns;
    /** suppressTemplateIndentation: the template written without whitespace (JSON.stringify without
     *  indent); unset: the "@aws-cdk/core:suppressTemplateIndentation" context (truthy), else false. */
    ccdk_tristate suppress_template_indentation;
    /** permissionsBoundary: on every AWS::IAM::Role and AWS::IAM::User under the stack (an aspect
     *  that overrides their PermissionsBoundary property); not given: the context's, if any. A
     *  pseudo parameter left in the ARN (an environment-agnostic stack) is aws-cdk-lib's error. */
    ccdk_permissions_boundary permissions_boundary;
} ccdk_stack_props;

/** new Stack(scope, id, props); props may be NULL; a NULL id is "Default" (aws-cdk-lib's
 *  `id ?? 'Default'`). Owned by the App. A bad name, description or tag is aws-cdk-lib's error on
 *  the stack; a bad scope goes to the process-wide list. Never NULL.
 *  In a Stage, the stack's environment defaults to the stage's and its generated name is
 *  "<stage name>-<id>". */
ccdk_stack *ccdk_stack_new(void *scope, const char *id, const ccdk_stack_props *props);

/** stack.availabilityZones: in an environment-agnostic stack the "aws:cdk:availability-zones:fallback"
 *  context, else [Fn.select(0, Fn.getAzs()), Fn.select(1, Fn.getAzs())]; in a stack with an
 *  environment the context "availability-zones:account=<a>:region=<r>" (cdk.context.json) and, until
 *  the cdk CLI has looked it up, aws-cdk-lib's dummy values ["dummy1a", "dummy1b", "dummy1c"] with
 *  the lookup recorded as missing in manifest.json (the CLI then looks it up and runs the app again).
 *  A list owned by the App; empty for a NULL stack. */
ccdk_strs ccdk_stack_availability_zones(ccdk_stack *stack);
/** GetContextValueOptions: a lookup the cdk CLI makes with one of its context providers. */
typedef struct {
    const char *provider;             /* required: "hosted-zone", "security-group", "plugin", ... */
    ccdk_value *props;                /* the provider's query: an object (ccdk_v_object), or NULL */
    ccdk_value *dummy_value;          /* what stands in until the CLI has looked it up; NULL: undefined */
    ccdk_tristate must_exist;         /* the manifest's ignoreErrorOnMissingContext is its opposite */
    const char *additional_cache_key; /* part of the key, to look the same query up again */
    ccdk_tristate include_environment; /* account and region in the key and query; default true */
} ccdk_context_provider_options;
/** ContextProvider.getValue(scope, options): the context's value under aws-cdk-lib's key
 *  ("<provider>:<sorted props>", what cdk.context.json holds), or, until the CLI has looked it up,
 *  options->dummy_value with the lookup reported missing in manifest.json (a value of the context
 *  with "$providerError", the CLI's failed lookup, also becomes aws-cdk-lib's trackable error in
 *  the stack's metadata). *found (may be NULL) is 1 for the context's value. The value is owned
 *  by the App (NULL for an undefined dummy). aws-cdk-lib's errors on scope (a stack without
 *  account/region, props with tokens), and NULL. */
ccdk_value *ccdk_context_provider_get_value(void *scope, const ccdk_context_provider_options *options, int *found);
/** ContextProvider.getKey(scope, options).key: the context key of that lookup, owned by the App;
 *  NULL after the errors above. */
const char *ccdk_context_provider_get_key(void *scope, const ccdk_context_provider_options *options);
/** MissingContext: a context value the cdk CLI is to look up (cloud-assembly-schema's). */
typedef struct {
    const char *key;      /* required: the context key the value goes under in cdk.context.json */
    const char *provider; /* required: the context provider ("availability-zones", "hosted-zone", ...) */
    ccdk_value *props;    /* the query: an object (ccdk_v_object); NULL (or no object): {} */
} ccdk_missing_context;
/** stack.reportMissingContextKey(report): manifest.json's "missing" gets {key, provider, props} with
 *  the stack synthesizer's lookupRoleArn added to props (none under the legacy synthesizer or the
 *  CLI's own credentials); of two reports of one key the first stays. A NULL report, key or provider
 *  is an error on the process-wide list (see the top). */
void ccdk_stack_report_missing_context_key(ccdk_stack *stack, const ccdk_missing_context *report);
/** Fn.getAzs(region): {"Fn::GetAZs": region} ("" for NULL, the stack's region), owned by the App. */
ccdk_value *ccdk_fn_get_azs(void *owner, const char *region);

/** stack.addDependency(target): target is deployed first (manifest.json's dependencies). A cycle,
 *  or stacks of different Stages, is aws-cdk-lib's error; a NULL stack is an error on the process-wide
 *  list (see the top), and so is a NULL target. */
void ccdk_stack_add_dependency(ccdk_stack *stack, ccdk_stack *target);
/** stack.dependencies: how many stacks this one depends on, and the i-th (NULL past the end). */
size_t ccdk_stack_dependency_count(const ccdk_stack *stack);
ccdk_stack *ccdk_stack_dependency(const ccdk_stack *stack, size_t i);

typedef struct {
    const char *name;        /* the export's name; required unless the value is a resource attribute */
    const char *description; /* the Output's */
} ccdk_stack_export_value_options;
/** stack.exportValue(value, options): an Output of the stack that exports value, and the
 *  Fn::ImportValue that reads it (a string token owned by the App). Without a name, value must be
 *  a resource attribute (a Ref or GetAtt): the Output is Exports/Output{...} with the export name
 *  aws-cdk-lib generates, the one a cross-stack reference uses; an attribute of a nested stack's
 *  resource is exported through the nested stack's outputs. Anything else (another stack's resource,
 *  a nested stack as `stack`: its name is a token) is aws-cdk-lib's error ("" returned). options
 *  may be NULL. */
const char *ccdk_stack_export_value(ccdk_stack *stack, const char *value, const ccdk_stack_export_value_options *options);
/** stack.exportStringListValue(value, options): as ccdk_stack_export_value for a list: the Output's
 *  value is the list joined with "||" ({"Fn::Join": ["||", ...]}), and what comes back is the list
 *  token of {"Fn::Split": ["||", {"Fn::ImportValue": name}]}. Without a name, value must be one list
 *  token of a resource attribute (a list parameter's ccdk_cfn_parameter_value_as_list, or
 *  ccdk_token_as_list of an attribute), exported under aws-cdk-lib's generated name; anything else
 *  is aws-cdk-lib's error (an empty list returned). options may be NULL. */
ccdk_strs ccdk_stack_export_string_list_value(ccdk_stack *stack, ccdk_strs value, const ccdk_stack_export_value_options *options);
/** stack.regionalFact(fact_name, default_value): a region-info fact (a FactName constant such as
 *  "s3-static-website:endpoint", or one ccdk_fact_register gave). With a literal region: the
 *  region's fact, else default_value; neither is aws-cdk-lib's error ("region-info: don't know ...").
 *  In an environment-agnostic stack: one value when every region (RegionInfo.regions, limited to the
 *  '@aws-cdk/core:target-partitions' context's partitions when set) has the same one, or a pattern
 *  with the {"Ref": "AWS::Region"} / {"Ref": "AWS::URLSuffix"} tokens, else an Fn::FindInMap into a
 *  CfnMapping "<Name>Map" of the stack (made on first use, one row per region); no region with the
 *  fact: default_value, else aws-cdk-lib's error. Owned by the App; NULL after an error (or for a
 *  NULL stack or name, an error on the process-wide list). */
const char *ccdk_stack_regional_fact(ccdk_stack *stack, const char *fact_name, const char *default_value);
/** Fact.register({region, name, value}, allow_replacing): a region-info fact of the App, which
 *  ccdk_stack_regional_fact and ccdk_fact_find then see, as do the layer lookups of Lambda Insights,
 *  ADOT and the Parameters and Secrets extension (their facts, such as
 *  "cloudwatch-lambda-insights-version:1_0_119_0_arm64", replaced or added). Differs from
 *  aws-cdk-lib: the facts are the App's, not the process's (aws-cdk-lib's Fact database is one per
 *  process), so give each App of a program the facts it needs. A region region-info does not know
 *  becomes one of the regions an environment-agnostic stack's lookup spans (after the known ones).
 *  A fact that already has another value (built in or registered) is aws-cdk-lib's error "Region
 *  ... already has a fact ..." unless allow_replacing; a NULL value registers nothing. 0, or -1
 *  after an error (NULL app, region or name: on the process-wide list). */
int ccdk_fact_register(ccdk_app *app, const char *region, const char *name, const char *value, int allow_replacing);
/** Fact.find(region, name): the fact app registered (app may be NULL), else region-info's built-in
 *  one (aws-cdk-lib 2.276.0's), else NULL. Static or owned by the App. */
const char *ccdk_fact_find(ccdk_app *app, const char *region, const char *name);

/* ================================================================== Stage */

typedef struct {
    /** env: the default account / region of the stacks inside (NULL: the parent stage's) */
    const char *account;
    const char *region;
    /** stageName: default the id; a nested stage's name is "<parent's name>-<name>" */
    const char *stage_name;
    /** permissionsBoundary: for the stacks inside (their own props.permissions_boundary wins) */
    ccdk_permissions_boundary permissions_boundary;
} ccdk_stage_props;

/** new Stage(scope, id, props): a unit of deployment, synthesized as a nested cloud assembly
 *  "assembly-<path with - for />" beside the App's stacks (the cdk CLI and CDK Pipelines read it).
 *  props may be NULL. Owned by the App. An id that is not a stage name is aws-cdk-lib's error; a
 *  dependency or reference between stacks of different stages is aws-cdk-lib's error at synth; a
 *  bad scope goes to the process-wide list. Never NULL. */
ccdk_stage *ccdk_stage_new(void *scope, const char *id, const ccdk_stage_props *props);
/** stage.stageName and stage.artifactId ("assembly-Prod"), owned by the App; NULL for NULL. */
const char *ccdk_stage_name(const ccdk_stage *stage);
const char *ccdk_stage_artifact_id(const ccdk_stage *stage);
/** Stack.of(construct): the stack a construct belongs to, owned by the App. Differs from the rule:
 *  NULL for a construct outside any stack (with aws-cdk-lib's error "... should be created in the
 *  scope of a Stack, but no Stack found"), and NULL without an error for a NULL or non-construct. */
ccdk_stack *ccdk_stack_of(const void *construct);
/** stack.stackName: the stack's physical name, a literal ("MyStack", or props.stack_name), owned by
 *  the App; NULL for NULL. For the name CloudFormation knows at deploy time ({"Ref":
 *  "AWS::StackName"}) use ccdk_aws_stack_name. A nested stack's is a token, as in aws-cdk-lib:
 *  {"Ref": "AWS::StackName"} inside it, the name taken from its resource's Ref elsewhere. */
const char *ccdk_stack_name(const ccdk_stack *stack);
/** stack.account, .region, .partition, .urlSuffix: literals when known, else tokens ({"Ref":
 *  "AWS::Region"} ...); owned by the App (the pseudo-parameter tokens are static). NULL for NULL. */
const char *ccdk_stack_account(ccdk_stack *stack);
const char *ccdk_stack_region(ccdk_stack *stack);
const char *ccdk_stack_partition(ccdk_stack *stack);
const char *ccdk_stack_url_suffix(ccdk_stack *stack);
/** stack.addTransform(transform): the template's Transform (after its Description): the one name,
 *  or the names in order without repeats as a list when added more than once (aws-cdk-lib writes
 *  ["X"] for X added twice). A NULL stack or transform is an error on the process-wide list. */
void ccdk_stack_add_transform(ccdk_stack *stack, const char *transform);
/** stack.renameLogicalId(old_id, new_id): the element whose generated logical id is old_id gets new_id
 *  at synth, whether registered before or after the id was first asked for (an element's
 *  overrideLogicalId is not renamed). A second rename of old_id, two elements then named alike, an invalid new id, and a rename that no element used are aws-cdk-lib's errors
 *  at synth. A NULL stack or id is an error on the process-wide list. */
void ccdk_stack_rename_logical_id(ccdk_stack *stack, const char *old_id, const char *new_id);
/** stack.addStackTag(name, value) / removeStackTag(name): the stack's own tags (manifest.json's, which
 *  the deployment applies to every resource), through its TagManager at priority 0: a tag of the
 *  stack's props (priority 50) is neither replaced nor removed by them, and Tags.of() (add 100,
 *  remove 200) overrides them. A NULL stack, name or value is an error on the process-wide list. */
void ccdk_stack_add_stack_tag(ccdk_stack *stack, const char *name, const char *value);
void ccdk_stack_remove_stack_tag(ccdk_stack *stack, const char *name);
/** stack.terminationProtection = enabled (after construction; props.termination_protection sets it
 *  first). A NULL stack is an error on the process-wide list. */
void ccdk_stack_set_termination_protection(ccdk_stack *stack, int enabled);
/** stack.addMetadata(key, value) (templateOptions.metadata[key] = value): an entry of the template's
 *  Metadata section (e.g. "AWS::CloudFormation::Interface"), in order of first setting; a key set
 *  again takes the new value. value is kept, not copied, and resolved at synth. A NULL stack, key
 *  or value is an error on the process-wide list. */
void ccdk_stack_add_metadata(ccdk_stack *stack, const char *key, ccdk_value *value);
/** stack.templateOptions.templateFormatVersion: the template's AWSTemplateFormatVersion (after its
 *  Transform); NULL removes it. A NULL stack is an error on the process-wide list. */
void ccdk_stack_set_template_format_version(ccdk_stack *stack, const char *version);
/** stack.stackId: a string token, {"Ref": "AWS::StackId"} in the stack itself and, used in another
 *  stack, a cross-stack reference (the stack exports it, as aws-cdk-lib's ScopedAws reference); a
 *  nested stack's: that inside it, its resource's Ref elsewhere. (ccdk_aws_stack_id is Aws.STACK_ID,
 *  the pseudo parameter of whatever stack it is used in.) Owned by the App; NULL for NULL. */
const char *ccdk_stack_stack_id(ccdk_stack *stack);
/** new ScopedAws(stack).accountId, .region, .partition, .urlSuffix, .stackName: string tokens of
 *  the pseudo parameter *of that stack*: {"Ref": "AWS::AccountId"} ... in the stack itself and,
 *  used in another stack, a cross-stack reference (the stack exports it as
 *  ExportsOutputRefAWSAccountId..., the other imports it; the stacks then depend on each other,
 *  a cycle being aws-cdk-lib's error). Unlike ccdk_stack_account (a literal when the env gives one,
 *  else Aws.ACCOUNT_ID, whatever stack uses it). ScopedAws(stack).stackId is ccdk_stack_stack_id.
 *  Owned by the App; NULL for a NULL stack (an error on the process-wide list). */
const char *ccdk_scoped_aws_account_id(ccdk_stack *stack);
const char *ccdk_scoped_aws_region(ccdk_stack *stack);
const char *ccdk_scoped_aws_partition(ccdk_stack *stack);
const char *ccdk_scoped_aws_url_suffix(ccdk_stack *stack);
const char *ccdk_scoped_aws_stack_name(ccdk_stack *stack);
/** stack.formatArn({service, resource, sep, resourceName}):
 *  arn:<partition>:<service>:<region>:<account>:<resource>[<sep><resource_name>]; sep NULL is "/".
 *  A sep other than ":", "/" or "" is aws-cdk-lib's error (without a path: "resourcePathSep may only
 *  be \":\", \"/\" or an empty string"), and NULL. Owned by the App. NULL for a NULL stack. */
const char *ccdk_stack_format_arn(ccdk_stack *stack, const char *service, const char *resource,
                                  const char *sep, const char *resource_name);
/** ArnFormat: how the resource part of an ARN is laid out (its comment: aws-cdk-lib's string value).
 *  In ccdk_arn_components given to ccdk_stack_format_arn_components, UNSET (zero) is not given, as
 *  NO_RESOURCE_NAME and SLASH_RESOURCE_NAME are; Arn.split needs one. */
typedef enum {
    CCDK_ARN_FORMAT_UNSET = 0,
    CCDK_ARN_FORMAT_NO_RESOURCE_NAME,                  /* arn:aws:service:region:account:resource */
    CCDK_ARN_FORMAT_COLON_RESOURCE_NAME,               /* arn:aws:service:region:account:resource:resourceName */
    CCDK_ARN_FORMAT_SLASH_RESOURCE_NAME,               /* arn:aws:service:region:account:resource/resourceName */
    CCDK_ARN_FORMAT_SLASH_RESOURCE_SLASH_RESOURCE_NAME /* arn:aws:service:region:account:/resource/resourceName */
} ccdk_arn_format;
/** ArnComponents: what ccdk_stack_format_arn_components formats, and what ccdk_arn_split gives.
 *  partition, region, account: NULL is the stack's (an empty string stays empty: "arn:aws-cn:s3:::my-bucket");
 *  sep NULL is ":" for COLON_RESOURCE_NAME and "/" otherwise; SLASH_RESOURCE_SLASH_RESOURCE_NAME
 *  puts a "/" before the resource. */
typedef struct {
    const char *service;
    const char *resource;
    const char *resource_name;
    const char *sep;
    const char *partition;
    const char *region;
    const char *account;
    ccdk_arn_format arn_format;
} ccdk_arn_components;
/** stack.formatArn(components), with the errors of ccdk_stack_format_arn (and an arn_format that is
 *  none of the constants is an error). NULL for a NULL stack or components. */
const char *ccdk_stack_format_arn_components(ccdk_stack *stack, const ccdk_arn_components *components);
/** Arn.format(components, stack): as ccdk_stack_format_arn_components with stack NULL allowed;
 *  then partition, region and account must all be given (aws-cdk-lib's error "Arn.format: partition
 *  (undefined), region (undefined), and account (undefined) must all be passed if stack is not
 *  passed.", and NULL). Owned by owner's App; NULL for NULL components. */
const char *ccdk_arn_format_components(void *owner, const ccdk_arn_components *components, ccdk_stack *stack);
/** Arn.split(arn, format) (stack.splitArn): the components of an ARN, strings owned by owner's App
 *  (any construct of it).
 *  - A literal ARN (one that starts with "arn:", tokens in it or not) is split at ':': partition,
 *    service, region, account, and the sixth component, the resource. Its first "/" (its second
 *    when it starts with one: SLASH_RESOURCE_SLASH_RESOURCE_NAME) ends the resource, and what
 *    follows is the resource name, sep "/" -- except when format is NO_RESOURCE_NAME, where the
 *    resource keeps its "/". The components after the sixth, joined by ':', are the resource name
 *    (after the slash part and a ':' when that is not empty), sep ":" when there was no "/". The
 *    arn_format is the one found (NO_RESOURCE_NAME without a resource name), not format. NULL
 *    stands for aws-cdk-lib's undefined: resource_name and sep without a resource name, and an
 *    empty partition, service or resource; region and account may be "".
 *  - Any other string that holds a token is split in the template: partition
 *    {"Fn::Select": [1, {"Fn::Split": [":", arn]}]}, service 2, region 3, account 4, and for
 *    NO_RESOURCE_NAME / COLON_RESOURCE_NAME the resource 5 (COLON_RESOURCE_NAME: resource name 6,
 *    sep ":"), for the slash formats the resource and resource name items 0 and 1
 *    (SLASH_RESOURCE_SLASH_RESOURCE_NAME: 1 and 2) of {"Fn::Split": ["/", <item 5>]}, sep "/";
 *    arn_format is format.
 *  Errors (all components NULL): aws-cdk-lib's, without a path, for a literal that does not start
 *  with "arn:" ("ARNs must start with \"arn:\" and have at least 6 components: <arn>") or lacks a
 *  partition, service or resource ("The `service` component (3rd component) of an ARN is required:
 *  <arn>" ...); a NULL arn, and format UNSET or none of the constants, are errors of ccdk. */
ccdk_arn_components ccdk_arn_split(void *owner, const char *arn, ccdk_arn_format format);
/** Arn.parse(arn, sepIfToken, hasName) (stack.parseArn, deprecated in aws-cdk-lib): ccdk_arn_split
 *  with NO_RESOURCE_NAME when has_name is CCDK_FALSE, else SLASH_RESOURCE_NAME when sep_if_token is
 *  "/" or NULL (its default), COLON_RESOURCE_NAME for any other separator. */
ccdk_arn_components ccdk_arn_parse(void *owner, const char *arn, const char *sep_if_token, ccdk_tristate has_name);
/** Arn.extractResourceName(arn, resourceType): the resource name of an ARN whose resource is
 *  resource_type: for a token ARN {"Fn::Select": [1, {"Fn::Split": [":<type>/", arn]}]}, else
 *  ccdk_arn_split's SLASH_RESOURCE_NAME resource name. Errors (NULL): ccdk_arn_split's, and
 *  aws-cdk-lib's "Expected resource type '<type>' in ARN, got '<resource>' in '<arn>'" (checked
 *  when the resource is not a token) and "Expected resource name in ARN, didn't find one: '<arn>'".
 *  Owned by owner's App. */
const char *ccdk_arn_extract_resource_name(void *owner, const char *arn, const char *resource_type);

/** stack.resolve(value): the compact JSON text (JSON.stringify's) that a string -- a token, text
 *  around tokens, or plain text -- resolves to in the stack, as its template would have it:
 *  {"Ref":"Fn9270CBC0"}, {"Fn::GetAtt":["Fn9270CBC0","Arn"]}, {"Fn::Join":["",[...]]}, "text"; a
 *  number token (CCDK_NUM_TOKEN's string, a Lazy value that makes a number) its number. It works
 *  before synth: logical ids come from construct paths (an override made later is not seen by an
 *  earlier call's result). A reference to an element of another stack is that element's own
 *  {"Ref": ...} as aws-cdk-lib's stack.resolve gives it, no export made; after a synth that made
 *  it a cross-stack reference of this stack, what the template holds (Fn::ImportValue ...).
 *  Owned by the App. NULL for a NULL stack or value, and for a value that resolves to nothing
 *  (undefined). A resolution error (a token of another App, ...) is recorded on the App, as at
 *  synth. ccdk_stack_resolve_value does the same for a value (a list, an object). */
const char *ccdk_stack_resolve(ccdk_stack *stack, const char *value);
const char *ccdk_stack_resolve_value(ccdk_stack *stack, ccdk_value *value);
/** stack.toJsonString(obj, space): a string token that resolves to the JSON text of obj
 *  (JSON.stringify's, with `space` spaces of indent per level; 0: compact) in the stack that uses it,
 *  the tokens inside rendered as aws-cdk-lib's CloudFormationLang.toJSON renders them: a string
 *  token (or text around tokens, a reference, a Lazy) inside quotes, every string literal of its
 *  intrinsic JSON-escaped, the whole an Fn::Join ""; a token that resolves to a literal is that
 *  literal's JSON (a Lazy's list as a list, its number as a number); a key that holds a token is
 *  rendered as such a string; a list token that resolves to a list is that list. Undefined values
 *  are left out; an undefined obj (NULL too) gives a token that resolves to nothing. The text is
 *  made again at every resolve (Lazy.uncachedString), so later changes to obj are seen. Differs
 *  from aws-cdk-lib: a list token that resolves to an intrinsic is an error (aws-cdk-lib stringifies
 *  it at deploy time with its CfnUtils custom resource); a number token is a string (quoted: a ccdk
 *  value cannot hold a number token); an object literal that looks like an intrinsic ({"Ref": ..})
 *  is written as JSON, as aws-cdk-lib writes a literal one. Owned by the App; NULL for a NULL stack. */
const char *ccdk_stack_to_json_string(ccdk_stack *stack, ccdk_value *obj, int space);

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
    /** a number token when the amount is known only at deploy time (ccdk_duration_seconds_token...),
     *  else NULL. Last, so that {amount, unit} initializers still compile (-Wextra's
     *  -Wmissing-field-initializers warns of them: use the functions or designated initializers). */
    const char *token;
} ccdk_duration;
/** Duration.millis(n) / seconds / minutes / hours / days; is_set: whether it was given;
 *  toSeconds() / toMilliseconds() (0 for an unset one, NaN for a token one). Values, nothing to
 *  free; nothing is checked here (a bad amount is an error where the duration is used). */
ccdk_duration ccdk_duration_millis(double n);
ccdk_duration ccdk_duration_seconds(double n);
ccdk_duration ccdk_duration_minutes(double n);
ccdk_duration ccdk_duration_hours(double n);
ccdk_duration ccdk_duration_days(double n);
/** Duration.seconds(Token.asNumber(t)) and the other units: a duration whose amount is a number
 *  token t, as CCDK_NUM_TOKEN takes (ccdk_cfn_parameter_value_as_string() of a Number parameter,
 *  ccdk_token_as_string() of a Lazy value that makes a number). Where it is used it is written as
 *  the token ({"Ref": "Param"}, the Lazy's value) when the property is in the same unit (a
 *  function's timeout is in seconds); another unit is aws-cdk-lib's error ("Duration must be
 *  specified as 'Duration.seconds()' here since its value comes from a token and cannot be
 *  converted (got Duration.minutes)"). Range checks treat it as aws-cdk-lib does: most skip it
 *  (isUnresolved()), a few compare the token's number, a huge negative one (a lower bound such as
 *  maxRecordAge's 60 seconds fails). t, like CCDK_NUM_TOKEN's, is a token string the App owns (not
 *  copied); NULL t is an unset duration. */
ccdk_duration ccdk_duration_millis_token(const char *number_token);
ccdk_duration ccdk_duration_seconds_token(const char *number_token);
ccdk_duration ccdk_duration_minutes_token(const char *number_token);
ccdk_duration ccdk_duration_hours_token(const char *number_token);
ccdk_duration ccdk_duration_days_token(const char *number_token);
int ccdk_duration_is_set(ccdk_duration d);
/** duration.isUnresolved(): whether its amount is a token. */
int ccdk_duration_is_unresolved(ccdk_duration d);
double ccdk_duration_to_seconds(ccdk_duration d);
double ccdk_duration_to_milliseconds(ccdk_duration d);
/** duration.toMilliseconds / toSeconds / toMinutes / toHours / toDays({integral}) as aws-cdk-lib
 *  converts: integral (default true: CCDK_UNSET) makes a result that is not a whole number
 *  aws-cdk-lib's error on owner ("'300 seconds' cannot be converted into a whole number of days.",
 *  "0.5 must be a whole number of minutes."), and so is a negative amount ("Duration amounts cannot
 *  be negative. Received: -1") and a token duration in another unit ("Duration must be specified as
 *  'Duration.minutes()' here ..."); NaN after an error, and for a token duration (its number is
 *  known at deploy time). 0 for an unset duration. */
double ccdk_duration_to(void *owner, ccdk_duration d, ccdk_time_unit to, ccdk_tristate integral);
/** duration.toIsoString() ("PT0S", "PT1M5S", "P1DT1H1M1.001S"), toHumanString() ("1 hour 2 minutes",
 *  "3.6 millis", "<token> minutes"), toString() ("Duration.hours(1)") and formatTokenToNumber()
 *  ("10 minutes"; a token amount as its token, resolved where it is used): strings owned by owner's
 *  App; NULL for an unset duration and after an error (a negative amount; a token duration's ISO
 *  string unless in milliseconds, as aws-cdk-lib's). */
const char *ccdk_duration_to_iso_string(void *owner, ccdk_duration d);
const char *ccdk_duration_to_human_string(void *owner, ccdk_duration d);
const char *ccdk_duration_to_string(void *owner, ccdk_duration d);
const char *ccdk_duration_format_token_to_number(void *owner, ccdk_duration d);
/** duration.unitLabel(): "millis", "seconds", "minutes", "hours" or "days" (static); NULL unset. */
const char *ccdk_duration_unit_label(ccdk_duration d);
/** Duration.parse(iso): the ISO 8601 duration P[nD][T[nH][nM][n[.fff]S]] as Duration.millis of its
 *  total; anything else is aws-cdk-lib's error without a path ("Not a valid ISO duration: PT1D") and
 *  an unset duration. A NULL iso is an error on the process-wide list. */
ccdk_duration ccdk_duration_parse(void *owner, const char *iso);
/** duration.plus(rhs) / minus(rhs): the sum or difference in the finer of the two units; a
 *  negative result is aws-cdk-lib's error ("Duration amounts cannot be negative. Received: -30") on
 *  owner, as are the conversions' errors (a fraction that is not whole in the finer unit), and an
 *  unset duration. Differs from aws-cdk-lib: a token duration is an error. */
ccdk_duration ccdk_duration_plus(void *owner, ccdk_duration a, ccdk_duration b);
ccdk_duration ccdk_duration_minus(void *owner, ccdk_duration a, ccdk_duration b);

typedef enum {
    CCDK_SIZE_UNSET = 0,
    CCDK_SIZE_KIBIBYTES,
    CCDK_SIZE_MEBIBYTES,
    CCDK_SIZE_GIBIBYTES,
    CCDK_SIZE_TEBIBYTES,
    CCDK_SIZE_BYTES,    /* after the others, which keep their values */
    CCDK_SIZE_PEBIBYTES
} ccdk_size_unit;
typedef struct {
    double amount;
    ccdk_size_unit unit;
    /** a number token (ccdk_size_mebibytes_token...), else NULL; last, as in ccdk_duration */
    const char *token;
} ccdk_size;
/** Size.kibibytes(n) / mebibytes / gibibytes, and size.toMebibytes() (without rounding; 0 for an
 *  unset size, NaN for a token one). Values, nothing to free; nothing is checked here. */
ccdk_size ccdk_size_kibibytes(double n);
ccdk_size ccdk_size_mebibytes(double n);
ccdk_size ccdk_size_gibibytes(double n);
/** Size.mebibytes(Token.asNumber(t)) and the other units: a size whose amount is a number token, as
 *  ccdk_duration_seconds_token (written as the token in the same unit; in another, aws-cdk-lib's
 *  "Size must be specified as 'Size.mebibytes()' here since its value comes from a token and
 *  cannot be converted (got Size.gibibytes)"). NULL t is an unset size. */
ccdk_size ccdk_size_kibibytes_token(const char *number_token);
ccdk_size ccdk_size_mebibytes_token(const char *number_token);
ccdk_size ccdk_size_gibibytes_token(const char *number_token);
/** size.isUnresolved(): whether its amount is a token. */
int ccdk_size_is_unresolved(ccdk_size s);
double ccdk_size_to_mebibytes(ccdk_size s);
/** Size.bytes(n) / tebibytes / pebibytes, and their token forms (as ccdk_size_mebibytes_token). */
ccdk_size ccdk_size_bytes(double n);
ccdk_size ccdk_size_tebibytes(double n);
ccdk_size ccdk_size_pebibytes(double n);
ccdk_size ccdk_size_bytes_token(const char *number_token);
ccdk_size ccdk_size_tebibytes_token(const char *number_token);
ccdk_size ccdk_size_pebibytes_token(const char *number_token);
/** SizeRoundingBehavior: FAIL (a result that is not a whole number is an error), FLOOR, NONE. UNSET
 *  is not given: FAIL, except that a size in its own unit is then its amount as it is. */
typedef enum {
    CCDK_SIZE_ROUNDING_UNSET = 0,
    CCDK_SIZE_ROUNDING_FAIL,
    CCDK_SIZE_ROUNDING_FLOOR,
    CCDK_SIZE_ROUNDING_NONE
} ccdk_size_rounding;
/** size.toBytes / toKibibytes / toMebibytes / toGibibytes / toTebibytes / toPebibytes({rounding}) as
 *  aws-cdk-lib converts: aws-cdk-lib's errors on owner for a result that is not whole under FAIL
 *  ("'5 gibibytes' cannot be converted into a whole number of tebibytes."), a negative amount
 *  ("Storage amounts cannot be negative. Received: -1") and a token size in another unit ("Size must
 *  be specified as 'Size.mebibytes()' here ..."); NaN after an error, and for a token size (known at
 *  deploy time). 0 for an unset size. */
double ccdk_size_to(void *owner, ccdk_size s, ccdk_size_unit to, ccdk_size_rounding rounding);

typedef enum {
    CCDK_REMOVAL_POLICY_UNSET = 0,
    CCDK_REMOVAL_POLICY_DESTROY,
    CCDK_REMOVAL_POLICY_RETAIN,
    CCDK_REMOVAL_POLICY_SNAPSHOT,
    CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE
} ccdk_removal_policy;

/* ================================================================== NestedStack */

typedef struct {
    /** parameters: the nested template's parameters, passed by the AWS::CloudFormation::Stack
     *  resource: CCDK_KVS({"Param", value}) (values may hold tokens of the parent) */
    ccdk_kvs parameters;
    /** timeout: the resource's TimeoutInMinutes (a whole number of minutes) */
    ccdk_duration timeout;
    /** notificationArns: SNS topics for the nested stack's events */
    ccdk_strs notification_arns;
    /** removalPolicy of the resource; default DESTROY */
    ccdk_removal_policy removal_policy;
    /** the nested template's Description */
    const char *description;
} ccdk_nested_stack_props;

/** new NestedStack(scope, id, props): a stack for construct purposes (use it wherever a stack or a
 *  scope goes: constructs inside it go into its own template), synthesized as
 *  "<uniqueId>.nested.template.json", a file asset of the parent stack that an
 *  AWS::CloudFormation::Stack resource ("<id>.NestedStack/<id>.NestedStackResource") deploys.
 *  References between it and other stacks become its Outputs and Parameters as in aws-cdk-lib.
 *  props may be NULL. Owned by the App. A scope outside any stack, or a fractional timeout, is
 *  aws-cdk-lib's error; a NULL or bad scope goes to the process-wide list. Never NULL. */
ccdk_stack *ccdk_nested_stack_new(void *scope, const char *id, const ccdk_nested_stack_props *props);
/** nestedStack.nestedStackResource (also its node.defaultChild): the AWS::CloudFormation::Stack
 *  resource in the parent, owned by the App; NULL for a stack that is not nested (or NULL). */
ccdk_cfn_resource *ccdk_nested_stack_resource(ccdk_stack *stack);
/** nestedStack.setParameter(name, value): a parameter the resource passes (value may hold tokens
 *  of the parent). A stack that is not nested is ignored; a NULL stack, name or value is an error on
 *  the process-wide list (see the top). */
void ccdk_nested_stack_set_parameter(ccdk_stack *stack, const char *name, const char *value);
/** nestedStack.templateFile: "<uniqueId>.nested.template.json", owned by the App; NULL for a stack
 *  that is not nested. stack.nestedStackParent: ccdk_nested_stack_parent (NULL: top-level). */
const char *ccdk_nested_stack_template_file(ccdk_stack *stack);
ccdk_stack *ccdk_nested_stack_parent(ccdk_stack *stack);

/* ================================================================== values and tokens
 *
 * A ccdk_value is a JSON-like value that may hold references. Strings that contain tokens (the
 * attributes this library returns, such as a function's ARN) are resolved at synth: a string that
 * mixes text and tokens becomes {"Fn::Join": ["", [...]]} as in aws-cdk-lib.
 */
/** JSON-like values (what a TypeScript literal would be), owned by the owner's App. A bad owner goes
 *  to the process-wide list and the value to a detached App; never NULL. */
ccdk_value *ccdk_v_string(void *owner, const char *s);
ccdk_value *ccdk_v_number(void *owner, double n);
ccdk_value *ccdk_v_bool(void *owner, int b);
ccdk_value *ccdk_v_null(void *owner);
ccdk_value *ccdk_v_list(void *owner);
ccdk_value *ccdk_v_object(void *owner);
/** Appends to a list (array.push); returns the list. A list that is not a list is ignored without an
 *  error; a NULL list or item is an error on the process-wide list (see the top). */
ccdk_value *ccdk_v_push(ccdk_value *list, ccdk_value *item);
/** Sets a key of an object (keeps insertion order); returns the object. An object that is not an
 *  object is ignored without an error; a NULL object, key or item is an error on the
 *  process-wide list (see the top). */
ccdk_value *ccdk_v_set(ccdk_value *object, const char *key, ccdk_value *item);
/** object[key] (a context value read back, e.g. what a lookup gives): NULL when object is not an
 *  object or has no such key. */
ccdk_value *ccdk_v_get(ccdk_value *object, const char *key);
/** String(v) of a JSON value (a string as it is, 3, true, ...), owned by v's App; NULL for NULL. */
const char *ccdk_v_to_string(ccdk_value *v);
/** JSON.parse(json) into a value owned by the App (strings in it may hold tokens). Bad or NULL
 *  JSON: an error on owner ("Invalid JSON: ..."), and a JSON null is returned; never NULL. */
ccdk_value *ccdk_v_json(void *owner, const char *json);
/** printf into memory the owner's App keeps: the way to build a string around tokens, e.g.
 *  ccdk_fmt(stack, "arn:aws:s3:::%s/uploads", bucket_name) -- the resolver turns the result into
 *  Fn::Join as aws-cdk-lib does (a template literal in TypeScript). No length to guess and no
 *  truncation. Owned by the App. A bad owner goes to the process-wide list (the string then lives
 *  in a detached App); NULL only for a NULL fmt. */
const char *ccdk_fmt(void *owner, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/** The longest string token (a marker such as "${Token[TOKEN.12]}") ccdk makes, in bytes without
 *  the NUL: a buffer of your own for a token needs CCDK_TOKEN_MAX_LEN + 1. */
#define CCDK_TOKEN_MAX_LEN 48

/** PhysicalName.GENERATE_IF_NEEDED, as the name of a resource that takes it (a Function's
 *  function_name, a Role's role_name, a Bucket's bucket_name, a Queue's queue_name, a Topic's
 *  topic_name, a LogGroup's log_group_name, a LayerVersion's layer_version_name, a Table's
 *  table_name, a Rule's rule_name, an EventBus's event_bus_name; a TableV2 without table_name, a
 *  flow log's own role and, under @aws-cdk/aws-s3:setUniqueReplicationRoleName, a bucket's
 *  replication role have it already): no name, unless the resource is used from a stack of another
 *  account or region -- then aws-cdk-lib's generated one (its stack name, unique id, account and
 *  region), written into its template, and that stack's user gets the name and ARN instead of a
 *  reference (a layer's ARN is its Ref: its name is never made). Like every token it skips the name
 *  checks (not a FIFO queue's ".fifo" one, which aws-cdk-lib applies to any string). Anywhere else
 *  (an L1 property, part of a longer string, and -- unlike aws-cdk-lib, which takes it for every
 *  L2's name -- the names of ccdk's other resources) it is aws-cdk-lib's error: 'Invalid physical
 *  name passed to CloudFormation. Use "this.physicalName" instead'. */
#define CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED "${Token[PhysicalName.GENERATE_IF_NEEDED]}"

/** Token.asString(v): a value as a string token, usable anywhere a string is; owned by v's App. A
 *  string value is aws-cdk-lib's new Intrinsic(s): a token too (ccdk_token_is_unresolved: 1, so
 *  the checks of literals skip it) that resolves to s. NULL for NULL. */
const char *ccdk_token_as_string(ccdk_value *v);
/** Token.isUnresolved(s): 1 when s holds a token marker, else 0 (also for NULL). */
int ccdk_token_is_unresolved(const char *s);
/** Token.asList(v): a value as a list of strings, usable wherever a ccdk_strs goes (a statement's
 *  resources, for example). A list value whose items are all strings gives those strings; any other
 *  value (an Fn::Split, a reference, a lazy value) gives a *list token*: a list of one string,
 *  "#{Token[TOKEN.n]}", that resolves to the whole value (e.g. {"Fn::Split": [",", ...]}) in place
 *  of the list. Keep the list and pass it whole: another item next to a list token is aws-cdk-lib's
 *  error at synth ("Cannot add elements to list token, got: ..."), and the marker is not a string
 *  to print or join. Each call makes a new token (aws-cdk-lib gives one object the same token each
 *  time): keep the result where you need the same list twice. The list and its strings are owned
 *  by v's App; an empty list (count 0, not given) for NULL.
 *    ccdk_token_as_list(ccdk_fn_split(stack, ",", ccdk_cfn_parameter_value_as_string(p)))
 *  is TypeScript's Fn.split(',', p.valueAsString) (a literal source gives the split strings). */
ccdk_strs ccdk_token_as_list(ccdk_value *v);
/** Token.isUnresolved(list): 1 when the list is a list token (exactly one string, holding a list
 *  token marker), else 0 (also for a list not given). */
int ccdk_token_is_unresolved_list(ccdk_strs list);

/** Fn.join, Fn.sub, Fn.select, Fn.split, Fn.importValue, Fn.getAtt, Fn.ref, Fn.base64,
 *  Fn.conditionIf, Fn.conditionEquals, Fn.conditionNot: string tokens or values owned by the
 *  owner's App. As in aws-cdk-lib, select from a literal list and split of a literal give the
 *  literal result; join is a token even of literals (it resolves to the joined text). join of an empty or NULL list: aws-cdk-lib's error on the App
 *  (without a path) and "" (static); split with a token delimiter: an error on owner. A bad owner
 *  goes to the process-wide list. Never NULL. */
const char *ccdk_fn_join(void *owner, const char *delimiter, ccdk_strs list); /* CCDK_STRS(a, b) */
const char *ccdk_fn_sub(void *owner, const char *body, ccdk_kvs variables); /* CCDK_KVS(...) or (ccdk_kvs){0} */
const char *ccdk_fn_select(void *owner, int index, ccdk_value *list);
ccdk_value *ccdk_fn_split(void *owner, const char *delimiter, const char *source);
const char *ccdk_fn_import_value(void *owner, const char *name);
const char *ccdk_fn_get_att(void *owner, const char *logical_name, const char *attr);
const char *ccdk_fn_ref(void *owner, const char *logical_name);
const char *ccdk_fn_base64(void *owner, const char *data);
/** Fn.split(delimiter, source, assumedLength): a literal source split at once (the length not
 *  used); a token one the list of assumed_length strings {"Fn::Select": [i, {"Fn::Split": [...]}]}
 *  (none for 0 or less). Owned by the owner's App. */
ccdk_value *ccdk_fn_split_assumed_length(void *owner, const char *delimiter, const char *source, int assumed_length);
/** Fn.importListValue(name, assumedLength, delimiter): Fn.split(delimiter (NULL: ","),
 *  Fn.importValue(name), assumedLength) -- without a length (not given) the one list token
 *  {"Fn::Split": [",", {"Fn::ImportValue": name}]}, with one a list of that many Fn::Selects. A
 *  CCDK_NUM_TOKEN length is aws-cdk-lib's error "Fn.split: 'assumedLength' may not be a token value". */
ccdk_value *ccdk_fn_import_list_value(void *owner, const char *shared_value_to_import, ccdk_opt_num assumed_length,
                                      const char *delimiter);
/** Fn.len(array): the number of items of a list (CCDK_NUM); for a token -- an intrinsic such as
 *  ccdk_fn_split's of a token, a list token, a string token -- a number token (CCDK_NUM_TOKEN's
 *  .token, usable as a string too) that resolves to {"Fn::Length": array} and adds the transform
 *  AWS::LanguageExtensions to the stack resolving it. Anything else is aws-cdk-lib's error "Fn.length()
 *  needs an array" (unset result). ccdk sees an object of one key "Ref" or "Fn::..." as an intrinsic. */
ccdk_opt_num ccdk_fn_len(void *owner, ccdk_value *array);
/** Fn.toJsonString(object): for a token (a string holding a marker, a list token, an intrinsic as
 *  ccdk_fn_len sees it, a reference, a Lazy value) a string token that resolves to
 *  {"Fn::ToJsonString": object} and adds the transform AWS::LanguageExtensions to the stack
 *  resolving it; else JSON.stringify(object), compact: the tokens inside kept as markers (each
 *  joined into the text when resolved, without quoting: unlike stack.toJsonString).
 *  Owned by the owner's App; NULL for NULL. */
const char *ccdk_fn_to_json_string(void *owner, ccdk_value *object);
ccdk_value *ccdk_fn_condition_if(void *owner, const char *condition_id, ccdk_value *if_true, ccdk_value *if_false);
ccdk_value *ccdk_fn_condition_equals(void *owner, ccdk_value *lhs, ccdk_value *rhs);
ccdk_value *ccdk_fn_condition_not(void *owner, ccdk_value *condition);
/** Fn.conditionAnd(...conditions) / Fn.conditionOr(...conditions): one condition is itself; more than
 *  10 are grouped by 10, each group (of more than one) an Fn::And / Fn::Or of its own, as in
 *  aws-cdk-lib. An empty list is aws-cdk-lib's error without a path ("Fn.conditionAnd() needs at
 *  least one argument") and an empty Fn::And / Fn::Or. Fn.conditionContains(listOfStrings, value):
 *  {"Fn::Contains": [list, value]}. Conditions are values of ccdk_fn_condition_* or of
 *  ccdk_cfn_condition_value. Owned by the owner's App; a bad owner goes to the process-wide list. */
ccdk_value *ccdk_fn_condition_and(void *owner, ccdk_value_list conditions);
ccdk_value *ccdk_fn_condition_or(void *owner, ccdk_value_list conditions);
ccdk_value *ccdk_fn_condition_contains(void *owner, ccdk_value *list_of_strings, ccdk_value *value);
/** Fn.conditionEachMemberEquals(listOfStrings, value): {"Fn::EachMemberEquals": [list, value]};
 *  Fn.conditionEachMemberIn(stringsToCheck, stringsToMatch): {"Fn::EachMemberIn": [check, match]}
 *  (rule conditions). Fn.refAll(parameterType): {"Fn::RefAll": type} and Fn.valueOfAll(parameterType,
 *  attribute): {"Fn::ValueOfAll": [type, attribute]}, lists (ccdk_token_as_list gives aws-cdk-lib's
 *  list token of them). Fn.valueOf(parameterOrLogicalId, attribute): the string token of
 *  {"Fn::ValueOf": [id, attribute]}. Owned by the owner's App. */
ccdk_value *ccdk_fn_condition_each_member_equals(void *owner, ccdk_value *list_of_strings, ccdk_value *value);
ccdk_value *ccdk_fn_condition_each_member_in(void *owner, ccdk_value *strings_to_check, ccdk_value *strings_to_match);
ccdk_value *ccdk_fn_ref_all(void *owner, const char *parameter_type);
ccdk_value *ccdk_fn_value_of_all(void *owner, const char *parameter_type, const char *attribute);
const char *ccdk_fn_value_of(void *owner, const char *parameter_or_logical_id, const char *attribute);
/** Fn.cidr(ipBlock, count, sizeMask): {"Fn::Cidr": [ip_block, count, size_mask]} (size_mask NULL:
 *  left out), a list (ccdk_token_as_list gives aws-cdk-lib's list token of it); owned by the owner's
 *  App. A count below 1 or above 256 is aws-cdk-lib's error without a path ("Fn::Cidr's count
 *  attribute must be between 1 and 256, <count> was provided."). */
ccdk_value *ccdk_fn_cidr(void *owner, const char *ip_block, double count, const char *size_mask);
/** Fn.parseDomainName(url): Fn.select(0, Fn.split("/", Fn.select(1, Fn.split("//", url)))) -- the
 *  domain of a literal url ("https://test.com/" gives "test.com"), else that intrinsic's string token.
 *  Owned by the owner's App. */
const char *ccdk_fn_parse_domain_name(void *owner, const char *url);

/** CfnDynamicReferenceService */
typedef enum {
    CCDK_CFN_DYNAMIC_REFERENCE_SSM = 0,       /* "ssm" */
    CCDK_CFN_DYNAMIC_REFERENCE_SSM_SECURE,    /* "ssm-secure" */
    CCDK_CFN_DYNAMIC_REFERENCE_SECRETS_MANAGER /* "secretsmanager" */
} ccdk_cfn_dynamic_reference_service;
/** new CfnDynamicReference(service, key).toString(): "{{resolve:<service>:<key>}}" (the key as it is,
 *  colons and all), what aws-cdk-lib's token resolves to. Differs from aws-cdk-lib: the string
 *  itself, so ccdk_token_is_unresolved of it is 0 (aws-cdk-lib's Token.isUnresolved is true). Owned by the owner's App; a
 *  service out of the enum is an error on owner, and NULL; a bad owner goes to the process-wide
 *  list. */
const char *ccdk_cfn_dynamic_reference(void *owner, ccdk_cfn_dynamic_reference_service service, const char *key);

/** Aws.ACCOUNT_ID, REGION, PARTITION, URL_SUFFIX, STACK_NAME, STACK_ID, NO_VALUE ({"Ref":
 *  "AWS::..."}) as string tokens. Static: the same in every App. A bad owner goes to the process-wide
 *  list; never NULL. */
const char *ccdk_aws_account_id(void *owner);
const char *ccdk_aws_region(void *owner);
const char *ccdk_aws_partition(void *owner);
const char *ccdk_aws_url_suffix(void *owner);
const char *ccdk_aws_stack_name(void *owner);
const char *ccdk_aws_stack_id(void *owner);
const char *ccdk_aws_no_value(void *owner);

/** Lazy.string({produce}) / Lazy.any({produce}): produce(ctx) is called once, at the first resolve
 *  (synth, or a ccdk_stack_resolve), and its value is kept for every use (cached, as aws-cdk-lib's
 *  are by default; each use resolves it in its own stack). The token or value is owned by the
 *  owner's App. Differs from the rule: NULL for a NULL produce (no error); a
 *  bad owner goes to the process-wide list. */
typedef const char *(*ccdk_lazy_string_fn)(void *ctx);
const char *ccdk_lazy_string(void *owner, ccdk_lazy_string_fn produce, void *ctx);
typedef ccdk_value *(*ccdk_lazy_value_fn)(void *ctx);
ccdk_value *ccdk_lazy_value(void *owner, ccdk_lazy_value_fn produce, void *ctx);

/* ================================================================== Names */

/** Names.uniqueId(construct) (and Names.nodeUniqueId(construct.node)): the logical-id form of the
 *  construct's path (letters and digits of the ids, "Default" left out, a hash of the path; an id
 *  alone when it is the only one and at most 255 characters), "" for the root. A path of only
 *  "Default" ids is aws-cdk-lib's error ("Unable to calculate a unique id for an empty set of
 *  components"); an id with a token, its "ID components may not include unresolved tokens: ...".
 *  Owned by the App; NULL for NULL, without an error. */
const char *ccdk_names_unique_id(const void *construct);

/** UniqueResourceNameOptions. */
typedef struct {
    /** maxLength: the longest name (an 8-character hash included); default 256 */
    ccdk_opt_num max_length;
    /** separator between the path's components; default "" */
    const char *separator;
    /** allowedSpecialCharacters: characters kept besides letters and digits, read as aws-cdk-lib
     *  reads them, inside a regular expression's character class: "a-b" between two characters is
     *  a range (".-_" is "." to "_"), "\\x" is x; default none */
    const char *allowed_special_characters;
} ccdk_unique_resource_name_options;
/** Names.uniqueResourceName(construct, options): a name from the path below the last top-level
 *  stack (that stack by its stack name; no such stack: from the root), "Default" left out, a hash
 *  of the path at the end, cut in the middle to max_length; a single component short enough alone.
 *  No component left: aws-cdk-lib's error ("Unable to calculate a unique resource name for an empty
 *  set of components"). options may be NULL. Owned by the App; NULL for NULL, without an error. */
const char *ccdk_names_unique_resource_name(const void *construct, const ccdk_unique_resource_name_options *options);

/** Names.stackRelativeConstructPath(construct): the ids below the construct's last top-level stack
 *  (a nested stack is not one), joined with "/"; without a stack, the whole path with a leading
 *  "/"; "" for the stack itself. Owned by the App; NULL for NULL, without an error. */
const char *ccdk_names_stack_relative_construct_path(const void *construct);

/* ================================================================== CloudFormation L1 */

/** new CfnResource(scope, id, {type, properties}): properties may be NULL (an object is copied).
 *  Owned by the App. A missing type is aws-cdk-lib's error on scope; a bad scope goes to the
 *  process-wide list. Never NULL. */
ccdk_cfn_resource *ccdk_cfn_resource_new(void *scope, const char *id, const char *type, ccdk_value *properties);
/** resource.ref and resource.getAtt(attribute), as string tokens owned by the App. NULL for a NULL
 *  resource or attribute, without an error. */
const char *ccdk_cfn_resource_ref(ccdk_cfn_resource *r);
const char *ccdk_cfn_resource_get_att(ccdk_cfn_resource *r, const char *attribute);
/** resource.getAtt(attribute, ResolutionTypeHint.STRING_LIST): a list attribute, as a list token
 *  (see ccdk_token_as_list) of {"Fn::GetAtt": [logicalId, attribute]}, owned by the App. Used in
 *  another stack it is exported joined ({"Fn::Join": ["||", ...]}) and read back with
 *  {"Fn::Split": ["||", {"Fn::ImportValue": ...}]}; ccdk_stack_export_string_list_value takes it.
 *  The attribute then counts as a list for every reference to it (ccdk_cfn_resource_get_att's
 *  too). An empty list (count 0, not given) for a NULL resource or attribute, without an error. */
ccdk_strs ccdk_cfn_resource_get_att_list(ccdk_cfn_resource *r, const char *attribute);
/** element.logicalId: the logical id of a CfnElement (resource, output, parameter, mapping,
 *  condition) as a string token resolved at synth, owned by the App. NULL, without an error, for a
 *  handle that is not an element. */
const char *ccdk_cfn_element_logical_id(void *element);
/** element.overrideLogicalId(id). A construct that is not an element is ignored without an error; a NULL
 *  element or id is an error on the process-wide list (see the top). After ccdk_stack_export_value of
 *  one of its attributes its logical id is locked: aws-cdk-lib's error ("The logicalId for resource at
 *  path ... has been locked and cannot be overridden"). */
void ccdk_cfn_element_override_logical_id(void *element, const char *logical_id);
/** resource.cfnResourceType ("AWS::Lambda::Function"), owned by the App; NULL for NULL, and for a
 *  construct that is not a CfnResource, without an error. */
const char *ccdk_cfn_resource_type(const ccdk_cfn_resource *r);
/** CfnResource.isCfnResource(node): the construct as a CfnResource (an L1 of any module, or one
 *  of ccdk_cfn_resource_new), else NULL: how an aspect (ccdk_aspects_add) tests its `void *`
 *  construct as `node instanceof CfnResource` does. NULL, without an error, for NULL or a pointer
 *  that is not a construct. */
ccdk_cfn_resource *ccdk_cfn_resource_of(void *node);
/** resource.addOverride("Properties.A.B", v), addDeletionOverride, addPropertyOverride,
 *  addPropertyDeletionOverride, addDependency(target) (DependsOn; a target in another stack: the stacks'
 *  dependency, or for nested stacks their resources', as aws-cdk-lib dispatches it; a target that is
 *  not synthesized: nothing), applyRemovalPolicy (UNSET: nothing; see ccdk_cfn_resource_apply_removal_policy_with),
 *  addMetadata(key, value), cfnOptions.condition. Paths are dot-separated ("\\." escapes a dot);
 *  values are kept, not copied. A NULL resource is an error on the process-wide list (see the top);
 *  a NULL path, key, metadata value or target is an error on that list too ("<func>: <arg> is
 *  NULL"). A NULL override value is a deletion override; a NULL condition removes the condition. */
void ccdk_cfn_resource_add_override(ccdk_cfn_resource *r, const char *path, ccdk_value *value);
void ccdk_cfn_resource_add_deletion_override(ccdk_cfn_resource *r, const char *path);
void ccdk_cfn_resource_add_property_override(ccdk_cfn_resource *r, const char *path, ccdk_value *value);
void ccdk_cfn_resource_add_property_deletion_override(ccdk_cfn_resource *r, const char *path);
void ccdk_cfn_resource_add_depends_on(ccdk_cfn_resource *r, ccdk_cfn_resource *target);
/** resource.removeResourceDependency(target) (and the deprecated removeDependency): undoes
 *  ccdk_cfn_resource_add_depends_on -- the DependsOn entry, or across stacks this resource's reason
 *  for the stacks' dependency (the dependency goes with its last reason); nothing when there is no
 *  such dependency, when target is r or is not synthesized. Errors as ccdk_cfn_resource_add_depends_on's. */
void ccdk_cfn_resource_remove_dependency(ccdk_cfn_resource *r, ccdk_cfn_resource *target);
/** resource.replaceDependency(target, newTarget): removes the dependency on target and adds one on
 *  new_target. A target it does not depend on (ccdk_cfn_resource_dependency) is aws-cdk-lib's error
 *  on r ("\"<path>\" does not depend on \"<target path>\""). NULL arguments as
 *  ccdk_cfn_resource_add_depends_on's. */
void ccdk_cfn_resource_replace_dependency(ccdk_cfn_resource *r, ccdk_cfn_resource *target,
                                          ccdk_cfn_resource *new_target);
/** resource.obtainDependencies(): how many, and the i-th: the resources of its DependsOn (those of
 *  node dependencies only once the App is synthesized, as in aws-cdk-lib), then the resources (or
 *  stacks) in other stacks it made its stack depend on, in aws-cdk-lib's order. The construct is a
 *  CfnResource (ccdk_cfn_resource_of) or a stack, owned by the App; NULL past the end. 0 / NULL,
 *  without an error, for NULL or a construct that is not a CfnResource. */
size_t ccdk_cfn_resource_dependency_count(ccdk_cfn_resource *r);
ccdk_construct *ccdk_cfn_resource_dependency(ccdk_cfn_resource *r, size_t i);
void ccdk_cfn_resource_apply_removal_policy(ccdk_cfn_resource *r, ccdk_removal_policy policy);
void ccdk_cfn_resource_add_metadata(ccdk_cfn_resource *r, const char *key, ccdk_value *value);
/** resource.getMetadata(key): the value ccdk_cfn_resource_add_metadata set for key (the value
 *  itself, not a copy; "aws:cdk:path" too when path metadata is on), else NULL. NULL, without an
 *  error, for a NULL resource or key, or a construct that is not a CfnResource. */
ccdk_value *ccdk_cfn_resource_get_metadata(ccdk_cfn_resource *r, const char *key);
/** What an aspect reads off an L1 (`cfnFunction.tracingConfig`, `cfnBucket.versioningConfiguration`):
 *  the property `name` as the constructs set it, under its CloudFormation name ("TracingConfig",
 *  "ReservedConcurrentExecutions"), before overrides (addPropertyOverride does not change it, as in
 *  aws-cdk-lib) and unresolved: the value itself, not a copy, which may hold tokens or be one (a
 *  property an L2 renders lazily). NULL when it is not set (TypeScript's undefined), and, without an
 *  error, for a NULL resource or name, or a construct that is not a CfnResource. */
ccdk_value *ccdk_cfn_resource_get_property(ccdk_cfn_resource *r, const char *name);
void ccdk_cfn_resource_set_condition(ccdk_cfn_resource *r, ccdk_cfn_condition *condition);
/** cfnOptions.creationPolicy / cfnOptions.updatePolicy: the resource's CreationPolicy / UpdatePolicy,
 *  written as given, with the template's (PascalCase) keys, e.g. {"CodeDeployLambdaAliasUpdate":
 *  {"ApplicationName": ..., "DeploymentGroupName": ...}} or {"UseOnlineResharding": true}; kept, not
 *  copied (it may hold tokens). NULL removes it. A NULL resource is an error on the process-wide list. */
void ccdk_cfn_resource_set_creation_policy(ccdk_cfn_resource *r, ccdk_value *policy);
void ccdk_cfn_resource_set_update_policy(ccdk_cfn_resource *r, ccdk_value *policy);

/** RemovalPolicyOptions. */
typedef struct {
    /** default: the policy when none is given (UNSET); not given either: RETAIN */
    ccdk_removal_policy default_policy;
    /** applyToUpdateReplacePolicy: also the UpdateReplacePolicy; default true (CCDK_FALSE: only
     *  the DeletionPolicy is set) */
    ccdk_tristate apply_to_update_replace_policy;
} ccdk_removal_policy_options;
/** resource.applyRemovalPolicy(policy, options), in full: UNSET is `undefined` here, so the policy
 *  is then options' default_policy, else RETAIN (as aws-cdk-lib's). options may be NULL. Errors as
 *  ccdk_cfn_resource_apply_removal_policy's. */
void ccdk_cfn_resource_apply_removal_policy_with(ccdk_cfn_resource *r, ccdk_removal_policy policy,
                                                 const ccdk_removal_policy_options *options);
/** ReferenceStrength: how a reference from another stack reads a resource (UNSET: the consumer's
 *  @aws-cdk/core:defaultCrossStackReferences, else "strong"). STRONG: an export and Fn::ImportValue
 *  (another region: an ExportWriter / ExportReader pair); WEAK: a Publish output read with
 *  Fn::GetStackOutput; BOTH: both made, the consumer reads the output. */
typedef enum {
    CCDK_REFERENCE_STRENGTH_UNSET = 0,
    CCDK_REFERENCE_STRENGTH_STRONG,
    CCDK_REFERENCE_STRENGTH_WEAK,
    CCDK_REFERENCE_STRENGTH_BOTH
} ccdk_reference_strength;
/** resource.applyCrossStackReferenceStrength(strength) (CrossStackReferences.of(resource)
 *  .produce(strength)): every reference to this resource (its Ref and attributes) from another
 *  stack uses strength instead of the consumer's context (the app's "No cross-stack-reference
 *  strength configured" warning still follows the context). A reference that reaches the resource
 *  through its nested stack's output is a reference to the nested stack's resource, as in
 *  aws-cdk-lib: the strength is not carried over. UNSET takes a strength back. A NULL resource or
 *  a strength out of range is an error. */
void ccdk_cfn_resource_apply_cross_stack_reference_strength(ccdk_cfn_resource *r, ccdk_reference_strength strength);

/** RemovalPolicyProps. */
typedef struct {
    /** applyToResourceTypes: only resources of these CloudFormation types ("AWS::S3::Bucket");
     *  not given or empty: every type */
    ccdk_strs apply_to_resource_types;
    /** excludeResourceTypes: never resources of these types */
    ccdk_strs exclude_resource_types;
    /** priority of the aspect (ccdk_aspects_add_with_priority); default MUTATING (200) under
     *  @aws-cdk/core:aspectPrioritiesMutating, else DEFAULT (500) */
    ccdk_opt_num priority;
} ccdk_removal_policy_props;
/** RemovalPolicies.of(scope).apply(policy, props): an aspect that applies the policy to every
 *  CfnResource under scope at synth (resource.applyRemovalPolicy(policy): UNSET is RETAIN, as there),
 *  overriding the policies the constructs set. .destroy() / .retain() / .snapshot() /
 *  .retainOnUpdateOrDelete() are this with CCDK_REMOVAL_POLICY_DESTROY, ... props may be NULL. A bad
 *  scope goes to the process-wide list. */
void ccdk_removal_policies_apply(void *scope, ccdk_removal_policy policy, const ccdk_removal_policy_props *props);
/** MissingRemovalPolicies.of(scope).apply(policy, props): the same, only to resources with neither a
 *  DeletionPolicy nor an UpdateReplacePolicy; its priority is MUTATING (200) when not given (under
 *  any flags), and a given one is aws-cdk-lib's warning on scope ("Applying a MissingRemovalPolicy
 *  with `priority` can lead to unexpected behavior ..."). */
void ccdk_missing_removal_policies_apply(void *scope, ccdk_removal_policy policy, const ccdk_removal_policy_props *props);

typedef struct {
    const char *value;
    const char *description;
    const char *export_name;
    ccdk_cfn_condition *condition;
    /** Alternatively a non-string value (an object, a number); takes precedence over `value`. A list
     *  is aws-cdk-lib's error ("CloudFormation output was given a string list instead of a string at
     *  path ..."). */
    ccdk_value *value_json;
    /** key: the output's key in the template's Outputs section; default its logical id (which stays
     *  what references and overrideLogicalId see). */
    const char *key;
} ccdk_cfn_output_props;
/** new CfnOutput(scope, id, props). Owned by the App. No value: aws-cdk-lib's error ("Missing value
 *  for CloudFormation output ..."); a bad scope goes to the process-wide list. Never NULL. A literal
 *  export name that is empty, longer than 255 characters or has characters other than letters,
 *  digits, ':' and '-' is aws-cdk-lib's validation error at synth. */
ccdk_cfn_output *ccdk_cfn_output_new(void *scope, const char *id, const ccdk_cfn_output_props *props);
/** output.importValue: Fn::ImportValue of the output's export name, owned by the App. No export
 *  name: aws-cdk-lib's error where the token is resolved ("Resolution error: ... Add an exportName
 *  to the CfnOutput ..."). Not checked: aws-cdk-lib's error for a use in the output's own stack.
 *  NULL for NULL. */
const char *ccdk_cfn_output_import_value(ccdk_cfn_output *o);

/** CustomResourceProps: a custom resource whose provider is a Lambda function (its ARN as the
 *  service token) or an SNS topic. */
typedef struct {
    /** ServiceToken: the provider's ARN (e.g. ccdk_lambda_function_arn); not given: none written,
     *  as in aws-cdk-lib. */
    const char *service_token;
    /** "Custom::<name>", name of letters, digits and _ @ - (at most 60 characters in all); default
     *  "AWS::CloudFormation::CustomResource". */
    const char *resource_type;
    /** The properties sent to the provider: an object (ccdk_v_object, ccdk_v_json), its keys in their
     *  order after ServiceToken and ServiceTimeout. A key ServiceToken or ServiceTimeout takes the
     *  place of that property (aws-cdk-lib's warning @aws-cdk/core:customResourcePropConflict). */
    ccdk_value *properties;
    /** Upper-case the first letter of each top-level property key (an ASCII letter); default false. */
    ccdk_tristate pascal_case_properties;
    /** default DESTROY */
    ccdk_removal_policy removal_policy;
    /** ServiceTimeout: 1 to 3600 seconds, written as a string ("300"). */
    ccdk_duration service_timeout;
} ccdk_custom_resource_props;
/** new CustomResource(scope, id, props): the construct and its "Default" CfnResource. A bad type or
 *  timeout is aws-cdk-lib's error on the custom resource ("Custom resource type must begin with
 *  \"Custom::\" (...)", "... length > 60 (...)", "... name can only include alphanumeric characters
 *  and _@- (...)", "serviceTimeout must either be between 1 and 3600 seconds, got N"), properties
 *  that are not an object are ccdk's error on it. Owned by the App; a bad scope goes to the
 *  process-wide list; never NULL. */
ccdk_custom_resource *ccdk_custom_resource_new(void *scope, const char *id, const ccdk_custom_resource_props *props);
/** customResource.ref, customResource.getAttString(name) (string tokens) and its CfnResource,
 *  owned by the App. NULL for NULL (and for a NULL attribute), without an error. */
const char *ccdk_custom_resource_ref(ccdk_custom_resource *cr);
const char *ccdk_custom_resource_get_att_string(ccdk_custom_resource *cr, const char *attribute);
ccdk_cfn_resource *ccdk_custom_resource_resource(ccdk_custom_resource *cr);

typedef struct {
    const char *type; /* default "String" */
    ccdk_value *default_value;
    const char *description;
    ccdk_strs allowed_values; /* CCDK_STRS("a", "b") */
    const char *allowed_pattern;
    const char *constraint_description;
    ccdk_tristate no_echo;
    ccdk_opt_num min_length, max_length, min_value, max_value;
} ccdk_cfn_parameter_props;
/** new CfnParameter(scope, id, props); props may be NULL. Owned by the App. A bad scope goes to the
 *  process-wide list; never NULL. */
ccdk_cfn_parameter *ccdk_cfn_parameter_new(void *scope, const char *id, const ccdk_cfn_parameter_props *props);
/** parameter.valueAsString: its Ref as a string token owned by the App; NULL for NULL. */
const char *ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter *p);
/** parameter.valueAsList: its Ref as a list token (ccdk_token_as_list), the same list at every
 *  call, owned by the App. A type that is not a list type ("CommaDelimitedList", "List<...>") is
 *  aws-cdk-lib's error on the parameter ("Parameter type (String) is not a string list type") and an
 *  empty list; an empty list for NULL. */
ccdk_strs ccdk_cfn_parameter_value_as_list(ccdk_cfn_parameter *p);

/** new CfnMapping(scope, id, {mapping}): mapping is an object {key1: {key2: value}} (NULL: empty),
 *  kept, not copied. A second-level key that is not alphanumeric is aws-cdk-lib's error, without a
 *  path ("Attribute name 'us-east-1' must contain only alphanumeric characters."). A findInMap of it
 *  used in another stack (a nested one too) names a copy of the mapping made there while the app is
 *  prepared, the CfnMapping "MappingCopy-<id>-<node addr>" (as aws-cdk-lib). Owned by the App. A bad
 *  scope goes to the process-wide list; never NULL. */
ccdk_cfn_mapping *ccdk_cfn_mapping_new(void *scope, const char *id, ccdk_value *mapping);
/** CfnMappingProps */
typedef struct {
    ccdk_value *mapping; /* {key1: {key2: value}}, kept, not copied; default NULL: empty */
    /* lazy: CCDK_TRUE renders the mapping only once a findInMap needs Fn::FindInMap (a findInMap
     * of literal keys gives the value itself); CCDK_FALSE renders it always, without the info
     * annotation that an eager mapping not given lazy gets when no findInMap needed it.
     * Default: not given. */
    ccdk_tristate lazy;
} ccdk_cfn_mapping_props;
/** new CfnMapping(scope, id, props): as ccdk_cfn_mapping_new, with the props (NULL: none). */
ccdk_cfn_mapping *ccdk_cfn_mapping_new_with_props(void *scope, const char *id, const ccdk_cfn_mapping_props *props);
/** mapping.findInMap(key1, key2): {"Fn::FindInMap": [the mapping, key1, key2]} (a string token), or,
 *  for a lazy mapping with two literal keys, the value in the mapping (a string value itself, any
 *  other a string token that resolves to it); owned by the App. A missing literal key is
 *  aws-cdk-lib's error on the mapping. NULL for a NULL mapping. */
const char *ccdk_cfn_mapping_find_in_map(ccdk_cfn_mapping *m, const char *key1, const char *key2);
/** mapping.findInMap(key1, key2, defaultValue): as ccdk_cfn_mapping_find_in_map, with default_value
 *  (NULL: none) in the intrinsic ({"DefaultValue": default_value} last), whose token adds the
 *  transform AWS::LanguageExtensions to the stack resolving it. A missing literal key is then no
 *  error: a lazy mapping gives default_value itself. */
const char *ccdk_cfn_mapping_find_in_map_default(ccdk_cfn_mapping *m, const char *key1, const char *key2,
                                                 const char *default_value);
/** mapping.setValue(key1, key2, value): sets (or adds) a value of the mapping, which is the value
 *  the mapping was given (changed in place, as aws-cdk-lib's). A key "__proto__" or "constructor"
 *  is aws-cdk-lib's error on the mapping, a key2 not alphanumeric its error without a path. */
void ccdk_cfn_mapping_set_value(ccdk_cfn_mapping *m, const char *key1, const char *key2, ccdk_value *value);
/** Fn.findInMap(mapName, topLevelKey, secondLevelKey, defaultValue): the string token of
 *  {"Fn::FindInMap": [map_name, key1, key2]}, {"DefaultValue": default_value} last when one is
 *  given (then the token adds the transform AWS::LanguageExtensions to the stack resolving it).
 *  Owned by the owner's App. */
const char *ccdk_fn_find_in_map(void *owner, const char *map_name, const char *key1, const char *key2,
                                const char *default_value);

/** new CfnCondition(scope, id, {expression}), expression built from ccdk_fn_condition_*. Owned by
 *  the App. A bad scope goes to the process-wide list; never NULL. */
ccdk_cfn_condition *ccdk_cfn_condition_new(void *scope, const char *id, ccdk_value *expression);
/** The condition as a condition expression (a CfnCondition is one): {"Condition": <its logical id>},
 *  for ccdk_fn_condition_and, _or, _not and the other conditions. Owned by the App; NULL for NULL. */
ccdk_value *ccdk_cfn_condition_value(ccdk_cfn_condition *c);

/** One assertion of a CfnRule (CfnRuleAssertion): the condition that must hold and its description. */
typedef struct {
    /** assert: a condition expression (ccdk_fn_condition_*, ccdk_cfn_condition_value); `assert_`,
     *  as assert is <assert.h>'s macro */
    ccdk_value *assert_;
    const char *assert_description; /* assertDescription (NULL: left out) */
} ccdk_cfn_rule_assertion;
/** A list of assertions: CCDK_LIST_OF(ccdk_cfn_rule_assertion, {a, "..."}, ...). */
typedef CCDK_LIST_TYPE(ccdk_cfn_rule_assertion) ccdk_cfn_rule_assertion_list;
/** CfnRuleProps. */
typedef struct {
    /** ruleCondition: when the rule's assertions apply (a condition expression); NULL: always */
    ccdk_value *rule_condition;
    /** assertions; ccdk_cfn_rule_add_assertion adds more */
    ccdk_cfn_rule_assertion_list assertions;
} ccdk_cfn_rule_props;
/** new CfnRule(scope, id, props): an entry of the template's Rules section, under the element's
 *  logical id: {"RuleCondition": ..., "Assertions": [{"Assert": ..., "AssertDescription": ...}]},
 *  each part left out when not given (a rule of neither is {}). As aws-cdk-lib's, every key of the
 *  resolved assertions gets an upper-case first letter (capitalizePropertyNames), nested ones too.
 *  props may be NULL. Owned by the App; a bad scope goes to the process-wide list; never NULL. */
ccdk_cfn_rule *ccdk_cfn_rule_new(void *scope, const char *id, const ccdk_cfn_rule_props *props);
/** rule.addAssertion(condition, description): appends an assertion (description NULL: left out).
 *  A NULL rule or condition is an error on the process-wide list. */
void ccdk_cfn_rule_add_assertion(ccdk_cfn_rule *rule, ccdk_value *condition, const char *description);

/** new CfnInclude(scope, id, {template}) (deprecated in aws-cdk-lib, as CfnInclude of
 *  cloudformation-include is the one to use there): the template, a JSON object (ccdk_v_json, may
 *  hold tokens), merged as it is into the stack's template where the element is met in the tree:
 *  a section the template does not have yet is taken whole; Descriptions are joined with a newline;
 *  AWSTemplateFormatVersion must agree ("Conflicting CloudFormation template versions provided:
 *  ..."); Transforms are merged as a set; in any other section an id already there is aws-cdk-lib's
 *  error at synthesis "section '<section>' already contains '<id>'". template NULL: nothing. Owned by
 *  the App; a bad scope goes to the process-wide list; never NULL. */
ccdk_cfn_include *ccdk_cfn_include_new(void *scope, const char *id, ccdk_value *template_);

/** new CfnJson(scope, id, {value}): a Custom::AWSCDKCfnJson resource ("<id>/Resource") whose Value
 *  property is stack.toJsonString(value) (ccdk_stack_to_json_string: tokens may be keys), parsed back
 *  into JSON at deploy time by the stack's one CfnUtils provider
 *  ("AWSCDKCfnUtilsProviderCustomResourceProvider": a Role and a Node.js Handler function). Use it
 *  where a key is known only at deploy time (a condition key of an IAM policy naming an OIDC
 *  provider, ...). The provider's handler code is ccdk's own, so its asset's hash differs from
 *  aws-cdk-lib's. Owned by the App; a bad scope goes to the process-wide list; never NULL. */
ccdk_cfn_json *ccdk_cfn_json_new(void *scope, const char *id, ccdk_value *value);
/** cfnJson.value (what the CfnJson resolves to): {"Fn::GetAtt": [<the resource>, "Value"]} as a
 *  string token (use it wherever the object goes: a property, a policy's conditions), owned by the
 *  App. NULL for NULL. */
const char *ccdk_cfn_json_value(ccdk_cfn_json *json);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_construct_new(scope, ...) ccdk_construct_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_resource_new(scope, ...) ccdk_resource_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_resource_new_with_props(scope, ...) ccdk_resource_new_with_props(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_node_id(construct) ccdk_node_id(CCDK_CONSTRUCT_CONST(construct))
#define ccdk_node_path(construct) ccdk_node_path(CCDK_CONSTRUCT_CONST(construct))
#define ccdk_node_scope(construct) ccdk_node_scope(CCDK_CONSTRUCT_CONST(construct))
#define ccdk_node_addr(construct) ccdk_node_addr(CCDK_CONSTRUCT_CONST(construct))
#define ccdk_node_child_count(construct) ccdk_node_child_count(CCDK_CONSTRUCT_CONST(construct))
#define ccdk_node_child(construct, ...) ccdk_node_child(CCDK_CONSTRUCT_CONST(construct), __VA_ARGS__)
#define ccdk_node_try_find_child(construct, ...) ccdk_node_try_find_child(CCDK_CONSTRUCT_CONST(construct), __VA_ARGS__)
#define ccdk_node_default_child(construct) ccdk_node_default_child(CCDK_CONSTRUCT_CONST(construct))
#define ccdk_node_find_child(construct, ...) ccdk_node_find_child(CCDK_CONSTRUCT_CONST(construct), __VA_ARGS__)
#define ccdk_node_try_remove_child(construct, ...) ccdk_node_try_remove_child(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_node_set_default_child(construct, ...) ccdk_node_set_default_child(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_node_lock(construct) ccdk_node_lock(CCDK_CONSTRUCT(construct))
#define ccdk_node_find_all(construct, ...) ccdk_node_find_all(CCDK_CONSTRUCT_CONST(construct), __VA_ARGS__)
#define ccdk_node_set_context(construct, ...) ccdk_node_set_context(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_node_try_get_context(construct, ...) ccdk_node_try_get_context(CCDK_CONSTRUCT_CONST(construct), __VA_ARGS__)
#define ccdk_node_add_dependency(construct, on) ccdk_node_add_dependency(CCDK_CONSTRUCT(construct), CCDK_CONSTRUCT(on))
#define ccdk_node_add_metadata(construct, ...) ccdk_node_add_metadata(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_annotations_add_warning(construct, ...) ccdk_annotations_add_warning(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_annotations_add_error(construct, ...) ccdk_annotations_add_error(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_annotations_add_info(construct, ...) ccdk_annotations_add_info(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_annotations_add_deprecation(construct, ...) ccdk_annotations_add_deprecation(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_annotations_acknowledge_warning(construct, ...) ccdk_annotations_acknowledge_warning(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_annotations_add_info_v2(construct, ...) ccdk_annotations_add_info_v2(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_annotations_acknowledge_info(construct, ...) ccdk_annotations_acknowledge_info(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_validations_acknowledge(construct, ...) ccdk_validations_acknowledge(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_feature_flag_enabled(construct, ...) ccdk_feature_flag_enabled(CCDK_CONSTRUCT_CONST(construct), __VA_ARGS__)
#define ccdk_aspects_add(construct, ...) ccdk_aspects_add(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_aspects_add_with_priority(construct, ...) ccdk_aspects_add_with_priority(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_node_add_validation(construct, ...) ccdk_node_add_validation(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_tags_add(construct, ...) ccdk_tags_add(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_tags_remove(construct, ...) ccdk_tags_remove(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_tags_add_with(construct, ...) ccdk_tags_add_with(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_tags_remove_with(construct, ...) ccdk_tags_remove_with(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_aspects_add_tag(construct, ...) ccdk_aspects_add_tag(CCDK_CONSTRUCT(construct), __VA_ARGS__)
#define ccdk_stack_new(scope, ...) ccdk_stack_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_context_provider_get_value(scope, ...) ccdk_context_provider_get_value(CCDK_CONSTRUCT(scope), __VA_ARGS__)
#define ccdk_context_provider_get_key(scope, ...) ccdk_context_provider_get_key(CCDK_CONSTRUCT(scope), __VA_ARGS__)
#define ccdk_fn_get_azs(owner, ...) ccdk_fn_get_azs(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_stage_new(scope, ...) ccdk_stage_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_stack_of(construct) ccdk_stack_of(CCDK_CONSTRUCT_CONST(construct))
#define ccdk_arn_format_components(owner, ...) ccdk_arn_format_components(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_arn_split(owner, ...) ccdk_arn_split(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_arn_parse(owner, ...) ccdk_arn_parse(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_arn_extract_resource_name(owner, ...) ccdk_arn_extract_resource_name(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_duration_to(owner, ...) ccdk_duration_to(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_duration_to_iso_string(owner, ...) ccdk_duration_to_iso_string(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_duration_to_human_string(owner, ...) ccdk_duration_to_human_string(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_duration_to_string(owner, ...) ccdk_duration_to_string(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_duration_format_token_to_number(owner, ...) ccdk_duration_format_token_to_number(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_duration_parse(owner, ...) ccdk_duration_parse(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_duration_plus(owner, ...) ccdk_duration_plus(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_duration_minus(owner, ...) ccdk_duration_minus(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_size_to(owner, ...) ccdk_size_to(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_nested_stack_new(scope, ...) ccdk_nested_stack_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_v_string(owner, ...) ccdk_v_string(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_v_number(owner, ...) ccdk_v_number(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_v_bool(owner, ...) ccdk_v_bool(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_v_null(owner) ccdk_v_null(CCDK_CONSTRUCT(owner))
#define ccdk_v_list(owner) ccdk_v_list(CCDK_CONSTRUCT(owner))
#define ccdk_v_object(owner) ccdk_v_object(CCDK_CONSTRUCT(owner))
#define ccdk_v_json(owner, ...) ccdk_v_json(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fmt(owner, ...) ccdk_fmt(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_join(owner, ...) ccdk_fn_join(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_sub(owner, ...) ccdk_fn_sub(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_select(owner, ...) ccdk_fn_select(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_split(owner, ...) ccdk_fn_split(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_import_value(owner, ...) ccdk_fn_import_value(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_get_att(owner, ...) ccdk_fn_get_att(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_ref(owner, ...) ccdk_fn_ref(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_base64(owner, ...) ccdk_fn_base64(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_split_assumed_length(owner, ...) ccdk_fn_split_assumed_length(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_import_list_value(owner, ...) ccdk_fn_import_list_value(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_len(owner, ...) ccdk_fn_len(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_to_json_string(owner, ...) ccdk_fn_to_json_string(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_condition_if(owner, ...) ccdk_fn_condition_if(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_condition_equals(owner, ...) ccdk_fn_condition_equals(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_condition_not(owner, ...) ccdk_fn_condition_not(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_condition_and(owner, ...) ccdk_fn_condition_and(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_condition_or(owner, ...) ccdk_fn_condition_or(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_condition_contains(owner, ...) ccdk_fn_condition_contains(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_condition_each_member_equals(owner, ...) ccdk_fn_condition_each_member_equals(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_condition_each_member_in(owner, ...) ccdk_fn_condition_each_member_in(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_ref_all(owner, ...) ccdk_fn_ref_all(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_value_of_all(owner, ...) ccdk_fn_value_of_all(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_value_of(owner, ...) ccdk_fn_value_of(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_cidr(owner, ...) ccdk_fn_cidr(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_fn_parse_domain_name(owner, ...) ccdk_fn_parse_domain_name(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cfn_dynamic_reference(owner, ...) ccdk_cfn_dynamic_reference(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_aws_account_id(owner) ccdk_aws_account_id(CCDK_CONSTRUCT(owner))
#define ccdk_aws_region(owner) ccdk_aws_region(CCDK_CONSTRUCT(owner))
#define ccdk_aws_partition(owner) ccdk_aws_partition(CCDK_CONSTRUCT(owner))
#define ccdk_aws_url_suffix(owner) ccdk_aws_url_suffix(CCDK_CONSTRUCT(owner))
#define ccdk_aws_stack_name(owner) ccdk_aws_stack_name(CCDK_CONSTRUCT(owner))
#define ccdk_aws_stack_id(owner) ccdk_aws_stack_id(CCDK_CONSTRUCT(owner))
#define ccdk_aws_no_value(owner) ccdk_aws_no_value(CCDK_CONSTRUCT(owner))
#define ccdk_lazy_string(owner, ...) ccdk_lazy_string(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lazy_value(owner, ...) ccdk_lazy_value(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_names_unique_id(construct) ccdk_names_unique_id(CCDK_CONSTRUCT_CONST(construct))
#define ccdk_names_unique_resource_name(construct, ...) ccdk_names_unique_resource_name(CCDK_CONSTRUCT_CONST(construct), __VA_ARGS__)
#define ccdk_names_stack_relative_construct_path(construct) ccdk_names_stack_relative_construct_path(CCDK_CONSTRUCT_CONST(construct))
#define ccdk_cfn_resource_new(scope, ...) ccdk_cfn_resource_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cfn_element_logical_id(element) ccdk_cfn_element_logical_id(CCDK_CONSTRUCT(element))
#define ccdk_cfn_element_override_logical_id(element, ...) ccdk_cfn_element_override_logical_id(CCDK_CONSTRUCT(element), __VA_ARGS__)
#define ccdk_removal_policies_apply(scope, ...) ccdk_removal_policies_apply(CCDK_CONSTRUCT(scope), __VA_ARGS__)
#define ccdk_missing_removal_policies_apply(scope, ...) ccdk_missing_removal_policies_apply(CCDK_CONSTRUCT(scope), __VA_ARGS__)
#define ccdk_cfn_output_new(scope, ...) ccdk_cfn_output_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_custom_resource_new(scope, ...) ccdk_custom_resource_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cfn_parameter_new(scope, ...) ccdk_cfn_parameter_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cfn_mapping_new(scope, ...) ccdk_cfn_mapping_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cfn_mapping_new_with_props(scope, ...) ccdk_cfn_mapping_new_with_props(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_fn_find_in_map(owner, ...) ccdk_fn_find_in_map(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cfn_condition_new(scope, ...) ccdk_cfn_condition_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cfn_rule_new(scope, ...) ccdk_cfn_rule_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cfn_include_new(scope, ...) ccdk_cfn_include_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cfn_json_new(scope, ...) ccdk_cfn_json_new(CCDK_SCOPE(scope), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
