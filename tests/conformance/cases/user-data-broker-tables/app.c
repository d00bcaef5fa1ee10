/* Conformance case 'user-data-broker-tables': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/s3.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "DataBroker", &(ccdk_stack_props){
        .account = "777788889999", .region = "us-east-2",
    });

    ccdk_iam_role *role = ccdk_iam_role_new(stack, "BrokerRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
        .managed_policies = CCDK_LIST(ccdk_iam_managed_policy_from_aws_managed_policy_name(stack,
            "service-role/AWSLambdaBasicExecutionRole")),
    });
    ccdk_lambda_code *code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => ({ ok: true });");
    ccdk_lambda_function *broker = ccdk_lambda_function_new(stack, "Broker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = code,
        .role = role,
        .memory_size = CCDK_NUM(1024),
    });
    ccdk_lambda_function *auditor = ccdk_lambda_function_new(stack, "Auditor", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = code,
        .role = role,
    });

    for (int i = 1; i <= 40; i++) {
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_from_table_name(stack, ccdk_fmt(stack, "Table%03d", i),
                                                                         ccdk_fmt(stack, "tenant-%03d-records", i));
        ccdk_dynamodb_table_grant_read_write_data(table, broker);
    }
    for (int i = 1; i <= 25; i++)
        ccdk_s3_bucket_grant_read(ccdk_s3_bucket_from_bucket_name(stack, ccdk_fmt(stack, "Bucket%03d", i),
                                                                  ccdk_fmt(stack, "acme-tenant-%03d-files", i)),
                                  broker, ccdk_fmt(stack, "shared/%03d/*", i));
    for (int i = 1; i <= 12; i++)
        ccdk_sqs_queue_grant_send_messages(ccdk_sqs_queue_from_queue_arn(stack, ccdk_fmt(stack, "Queue%03d", i),
            ccdk_fmt(stack, "arn:aws:sqs:us-east-2:777788889999:tenant-%03d-inbox", i)), broker);
    for (int i = 1; i <= 6; i++)
        ccdk_sns_topic_grant_publish(ccdk_sns_topic_from_topic_arn(stack, ccdk_fmt(stack, "Topic%03d", i),
            ccdk_fmt(stack, "arn:aws:sns:us-east-2:777788889999:tenant-events-%d", i)), broker);
    for (int i = 1; i <= 10; i++)
        ccdk_secretsmanager_secret_grant_read(ccdk_secretsmanager_secret_from_secret_complete_arn(stack,
            ccdk_fmt(stack, "Secret%03d", i),
            ccdk_fmt(stack, "arn:aws:secretsmanager:us-east-2:777788889999:secret:tenants/%03d/api-key-Ab%03dX", i, i)),
            auditor);
    ccdk_lambda_function_add_to_role_policy(auditor, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("cloudtrail:LookupEvents"),
        .resources = CCDK_STRS("*"),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
