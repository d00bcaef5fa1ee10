/* ccdk/lambda_webfunction.h - lambda.WebFunction (aws-cdk-lib/aws-lambda/lib/webfunction*.ts): a web
 * application on Lambda with its own HTTPS endpoints (AWS::Lambda::WebFunction, its
 * AWS::Lambda::WebFunctionRevision and AWS::Lambda::WebFunctionEndpoint resources), the code it
 * reads from S3 (WebFunctionCode), its runtimes, endpoints, endpoint grants and imports. */
#ifndef CCDK_LAMBDA_WEBFUNCTION_H
#define CCDK_LAMBDA_WEBFUNCTION_H

#include "ccdk/assets.h"
#include "ccdk/core.h"
#include "ccdk/ec2.h"
#include "ccdk/iam.h"
#include "ccdk/kms.h"
#include "ccdk/lambda.h"
#include "ccdk/lambda_network_connector.h"
#include "ccdk/logs.h"
#include "ccdk/s3.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ccdk_lambda_web_function (IWebFunction: a WebFunction or an import) and
 * ccdk_lambda_web_function_endpoint (IWebFunctionEndpoint) are declared in ccdk/core.h. */

/* ================================================================== runtime */

/** WebFunctionRuntime. The constants below are static; WebFunctionRuntime.of(name) is a struct of
 *  your own: &(ccdk_lambda_web_function_runtime){"nodejs24.x"}. */
typedef struct {
    const char *name;
} ccdk_lambda_web_function_runtime;
extern const ccdk_lambda_web_function_runtime ccdk_lambda__web_function_runtime_nodejs_24_x;
/** WebFunctionRuntime.NODEJS_24_X and NODEJS_LATEST (both "nodejs24.x" in aws-cdk-lib 2.276.0). */
#define CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X (&ccdk_lambda__web_function_runtime_nodejs_24_x)
#define CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_LATEST (&ccdk_lambda__web_function_runtime_nodejs_24_x)

/* ================================================================== code */

/** WebFunctionCode: a value made by a factory below, owned by the App. */
typedef struct ccdk_lambda_web_function_code ccdk_lambda_web_function_code;

/** WebFunctionCode.fromBucket(bucket, key, objectVersion): code already in S3 (object_version NULL:
 *  none). When bound, as aws-cdk-lib: a bucket-policy statement lets lambda.amazonaws.com read the
 *  object on behalf of the function's revisions (an imported bucket: the warning
 *  @aws-cdk/aws-lambda:webFunctionImportedCodeBucketPolicy instead); a bucket's KMS key grants it
 *  kms:Decrypt (an imported key: the warning @aws-cdk/aws-lambda:webFunctionImportedCodeBucketKmsKey);
 *  a bucket of the app without versioning or with an AWS-managed KMS key fails validation; a key
 *  that starts with '/' or holds '*', '?' or '${' is aws-cdk-lib's error on the function. Owned by
 *  the bucket's App; NULL for a NULL bucket (an error on the process-wide list). */
ccdk_lambda_web_function_code *ccdk_lambda_web_function_code_from_bucket(ccdk_s3_bucket *bucket, const char *key,
                                                                        const char *object_version);

/** WebFunctionCodeCopyOptions: the function that copies the staged code into its bucket (a
 *  Custom::S3ObjectCopy served by a stack-level singleton "Custom::S3ObjectCopy<uuid>", whose uuid
 *  follows the destination and each option given; its handler code is ccdk's own). */
typedef struct {
    ccdk_iam_role *role;                          /* default: a role of its own */
    ccdk_ec2_vpc *vpc;                            /* default: not in a VPC */
    /** with vpc; all zero: not given (the VPC's private subnets). Its identity is the JSON of the
     *  fields given, in the order subnetType, subnetGroupName, subnetName, availabilityZones, onePerAz,
     *  subnets
     *  (write a JavaScript selection in that order for the same function). */
    ccdk_ec2_subnet_selection vpc_subnets;
    ccdk_ec2_security_group_list security_groups; /* with vpc; default: a group of its own */
    /** default: a LogGroup "S3ObjectCopyLogGroup<uuid>" at the stack root, shared by the copies
     *  that use the same function */
    ccdk_logs_log_group *log_group;
} ccdk_lambda_web_function_code_copy_options;

/** WebFunctionManagedBucketAssetOptions: the asset's options (AssetOptions: exclude, follow,
 *  ignoreMode, assetHash, assetHashType, extraHash, bundling; its source_kms_key is not read) and
 *  copyOptions. */
