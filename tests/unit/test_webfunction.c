/* test_webfunction.c - lambda.WebFunction: the validations' edges the conformance cases do not reach
 * (name lengths and ends, the timeout and concurrency bounds, code keys, the asset factories' key
 * prefixes, paths and reserved bucket id), ccdk's own "is required"
 * for TypeScript's type checks, the generated name, the imports' parsing, the getters and NULL
 * handling. Expected values were taken from aws-cdk-lib 2.276.0 by running the same inputs through
 * it. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ccdk/lambda_webfunction.h>

#include "testlib.h"

static ccdk_app *new_app(ccdk_stack **stack, ccdk_s3_bucket **bucket)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "/tmp/ccdk-test-webfunction-unused", .quiet = 1});
    *stack = ccdk_stack_new(app, "S", NULL);
    *bucket = ccdk_s3_bucket_from_bucket_name(*stack, "B", "bkt");
    return app;
}

/* 1 when some error of app holds message (and path, when given) */
static int has_error(ccdk_app *app, const char *message, const char *path)
{
    for (size_t i = 0; i < ccdk_app_error_count(app); i++) {
        const char *e = ccdk_app_error(app, i);
        if (strstr(e, message) && (!path || strstr(e, path)))
            return 1;
    }
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        fprintf(stderr, "      error %zu: %s\n", i, ccdk_app_error(app, i));
    return 0;
}

#define REST .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X, .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH
#define BASE(bucket) .code = ccdk_lambda_web_function_code_from_bucket((bucket), "k", NULL), REST

/* one WebFunction with props p; returns the number of errors of its app */
#define ERRORS_OF(...)                                                                             \
    ({                                                                                             \
        ccdk_stack *s_;                                                                            \
        ccdk_s3_bucket *b_;                                                                        \
        ccdk_app *a_ = new_app(&s_, &b_);                                                          \
        ccdk_lambda_web_function_new(s_, "W", &(ccdk_lambda_web_function_props){BASE(b_), __VA_ARGS__}); \
        size_t n_ = ccdk_app_error_count(a_);                                                      \
        ccdk_app_free(a_);                                                                         \
        n_;                                                                                        \
    })

TEST(name_edges)
{
    char n64[65], n65[66];
    memset(n64, 'a', 64), n64[64] = 0;
    memset(n65, 'a', 65), n65[65] = 0;
    CHECK_INT_EQ(ERRORS_OF(.web_function_name = n64), 0);
    CHECK_INT_EQ(ERRORS_OF(.web_function_name = n65), 1);
    CHECK_INT_EQ(ERRORS_OF(.web_function_name = "a_b"), 0);
    CHECK_INT_EQ(ERRORS_OF(.web_function_name = "ab-"), 1);
    CHECK_INT_EQ(ERRORS_OF(.web_function_name = "-ab"), 1);
    CHECK_INT_EQ(ERRORS_OF(.web_function_name = "ab"), 0);

    ccdk_stack *s;
    ccdk_s3_bucket *b;
    ccdk_app *app = new_app(&s, &b);
    ccdk_lambda_web_function_new(s, "W", &(ccdk_lambda_web_function_props){BASE(b), .web_function_name = "ab-"});
    CHECK(has_error(app, "Function name 'ab-' must be 2 to 64 characters of letters, numbers, hyphens or underscores, "
                         "starting and ending with a letter or number.", "S/W"));
    ccdk_app_free(app);
}

TEST(bounds)
{
    CHECK_INT_EQ(ERRORS_OF(.timeout = ccdk_duration_seconds(3)), 0);
    CHECK_INT_EQ(ERRORS_OF(.timeout = ccdk_duration_seconds(900)), 0);
    CHECK_INT_EQ(ERRORS_OF(.max_concurrency_per_environment = CCDK_NUM(1)), 0);
    CHECK_INT_EQ(ERRORS_OF(.max_concurrency_per_environment = CCDK_NUM(128)), 0);
    CHECK_INT_EQ(ERRORS_OF(.default_endpoint = {.max_environments = CCDK_NUM(2)}), 0);
    CHECK_INT_EQ(ERRORS_OF(.default_endpoint = {.rate_limit = CCDK_NUM(0)}), 0);

    ccdk_stack *s;
    ccdk_s3_bucket *b;
    ccdk_app *app = new_app(&s, &b);
    ccdk_lambda_web_function_new(s, "T", &(ccdk_lambda_web_function_props){BASE(b), .timeout = ccdk_duration_seconds(901)});
    ccdk_lambda_web_function_new(s, "C", &(ccdk_lambda_web_function_props){BASE(b), .max_concurrency_per_environment = CCDK_NUM(0)});
    ccdk_lambda_web_function_new(s, "R", &(ccdk_lambda_web_function_props){BASE(b), .default_endpoint = {.rate_limit = CCDK_NUM(-1)}});
    CHECK(has_error(app, "Timeout must be an integer between 3 and 900 seconds, got 901", "S/T"));
    CHECK(has_error(app, "maxConcurrencyPerEnvironment must be an integer between 1 and 128, got 0", "S/C"));
    CHECK(has_error(app, "rateLimit must be an integer of 0 or greater, got -1", "S/R/Endpoint"));
    ccdk_app_free(app);
}

