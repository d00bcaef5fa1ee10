/* ccdk/lambda.h - AWS Lambda: Function, Code, Runtime, permissions and grants, imported functions.
 * Versions, aliases, layers and function URLs are in ccdk/lambda_versions.h. */
#ifndef CCDK_LAMBDA_H
#define CCDK_LAMBDA_H

#include "ccdk/assets.h"
#include "ccdk/core.h"
#include "ccdk/cloudwatch.h"
#include "ccdk/ec2.h"
#include "ccdk/iam.h"
#include "ccdk/lambda_v2.h"
#include "ccdk/logs.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_lambda_function ccdk_lambda_function;
typedef struct ccdk_lambda_code ccdk_lambda_code;
typedef struct ccdk_lambda_layer_version ccdk_lambda_layer_version;
typedef CCDK_LIST_TYPE(ccdk_lambda_layer_version *) ccdk_lambda_layer_list;
typedef struct ccdk_lambda_version ccdk_lambda_version;
typedef struct ccdk_lambda_alias ccdk_lambda_alias;
typedef struct ccdk_sqs_queue ccdk_sqs_queue;
typedef struct ccdk_sns_topic ccdk_sns_topic;
typedef struct ccdk_efs_access_point ccdk_efs_access_point;
typedef struct ccdk_lambda_file_system ccdk_lambda_file_system;
typedef struct ccdk_s3files_cfn_access_point ccdk_s3files_cfn_access_point;
/** IEventSource (ccdk/lambda_event_sources.h makes them). */
typedef struct ccdk_lambda_event_source ccdk_lambda_event_source;
typedef CCDK_LIST_TYPE(ccdk_lambda_event_source *) ccdk_lambda_event_source_list;
/** IDestination (aws-cdk-lib's lambda.IDestination): made by ccdk/lambda_destinations.h. */
typedef struct ccdk_lambda_destination ccdk_lambda_destination;

/* IFunction and its narrower cases, for the checked handles (see ccdk/core.h). */
#define CCDK_LAMBDA_IFUNCTION(x)                                                                       \
    _Generic((x), ccdk_lambda_function *: (void *)(x), ccdk_lambda_version *: (void *)(x), ccdk_lambda_alias *: (void *)(x), \
             ccdk_lambda_singleton_function *: (void *)(x))
#define CCDK_LAMBDA_FUNCTION_OR_VERSION(x) _Generic((x), ccdk_lambda_function *: (void *)(x), ccdk_lambda_version *: (void *)(x))
/** A function URL's target: a Function or an Alias (aws-cdk-lib: "FunctionUrl cannot be used with a Version"). */
#define CCDK_LAMBDA_FUNCTION_OR_ALIAS(x)                                                                \
    _Generic((x), ccdk_lambda_function *: (void *)(x), ccdk_lambda_alias *: (void *)(x),                  \
             ccdk_lambda_singleton_function *: (void *)(x))
/* IGrantable, with the IFunctions (their role) */
#undef CCDK_IAM_GRANTABLE
#define CCDK_IAM_GRANTABLE(x)                                                                          \
    _Generic((x), ccdk_iam_principal *: ccdk_iam__principal_itself, ccdk_iam_role *: ccdk_iam_role_principal,   \
             ccdk_iam_user *: ccdk_iam_user_principal, ccdk_iam_group *: ccdk_iam_group_principal, \
             ccdk_iam_managed_policy *: ccdk_iam_managed_policy_principal,                                 \
             ccdk_iam_lazy_role *: ccdk_iam_lazy_role_principal,                                           \
             ccdk_lambda_function *: ccdk_lambda_function_grant_principal,                                 \
             ccdk_lambda_version *: ccdk_lambda_function_grant_principal,                                  \
             ccdk_lambda_alias *: ccdk_lambda_function_grant_principal,                                    \
             ccdk_lambda_singleton_function *: ccdk_lambda_function_grant_principal)(x)

/* ================================================================== Runtime */

typedef enum {
    CCDK_LAMBDA_FAMILY_NODEJS = 0,
    CCDK_LAMBDA_FAMILY_JAVA,
    CCDK_LAMBDA_FAMILY_PYTHON,
    CCDK_LAMBDA_FAMILY_DOTNET_CORE,
    CCDK_LAMBDA_FAMILY_GO,
    CCDK_LAMBDA_FAMILY_RUBY,
    CCDK_LAMBDA_FAMILY_OTHER,
    CCDK_LAMBDA_FAMILY_NONE /* FROM_IMAGE */
} ccdk_lambda_runtime_family;

/** A Lambda runtime. The constants below are static; a custom runtime is a struct of your own. */
typedef struct {
    const char *name;
    ccdk_lambda_runtime_family family;
    int supports_inline_code;
    int supports_code_guru_profiling;
    int supports_snap_start;
    int is_variable;
    /** LambdaRuntimeProps.bundlingDockerImage: the image of runtime.bundlingImage (and of
     *  bundlingDockerImage); NULL: "public.ecr.aws/sam/build-<name>". NULL in every constant. */
    const char *bundling_docker_image;
} ccdk_lambda_runtime;

/** The Runtime.<NAME> constant whose name is `name` ("nodejs16.x"; aws-cdk-lib has no such lookup):
 *  static. NULL when none is, or for NULL (no error: nothing to record it on). */
const ccdk_lambda_runtime *ccdk_lambda_runtime_by_name(const char *name);
/** runtime.bundlingImage (the same image as runtime.bundlingDockerImage): the runtime's
 *  bundling_docker_image, else "public.ecr.aws/sam/build-<name>"; owned by the App of owner (it lives
 *  until ccdk_app_free). Its name is NULL, without an error, when rt is NULL; a bad owner goes to the
 *  process-wide list. */
ccdk_docker_image ccdk_lambda_runtime_bundling_image(void *owner, const ccdk_lambda_runtime *rt);
/** runtime.runtimeEquals(other): 1 when both have the same name, family and supports_inline_code
 *  (any non-zero value counts as true, as !!props.supportsInlineCode), else 0; the other fields
 *  are not compared. 0 when either is NULL, without an error. */
int ccdk_lambda_runtime_equals(const ccdk_lambda_runtime *rt, const ccdk_lambda_runtime *other);
/** lambda.determineLatestNodeRuntime(scope): a new Runtime (owned by the App, never NULL) of the
 *  family NODEJS, with inline code, variable (as NODEJS_LATEST), named by the LATEST_NODE_RUNTIME
 *  regional fact of the construct's stack: "nodejs24.x" in every region aws-cdk-lib 2.276.0 knows and
 *  for those it does not. A construct outside a stack, or (environment-agnostic stack) a
 *  '@aws-cdk/core:target-partitions' context that is not a list, is aws-cdk-lib's error (the name is
 *  then "nodejs24.x" all the same); a bad construct goes to the process-wide list. */
const ccdk_lambda_runtime *ccdk_lambda_determine_latest_node_runtime(void *construct);
/** lambda.Runtime.determineLatestPythonRuntime(scope): CCDK_LAMBDA_RUNTIME_PYTHON_3_13 itself (the
 *  constant, not a copy), whatever the construct: aws-cdk-lib 2.276.0 ignores the scope (no regional
 *  fact and no error, unlike determineLatestNodeRuntime). Never NULL. */
const ccdk_lambda_runtime *ccdk_lambda_determine_latest_python_runtime(void *construct);
/** Every runtime constant, in aws-cdk-lib's declaration order (Runtime.ALL), NULL-terminated. */
extern const ccdk_lambda_runtime *const ccdk_lambda_runtime_all[];
/** A list of runtimes: CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_20_X, ...). */
typedef CCDK_LIST_TYPE(const ccdk_lambda_runtime *) ccdk_lambda_runtime_list;
/** Runtime.ALL as a list (compatible_runtimes = ccdk_lambda_runtime_all_list()): static. */
ccdk_lambda_runtime_list ccdk_lambda_runtime_all_list(void);

#define CCDK__RT(sym) extern const ccdk_lambda_runtime ccdk_lambda_runtime_##sym;
#define CCDK_LAMBDA_RUNTIMES(X)                                                                          \
    X(NODEJS) X(NODEJS_4_3) X(NODEJS_6_10) X(NODEJS_8_10) X(NODEJS_10_X) X(NODEJS_12_X) X(NODEJS_14_X)     \
    X(NODEJS_16_X) X(NODEJS_18_X) X(NODEJS_20_X) X(NODEJS_LATEST) X(NODEJS_22_X) X(NODEJS_24_X)            \
    X(PYTHON_2_7) X(PYTHON_3_6) X(PYTHON_3_7) X(PYTHON_3_8) X(PYTHON_3_9) X(PYTHON_3_10) X(PYTHON_3_11)    \
    X(PYTHON_3_12) X(PYTHON_3_13) X(PYTHON_3_14) X(PYTHON_3_15) X(JAVA_8) X(JAVA_8_CORRETTO) X(JAVA_11)    \
    X(JAVA_17) X(JAVA_21) X(JAVA_25) X(JAVA_8_AL2023) X(JAVA_11_AL2023) X(JAVA_17_AL2023) X(DOTNET_6)      \
    X(DOTNET_8) X(DOTNET_9) X(DOTNET_10) X(DOTNET_CORE_1) X(DOTNET_CORE_2) X(DOTNET_CORE_2_1)              \
    X(DOTNET_CORE_3_1) X(GO_1_X) X(RUBY_2_5) X(RUBY_2_7) X(RUBY_3_2) X(RUBY_3_3) X(RUBY_3_4) X(RUBY_4_0)   \
    X(PROVIDED) X(PROVIDED_AL2) X(PROVIDED_AL2023) X(FROM_IMAGE)
