/* s3.Bucket with the props Lambda users set, and its grants to a function (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Uploads", &(ccdk_s3_bucket_props){
        .bucket_name = "my-uploads-bucket",
        .versioned = CCDK_TRUE,
        .encryption = CCDK_S3_ENCRYPTION_KMS_MANAGED,
        .bucket_key_enabled = CCDK_TRUE,
        .block_public_access = CCDK_S3_BLOCK_ACLS,
        .enforce_ssl = CCDK_TRUE,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_s3_bucket_grant_read(bucket, fn, NULL);
    ccdk_s3_bucket_grant_write(bucket, fn, "out/*");
    ccdk_s3_bucket_grant_put(bucket, fn, NULL);
    ccdk_s3_bucket_grant_delete(bucket, fn, "tmp/*");
    ccdk_s3_bucket *logs = ccdk_s3_bucket_new(stack, "Logs", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED, .block_public_access = CCDK_S3_BLOCK_ALL});
    ccdk_s3_bucket_grant_read_write(logs, fn, NULL);
    ccdk_s3_bucket *archive = ccdk_s3_bucket_new(stack, "Archive", &(ccdk_s3_bucket_props){
        .block_public_access = CCDK_S3_BLOCK_ACLS_ONLY, .versioned = CCDK_FALSE});
    ccdk_s3_bucket_grant_put(archive, ccdk_lambda_function_role(fn), NULL);
    ccdk_s3_bucket *imported = ccdk_s3_bucket_from_bucket_arn(stack, "Imported", "arn:aws:s3:::shared-data");
    ccdk_s3_bucket_grant_read(imported, fn, "reports/*");
    ccdk_s3_bucket *by_name = ccdk_s3_bucket_from_bucket_name(stack, "ByName", "other-bucket");
    ccdk_s3_bucket_grant_read_write(by_name, fn, NULL);
    /* principals without a policy of this account: the bucket policy (an imported bucket has none) */
    ccdk_s3_bucket_grant_read(bucket, ccdk_iam_service_principal(stack, "logging.s3.amazonaws.com"), "logs/*");
    ccdk_iam_role *partner = ccdk_iam_role_from_role_arn(stack, "Partner", "arn:aws:iam::210987654321:role/partner");
    ccdk_s3_bucket_grant_put(logs, partner, NULL);
    ccdk_s3_bucket_grant_put(imported, ccdk_iam_account_principal(stack, "210987654321"), NULL);
    ccdk_s3_bucket_add_to_resource_policy(archive, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS(ccdk_s3_bucket_arn_for_objects(archive, "public/*")),
        .principals = CCDK_LIST(ccdk_iam_any_principal(stack))}));
    ccdk_s3_bucket_add_to_resource_policy(imported, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("*"), .principals = CCDK_LIST(ccdk_iam_any_principal(stack))}));
    ccdk_cfn_output_new(stack, "UploadsName", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_name(bucket)});
    ccdk_cfn_output_new(stack, "UploadsObjects", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_arn_for_objects(bucket, "in/*")});
    ccdk_cfn_output_new(stack, "ImportedName", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_name(imported)});
    ccdk_cfn_output_new(stack, "ByNameArn", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_arn(by_name)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
