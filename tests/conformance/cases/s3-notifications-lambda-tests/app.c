/* s3n.LambdaDestination as aws-s3-notifications' lambda tests use it: see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_singleton.h>
#include <ccdk/s3.h>

static ccdk_lambda_function_props fn_props(ccdk_stack *stack, const char *code)
{
    return (ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, code),
    };
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "MultipleFunctions", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", NULL);
        ccdk_lambda_function *fn1 = ccdk_lambda_function_new(stack, "MyFunction1", &(ccdk_lambda_function_props){.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST, .handler = "index.handler", .code = ccdk_lambda_code_from_inline(stack, "foo")});
        ccdk_lambda_function *fn2 = ccdk_lambda_function_new(stack, "MyFunction2", &(ccdk_lambda_function_props){.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST, .handler = "index.handler", .code = ccdk_lambda_code_from_inline(stack, "foo")});
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, ccdk_s3_lambda_destination(fn1),
                                              CCDK_S3_FILTERS({.prefix = "v1/"}));
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, ccdk_s3_lambda_destination(fn2),
                                              CCDK_S3_FILTERS({.prefix = "v2/"}));
    }
    {
        ccdk_stack *lambda_stack = ccdk_stack_new(app, "stack1", NULL);
        ccdk_stack *bucket_stack = ccdk_stack_new(app, "stack2", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(lambda_stack, "lambdaFunction", &(ccdk_lambda_function_props){.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST, .handler = "index.handler", .code = ccdk_lambda_code_from_inline(lambda_stack, "whatever")});
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(bucket_stack, "bucket", NULL);
        ccdk_s3_bucket_add_object_created_notification(bucket, ccdk_s3_lambda_destination(fn), CCDK_S3_NO_FILTERS);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "stack", &(ccdk_stack_props){.account = "111111111111"});
        ccdk_lambda_function *fn = ccdk_lambda_function_from_function_arn(stack, "lambdaFunction",
            "arn:aws:lambda:us-east-1:123456789012:function:BaseFunction");
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "bucket", NULL);
        ccdk_s3_bucket_add_object_created_notification(bucket, ccdk_s3_lambda_destination(fn), CCDK_S3_NO_FILTERS);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Target", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST, .handler = "index.handler", .code = ccdk_lambda_code_from_inline(stack, "foo")});
        ccdk_s3_bucket_add_object_created_notification(bucket, ccdk_s3_lambda_destination(fn),
                                                       CCDK_S3_FILTERS({.suffix = ".png"}));
        ccdk_s3_bucket_add_object_removed_notification(bucket, ccdk_s3_lambda_destination(fn),
                                                       CCDK_S3_FILTERS({.prefix = "old/"}, {.suffix = ".png"}));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ByArn", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_from_function_arn(stack, "MyFunction",
            "arn:aws:lambda:us-east-1:123456789012:function:ProcessKinesisRecords");
        ccdk_s3_bucket_add_object_created_notification(bucket, ccdk_s3_lambda_destination(fn),
                                                       CCDK_S3_FILTERS({.suffix = ".png"}));
    }
    static const char *const names[] = {"Singleton", "SingletonTwice"};
    for (int i = 0; i < 2; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, names[i], NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", NULL);
        ccdk_lambda_singleton_function *fn = ccdk_lambda_singleton_function_new(stack, "MyFunction",
            &(ccdk_lambda_singleton_function_props){.uuid = "uuid", .function = fn_props(stack, "foo")});
        ccdk_s3_notification_destination *dest = ccdk_s3_lambda_destination(fn);
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, dest, CCDK_S3_FILTERS({.prefix = "v1/"}));
        if (i)
            ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, dest, CCDK_S3_FILTERS({.prefix = "v2/"}));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