CCDK_LAMBDA_RUNTIMES(CCDK__RT)
#undef CCDK__RT
/* CCDK_LAMBDA_RUNTIME_<NAME>: a pointer to the constant Runtime.<NAME>, for every runtime */
#define CCDK_LAMBDA_RUNTIME(sym) (&ccdk_lambda_runtime_##sym)
#define CCDK_LAMBDA_RUNTIME_NODEJS CCDK_LAMBDA_RUNTIME(NODEJS)
#define CCDK_LAMBDA_RUNTIME_NODEJS_4_3 CCDK_LAMBDA_RUNTIME(NODEJS_4_3)
#define CCDK_LAMBDA_RUNTIME_NODEJS_6_10 CCDK_LAMBDA_RUNTIME(NODEJS_6_10)
#define CCDK_LAMBDA_RUNTIME_NODEJS_8_10 CCDK_LAMBDA_RUNTIME(NODEJS_8_10)
#define CCDK_LAMBDA_RUNTIME_NODEJS_10_X CCDK_LAMBDA_RUNTIME(NODEJS_10_X)
#define CCDK_LAMBDA_RUNTIME_NODEJS_12_X CCDK_LAMBDA_RUNTIME(NODEJS_12_X)
#define CCDK_LAMBDA_RUNTIME_NODEJS_14_X CCDK_LAMBDA_RUNTIME(NODEJS_14_X)
#define CCDK_LAMBDA_RUNTIME_NODEJS_16_X CCDK_LAMBDA_RUNTIME(NODEJS_16_X)
#define CCDK_LAMBDA_RUNTIME_NODEJS_18_X CCDK_LAMBDA_RUNTIME(NODEJS_18_X)
#define CCDK_LAMBDA_RUNTIME_NODEJS_20_X CCDK_LAMBDA_RUNTIME(NODEJS_20_X)
#define CCDK_LAMBDA_RUNTIME_NODEJS_LATEST CCDK_LAMBDA_RUNTIME(NODEJS_LATEST)
#define CCDK_LAMBDA_RUNTIME_NODEJS_22_X CCDK_LAMBDA_RUNTIME(NODEJS_22_X)
#define CCDK_LAMBDA_RUNTIME_NODEJS_24_X CCDK_LAMBDA_RUNTIME(NODEJS_24_X)
#define CCDK_LAMBDA_RUNTIME_PYTHON_2_7 CCDK_LAMBDA_RUNTIME(PYTHON_2_7)
#define CCDK_LAMBDA_RUNTIME_PYTHON_3_6 CCDK_LAMBDA_RUNTIME(PYTHON_3_6)
#define CCDK_LAMBDA_RUNTIME_PYTHON_3_7 CCDK_LAMBDA_RUNTIME(PYTHON_3_7)
#define CCDK_LAMBDA_RUNTIME_PYTHON_3_8 CCDK_LAMBDA_RUNTIME(PYTHON_3_8)
#define CCDK_LAMBDA_RUNTIME_PYTHON_3_9 CCDK_LAMBDA_RUNTIME(PYTHON_3_9)
#define CCDK_LAMBDA_RUNTIME_PYTHON_3_10 CCDK_LAMBDA_RUNTIME(PYTHON_3_10)
#define CCDK_LAMBDA_RUNTIME_PYTHON_3_11 CCDK_LAMBDA_RUNTIME(PYTHON_3_11)
#define CCDK_LAMBDA_RUNTIME_PYTHON_3_12 CCDK_LAMBDA_RUNTIME(PYTHON_3_12)
#define CCDK_LAMBDA_RUNTIME_PYTHON_3_13 CCDK_LAMBDA_RUNTIME(PYTHON_3_13)
#define CCDK_LAMBDA_RUNTIME_PYTHON_3_14 CCDK_LAMBDA_RUNTIME(PYTHON_3_14)
#define CCDK_LAMBDA_RUNTIME_PYTHON_3_15 CCDK_LAMBDA_RUNTIME(PYTHON_3_15)
#define CCDK_LAMBDA_RUNTIME_JAVA_8 CCDK_LAMBDA_RUNTIME(JAVA_8)
#define CCDK_LAMBDA_RUNTIME_JAVA_8_CORRETTO CCDK_LAMBDA_RUNTIME(JAVA_8_CORRETTO)
#define CCDK_LAMBDA_RUNTIME_JAVA_11 CCDK_LAMBDA_RUNTIME(JAVA_11)
#define CCDK_LAMBDA_RUNTIME_JAVA_17 CCDK_LAMBDA_RUNTIME(JAVA_17)
#define CCDK_LAMBDA_RUNTIME_JAVA_21 CCDK_LAMBDA_RUNTIME(JAVA_21)
#define CCDK_LAMBDA_RUNTIME_JAVA_25 CCDK_LAMBDA_RUNTIME(JAVA_25)
#define CCDK_LAMBDA_RUNTIME_JAVA_8_AL2023 CCDK_LAMBDA_RUNTIME(JAVA_8_AL2023)
#define CCDK_LAMBDA_RUNTIME_JAVA_11_AL2023 CCDK_LAMBDA_RUNTIME(JAVA_11_AL2023)
#define CCDK_LAMBDA_RUNTIME_JAVA_17_AL2023 CCDK_LAMBDA_RUNTIME(JAVA_17_AL2023)
#define CCDK_LAMBDA_RUNTIME_DOTNET_6 CCDK_LAMBDA_RUNTIME(DOTNET_6)
#define CCDK_LAMBDA_RUNTIME_DOTNET_8 CCDK_LAMBDA_RUNTIME(DOTNET_8)
#define CCDK_LAMBDA_RUNTIME_DOTNET_9 CCDK_LAMBDA_RUNTIME(DOTNET_9)
#define CCDK_LAMBDA_RUNTIME_DOTNET_10 CCDK_LAMBDA_RUNTIME(DOTNET_10)
#define CCDK_LAMBDA_RUNTIME_DOTNET_CORE_1 CCDK_LAMBDA_RUNTIME(DOTNET_CORE_1)
#define CCDK_LAMBDA_RUNTIME_DOTNET_CORE_2 CCDK_LAMBDA_RUNTIME(DOTNET_CORE_2)
#define CCDK_LAMBDA_RUNTIME_DOTNET_CORE_2_1 CCDK_LAMBDA_RUNTIME(DOTNET_CORE_2_1)
#define CCDK_LAMBDA_RUNTIME_DOTNET_CORE_3_1 CCDK_LAMBDA_RUNTIME(DOTNET_CORE_3_1)
#define CCDK_LAMBDA_RUNTIME_GO_1_X CCDK_LAMBDA_RUNTIME(GO_1_X)
#define CCDK_LAMBDA_RUNTIME_RUBY_2_5 CCDK_LAMBDA_RUNTIME(RUBY_2_5)
#define CCDK_LAMBDA_RUNTIME_RUBY_2_7 CCDK_LAMBDA_RUNTIME(RUBY_2_7)
#define CCDK_LAMBDA_RUNTIME_RUBY_3_2 CCDK_LAMBDA_RUNTIME(RUBY_3_2)
#define CCDK_LAMBDA_RUNTIME_RUBY_3_3 CCDK_LAMBDA_RUNTIME(RUBY_3_3)
#define CCDK_LAMBDA_RUNTIME_RUBY_3_4 CCDK_LAMBDA_RUNTIME(RUBY_3_4)
#define CCDK_LAMBDA_RUNTIME_RUBY_4_0 CCDK_LAMBDA_RUNTIME(RUBY_4_0)
#define CCDK_LAMBDA_RUNTIME_PROVIDED CCDK_LAMBDA_RUNTIME(PROVIDED)
#define CCDK_LAMBDA_RUNTIME_PROVIDED_AL2 CCDK_LAMBDA_RUNTIME(PROVIDED_AL2)
#define CCDK_LAMBDA_RUNTIME_PROVIDED_AL2023 CCDK_LAMBDA_RUNTIME(PROVIDED_AL2023)
#define CCDK_LAMBDA_RUNTIME_FROM_IMAGE CCDK_LAMBDA_RUNTIME(FROM_IMAGE)

/* ================================================================== Architecture, Tracing */

typedef struct {
    const char *name;            /* "x86_64", "arm64" */
    const char *docker_platform; /* "linux/amd64", "linux/arm64" */
} ccdk_lambda_architecture;
typedef CCDK_LIST_TYPE(const ccdk_lambda_architecture *) ccdk_lambda_architecture_list;
extern const ccdk_lambda_architecture ccdk_lambda_architecture_x86_64;
extern const ccdk_lambda_architecture ccdk_lambda_architecture_arm_64;
#define CCDK_LAMBDA_ARCHITECTURE_X86_64 (&ccdk_lambda_architecture_x86_64)
#define CCDK_LAMBDA_ARCHITECTURE_ARM_64 (&ccdk_lambda_architecture_arm_64)
/** AdotLambdaLayer<Type>Version.layerArn(scope, architecture) (issue 16; ccdk/lambda_v2.h): the layer ARN in
 *  the scope's stack (a literal, or a region pattern or CfnMapping lookup for an environment-agnostic
 *  stack), owned by the App; architecture NULL is x86_64. A region without the layer is aws-cdk-lib's
 *  error on scope; then, and for a bad type or a scope outside a stack, "" (never NULL). */
const char *ccdk_lambda_adot_layer_arn(void *scope, ccdk_lambda_adot_layer_version version,
                                       const ccdk_lambda_architecture *architecture);

typedef enum {
    CCDK_LAMBDA_TRACING_UNSET = 0,
    CCDK_LAMBDA_TRACING_ACTIVE,
    CCDK_LAMBDA_TRACING_PASS_THROUGH,
    CCDK_LAMBDA_TRACING_DISABLED
} ccdk_lambda_tracing;

/* ================================================================== logging (LoggingConfig) */

