/* dynamodb.Table's encryption, point-in-time recovery, TTL, deletion protection, and grants on the
 * keys of encrypted tables: see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Given", NULL);

    ccdk_dynamodb_table *own = ccdk_dynamodb_table_new(stack, "OwnKey", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .encryption = CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED,
        .stream = CCDK_DYNAMODB_STREAM_KEYS_ONLY,
        .point_in_time_recovery_specification = &(ccdk_dynamodb_point_in_time_recovery_specification){
            .point_in_time_recovery_enabled = CCDK_TRUE},
        .time_to_live_attribute = "ttl",
    });
    ccdk_dynamodb_table *given = ccdk_dynamodb_table_new(stack, "GivenKey", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
        .encryption_key = key,
        .point_in_time_recovery_specification = &(ccdk_dynamodb_point_in_time_recovery_specification){
            .point_in_time_recovery_enabled = CCDK_TRUE, .recovery_period_in_days = CCDK_NUM(35)},
        .deletion_protection = CCDK_FALSE,
    });
    ccdk_dynamodb_table_new(stack, "AwsManaged", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .encryption = CCDK_DYNAMODB_ENCRYPTION_AWS_MANAGED,
        .point_in_time_recovery = CCDK_FALSE,
        .deletion_protection = CCDK_TRUE,
    });
    ccdk_dynamodb_table_new(stack, "AwsOwned", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .encryption = CCDK_DYNAMODB_ENCRYPTION_DEFAULT,
        .point_in_time_recovery_specification = &(ccdk_dynamodb_point_in_time_recovery_specification){
            .point_in_time_recovery_enabled = CCDK_FALSE},
    });

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(e, c): pass"),
    });
    ccdk_dynamodb_table_grant_read_data(own, fn);
    ccdk_dynamodb_table_grant_write_data(given, fn);
    ccdk_dynamodb_table_grant_stream_read(own, fn);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "ec2.amazonaws.com")});
    ccdk_dynamodb_table_grant_read_write_data(given, role);
    ccdk_dynamodb_table_grant_full_access(own, role);
    ccdk_dynamodb_table_grant(own, role, CCDK_STRS("dynamodb:DescribeTable"));
    ccdk_cfn_output_new(stack, "OwnKeyArn", &(ccdk_cfn_output_props){
        .value = ccdk_kms_key_arn(ccdk_dynamodb_table_encryption_key(own))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