TEST(code_keys)
{
    ccdk_stack *s;
    ccdk_s3_bucket *b;
    ccdk_app *app = new_app(&s, &b);
    ccdk_lambda_web_function_new(s, "Slash", &(ccdk_lambda_web_function_props){
        REST, .code = ccdk_lambda_web_function_code_from_bucket(b, "/a.zip", NULL)});
    ccdk_lambda_web_function_new(s, "Dollar", &(ccdk_lambda_web_function_props){
        REST, .code = ccdk_lambda_web_function_code_from_bucket(b, "a${x}.zip", NULL)});
    ccdk_lambda_web_function_new(s, "Fine", &(ccdk_lambda_web_function_props){
        REST, .code = ccdk_lambda_web_function_code_from_bucket(b, "a$x/{y}.zip", NULL)});
    CHECK(has_error(app, "The code object key '/a.zip' must not start with '/' or contain '*', '?' or '${'.", "S/Slash"));
    CHECK(has_error(app, "The code object key 'a${x}.zip' must not start with", "S/Dollar"));
    CHECK_INT_EQ(ccdk_app_error_count(app), 2);
    ccdk_app_free(app);
}

TEST(required_props)
{
    ccdk_stack *s;
    ccdk_s3_bucket *b;
    ccdk_app *app = new_app(&s, &b);
    ccdk_lambda_web_function_new(s, "NoProps", NULL);
    ccdk_lambda_web_function_new(s, "NoRuntime", &(ccdk_lambda_web_function_props){
        .code = ccdk_lambda_web_function_code_from_bucket(b, "k", NULL),
        .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH});
    ccdk_lambda_web_function_new(s, "NoAuth", &(ccdk_lambda_web_function_props){
        .code = ccdk_lambda_web_function_code_from_bucket(b, "k", NULL), .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X});
    ccdk_lambda_web_function *fn = ccdk_lambda_web_function_new(s, "Fine", &(ccdk_lambda_web_function_props){BASE(b)});
    ccdk_lambda_web_function_add_endpoint(fn, "NoAuthType", NULL);
    ccdk_lambda_web_function_endpoint_new(s, "NoFunction", &(ccdk_lambda_web_function_endpoint_props){
        .options = {.auth_type = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH},
        .traffic = ccdk_lambda_web_function_traffic_single("r")});
    ccdk_lambda_web_function_endpoint_new(s, "NoTraffic", &(ccdk_lambda_web_function_endpoint_props){
        .options = {.auth_type = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH}, .web_function = fn});
    CHECK(has_error(app, "code is required", "S/NoProps"));
    CHECK(has_error(app, "runtime is required", "S/NoRuntime"));
    CHECK(has_error(app, "defaultEndpointAuth is required", "S/NoAuth"));
    CHECK(has_error(app, "authType is required", "S/Fine/NoAuthType"));
    CHECK(has_error(app, "webFunction is required", "S/NoFunction"));
    CHECK(has_error(app, "traffic is required", "S/NoTraffic"));
    CHECK_INT_EQ(ccdk_app_error_count(app), 6);
    ccdk_app_free(app);
}

