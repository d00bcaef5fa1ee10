/* aws-cdk's s3.test.ts (aws-lambda-event-sources), 'Cross account buckect access' as written and the
 * other tests taken further, a stack per test (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>

/* aws-cdk's test/test-function.ts */
static ccdk_lambda_function *test_function(ccdk_stack *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(scope, "exports.handler = async function handler(event) { return { event }; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
}

#define PROPS(...) &(ccdk_lambda_s3_event_source_props){__VA_ARGS__}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "stack", NULL);
        ccdk_lambda_function *fn = test_function(stack, "Fn");
        const char *account_b = "1234567";
        ccdk_s3_bucket *foreign_bucket = ccdk_s3_bucket_from_bucket_attributes(stack, "ImportedBucket", &(ccdk_s3_bucket_attributes){
            .bucket_arn = "arn:aws:s3:::some-bucket-not-in-this-account",
            .account = account_b,
        });
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_s3_event_source(foreign_bucket, PROPS(.events = CCDK_STRS(CCDK_S3_OBJECT_CREATED))));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PrefixAndSuffix", NULL);
        ccdk_lambda_function *fn = test_function(stack, "Fn");
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "B", NULL);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_s3_event_source(bucket, PROPS(
            .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED_PUT, CCDK_S3_OBJECT_CREATED_COPY, CCDK_S3_OBJECT_REMOVED_DELETE_MARKER_CREATED),
            .filters = CCDK_S3_FILTERS({.prefix = "images/", .suffix = ".jpg"}))));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "V2FromArn", NULL);
        ccdk_lambda_function *fn = test_function(stack, "Fn");
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_arn(stack, "Bucket", "arn:aws:s3:::bucket-by-arn");
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_s3_event_source_v2(bucket, PROPS(
            .events = CCDK_STRS(CCDK_S3_OBJECT_RESTORE_COMPLETED, CCDK_S3_OBJECT_TAGGING))));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TwoFunctions", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "B", NULL);
        ccdk_lambda_function_add_event_source(test_function(stack, "Fn"), ccdk_lambda_s3_event_source(bucket, PROPS(
            .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED), .filters = CCDK_S3_FILTERS({.suffix = ".png"}))));
        ccdk_lambda_function_add_event_source(test_function(stack, "Fn2"), ccdk_lambda_s3_event_source_v2(bucket, PROPS(
            .events = CCDK_STRS(CCDK_S3_OBJECT_REMOVED), .filters = CCDK_S3_FILTERS({.prefix = "old/"}))));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "OneSourceTwoFunctions", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "B", NULL);
        ccdk_lambda_event_source *source = ccdk_lambda_s3_event_source(bucket, PROPS(.events = CCDK_STRS(CCDK_S3_OBJECT_CREATED)));
        ccdk_lambda_function_add_event_source(test_function(stack, "Fn"), source);
        ccdk_lambda_function_add_event_source(test_function(stack, "Fn2"), source);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "OtherRegion", &(ccdk_stack_props){
            .account = "111111111111", .region = "us-east-1"});
        ccdk_lambda_function *fn = test_function(stack, "Fn");
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_attributes(stack, "ImportedBucket", &(ccdk_s3_bucket_attributes){
            .bucket_name = "far-bucket", .account = "222222222222", .region = "eu-west-1"});
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_s3_event_source_v2(bucket, PROPS(
            .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED), .filters = CCDK_S3_FILTERS({.prefix = "a/"}))));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "NoEvents", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "B", NULL);
        ccdk_lambda_function_add_event_source(test_function(stack, "Fn"), ccdk_lambda_s3_event_source(bucket, PROPS(.events = CCDK_EMPTY_LIST)));
    }
    {
        ccdk_stack *producer = ccdk_stack_new(app, "CrossStackBucket", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(producer, "B", NULL);
        ccdk_stack *stack = ccdk_stack_new(app, "CrossStackFunction", NULL);
        ccdk_lambda_function_add_event_source(test_function(stack, "Fn"), ccdk_lambda_s3_event_source(bucket, PROPS(
            .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED), .filters = CCDK_S3_FILTERS({.prefix = "in/"}))));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedFunctions", &(ccdk_stack_props){
            .account = "111111111111", .region = "us-east-1"});
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "B", NULL);
        ccdk_lambda_function *same = ccdk_lambda_function_from_function_arn(stack, "Same",
                                                                            "arn:aws:lambda:us-east-1:111111111111:function:same");
        ccdk_lambda_function_add_event_source(same, ccdk_lambda_s3_event_source(bucket, PROPS(.events = CCDK_STRS(CCDK_S3_OBJECT_CREATED))));
        ccdk_lambda_function *other = ccdk_lambda_function_from_function_arn(stack, "Other",
                                                                             "arn:aws:lambda:us-east-1:999999999999:function:other");
        ccdk_lambda_function_add_event_source(other, ccdk_lambda_s3_event_source_v2(bucket, PROPS(.events = CCDK_STRS(CCDK_S3_OBJECT_REMOVED))));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