typedef struct {
    ccdk_asset_options asset;
    ccdk_lambda_web_function_code_copy_options copy_options;
} ccdk_lambda_web_function_managed_bucket_asset_options;

/** WebFunctionProvidedBucketAssetOptions: as the managed bucket's, and keyPrefix. */
typedef struct {
    ccdk_asset_options asset;
    ccdk_lambda_web_function_code_copy_options copy_options;
    /** prefix of the object key, used as given ("<key_prefix>web-function/<unique id>/..."); a
     *  literal that does not start with '/' nor holds '*', '?' or '${'; default none */
    const char *key_prefix;
} ccdk_lambda_web_function_provided_bucket_asset_options;

/** WebFunctionCode.fromAssetToManagedBucket(path, options): a local directory or .zip file, staged
 *  as the asset "Code" of the function and copied at deployment (Custom::S3ObjectCopy "CodeCopy<8
 *  hex digits of the copy function's identity>") into the stack's one AWSCDKWebFunctionAssetBucket
 *  (versioned, SSE-S3, SSL only, auto-deleted with the stack, lambda.amazonaws.com allowed to read
 *  web-function/ for this account's revisions), which every function of the stack depending on it
 *  waits for. The revision reads the copy's Bucket, Key and VersionId; the copy is removed or kept
 *  as the revision is (its DeletionPolicy and UpdateReplacePolicy follow the revision's), and a
 *  kept revision keeps the bucket, its policy and auto-delete resource too (aws-cdk-lib's warning
 *  @aws-cdk/aws-lambda:webFunctionManagedBucketRetained). owner only names the App (the asset
 *  is made when the code is bound). aws-cdk-lib's errors with the function's path: "Asset
 *  must be a .zip file or a directory (<path>)", a construct that is not the code bucket at the
 *  stack's id AWSCDKWebFunctionAssetBucket. options may be NULL. Owned by the App; NULL for a
 *  bad owner (an error on the process-wide list). */
ccdk_lambda_web_function_code *ccdk_lambda_web_function_code_from_asset_to_managed_bucket(
    void *owner, const char *path, const ccdk_lambda_web_function_managed_bucket_asset_options *options);
/** WebFunctionCode.fromAssetToProvidedBucket(bucket, path, options): as the managed bucket's, into
 *  your bucket under "<key_prefix>web-function/": the bucket policy lets lambda.amazonaws.com read
 *  this function's objects for its revisions (an imported bucket: the warning
 *  @aws-cdk/aws-lambda:webFunctionImportedCodeBucketPolicy), a KMS key grants it kms:Decrypt, and a
 *  kept revision keeps the bucket policy. aws-cdk-lib's errors with the function's path: a key
 *  prefix that starts with '/' or holds '*', '?' or '${', or is a token; at synthesis a bucket of
 *  the app without versioning or with an AWS-managed KMS key. Owned by the bucket's App; NULL for
 *  a NULL bucket (an error on the process-wide list). */
ccdk_lambda_web_function_code *ccdk_lambda_web_function_code_from_asset_to_provided_bucket(
    ccdk_s3_bucket *bucket, const char *path, const ccdk_lambda_web_function_provided_bucket_asset_options *options);

/* ================================================================== endpoints */

/** WebFunctionEndpointType. */
typedef enum {
    CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_UNSET = 0,
    CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_HOME_REGION,  /* "HomeRegion" */
    CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_MULTI_REGION, /* "MultiRegion" */
    CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_PER_REGION,   /* "PerRegion" */
} ccdk_lambda_web_function_endpoint_type;

/** WebFunctionAuthType: required where it is asked for (UNSET is an error). */
typedef enum {
    CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_UNSET = 0,
    CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_APPLICATION_MANAGED, /* "ApplicationManaged" */
    CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH,            /* "IamAuth" */
} ccdk_lambda_web_function_auth_type;

/** WebFunctionEndpointLocation: a value made by a factory below (zeroed: not given, which is
 *  homeRegion()); its members are not for users. */
typedef struct {
    ccdk_lambda_web_function_endpoint_type endpoint_type_;
    ccdk_strs replica_regions_; /* count 0 and not built: undefined */
} ccdk_lambda_web_function_endpoint_location;
/** WebFunctionEndpointLocation.homeRegion() / multiRegion(replicaRegions) / perRegion(replicaRegions):
 *  replica regions as CCDK_STRS(...) (or ccdk_token_as_list of a list token); read when the endpoint
 *  is made. The stack's own region and duplicates are dropped and the rest sorted. */