/** lambda.LoggingFormat: the format of the function's logs. */
typedef enum { CCDK_LAMBDA_LOGGING_FORMAT_UNSET = 0, CCDK_LAMBDA_LOGGING_FORMAT_TEXT, CCDK_LAMBDA_LOGGING_FORMAT_JSON } ccdk_lambda_logging_format;
/** lambda.ApplicationLogLevel (needs the JSON format). */
typedef enum {
    CCDK_LAMBDA_APPLICATION_LOG_LEVEL_UNSET = 0,
    CCDK_LAMBDA_APPLICATION_LOG_LEVEL_INFO,
    CCDK_LAMBDA_APPLICATION_LOG_LEVEL_DEBUG,
    CCDK_LAMBDA_APPLICATION_LOG_LEVEL_WARN,
    CCDK_LAMBDA_APPLICATION_LOG_LEVEL_TRACE,
    CCDK_LAMBDA_APPLICATION_LOG_LEVEL_ERROR,
    CCDK_LAMBDA_APPLICATION_LOG_LEVEL_FATAL
} ccdk_lambda_application_log_level;
/** lambda.SystemLogLevel (needs the JSON format). */
typedef enum {
    CCDK_LAMBDA_SYSTEM_LOG_LEVEL_UNSET = 0,
    CCDK_LAMBDA_SYSTEM_LOG_LEVEL_INFO,
    CCDK_LAMBDA_SYSTEM_LOG_LEVEL_DEBUG,
    CCDK_LAMBDA_SYSTEM_LOG_LEVEL_WARN
} ccdk_lambda_system_log_level;

/* ================================================================== Code */

/* Asset options, bundling and DockerImage (AssetOptions, BundlingOptions, ...) are in ccdk/assets.h. */

/** Code.fromInline(code). Codes are values owned by the owner's App; never NULL. Empty or NULL code:
 *  aws-cdk-lib's error on the App (without a path); a bad owner goes to the process-wide list. */
ccdk_lambda_code *ccdk_lambda_code_from_inline(void *owner, const char *code);
/** Code.fromAsset(path, options): a directory or a .zip file; options may be NULL. Owned by the App.
 *  Bad options are aws-cdk-lib's errors on the App (without a path); a missing path is an error where
 *  the code is bound (NULL is ""). With follow CCDK_FOLLOW_BLOCK_EXTERNAL, a directory's symlink to
 *  outside it that the user's exclude leaves (".is_custom_resource" too) is "The file <target> is an
 *  external symbolic link which is forbidden due to follow mode internal-only. ..." on the Asset
 *  (<scope>/Code) when bound, and a bundle's NOT_ARCHIVED output's on its Stage (<scope>/Code/Stage).
 *  A bad owner goes to the process-wide list; never NULL. */
ccdk_lambda_code *ccdk_lambda_code_from_asset(void *owner, const char *path, const ccdk_asset_options *options);
/** Code.fromDockerBuild(path, options): DockerImage.fromBuild, then `docker create` /
 * `docker cp <id>:<imagePath> <dest>` / `docker rm -v <id>`, and Code.fromAsset(dest).
 * options may be NULL. Never NULL: when the build or the copy fails (the error is on the app), or
 * the App already has errors (then no docker command runs at all), a code that binds harmlessly.
 * Owned by the App; a bad owner goes to the process-wide list. */
ccdk_lambda_code *ccdk_lambda_code_from_docker_build(void *owner, const char *path, const ccdk_docker_build_options *options);
/** CustomCommandOptions: Code.fromAsset's options, and the commandOptions of spawnSync that ccdk
 *  supports: cwd, and env (the whole environment of the command; not given: this process's). */
typedef struct {
    ccdk_asset_options asset;
    const char *cwd;
    ccdk_kvs env; /* CCDK_KVS({"PATH", "/usr/bin:/bin"}, ...) */
} ccdk_lambda_custom_command_options;
/** Code.fromCustomCommand(output, command, options): runs command (CCDK_STRS("node", "build.js"); no
 *  shell, stdin empty, output captured) at once, then is Code.fromAsset(output, options->asset).
 *  options may be NULL. An empty command, a command that cannot start or exits non-zero is
 *  aws-cdk-lib's error on the App (with the command's stdout and stderr); after an error nothing is
 *  run. Owned by the App; a bad owner goes to the process-wide list; never NULL. */
ccdk_lambda_code *ccdk_lambda_code_from_custom_command(void *owner, const char *output, ccdk_strs command,
                                                       const ccdk_lambda_custom_command_options *options);
/** Code.fromBucket(bucket, key, objectVersion): bucket is an s3 Bucket, owned or imported
 *  (ccdk/s3.h). Without an object version, aws-cdk-lib's warning on the bucket
 *  (@aws-cdk/aws-lambda:codeFromBucketObjectVersionNotSpecified). Owned by the bucket's App. A
 *  NULL or non-construct bucket goes to the process-wide list; never NULL. */
ccdk_lambda_code *ccdk_lambda_code_from_bucket(ccdk_s3_bucket *bucket, const char *key, const char *object_version);
/** lambda.S3ObjectStorageMode: how Lambda keeps a Code.fromBucketV2 object. */
typedef enum {
    CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_UNSET = 0,
    CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_COPY,      /* "COPY": Lambda copies the object */
    CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE  /* "REFERENCE": Lambda reads it where it is */
} ccdk_lambda_s3_object_storage_mode;

/** BucketOptions of Code.fromBucketV2. */
typedef struct {
    const char *object_version;
    ccdk_kms_key *source_kms_key; /* the key the code's object is encrypted with (ccdk/kms.h) */
    /** S3ObjectStorageMode of the function's Code / the layer's Content. REFERENCE needs
     *  object_version (aws-cdk-lib's error on the bucket). Each function or layer the REFERENCE code
     *  is bound to adds, as aws-cdk-lib's bindToResource, a statement for lambda.amazonaws.com
     *  (s3:GetObject, s3:GetObjectVersion on the object; aws:SourceAccount the stack's account,
     *  aws:SourceArn the function's or layer's ARN by its literal name, else a wildcard with the
     *  warning @aws-cdk/aws-lambda:s3ObjectStorageModeReferenceWildcardSourceArn on the resource) to
     *  the bucket policy and depends on it; an imported bucket has no policy of the App's: the
     *  warning ...ImportedBucketPolicy instead. When the bucket has an encryption key
     *  (ccdk_s3_bucket_encryption_key), kms:Decrypt via S3 in its key policy and a dependency on
     *  the key; an imported key: the warning ...ImportedKeyPolicy. A number that is no mode is an
     *  error on the bucket. */
    ccdk_lambda_s3_object_storage_mode s3_object_storage_mode;
} ccdk_lambda_bucket_options;
/** Code.fromBucketV2(bucket, key, options): as ccdk_lambda_code_from_bucket, with the object version
 *  and the source KMS key (a function's Code.SourceKMSKeyArn; a layer takes none) in options, which
 *  may be NULL; the warning without an object version is fromBucketV2's. Ownership and errors as
 *  ccdk_lambda_code_from_bucket. */
ccdk_lambda_code *ccdk_lambda_code_from_bucket_v2(ccdk_s3_bucket *bucket, const char *key, const ccdk_lambda_bucket_options *options);
/** new lambda.S3Code(bucket, key, objectVersion) and new lambda.S3CodeV2(bucket, key, options): the
 *  classes that Code.fromBucket and Code.fromBucketV2 return, made directly, as aws-cdk's tests do:
 *  the same code without the warning for a missing object version. Ownership and errors as
 *  ccdk_lambda_code_from_bucket / ccdk_lambda_code_from_bucket_v2. */
ccdk_lambda_code *ccdk_lambda_s3_code_new(ccdk_s3_bucket *bucket, const char *key, const char *object_version);
ccdk_lambda_code *ccdk_lambda_s3_code_v2_new(ccdk_s3_bucket *bucket, const char *key, const ccdk_lambda_bucket_options *options);
/** CfnParametersCodeProps: the parameters of the bucket name and the object key (type String). */
typedef struct {
    ccdk_cfn_parameter *bucket_name_param; /* default: "LambdaSourceBucketNameParameter" where bound */
    ccdk_cfn_parameter *object_key_param;  /* default: "LambdaSourceObjectKeyParameter" where bound */
    ccdk_kms_key *source_kms_key;          /* a function's Code.SourceKMSKeyArn (ccdk/kms.h) */
} ccdk_lambda_cfn_parameters_code_props;
/** Code.fromCfnParameters(props): props may be NULL; a parameter not given is created under the
 *  function or layer the code is first bound to. Owned by the App; a bad owner goes to the
 *  process-wide list; never NULL. */
ccdk_lambda_code *ccdk_lambda_code_from_cfn_parameters(void *owner, const ccdk_lambda_cfn_parameters_code_props *props);
/** code.bucketNameParam / code.objectKeyParam of a CfnParametersCode: the parameter's logical id (a
 *  token), owned by the App. Before the code is bound: aws-cdk-lib's error ("Pass CfnParametersCode
 *  to a Lambda Function before ...") on the App and NULL; another kind of code: an error and NULL;
 *  NULL for NULL without an error. */
const char *ccdk_lambda_code_bucket_name_param(ccdk_lambda_code *code);
const char *ccdk_lambda_code_object_key_param(ccdk_lambda_code *code);
/** code.assign(location) of a CfnParametersCode: an object {<bucketNameParam>: bucket_name,
 *  <objectKeyParam>: object_key} whose keys are the parameters' logical ids (tokens, resolved where
 *  the object is: ccdk_stack_resolve_value; e.g. CodePipeline parameter overrides). A NULL name or key
 *  is undefined (left out when resolved). The parameters' errors as ccdk_lambda_code_bucket_name_param
 *  (before the code is bound, unless they were given in props), and NULL then; NULL for NULL. */
ccdk_value *ccdk_lambda_code_assign(ccdk_lambda_code *code, const char *bucket_name, const char *object_key);
/** s3.Location: where a CodeConfig's code is in S3. */
typedef struct {
    const char *bucket_name;
    const char *object_key;
    const char *object_version; /* NULL: none */
} ccdk_lambda_code_s3_location;
/** CodeImageConfig: a container image by URI, with its ImageConfig overrides. */
typedef struct {
    const char *image_uri;
    ccdk_strs cmd;        /* ImageConfig.Command */
    ccdk_strs entrypoint; /* ImageConfig.EntryPoint */
    const char *working_directory;
} ccdk_lambda_code_image_config;
/** CodeConfig: what a lambda.Code's bind() returns. Exactly one of inline_code (not ""),
 *  s3_location and image is meant to be given. */
