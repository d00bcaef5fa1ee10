/* Conformance case 'iam-canonical-user-principal': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "CanonicalStack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_s3_bucket_add_to_resource_policy(bucket, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetObject"),
        .resources = CCDK_STRS(ccdk_s3_bucket_arn_for_objects(bucket, "*")),
        .principals = CCDK_LIST(
            ccdk_iam_canonical_user_principal(stack, "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"),
            ccdk_iam_service_principal(stack, "cloudfront.amazonaws.com")),
    }));
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_bucket(bucket, "code.zip", NULL),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