ccdk_lambda_web_function_endpoint_location ccdk_lambda_web_function_endpoint_location_home_region(void);
ccdk_lambda_web_function_endpoint_location ccdk_lambda_web_function_endpoint_location_multi_region(ccdk_strs replica_regions);
ccdk_lambda_web_function_endpoint_location ccdk_lambda_web_function_endpoint_location_per_region(ccdk_strs replica_regions);

/** WebFunctionEndpointOptions (WebFunctionDefaultEndpointOptions and authType). */
typedef struct {
    /** required, except in a function's default_endpoint (where it is not read: the function's
     *  default_endpoint_auth is) */
    ccdk_lambda_web_function_auth_type auth_type;
    /** 2 to 64 letters, digits, '-' or '_', starting and ending with a letter or digit; default: for
     *  the function's own endpoint "prod" (home region) or "prod-<hash of type and regions>", else
     *  "<unique name>-<that hash>" */
    const char *endpoint_name;
    ccdk_lambda_web_function_endpoint_location endpoint_location; /* default homeRegion() */
    const char *endpoint_description; /* at most 256 characters */
    ccdk_opt_num max_environments;     /* an integer of 2 or more */
    ccdk_opt_num rate_limit;           /* an integer of 0 or more */
} ccdk_lambda_web_function_endpoint_options;

/** WebFunctionTraffic: a value made by ccdk_lambda_web_function_traffic_single. */
typedef struct {
    const char *revision_id_;
} ccdk_lambda_web_function_traffic;
/** WebFunctionTraffic.single(revisionId): all traffic to one revision (weight 100). */
ccdk_lambda_web_function_traffic ccdk_lambda_web_function_traffic_single(const char *revision_id);

/** WebFunctionEndpointProps. */
typedef struct {
    ccdk_lambda_web_function_endpoint_options options;
    ccdk_lambda_web_function *web_function;   /* required */
    ccdk_lambda_web_function_traffic traffic; /* required */
} ccdk_lambda_web_function_endpoint_props;

/** new lambda.WebFunctionEndpoint(scope, id, props): an AWS::Lambda::WebFunctionEndpoint ("Default")
 *  serving web_function. aws-cdk-lib's errors with the endpoint's path (a bad name, a description
 *  over 256 characters, a non-HomeRegion endpoint of a function with an egress connector,
 *  maxEnvironments, rateLimit, no replica region other than the stack's); APPLICATION_MANAGED auth
 *  is aws-cdk-lib's warning @aws-cdk/aws-lambda:webFunctionPublicEndpoint. Never NULL. */
ccdk_lambda_web_function_endpoint *ccdk_lambda_web_function_endpoint_new(void *scope, const char *id,
                                                                        const ccdk_lambda_web_function_endpoint_props *props);

/** WebFunctionEndpointAttributes. */
typedef struct {
    const char *endpoint_arn; /* required */
    const char *domain_name;  /* required */
    ccdk_lambda_web_function_endpoint_type endpoint_type;
    ccdk_lambda_web_function_auth_type auth_type;
} ccdk_lambda_web_function_endpoint_attributes;
/** WebFunctionEndpoint.fromWebFunctionEndpointAttributes(scope, id, attrs): its webFunctionArn is the
 *  ARN before "/endpoint/" (of a token ARN: Fn::Select of Fn::Split). Grants on it go to the grantee
 *  only; its resource policy cannot be added to (aws-cdk-lib's warning). Never NULL. */
ccdk_lambda_web_function_endpoint *ccdk_lambda_web_function_endpoint_from_web_function_endpoint_attributes(
    void *scope, const char *id, const ccdk_lambda_web_function_endpoint_attributes *attrs);

/** endpoint.endpointArn, domainName, webFunctionArn (GetAtts of a new one, the attributes of an
 *  import), owned by the App; NULL for NULL. */
const char *ccdk_lambda_web_function_endpoint_arn(ccdk_lambda_web_function_endpoint *endpoint);
const char *ccdk_lambda_web_function_endpoint_domain_name(ccdk_lambda_web_function_endpoint *endpoint);
const char *ccdk_lambda_web_function_endpoint_web_function_arn(ccdk_lambda_web_function_endpoint *endpoint);
/** endpoint.endpointType and authType (UNSET for NULL). */
ccdk_lambda_web_function_endpoint_type ccdk_lambda_web_function_endpoint_endpoint_type(ccdk_lambda_web_function_endpoint *endpoint);
ccdk_lambda_web_function_auth_type ccdk_lambda_web_function_endpoint_auth_type(ccdk_lambda_web_function_endpoint *endpoint);
/** endpoint.resource (the CfnWebFunctionEndpoint); NULL for an import and for NULL. */
ccdk_cfn_resource *ccdk_lambda_web_function_endpoint_resource(ccdk_lambda_web_function_endpoint *endpoint);
/** endpoint.grants.invoke(grantee): lambda:InvokeWebFunctionEndpoint on the endpoint's ARN, in the
 *  grantee's policy (a role or user of the function's account) or else in the function's resource
 *  policy (Grant.addToPrincipalOrResource); for an endpoint in another stack than its function the
 *  policy names it "<function ARN>/endpoint/<name>". An imported endpoint: the grantee's policy only.
 *  Returns 1 when a statement was added, else 0. */