typedef struct {
    const ccdk_lambda_code_s3_location *s3_location;
    const char *inline_code;
    const ccdk_lambda_code_image_config *image;
    const char *source_kms_key_arn; /* a function's Code.SourceKMSKeyArn (a layer takes none) */
    ccdk_lambda_s3_object_storage_mode s3_object_storage_mode; /* with s3_location */
} ccdk_lambda_code_config;
/** A lambda.Code of one's own (a subclass whose bind() returns config, with no bindToResource),
 *  as aws-cdk's function.test.ts 'code config' MyCode: config is copied. A function of it renders
 *  Code {ZipFile}, {S3Bucket, S3Key, S3ObjectVersion, S3ObjectStorageMode, SourceKMSKeyArn} or
 *  {ImageUri} (with ImageConfig and PackageType Image; the function's runtime and handler must be
 *  FROM_IMAGE, as Code.fromEcrImage). Errors, as aws-cdk-lib's: a config with not exactly one of
 *  inline_code, s3_location and image (or a NULL config): 'lambda.Code must specify exactly one
 *  of: "inlineCode", "s3Location", or "image"' on the App (no path) when a function binds it; a
 *  layer of it: "Inline code is not supported for AWS Lambda layers" with inline code, else "Code
 *  must define an S3 location" without s3_location. Owned by the App; a bad owner goes to the
 *  process-wide list; never NULL. */
ccdk_lambda_code *ccdk_lambda_code_new(void *owner, const ccdk_lambda_code_config *config);

/* ================================================================== Function */

typedef struct ccdk_lambda_version_options {
    const char *description;
    const char *code_sha256;
    ccdk_removal_policy removal_policy;
    ccdk_opt_num provisioned_concurrent_executions;
    ccdk_duration max_event_age;
    ccdk_opt_num retry_attempts;
    /* lambda-destinations (issue 16): EventInvokeConfigOptions' destinations (ccdk/lambda_destinations.h) */
    ccdk_lambda_destination *on_success;
    ccdk_lambda_destination *on_failure;
    /** FunctionScalingConfig of the version: as ccdk_lambda_version_props (ccdk/lambda_versions.h) */
    ccdk_opt_num min_execution_environments;
    ccdk_opt_num max_execution_environments;
} ccdk_lambda_version_options;

typedef struct {
    const ccdk_lambda_runtime *runtime; /* required */
    const char *handler;                /* required */
    ccdk_lambda_code *code;             /* required */
    ccdk_duration timeout;              /* default: none in the template (3 s) */
    ccdk_opt_num memory_size;
    ccdk_kvs environment;               /* CCDK_KVS({"KEY", "value"}, ...) */
    const char *description;
    const char *function_name;
    const ccdk_lambda_architecture *architecture;
    ccdk_size ephemeral_storage_size;
    ccdk_lambda_tracing tracing;
    ccdk_opt_num reserved_concurrent_executions;
    ccdk_iam_role *role;
    ccdk_iam_policy_statement_list initial_policy; /* CCDK_LIST(s1, s2) */
    ccdk_tristate dead_letter_queue_enabled;
    ccdk_sqs_queue *dead_letter_queue;
    ccdk_sns_topic *dead_letter_topic;
    ccdk_duration max_event_age;
    ccdk_opt_num retry_attempts;
    ccdk_lambda_layer_list layers; /* CCDK_LIST(layer1, layer2) */
    /** props.events: event sources (ccdk/lambda_event_sources.h) the constructor adds, after the
     *  layers, as ccdk_lambda_function_add_event_source does: CCDK_LIST(source1, source2). */
    ccdk_lambda_event_source_list events;
    const ccdk_lambda_version_options *current_version_options;
    struct ccdk_lambda_code_signing_config *code_signing_config; /* ccdk/lambda_code_signing.h */
    const struct ccdk_lambda_insights_version *insights_version;  /* ccdk/lambda_insights.h */
    /** CodeGuru profiling: a group of one's own (used unless profiling is CCDK_FALSE), or
     *  profiling = CCDK_TRUE for a new group "ProfilingGroup" under the function. ccdk/codeguru.h */
    ccdk_tristate profiling;
    struct ccdk_codeguru_profiling_group *profiling_group;
    /** A file system to mount (ccdk_lambda_file_system_from_efs_access_point,
     *  ccdk_lambda_file_system_from_s3_files_access_point); needs `vpc`. The
     *  function gets the IAM statements to mount and write, a rule allowing its security groups to
     *  reach the file system's on port 2049, FileSystemConfigs, and depends on the mount targets. */
    const ccdk_lambda_file_system *filesystem;
    /* logs (ccdk/logs.h). log_retention: a Custom::LogRetention resource sets the retention of the
     * function's log group /aws/lambda/<name> (INFINITE: none); its handler function is the stack's
     * singleton, with log_retention_role (default: its own role) and the retry options. */
    ccdk_logs_retention_days log_retention;
    ccdk_iam_role *log_retention_role;
    const ccdk_logs_log_retention_retry_options *log_retention_retry_options;
    ccdk_removal_policy log_removal_policy; /* deprecated logRemovalPolicy: with log_retention, DESTROY deletes the group */
    /** A log group of one's own (LoggingConfig.LogGroup); not with log_retention. */
    ccdk_logs_log_group *log_group;
    /** LoggingConfig: the format, and the levels (which need JSON). */
    ccdk_lambda_logging_format logging_format;
    ccdk_lambda_application_log_level application_log_level_v2;
    ccdk_lambda_system_log_level system_log_level_v2;
    /** aws-cdk-lib's deprecated string forms: logFormat ("Text", "JSON"), applicationLogLevel,
     *  systemLogLevel ("INFO", ...); each not together with its replacement above. */
    const char *log_format;
    const char *application_log_level;
    const char *system_log_level;
    /** A function in a VPC (src/lambda/vpc.c; ccdk/ec2.h): its subnets (default: the VPC's default
     *  selection; public subnets are aws-cdk-lib's error unless allow_public_subnet), its security
     *  groups (default: a new "SecurityGroup" with allow_all_outbound, default true), the
     *  AWSLambdaVPCAccessExecutionRole policy on the autogenerated role, and a dependency of the
     *  function on the subnets' internet connectivity. aws-cdk-lib's errors: "Cannot configure
     *  '<prop>' without configuring a VPC" (allowAllOutbound, securityGroups, vpcSubnets,
     *  ipv6AllowedForDualStack, allowAllIpv6Outbound), "Configure 'allowAllOutbound' directly on the
     *  supplied SecurityGroups." (and allowAllIpv6Outbound), "Lambda Functions in a public subnet can
     *  NOT access the internet. ... set `allowPublicSubnet` to true", and selectSubnets' own. */
    ccdk_ec2_vpc *vpc;
    ccdk_ec2_subnet_selection vpc_subnets;
    ccdk_ec2_security_group_list security_groups;
    ccdk_tristate allow_all_outbound;
    ccdk_tristate allow_all_ipv6_outbound;
    ccdk_tristate allow_public_subnet;
    ccdk_tristate ipv6_allowed_for_dual_stack;
    /* lambda-destinations (issue 16): where asynchronous invocation results go, with max_event_age
     * and retry_attempts above one EventInvokeConfig (ccdk/lambda_destinations.h) */
    ccdk_lambda_destination *on_success;
    ccdk_lambda_destination *on_failure;
    /* kms (issue 16): the key that encrypts the environment variables (KmsKeyArn), ccdk/kms.h */
    ccdk_kms_key *environment_encryption;
    /* issue 16 (part 1, branch v2props): aws-cdk-lib v2 Function props; types in ccdk/lambda_v2.h */
    const ccdk_lambda_snap_start_conf *snap_start;                      /* SnapStartConf */
    const ccdk_lambda_runtime_management_mode *runtime_management_mode; /* RuntimeManagementMode */
    ccdk_lambda_recursive_loop recursive_loop;
    const ccdk_lambda_adot_instrumentation_config *adot_instrumentation;
    const ccdk_lambda_params_and_secrets *params_and_secrets;          /* ParamsAndSecretsLayerVersion */
    const ccdk_lambda_tenancy_config *tenancy_config;
    const ccdk_lambda_durable_config *durable_config;
    /* end of issue 16 part 1 */
    /** Deprecated in aws-cdk-lib (use `architecture`, `security_groups`): `architectures` of one
     *  (CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64)) writes Architectures, yet as in aws-cdk-lib
     *  fn.architecture (and what follows from it: the Insights, ADOT and Parameters and Secrets layer
     *  ARNs) stays x86_64; with `architecture`, or of more than one, aws-cdk-lib's error. A single
     *  `security_group` is the function's group in its VPC; with `security_groups` (even empty),
     *  without a VPC, or with allow_all_outbound / allow_all_ipv6_outbound, aws-cdk-lib's error. */
    ccdk_lambda_architecture_list architectures;
    ccdk_ec2_security_group *security_group;
} ccdk_lambda_function_props;