TEST(generated_name)
{
    ccdk_stack *s;
    ccdk_s3_bucket *b;
    ccdk_app *app = new_app(&s, &b);
    ccdk_lambda_web_function *fn = ccdk_lambda_web_function_new(s, "AVeryLongConstructIdThatGoesOnAndOnForeverAndEver",
                                                                 &(ccdk_lambda_web_function_props){BASE(b)});
    /* Names.uniqueResourceName(this, {maxLength: 40}) */
    CHECK_STR_EQ(ccdk_lambda_web_function_name(fn), "SAVeryLongConstrOnForeverAndEverDABF0F8C");
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

TEST(imports)
{
    ccdk_stack *s;
    ccdk_s3_bucket *b;
    ccdk_app *app = new_app(&s, &b);
    ccdk_lambda_web_function *fn = ccdk_lambda_web_function_from_web_function_arn(s, "I",
        "arn:aws:lambda:us-west-2:123456789012:web-function/my-function");
    CHECK_STR_EQ(ccdk_lambda_web_function_name(fn), "my-function");
    CHECK_STR_EQ(ccdk_lambda_web_function_arn(fn), "arn:aws:lambda:us-west-2:123456789012:web-function/my-function");
    CHECK(ccdk_lambda_web_function_role(fn) == NULL);
    CHECK(ccdk_lambda_web_function_resource(fn) == NULL);
    CHECK(ccdk_lambda_web_function_default_endpoint(fn) == NULL);
    CHECK(!ccdk_lambda_web_function_is_web_function(fn));
    ccdk_lambda_web_function_endpoint *ep = ccdk_lambda_web_function_endpoint_from_web_function_endpoint_attributes(s, "E",
        &(ccdk_lambda_web_function_endpoint_attributes){
            .endpoint_arn = "arn:aws:lambda:us-west-2:123456789012:web-function/f/endpoint/prod",
            .domain_name = "d.example",
            .endpoint_type = CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_PER_REGION,
            .auth_type = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_APPLICATION_MANAGED,
        });
    CHECK_STR_EQ(ccdk_lambda_web_function_endpoint_web_function_arn(ep), "arn:aws:lambda:us-west-2:123456789012:web-function/f");
    CHECK_STR_EQ(ccdk_lambda_web_function_endpoint_domain_name(ep), "d.example");
    CHECK_INT_EQ(ccdk_lambda_web_function_endpoint_endpoint_type(ep), CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_PER_REGION);
    CHECK_INT_EQ(ccdk_lambda_web_function_endpoint_auth_type(ep), CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_APPLICATION_MANAGED);
    CHECK(ccdk_lambda_web_function_endpoint_resource(ep) == NULL);
    CHECK(!ccdk_lambda_web_function_endpoint_is_web_function_endpoint(ep));
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

TEST(getters)
{
    ccdk_stack *s;
    ccdk_s3_bucket *b;
    ccdk_app *app = new_app(&s, &b);
    ccdk_lambda_web_function *fn = ccdk_lambda_web_function_new(s, "W", &(ccdk_lambda_web_function_props){BASE(b)});
    CHECK(ccdk_lambda_web_function_is_web_function(fn));
    CHECK(ccdk_lambda_web_function_role(fn) != NULL);
    CHECK(ccdk_lambda_web_function_grant_principal(fn) != NULL);
    CHECK(ccdk_lambda_web_function_log_group(fn) != NULL);
    CHECK(ccdk_lambda_web_function_resource(fn) != NULL);
    CHECK(ccdk_lambda_web_function_resource_revision(fn) != NULL);
    CHECK(ccdk_token_is_unresolved(ccdk_lambda_web_function_arn(fn)));
    CHECK(ccdk_token_is_unresolved(ccdk_lambda_web_function_revision_id(fn)));
    CHECK_STR_EQ(ccdk_lambda_web_function_name(fn), "SWB6E598F6");
    ccdk_lambda_web_function_endpoint *ep = ccdk_lambda_web_function_default_endpoint(fn);
    CHECK(ccdk_lambda_web_function_endpoint_is_web_function_endpoint(ep));
    CHECK_INT_EQ(ccdk_lambda_web_function_endpoint_endpoint_type(ep), CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_HOME_REGION);
    CHECK_INT_EQ(ccdk_lambda_web_function_endpoint_auth_type(ep), CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH);
    CHECK(ccdk_token_is_unresolved(ccdk_lambda_web_function_endpoint_domain_name(ep)));
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

/* a directory with one file, for the asset factories */
static const char *asset_dir(void)
{
    static char dir[128];
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/ccdk-test-webfunction-asset-%d", (int)getpid());
        mkdir(dir, 0755);
        char f[160];
        snprintf(f, sizeof f, "%s/index.mjs", dir);
        FILE *fp = fopen(f, "w");
        if (fp) {
            fputs("export const handler = async () => ({ statusCode: 200 });\n", fp);
            fclose(fp);
        }
    }
    return dir;
}

TEST(asset_factories)
{
    ccdk_stack *s;
    ccdk_s3_bucket *b;
    ccdk_app *app = new_app(&s, &b);
    ccdk_s3_bucket *mine = ccdk_s3_bucket_new(s, "Mine", &(ccdk_s3_bucket_props){.versioned = CCDK_TRUE});
    /* the key prefix: literal, without a leading '/', '*', '?' or '${' ('$' and '{' alone are fine) */
    ccdk_lambda_web_function_new(s, "Question", &(ccdk_lambda_web_function_props){
        REST, .code = ccdk_lambda_web_function_code_from_asset_to_provided_bucket(
                  mine, asset_dir(), &(ccdk_lambda_web_function_provided_bucket_asset_options){.key_prefix = "a?/"})});
    ccdk_lambda_web_function_new(s, "Fine", &(ccdk_lambda_web_function_props){
        REST, .code = ccdk_lambda_web_function_code_from_asset_to_provided_bucket(
                  mine, asset_dir(), &(ccdk_lambda_web_function_provided_bucket_asset_options){.key_prefix = "a$b/{c}/"})});
    /* a path that is missing or not given: the asset's errors */
    ccdk_lambda_web_function_new(s, "Missing", &(ccdk_lambda_web_function_props){
        REST, .code = ccdk_lambda_web_function_code_from_asset_to_managed_bucket(s, "/nonexistent/ccdk-webfunction", NULL)});
    ccdk_lambda_web_function_new(s, "NoPath", &(ccdk_lambda_web_function_props){
        REST, .code = ccdk_lambda_web_function_code_from_asset_to_managed_bucket(s, NULL, NULL)});
    /* one code object bound twice: an asset each, one shared bucket, no error */
    ccdk_lambda_web_function_code *shared = ccdk_lambda_web_function_code_from_asset_to_managed_bucket(s, asset_dir(), NULL);
    ccdk_lambda_web_function_new(s, "One", &(ccdk_lambda_web_function_props){REST, .code = shared});
    ccdk_lambda_web_function_new(s, "Two", &(ccdk_lambda_web_function_props){REST, .code = shared});
    CHECK(has_error(app, "keyPrefix 'a?/' must not start with '/' or contain '*', '?' or '${'.", "S/Question"));
    CHECK(has_error(app, "Cannot find asset at /nonexistent/ccdk-webfunction", "S/Missing/Code"));
    CHECK(has_error(app, "Asset path cannot be empty", "S/NoPath/Code"));
    CHECK_INT_EQ(ccdk_app_error_count(app), 3);
    ccdk_app_free(app);

    /* the reserved id taken by a construct that is not the code bucket */
    app = new_app(&s, &b);
    ccdk_s3_bucket_new(s, "AWSCDKWebFunctionAssetBucket", NULL);
    ccdk_lambda_web_function_new(s, "W", &(ccdk_lambda_web_function_props){
        REST, .code = ccdk_lambda_web_function_code_from_asset_to_managed_bucket(s, asset_dir(), NULL)});
    CHECK(has_error(app, "The construct id 'AWSCDKWebFunctionAssetBucket' at the stack root is reserved", "S/W"));
    ccdk_app_free(app);
    char f[160];
    snprintf(f, sizeof f, "%s/index.mjs", asset_dir());
    unlink(f);
    rmdir(asset_dir());
}

TEST(null_handles)
{
    CHECK(ccdk_lambda_web_function_arn(NULL) == NULL);
    CHECK(ccdk_lambda_web_function_name(NULL) == NULL);
    CHECK(ccdk_lambda_web_function_default_endpoint(NULL) == NULL);
    CHECK(ccdk_lambda_web_function_endpoint_arn(NULL) == NULL);
    CHECK_INT_EQ(ccdk_lambda_web_function_endpoint_endpoint_type(NULL), CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_UNSET);
    CHECK(!ccdk_lambda_web_function_is_web_function(NULL));
    CHECK(!ccdk_lambda_web_function_endpoint_is_web_function_endpoint(NULL));
    /* last: it leaves an error on the process-wide list, which fails every later synth */
    size_t before = ccdk_process_error_count();
    CHECK(ccdk_lambda_web_function_code_from_bucket(NULL, "k", NULL) == NULL);
    CHECK((ccdk_lambda_web_function_code_from_asset_to_managed_bucket)(NULL, "d", NULL) == NULL);
    CHECK(ccdk_lambda_web_function_code_from_asset_to_provided_bucket(NULL, "d", NULL) == NULL);
    CHECK_INT_EQ(ccdk_process_error_count(), before + 3);
}

int main(void)
{
    RUN(name_edges);
    RUN(bounds);
    RUN(code_keys);
    RUN(required_props);
    RUN(generated_name);
    RUN(imports);
    RUN(getters);
    RUN(asset_factories);
    RUN(null_handles);
    return TEST_DONE();
}