int ccdk_lambda_web_function_endpoint_grant_invoke(ccdk_lambda_web_function_endpoint *endpoint, ccdk_iam_principal *grantee);
/** endpoint.addToResourcePolicy(statement): into its function's resource policy; 1 when added, 0
 *  (aws-cdk-lib's warning) when the function is not defined in this app. */
int ccdk_lambda_web_function_endpoint_add_to_resource_policy(ccdk_lambda_web_function_endpoint *endpoint,
                                                             ccdk_iam_policy_statement *statement);
/** WebFunctionEndpoint.isWebFunctionEndpoint(x): 1 for one made by ccdk_lambda_web_function_endpoint_new
 *  (or a function's), else 0. */
int ccdk_lambda_web_function_endpoint_is_web_function_endpoint(const void *x);

/* ================================================================== WebFunction */

/** WebFunctionProps. */
typedef struct {
    const char *web_function_name; /* default: Names.uniqueResourceName (at most 40 characters) */
    ccdk_kvs tags;                 /* CCDK_KVS({"key", "value"}): the WebFunction's Tags */
    const char *revision_description; /* at most 256 characters */
    ccdk_lambda_web_function_code *code;                  /* required */
    const ccdk_lambda_web_function_runtime *runtime;      /* required */
    /** the AWS_LAMBDA_NODEJS_ENTRYPOINT environment variable; Node.js runtimes only */
    const char *entry_point;
    /** default: a new role "ServiceRole" that lambda.amazonaws.com assumes, with
     *  AWSLambdaBasicExecutionRole */
    ccdk_iam_role *role;
    /** a connector created for NetworkConnectorComputeType.WEB_FUNCTION, in this stack (or imported
     *  with a version); its endpoints must then be HomeRegion ones */
    ccdk_lambda_network_connector *egress_network_connector;
    ccdk_kvs environment;
    /** the revision's KMS key (the service principal is granted its use; an imported key: a warning) */
    ccdk_kms_key *kms_key;
    ccdk_lambda_application_log_level application_log_level;
    ccdk_lambda_system_log_level system_log_level;
    ccdk_logs_log_group *log_group; /* default: a new LogGroup "LogGroup" */
    ccdk_duration timeout;          /* an integer of 3 to 900 seconds; default 30 seconds */
    ccdk_opt_num max_concurrency_per_environment; /* an integer of 1 to 128 */
    ccdk_lambda_web_function_auth_type default_endpoint_auth; /* required */
    /** the default endpoint's other settings (its auth_type is not read) */
    ccdk_lambda_web_function_endpoint_options default_endpoint;
} ccdk_lambda_web_function_props;

/** new lambda.WebFunction(scope, id, props): the function, its revision, its log group and role (by
 *  default) and its endpoint "Endpoint". aws-cdk-lib's errors, with the function's path:
 *    "Function name '<n>' must be 2 to 64 characters of letters, numbers, hyphens or underscores, ..."
 *    "Function description cannot be longer than 256 characters. ..."
 *    "Timeout must be an integer between 3 and 900 seconds, got <n>"
 *    "maxConcurrencyPerEnvironment must be an integer between 1 and 128, got <n>"
 *    "entryPoint is only supported for Node.js runtimes, got '<runtime>'"
 *    "entryPoint cannot be used together with an AWS_LAMBDA_NODEJS_ENTRYPOINT environment variable; ..."
 *    the network connector's (another stack; created for another compute type) and the KMS key's,
 *  and those of its code and endpoint. No props, code, runtime or default_endpoint_auth (TypeScript's
 *  type checks) are errors too. Never NULL. */
ccdk_lambda_web_function *ccdk_lambda_web_function_new(void *scope, const char *id, const ccdk_lambda_web_function_props *props);