/** The L1 classes of aws-cdk-lib's aws_lambda, one constructor each: new lambda.CfnFunction(scope, id,
 *  props) is ccdk_lambda_cfn_function_new(scope, id, properties), new lambda.CfnAlias(...)
 *  ccdk_lambda_cfn_alias_new(...), and so on. Each makes the L1 resource itself (its logical id comes
 *  from id, as any L1's; its fqn in tree.json is the class's), its properties an object under their
 *  CloudFormation names ({"Code": {...}, "Role": ..., "SnapStart": {"ApplyOn": ...}}), rendered
 *  sorted as the class renders them. The members are kept, not copied: a list changed later renders
 *  changed, as the classes keep the arrays of their props. For a taggable class (Function,
 *  EventSourceMapping, CodeSigningConfig, CapacityProvider, MicrovmImage, NetworkConnector,
 *  WebFunction) a literal "Tags" list of {Key, Value} strings is the class's own tags, sorted with
 *  those of Tags.of(); "Tags" that is not a list at all (an object, a string, null, a token) is the
 *  TagManager's error ("Invalid tag input expected array of {key, value} have ..."). A property the
 *  class does not have (in aws-cdk-lib 2.276.0) is ccdk's error on the resource, as aws-cdk-lib's
 *  props types refuse it at compile time: add a newer one with ccdk_cfn_resource_add_property_override;
 *  so is a member a struct does not have ({"Code": {"ZipFle": ...}}), said at synth. At synth, as the
 *  class renders them, the properties then are checked by aws-cdk-lib's validators (a property's
 *  type, a struct's required members: "Resolution error: Supplied properties not correct for
 *  \"CfnFunctionProps\"\n  memorySize: \"128\" should be a number."; an intrinsic object or a
 *  dynamic reference is not looked into). A reference-or-string property (FunctionName, Role,
 *  Layers' items, ...) given a number, boolean, null, list or object is the constructor's TypeError
 *  ("Property role should be one of iam.IRoleRef | string"): give a string (a token's too).
 *  The first required property missing (absent, undefined or null; listed below
 *  in the order the class checks them) is aws-cdk-lib's error ("<path> [AWS::Lambda::Function] is
 *  missing required property: code", in the props' JavaScript name); properties that are not an
 *  object (NULL: none) an error on the resource. Owned by the App; a bad scope goes to the
 *  process-wide list; never NULL. The handle is a ccdk_cfn_resource: attributes (attrArn, ...) are
 *  ccdk_cfn_resource_get_att(r, "Arn"), its Ref ccdk_cfn_resource_ref(r), and overrides and
 *  dependencies work as on any L1. One function per class rather than one taking a kind: a
 *  misspelled class is a compile error, not a wrong resource. scripts/gen-lambda-cfn-table.js
 *  writes their table from aws-cdk-lib and checks that each class has its declaration here. */
/** Code, Role. Tags. */
ccdk_cfn_resource *ccdk_lambda_cfn_function_new(void *scope, const char *id, ccdk_value *properties);
/** FunctionName, FunctionVersion, Name. */
ccdk_cfn_resource *ccdk_lambda_cfn_alias_new(void *scope, const char *id, ccdk_value *properties);
/** FunctionName. */
ccdk_cfn_resource *ccdk_lambda_cfn_version_new(void *scope, const char *id, ccdk_value *properties);
/** Action, FunctionName, Principal. */
ccdk_cfn_resource *ccdk_lambda_cfn_permission_new(void *scope, const char *id, ccdk_value *properties);
/** FunctionName. Tags. */
ccdk_cfn_resource *ccdk_lambda_cfn_event_source_mapping_new(void *scope, const char *id, ccdk_value *properties);
/** Content. */
ccdk_cfn_resource *ccdk_lambda_cfn_layer_version_new(void *scope, const char *id, ccdk_value *properties);
/** Action, LayerVersionArn, Principal. */
ccdk_cfn_resource *ccdk_lambda_cfn_layer_version_permission_new(void *scope, const char *id, ccdk_value *properties);
/** AuthType, TargetFunctionArn. */
ccdk_cfn_resource *ccdk_lambda_cfn_url_new(void *scope, const char *id, ccdk_value *properties);
/** FunctionName, Qualifier. */
ccdk_cfn_resource *ccdk_lambda_cfn_event_invoke_config_new(void *scope, const char *id, ccdk_value *properties);
/** AllowedPublishers. Tags. */
ccdk_cfn_resource *ccdk_lambda_cfn_code_signing_config_new(void *scope, const char *id, ccdk_value *properties);
/** PermissionsConfig, VpcConfig. Tags. */
ccdk_cfn_resource *ccdk_lambda_cfn_capacity_provider_new(void *scope, const char *id, ccdk_value *properties);
/** AdditionalOsCapabilities, BaseImageArn, BaseImageVersion, BuildRoleArn, CodeArtifact,
 *  CpuConfigurations, Description, EgressNetworkConnectors, EnvironmentVariables, Hooks, Logging,
 *  Name, Resources. Tags. */
ccdk_cfn_resource *ccdk_lambda_cfn_microvm_image_new(void *scope, const char *id, ccdk_value *properties);
/** Configuration. Tags. */
ccdk_cfn_resource *ccdk_lambda_cfn_network_connector_new(void *scope, const char *id, ccdk_value *properties);
/** PolicyDocument, ResourceArn. */
ccdk_cfn_resource *ccdk_lambda_cfn_resource_policy_new(void *scope, const char *id, ccdk_value *properties);
/** FunctionName. Tags. */
ccdk_cfn_resource *ccdk_lambda_cfn_web_function_new(void *scope, const char *id, ccdk_value *properties);
/** AuthType, EndpointName, EndpointType, FunctionName. */
ccdk_cfn_resource *ccdk_lambda_cfn_web_function_endpoint_new(void *scope, const char *id, ccdk_value *properties);
/** BuildConfig, FunctionName, ServiceConfig. */
ccdk_cfn_resource *ccdk_lambda_cfn_web_function_revision_new(void *scope, const char *id, ccdk_value *properties);

/** The L1 classes' typed attributes, aws-cdk-lib's cfn.attrArn and the others:
 *  ccdk_lambda_cfn_<class>_attr_<attribute>(resource) is the token of {"Fn::GetAtt": [<logical id>,
 *  "<Attribute>"]}, as ccdk_cfn_resource_get_att(resource, "<Attribute>") is; the difference is that
 *  a misspelled attribute is a compile error here, where get_att takes any name (as CfnResource.getAtt
 *  does) and CloudFormation refuses it only at deploy time. LatestVersion (NetworkConnector) is a
 *  number token (CCDK_NUM_TOKEN takes it); SnapStartResponse and RegionalEndpoints are objects,
 *  their tokens to put where a value goes. A resource of another type than the class's is a
 *  process-wide error naming the function and the type, and NULL; NULL gives NULL. */
