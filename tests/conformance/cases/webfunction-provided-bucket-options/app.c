/* fromAssetToProvidedBucket into an imported bucket (the warning, no bucket policy) with copyOptions
 * role and logGroup, and into a KMS-encrypted bucket of the app (the key's kms:Decrypt grant to the
 * revisions) with copyOptions in a VPC with its security groups and a subnet selection of
 * a group name and onePerAz. */
#include <ccdk/lambda_webfunction.h>

#define BASE .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X, .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH
#define DIR "../webfunction-provided-bucket/my-app"

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_s3_bucket *imported = ccdk_s3_bucket_from_bucket_name(stack, "Imported", "my-code-bucket");
    ccdk_iam_role *copy_role = ccdk_iam_role_new(stack, "CopyRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
    ccdk_logs_log_group *copy_logs = ccdk_logs_log_group_new(stack, "CopyLogs", &(ccdk_logs_log_group_props){
        .retention = CCDK_LOGS_RETENTION_ONE_WEEK});
    ccdk_lambda_web_function_new(stack, "FromImported", &(ccdk_lambda_web_function_props){
        BASE, .code = ccdk_lambda_web_function_code_from_asset_to_provided_bucket(
                  imported, DIR, &(ccdk_lambda_web_function_provided_bucket_asset_options){
                      .key_prefix = "code/",
                      .copy_options = {.role = copy_role, .log_group = copy_logs},
                  })});

    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_s3_bucket *encrypted = ccdk_s3_bucket_new(stack, "Encrypted", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE, .encryption = CCDK_S3_ENCRYPTION_KMS, .encryption_key = key});
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .max_azs = CCDK_NUM(2)});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "CopySg", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_lambda_web_function_new(stack, "FromEncrypted", &(ccdk_lambda_web_function_props){
        BASE, .code = ccdk_lambda_web_function_code_from_asset_to_provided_bucket(
                  encrypted, DIR, &(ccdk_lambda_web_function_provided_bucket_asset_options){
                      .copy_options = {
                          .vpc = vpc,
                          .vpc_subnets = {.subnet_group_name = "Private", .one_per_az = CCDK_TRUE},
                          .security_groups = CCDK_LIST(sg),
                      },
                  })});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