/** WebFunction.fromWebFunctionArn(scope, id, arn) / fromWebFunctionAttributes(scope, id, {arn}): its
 *  name is the ARN's resource name; its grant principal an UnknownPrincipal; its resource policy
 *  cannot be added to (aws-cdk-lib's warning). Never NULL. */
ccdk_lambda_web_function *ccdk_lambda_web_function_from_web_function_arn(void *scope, const char *id,
                                                                        const char *web_function_arn);
/** WebFunctionAttributes. */
typedef struct {
    const char *web_function_arn; /* required */
} ccdk_lambda_web_function_attributes;
ccdk_lambda_web_function *ccdk_lambda_web_function_from_web_function_attributes(
    void *scope, const char *id, const ccdk_lambda_web_function_attributes *attrs);

/** fn.addEndpoint(id, options): another endpoint of the function (options->auth_type required),
 *  serving its revision. Never NULL. */
ccdk_lambda_web_function_endpoint *ccdk_lambda_web_function_add_endpoint(ccdk_lambda_web_function *fn, const char *id,
                                                                        const ccdk_lambda_web_function_endpoint_options *options);
/** fn.addToResourcePolicy(statement): the function's AWS::Lambda::ResourcePolicy "ResourcePolicy"
 *  (made on first use, its statements given Sids "0", "1", ...); 1 when added, 0 for an import (with
 *  aws-cdk-lib's warning @aws-cdk/aws-lambda:webFunctionResourcePolicyNotModified) and for NULL. */
int ccdk_lambda_web_function_add_to_resource_policy(ccdk_lambda_web_function *fn, ccdk_iam_policy_statement *statement);
/** fn.addToRolePolicy(statement): grantPrincipal.addToPrincipalPolicy (nothing for an import). */
void ccdk_lambda_web_function_add_to_role_policy(ccdk_lambda_web_function *fn, ccdk_iam_policy_statement *statement);

/** fn.webFunctionArn (GetAtt FunctionArn, or the ARN from the name in another environment) and
 *  webFunctionName, revisionArn, revisionId (GetAtts; NULL for an import), owned by the App; NULL
 *  for NULL. */
const char *ccdk_lambda_web_function_arn(ccdk_lambda_web_function *fn);
const char *ccdk_lambda_web_function_name(ccdk_lambda_web_function *fn);
const char *ccdk_lambda_web_function_revision_arn(ccdk_lambda_web_function *fn);
const char *ccdk_lambda_web_function_revision_id(ccdk_lambda_web_function *fn);
/** fn.role (NULL for an import), fn.grantPrincipal, fn.logGroup (NULL for an import), fn.endpoint (ccdk_lambda_web_function_default_endpoint: the name
 *  ccdk_lambda_web_function_endpoint is the type)
 *  (NULL for an import); NULL for NULL. */
ccdk_iam_role *ccdk_lambda_web_function_role(ccdk_lambda_web_function *fn);
ccdk_iam_principal *ccdk_lambda_web_function_grant_principal(ccdk_lambda_web_function *fn);
ccdk_logs_log_group *ccdk_lambda_web_function_log_group(ccdk_lambda_web_function *fn);
ccdk_lambda_web_function_endpoint *ccdk_lambda_web_function_default_endpoint(ccdk_lambda_web_function *fn);
/** fn.resource (CfnWebFunction) and fn.resourceRevision (CfnWebFunctionRevision); NULL for an import
 *  and for NULL. */
ccdk_cfn_resource *ccdk_lambda_web_function_resource(ccdk_lambda_web_function *fn);
ccdk_cfn_resource *ccdk_lambda_web_function_resource_revision(ccdk_lambda_web_function *fn);
/** WebFunction.isWebFunction(x): 1 for one made by ccdk_lambda_web_function_new, else 0. */
int ccdk_lambda_web_function_is_web_function(const void *x);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_lambda_web_function_code_from_asset_to_managed_bucket(owner, ...) ccdk_lambda_web_function_code_from_asset_to_managed_bucket(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_web_function_endpoint_new(scope, ...) ccdk_lambda_web_function_endpoint_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_web_function_endpoint_from_web_function_endpoint_attributes(scope, ...) ccdk_lambda_web_function_endpoint_from_web_function_endpoint_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_web_function_endpoint_grant_invoke(endpoint, grantee) ccdk_lambda_web_function_endpoint_grant_invoke(endpoint, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_lambda_web_function_new(scope, ...) ccdk_lambda_web_function_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_web_function_from_web_function_arn(scope, ...) ccdk_lambda_web_function_from_web_function_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_lambda_web_function_from_web_function_attributes(scope, ...) ccdk_lambda_web_function_from_web_function_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