/* lambda.CfnAlias: attrAliasArn */
const char *ccdk_lambda_cfn_alias_attr_alias_arn(ccdk_cfn_resource *resource);
/* lambda.CfnCodeSigningConfig: attrCodeSigningConfigArn, attrCodeSigningConfigId */
const char *ccdk_lambda_cfn_code_signing_config_attr_code_signing_config_arn(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_code_signing_config_attr_code_signing_config_id(ccdk_cfn_resource *resource);
/* lambda.CfnEventSourceMapping: attrEventSourceMappingArn, attrId */
const char *ccdk_lambda_cfn_event_source_mapping_attr_event_source_mapping_arn(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_event_source_mapping_attr_id(ccdk_cfn_resource *resource);
/* lambda.CfnFunction: attrArn, attrSnapStartResponse, attrSnapStartResponseApplyOn, attrSnapStartResponseOptimizationStatus */
const char *ccdk_lambda_cfn_function_attr_arn(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_function_attr_snap_start_response(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_function_attr_snap_start_response_apply_on(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_function_attr_snap_start_response_optimization_status(ccdk_cfn_resource *resource);
/* lambda.CfnLayerVersion: attrLayerVersionArn */
const char *ccdk_lambda_cfn_layer_version_attr_layer_version_arn(ccdk_cfn_resource *resource);
/* lambda.CfnLayerVersionPermission: attrId */
const char *ccdk_lambda_cfn_layer_version_permission_attr_id(ccdk_cfn_resource *resource);
/* lambda.CfnPermission: attrId */
const char *ccdk_lambda_cfn_permission_attr_id(ccdk_cfn_resource *resource);
/* lambda.CfnUrl: attrFunctionArn, attrFunctionUrl */
const char *ccdk_lambda_cfn_url_attr_function_arn(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_url_attr_function_url(ccdk_cfn_resource *resource);
/* lambda.CfnVersion: attrFunctionArn, attrVersion */
const char *ccdk_lambda_cfn_version_attr_function_arn(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_version_attr_version(ccdk_cfn_resource *resource);
/* lambda.CfnCapacityProvider: attrArn, attrState */
const char *ccdk_lambda_cfn_capacity_provider_attr_arn(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_capacity_provider_attr_state(ccdk_cfn_resource *resource);
/* lambda.CfnMicrovmImage: attrCreatedAt, attrImageArn, attrLatestActiveImageVersion, attrLatestFailedImageVersion, attrState, attrUpdatedAt */
const char *ccdk_lambda_cfn_microvm_image_attr_created_at(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_microvm_image_attr_image_arn(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_microvm_image_attr_latest_active_image_version(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_microvm_image_attr_latest_failed_image_version(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_microvm_image_attr_state(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_microvm_image_attr_updated_at(ccdk_cfn_resource *resource);
/* lambda.CfnNetworkConnector: attrArn, attrLatestVersion, attrLatestVersionArn, attrState */
const char *ccdk_lambda_cfn_network_connector_attr_arn(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_network_connector_attr_latest_version(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_network_connector_attr_latest_version_arn(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_network_connector_attr_state(ccdk_cfn_resource *resource);
/* lambda.CfnWebFunction: attrCreatedAt, attrFunctionArn, attrState, attrStateReason, attrUpdatedAt */
const char *ccdk_lambda_cfn_web_function_attr_created_at(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_web_function_attr_function_arn(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_web_function_attr_state(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_web_function_attr_state_reason(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_web_function_attr_updated_at(ccdk_cfn_resource *resource);
/* lambda.CfnWebFunctionEndpoint: attrCreatedAt, attrDomainName, attrEndpointArn, attrFunctionArn, attrRegionalEndpoints, attrState, attrStateReason, attrUpdatedAt, attrUpdateStatus, attrUpdateStatusReason */
const char *ccdk_lambda_cfn_web_function_endpoint_attr_created_at(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_web_function_endpoint_attr_domain_name(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_web_function_endpoint_attr_endpoint_arn(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_web_function_endpoint_attr_function_arn(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_web_function_endpoint_attr_regional_endpoints(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_web_function_endpoint_attr_state(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_web_function_endpoint_attr_state_reason(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_web_function_endpoint_attr_updated_at(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_web_function_endpoint_attr_update_status(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_web_function_endpoint_attr_update_status_reason(ccdk_cfn_resource *resource);
/* lambda.CfnWebFunctionRevision: attrCreatedAt, attrFunctionArn, attrRevisionArn, attrRevisionId, attrState, attrStateReason */
const char *ccdk_lambda_cfn_web_function_revision_attr_created_at(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_web_function_revision_attr_function_arn(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_web_function_revision_attr_revision_arn(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_web_function_revision_attr_revision_id(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_web_function_revision_attr_state(ccdk_cfn_resource *resource);
const char *ccdk_lambda_cfn_web_function_revision_attr_state_reason(ccdk_cfn_resource *resource);

/** new lambda.Function(scope, id, props). Owned by the App. Missing or bad props are aws-cdk-lib's
 *  errors on the function (props NULL: all missing); a bad scope goes to the process-wide list.
 *  Never NULL. */
ccdk_lambda_function *ccdk_lambda_function_new(void *scope, const char *id, const ccdk_lambda_function_props *props);

/** fn.functionArn, fn.functionName (string tokens, or literals for imports; the same string on every
 *  call), fn.role (NULL for an import without one). Owned by the App. NULL for a NULL fn, without an
 *  error. */
const char *ccdk_lambda_function_arn(ccdk_lambda_function *fn);
const char *ccdk_lambda_function_name(ccdk_lambda_function *fn);
ccdk_iam_role *ccdk_lambda_function_role(ccdk_lambda_function *fn);
/** fn.grantPrincipal: the role as a principal, owned by the App; `fn` may be a Function, Version or
 *  Alias (theirs is their function's). NULL for an import without a role (aws-cdk-lib: an
 *  UnknownPrincipal), for NULL, and (with an error on its App) for a construct that is none of them. */
ccdk_iam_principal *ccdk_lambda_function_grant_principal(void *fn);
/** The CfnFunction (fn.node.defaultChild; NULL for an import), fn.timeout, fn.runtime (static),
 *  fn.deadLetterQueue, fn.deadLetterTopic (NULL when none). Owned by the App. NULL (an unset
 *  duration) for a NULL fn, without an error. */
ccdk_cfn_resource *ccdk_lambda_function_resource(ccdk_lambda_function *fn);
ccdk_duration ccdk_lambda_function_timeout(ccdk_lambda_function *fn);
const ccdk_lambda_runtime *ccdk_lambda_function_runtime(ccdk_lambda_function *fn);
ccdk_sqs_queue *ccdk_lambda_function_dead_letter_queue(ccdk_lambda_function *fn);
ccdk_sns_topic *ccdk_lambda_function_dead_letter_topic(ccdk_lambda_function *fn);
/** IFunction.architecture (static): a Function's `architecture` prop, else x86_64 (the deprecated
 *  `architectures` does not count, as in aws-cdk-lib); an import's attribute, else x86_64; a Version's
 *  or Alias's that of its function. NULL for NULL without an error; NULL and an error on its App for
 *  a construct that is not an IFunction. */
const ccdk_lambda_architecture *ccdk_lambda_function_architecture(void *fn);
/** fn.env.account and fn.env.region (Resource.env): for a function imported by ARN, the ARN's account
 *  and region fields as Arn.split gives them (literal text, a field that is a token such as the
 *  stack's, or, for an ARN that is a token, Fn::Select(4 / 3, Fn::Split(":", arn)) tokens);
 *  otherwise (a Function, Version, Alias) the stack's account and region (tokens for an
 *  environment-agnostic stack). Owned by the App. NULL for NULL without an error; NULL and an error
 *  on its App for a construct that is not an IFunction. */
const char *ccdk_lambda_function_env_account(void *fn);
const char *ccdk_lambda_function_env_region(void *fn);

/** fn.logGroup: the log group of fn's logs. The one given (log_group), the import made for
 *  log_retention, the managed LogGroup of @aws-cdk/aws-lambda:useCdkManagedLogGroup, or else, as
 *  aws-cdk-lib does on first use, a new LogRetention "LogRetention" with INFINITE retention and an
 *  import "<id>-LogGroup" of its ARN. The same handle on every call, owned by the App. NULL for a
 *  NULL fn, without an error; NULL with an error on fn for an imported function (no IFunction has
 *  a logGroup in aws-cdk-lib). */
ccdk_logs_log_group *ccdk_lambda_function_log_group(ccdk_lambda_function *fn);

/** fn.addEnvironment(key, value). A reserved key (AWS_REGION, ...) is aws-cdk-lib's error on fn; a
 *  NULL key or value is an error, as a NULL fn is, on the process-wide list (ccdk/core.h). */
void ccdk_lambda_function_add_environment(ccdk_lambda_function *fn, const char *key, const char *value);
/** EnvironmentOptions: the options of ccdk_lambda_function_add_environment_with_options. */
typedef struct {
    /** removeInEdge: when fn is used in Lambda@Edge (a version's ccdk_lambda_version_edge_arn is in
     *  a template), the variable is removed from fn, with an info annotation on fn ("Removed <key>
     *  environment variable for Lambda@Edge compatibility"). Default: false. */
    ccdk_tristate remove_in_edge;
} ccdk_lambda_environment_options;
/** fn.addEnvironment(key, value, options): as ccdk_lambda_function_add_environment, with options
 *  (NULL: the defaults). A key added again keeps its place and takes the new value and options. */
void ccdk_lambda_function_add_environment_with_options(ccdk_lambda_function *fn, const char *key, const char *value,
                                                       const ccdk_lambda_environment_options *options);
/** fn.addToRolePolicy(statement). Ignored, without an error, for a NULL statement and, as in
 *  aws-cdk-lib, for a function without a role; a NULL fn is an error on the process-wide list. */
void ccdk_lambda_function_add_to_role_policy(ccdk_lambda_function *fn, ccdk_iam_policy_statement *statement);
/** fn.addLayers(...layers): ccdk_lambda_function_add_layers(fn, (ccdk_lambda_layer_list)CCDK_LIST(l1, l2)).
 *  More than 5 layers or an incompatible runtime is aws-cdk-lib's error on fn; a NULL fn is an error
 *  on the process-wide list. */
void ccdk_lambda_function_add_layers(ccdk_lambda_function *fn, ccdk_lambda_layer_list layers);

/* ---------------------------------------------------------------- file systems */

/** lambda.FileSystem.fromEfsAccessPoint(accessPoint, mountPath): the `filesystem` prop of a function
 *  that mounts the EFS access point (ccdk/efs.h) at mount_path, which must match ^/mnt/[a-zA-Z0-9-_.]+$
 *  and be at most 160 characters (else aws-cdk-lib's error on the function that gets it). A value
 *  owned by the access point's App; an access point that is not a construct goes to the
 *  process-wide list. Never NULL. */
ccdk_lambda_file_system *ccdk_lambda_file_system_from_efs_access_point(ccdk_efs_access_point *access_point,
                                                                       const char *mount_path);

/** DirectS3Read's modes (aws-cdk-lib renders them into the function's S3FilesConfig). */
typedef enum {
    CCDK_LAMBDA_DIRECT_S3_READ_UNSET = 0, /* no S3FilesConfig: the service's default (AUTO) */
    CCDK_LAMBDA_DIRECT_S3_READ_ENABLED,
    CCDK_LAMBDA_DIRECT_S3_READ_DISABLED,
    CCDK_LAMBDA_DIRECT_S3_READ_AUTO,
} ccdk_lambda_direct_s3_read_mode;
/** lambda.DirectS3Read: make one with the functions below (zero: not set). */
typedef struct {
    ccdk_lambda_direct_s3_read_mode mode;
    ccdk_s3_bucket *bucket; /* ENABLED with a grant: the bucket whose objects the role may read */
} ccdk_lambda_direct_s3_read;
/** DirectS3Read.enabled(bucket): direct reads on, and the function's role gets s3:GetObject and
 *  s3:GetObjectVersion on bucket's objects (bucket.arnForObjects('*')). A NULL bucket is an error on
 *  the process-wide list (then no grant). */
ccdk_lambda_direct_s3_read ccdk_lambda_direct_s3_read_enabled(ccdk_s3_bucket *bucket);
/** DirectS3Read.enabledWithoutGrant(): direct reads on, no S3 permissions added. */
ccdk_lambda_direct_s3_read ccdk_lambda_direct_s3_read_enabled_without_grant(void);
/** DirectS3Read.auto(): the service decides (by the function's memory); no permissions added. */
ccdk_lambda_direct_s3_read ccdk_lambda_direct_s3_read_auto(void);
/** DirectS3Read.disabled(): every read through the mount. */
ccdk_lambda_direct_s3_read ccdk_lambda_direct_s3_read_disabled(void);
/** S3FilesOptions. */
typedef struct {
    ccdk_lambda_direct_s3_read direct_s3_read; /* default: not set (no S3FilesConfig) */
} ccdk_lambda_s3_files_options;

/** lambda.FileSystem.fromS3FilesAccessPoint(accessPoint, mountPath, options): the `filesystem` prop
 *  of a function that mounts the S3 Files access point (ccdk/s3files.h) at mount_path (the same
 *  checks as ccdk_lambda_file_system_from_efs_access_point). As in aws-cdk-lib, the related L1s are
 *  found in the construct tree now: the CfnFileSystem whose ref or attr_file_system_id the access
 *  point's file_system_id is (the closest one), every CfnMountTarget of the App for that file system
 *  (the function depends on them) and the ec2 security groups their security_groups name (imported
 *  under the access point as MountTargetSG<i>; the function's groups reach them on tcp 2049). The
 *  role gets s3files:ClientMount on the access point's ARN and s3files:ClientMount and ClientWrite on
 *  the file system (its ref), plus the direct-read grant of ccdk_lambda_direct_s3_read_enabled.
 *  aws-cdk-lib's errors (no construct path: they name the constructs): "Unable to find the
 *  CfnFileSystem for access point at <path>. ...", "No mount targets found for file system at <path>.
 *  ...", "Mount target <path> does not have security groups. ...". The imported groups make a second call
 *  for the same access point aws-cdk-lib's duplicate-id error ("There is already a Construct with
 *  name 'MountTargetSG0' ..."): give several functions the one value. options may be NULL. A value
 *  owned by the access point's App; never NULL. */
ccdk_lambda_file_system *ccdk_lambda_file_system_from_s3_files_access_point(
    ccdk_s3files_cfn_access_point *access_point, const char *mount_path, const ccdk_lambda_s3_files_options *options);

/* ---------------------------------------------------------------- asynchronous invocation */

/** EventInvokeConfigOptions */
typedef struct {
    ccdk_lambda_destination *on_failure;
    ccdk_lambda_destination *on_success;
    ccdk_duration max_event_age; /* 60 s to 6 h */
    ccdk_opt_num retry_attempts; /* 0 to 2 */
} ccdk_lambda_event_invoke_config_options;

/** fn.configureAsyncInvoke(options): the EventInvokeConfig "EventInvokeConfig" under fn (a Function,
 *  Version, Alias or imported function), its destinations bound first as in aws-cdk-lib. A second
 *  configuration, or a bad age or retry count, is aws-cdk-lib's error on fn (on the config); NULL
 *  options are every default (configureAsyncInvoke({})), a NULL fn is an error on the process-wide list; a construct that is not an
 *  IFunction: an error on its App. */
void ccdk_lambda_function_configure_async_invoke(void *fn, const ccdk_lambda_event_invoke_config_options *options);

/* ---------------------------------------------------------------- permissions */

typedef enum { CCDK_LAMBDA_URL_AUTH_UNSET = 0, CCDK_LAMBDA_URL_AUTH_AWS_IAM, CCDK_LAMBDA_URL_AUTH_NONE } ccdk_lambda_url_auth_type;

typedef struct {
    ccdk_iam_principal *principal; /* required */
    const char *action;            /* default lambda:InvokeFunction */
    const char *event_source_token;
    const char *source_account;
    const char *source_arn;
    const char *organization_id;
    ccdk_lambda_url_auth_type function_url_auth_type;
    ccdk_tristate invoked_via_function_url;
    void *scope;                   /* default: the function */
} ccdk_lambda_permission;

/** IFunction.functionArn of a Function, Version, Alias or imported function (a token or literal,
 *  owned by the app); NULL, with an error recorded on the app, when `fn` is none of them, and NULL
 *  without an error for NULL. */
const char *ccdk_lambda_ifunction_arn(void *fn);
/** fn.addPermission(id, permission). `fn` may be a Function, Version, Alias or imported function.
 *  Bad permissions are aws-cdk-lib's errors on fn; NULL fn: an error on the process-wide list; a
 *  construct that is not an IFunction: an error on its App. */
void ccdk_lambda_function_add_permission(void *fn, const char *id, const ccdk_lambda_permission *permission);
/** fn.grantInvoke(grantee): the grantee's policy (a Role), a Permission, or both when the role's account
 *  and the function's differ, as aws-cdk-lib's Grant.addToPrincipalOrResource decides; grants are
 *  keyed by principal.toString() and conditions (a second equal grant adds nothing). A Permission the
 *  function cannot take (an import of another account) and a CompositePrincipal (use
 *  grant_invoke_composite_principal) are aws-cdk-lib's errors on fn. A NULL fn or grantee is an
 *  error on the process-wide list (the synth fails);
 *  a construct that is not an IFunction: an error on its App. Returns the grant's Permission (made
 *  now or by the equal grant before: what grant.applyBefore(construct) makes a construct depend on
 *  with ccdk_node_add_dependency), or NULL when the grant made none. */
ccdk_construct *ccdk_lambda_function_grant_invoke(void *fn, ccdk_iam_principal *grantee);
/** fn.grantInvoke(grantee) and its Grant's statements: as ccdk_lambda_function_grant_invoke, and
 *  *principal_statement = grant.principalStatement (the grantee's policy statement; NULL when the
 *  grantee has no policy, and, as in aws-cdk-lib, when a resource statement was made too),
 *  *resource_statement = grant.resourceStatement (the statement to the
 *  grantee on [arn, arn:*] the Permission is made from; NULL when none). A second equal grant gives
 *  the first one's, as aws-cdk-lib returns its cached Grant. Either out pointer may be NULL; both
 *  are set (NULL on an error). Read them with ccdk_iam_policy_statement_to_json and
 *  ccdk_stack_resolve_value. */
ccdk_construct *ccdk_lambda_function_grant_invoke_statements(void *fn, ccdk_iam_principal *grantee,
                                                             ccdk_iam_policy_statement **principal_statement,
                                                             ccdk_iam_policy_statement **resource_statement);
/** fn.grantInvokeUrl(grantee). A NULL fn or grantee is an error on the process-wide list (the synth
 *  fails); a construct that is not an IFunction: an error on its App. */
void ccdk_lambda_function_grant_invoke_url(void *fn, ccdk_iam_principal *grantee);
/** fn.grantInvokeVersion(grantee, version): invoke rights on `${fn.functionArn}:${version.version}`
 *  (and the unqualified ARN for fn's $LATEST), as grant_invoke decides where. A NULL fn, grantee or
 *  version is an error on the process-wide list (the synth fails); a construct
 *  that is not an IFunction: an error on its App. */
void ccdk_lambda_function_grant_invoke_version(void *fn, ccdk_iam_principal *grantee, ccdk_lambda_version *version);
/** fn.grantInvokeLatestVersion(grantee): grant_invoke_version with fn's latestVersion. As above. */
void ccdk_lambda_function_grant_invoke_latest_version(void *fn, ccdk_iam_principal *grantee);
/** fn.grantInvokeCompositePrincipal(composite): grant_invoke for each of its principals (grant_invoke
 *  of a composite itself is aws-cdk-lib's "Invalid principal type" error). A principal that is not a
 *  composite is granted as grant_invoke does; a NULL composite or fn is an error on
 *  the process-wide list. */
void ccdk_lambda_function_grant_invoke_composite_principal(void *fn, ccdk_iam_principal *composite);
/** fn.permissionsNode: the construct whose children the Permissions are (a SingletonFunction's
 *  Function; else fn itself), owned by the App. NULL for NULL; a construct that is not an IFunction:
 *  NULL and an error on its App. */
ccdk_construct *ccdk_lambda_function_permissions_node(void *fn);

/* ---------------------------------------------------------------- alarm actions */

/** LambdaActionProps (aws-cloudwatch-actions) */
typedef struct {
    /** the permission's id "<Names.uniqueId(alarm)>AlarmPermission", unique per alarm in the App
     *  (alarms of several step scaling policies of one function) */
    ccdk_tristate use_unique_permission_id;
} ccdk_cloudwatch_actions_lambda_action_props;
/** new cloudwatch_actions.LambdaAction(fn, props): an IAlarmAction (for
 *  ccdk_cloudwatch_alarm_add_alarm_action and friends) whose alarmActionArn is fn's functionArn. Each
 *  time it is added to an alarm it gives fn (a Function, Version, Alias, SingletonFunction or imported
 *  function) the Permission "AlarmPermission" for lambda.alarms.cloudwatch.amazonaws.com, the alarm's
 *  ARN as source and its stack's account -- the id prefixed with the alarm's id under
 *  @aws-cdk/aws-cloudwatch-actions:changeLambdaPermissionLogicalIdForLambdaAction, with the alarm's
 *  unique id under use_unique_permission_id. None when the Permission of that id is there already for
 *  the same alarm; for another alarm aws-cdk-lib warns (without use_unique_permission_id) and adds it
 *  again: "There is already a Construct with name 'AlarmPermission' in ..." (on the function). props
 *  may be NULL. Owned by fn's App; a construct that is not an IFunction is an error on its App, NULL
 *  one on the process-wide list, and NULL. */
ccdk_cloudwatch_alarm_action *ccdk_cloudwatch_actions_lambda_action(void *fn, const ccdk_cloudwatch_actions_lambda_action_props *props);

/* ---------------------------------------------------------------- metrics */

/** fn.metric(name, options): AWS/Lambda, dimension FunctionName (and Resource for a version or
 *  alias). `fn` may be a Function, Version, Alias or imported function; options may be NULL
 *  (options.dimensions replaces those dimensions, as dimensionsMap does). The metric is owned by the App. A construct that is not an IFunction is an error on its App, a
 *  NULL fn one on the process-wide list; a usable metric is returned all the same (never NULL). */
ccdk_cloudwatch_metric *ccdk_lambda_function_metric(void *fn, const char *metric_name,
                                                    const ccdk_cloudwatch_metric_options *options);
/** fn.metricDuration (Average), metricErrors, metricInvocations, metricThrottles (Sum): as
 *  ccdk_lambda_function_metric, ownership and NULL returns included. */
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_duration(void *fn, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_errors(void *fn, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_invocations(void *fn, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_throttles(void *fn, const ccdk_cloudwatch_metric_options *options);
/** lambda.Function.metricAll(metricName, props) (static): the metric `metric_name` in AWS/Lambda for
 *  every function of the account and region: no dimension unless options.dimensions gives some,
 *  the Metric's defaults (Average, 5 minutes) for what options leaves out (options may be NULL).
 *  aws-cdk-lib's Metric needs no scope; `owner` (any construct) only gives the App that owns the
 *  metric. A missing metric_name is the Metric's error on owner; a bad owner goes to the
 *  process-wide list; a usable metric is returned all the same (never NULL). */
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_all(void *owner, const char *metric_name,
                                                        const ccdk_cloudwatch_metric_options *options);
/** Function.metricAllErrors, metricAllInvocations, metricAllThrottles (statistic "sum" unless
 *  options give one), metricAllDuration (the Metric's Average), metricAllConcurrentExecutions and
 *  metricAllUnreservedConcurrentExecutions ("max"): ccdk_lambda_function_metric_all of "Errors",
 *  "Invocations", "Throttles", "Duration", "ConcurrentExecutions", "UnreservedConcurrentExecutions". */
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_all_errors(void *owner, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_all_duration(void *owner, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_all_invocations(void *owner, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_all_throttles(void *owner, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_all_concurrent_executions(void *owner, const ccdk_cloudwatch_metric_options *options);
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_all_unreserved_concurrent_executions(void *owner,
                                                                                        const ccdk_cloudwatch_metric_options *options);

/* ---------------------------------------------------------------- imports */

typedef struct {
    const char *function_arn; /* required */
    ccdk_iam_role *role;
    ccdk_tristate same_environment;
    ccdk_tristate skip_permissions;
    const ccdk_lambda_architecture *architecture;
    /** The imported function's security group, for ccdk_lambda_function_connections(): a group, or
     *  its id (imported as "SecurityGroup" in the scope, as aws-cdk-lib does). */
    ccdk_ec2_security_group *security_group;
    const char *security_group_id;
} ccdk_lambda_function_attributes;

/** fn.connections: the function's security groups (owned by the App), to allow traffic with
 *  ccdk/ec2.h's Connections. A function not in a VPC: aws-cdk-lib's error on fn, and NULL. */
ccdk_ec2_connections *ccdk_lambda_function_connections(ccdk_lambda_function *fn);
/** fn.isBoundToVpc: 1 for a Function with a vpc, an import given a security group (or its id), and
 *  a SingletonFunction whose Function is either; 0 otherwise, for a Version or Alias too (as in
 *  aws-cdk-lib, whatever their function's), and for NULL without an error; 0 and an error on its
 *  App for a construct that is not an IFunction. */
int ccdk_lambda_function_is_bound_to_vpc(void *fn);

/** Function.fromFunctionArn(scope, id, arn), Function.fromFunctionName(scope, id, name) (the ARN
 *  is built in the scope's stack) and Function.fromFunctionAttributes(scope, id, attrs): an imported
 *  function, owned by the App. A missing or malformed ARN, or (from a name) a scope outside any
 *  stack, is aws-cdk-lib's error; a bad scope goes to the process-wide list. Never NULL. */
ccdk_lambda_function *ccdk_lambda_function_from_function_arn(void *scope, const char *id, const char *arn);
ccdk_lambda_function *ccdk_lambda_function_from_function_name(void *scope, const char *id, const char *name);
ccdk_lambda_function *ccdk_lambda_function_from_function_attributes(void *scope, const char *id,
                                                                   const ccdk_lambda_function_attributes *attrs);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_lambda_runtime_bundling_image(owner, ...) ccdk_lambda_runtime_bundling_image(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_determine_latest_node_runtime(construct) ccdk_lambda_determine_latest_node_runtime(CCDK_CONSTRUCT(construct))
#define ccdk_lambda_determine_latest_python_runtime(construct) ccdk_lambda_determine_latest_python_runtime(CCDK_CONSTRUCT(construct))
#define ccdk_lambda_adot_layer_arn(scope, ...) ccdk_lambda_adot_layer_arn(CCDK_CONSTRUCT(scope), __VA_ARGS__)
#define ccdk_lambda_code_from_inline(owner, ...) ccdk_lambda_code_from_inline(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_code_from_asset(owner, ...) ccdk_lambda_code_from_asset(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_code_from_docker_build(owner, ...) ccdk_lambda_code_from_docker_build(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_code_from_custom_command(owner, ...) ccdk_lambda_code_from_custom_command(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_code_from_cfn_parameters(owner, ...) ccdk_lambda_code_from_cfn_parameters(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_code_new(owner, ...) ccdk_lambda_code_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_cfn_function_new(scope, ...) ccdk_lambda_cfn_function_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_cfn_alias_new(scope, ...) ccdk_lambda_cfn_alias_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_cfn_version_new(scope, ...) ccdk_lambda_cfn_version_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_cfn_permission_new(scope, ...) ccdk_lambda_cfn_permission_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_cfn_event_source_mapping_new(scope, ...) ccdk_lambda_cfn_event_source_mapping_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_cfn_layer_version_new(scope, ...) ccdk_lambda_cfn_layer_version_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_cfn_layer_version_permission_new(scope, ...) ccdk_lambda_cfn_layer_version_permission_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_cfn_url_new(scope, ...) ccdk_lambda_cfn_url_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_cfn_event_invoke_config_new(scope, ...) ccdk_lambda_cfn_event_invoke_config_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_cfn_code_signing_config_new(scope, ...) ccdk_lambda_cfn_code_signing_config_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_cfn_capacity_provider_new(scope, ...) ccdk_lambda_cfn_capacity_provider_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_cfn_microvm_image_new(scope, ...) ccdk_lambda_cfn_microvm_image_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_cfn_network_connector_new(scope, ...) ccdk_lambda_cfn_network_connector_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_cfn_resource_policy_new(scope, ...) ccdk_lambda_cfn_resource_policy_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_cfn_web_function_new(scope, ...) ccdk_lambda_cfn_web_function_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_cfn_web_function_endpoint_new(scope, ...) ccdk_lambda_cfn_web_function_endpoint_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_cfn_web_function_revision_new(scope, ...) ccdk_lambda_cfn_web_function_revision_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_function_new(scope, ...) ccdk_lambda_function_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_function_grant_principal(fn) ccdk_lambda_function_grant_principal(CCDK_LAMBDA_IFUNCTION(fn))
#define ccdk_lambda_function_architecture(fn) ccdk_lambda_function_architecture(CCDK_LAMBDA_IFUNCTION(fn))
#define ccdk_lambda_function_env_account(fn) ccdk_lambda_function_env_account(CCDK_LAMBDA_IFUNCTION(fn))
#define ccdk_lambda_function_env_region(fn) ccdk_lambda_function_env_region(CCDK_LAMBDA_IFUNCTION(fn))
#define ccdk_lambda_function_configure_async_invoke(fn, ...) ccdk_lambda_function_configure_async_invoke(CCDK_LAMBDA_IFUNCTION(fn), __VA_ARGS__)
#define ccdk_lambda_ifunction_arn(fn) ccdk_lambda_ifunction_arn(CCDK_LAMBDA_IFUNCTION(fn))
#define ccdk_lambda_function_add_permission(fn, ...) ccdk_lambda_function_add_permission(CCDK_LAMBDA_IFUNCTION(fn), __VA_ARGS__)
#define ccdk_lambda_function_grant_invoke(fn, grantee) ccdk_lambda_function_grant_invoke(CCDK_LAMBDA_IFUNCTION(fn), CCDK_IAM_GRANTABLE(grantee))
#define ccdk_lambda_function_grant_invoke_statements(fn, grantee, ...) ccdk_lambda_function_grant_invoke_statements(CCDK_LAMBDA_IFUNCTION(fn), CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_lambda_function_grant_invoke_url(fn, grantee) ccdk_lambda_function_grant_invoke_url(CCDK_LAMBDA_IFUNCTION(fn), CCDK_IAM_GRANTABLE(grantee))
#define ccdk_lambda_function_grant_invoke_version(fn, grantee, ...) ccdk_lambda_function_grant_invoke_version(CCDK_LAMBDA_IFUNCTION(fn), CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_lambda_function_grant_invoke_latest_version(fn, grantee) ccdk_lambda_function_grant_invoke_latest_version(CCDK_LAMBDA_IFUNCTION(fn), CCDK_IAM_GRANTABLE(grantee))
#define ccdk_lambda_function_grant_invoke_composite_principal(fn, ...) ccdk_lambda_function_grant_invoke_composite_principal(CCDK_LAMBDA_IFUNCTION(fn), __VA_ARGS__)
#define ccdk_lambda_function_permissions_node(fn) ccdk_lambda_function_permissions_node(CCDK_LAMBDA_IFUNCTION(fn))
#define ccdk_cloudwatch_actions_lambda_action(fn, ...) ccdk_cloudwatch_actions_lambda_action(CCDK_LAMBDA_IFUNCTION(fn), __VA_ARGS__)
#define ccdk_lambda_function_metric(fn, ...) ccdk_lambda_function_metric(CCDK_LAMBDA_IFUNCTION(fn), __VA_ARGS__)
#define ccdk_lambda_function_metric_duration(fn, ...) ccdk_lambda_function_metric_duration(CCDK_LAMBDA_IFUNCTION(fn), __VA_ARGS__)
#define ccdk_lambda_function_metric_errors(fn, ...) ccdk_lambda_function_metric_errors(CCDK_LAMBDA_IFUNCTION(fn), __VA_ARGS__)
#define ccdk_lambda_function_metric_invocations(fn, ...) ccdk_lambda_function_metric_invocations(CCDK_LAMBDA_IFUNCTION(fn), __VA_ARGS__)
#define ccdk_lambda_function_metric_throttles(fn, ...) ccdk_lambda_function_metric_throttles(CCDK_LAMBDA_IFUNCTION(fn), __VA_ARGS__)
#define ccdk_lambda_function_metric_all(owner, ...) ccdk_lambda_function_metric_all(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_function_metric_all_errors(owner, ...) ccdk_lambda_function_metric_all_errors(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_function_metric_all_duration(owner, ...) ccdk_lambda_function_metric_all_duration(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_function_metric_all_invocations(owner, ...) ccdk_lambda_function_metric_all_invocations(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_function_metric_all_throttles(owner, ...) ccdk_lambda_function_metric_all_throttles(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_function_metric_all_concurrent_executions(owner, ...) ccdk_lambda_function_metric_all_concurrent_executions(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_function_metric_all_unreserved_concurrent_executions(owner, ...) ccdk_lambda_function_metric_all_unreserved_concurrent_executions(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_function_is_bound_to_vpc(fn) ccdk_lambda_function_is_bound_to_vpc(CCDK_LAMBDA_IFUNCTION(fn))
#define ccdk_lambda_function_from_function_arn(scope, ...) ccdk_lambda_function_from_function_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_function_from_function_name(scope, ...) ccdk_lambda_function_from_function_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_function_from_function_attributes(scope, ...) ccdk_lambda_function_from_function_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
