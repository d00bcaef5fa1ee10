/* Conformance case 'iam-minimize-first-read-order': see app.js. The merged statements' resources and
 * the producer's exports follow the order the grants first read each attribute (token.c), not the
 * order the constructs were made in. (app.js's Lazy strings only move aws-cdk-lib's counter.) */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/aws-iam:minimizePolicies", "true"})});
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", NULL);
    ccdk_s3_bucket *b0 = ccdk_s3_bucket_new(producer, "B0", NULL);
    ccdk_s3_bucket *b1 = ccdk_s3_bucket_new(producer, "B1", NULL);
    ccdk_s3_bucket *b2 = ccdk_s3_bucket_new(producer, "B2", NULL);
    ccdk_sqs_queue *q0 = ccdk_sqs_queue_new(producer, "Q0", NULL);
    ccdk_sqs_queue *q1 = ccdk_sqs_queue_new(producer, "Q1", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(producer, "T", NULL);
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(producer, "Tb", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
    });
    ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(producer, "Lg", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(producer, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(producer, "exports.handler = async () => 1;"),
    });
    ccdk_lambda_alias *alias = ccdk_lambda_function_add_alias(fn, "live", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(consumer, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(consumer, "lambda.amazonaws.com"),
    });
    ccdk_s3_bucket_grant_read(b2, role, NULL);
    ccdk_s3_bucket_grant_read(b0, role, NULL);
    ccdk_lambda_function_grant_invoke(alias, role);
    ccdk_sqs_queue_grant_send_messages(q1, role);
    ccdk_lambda_function_grant_invoke(fn, role);
    ccdk_s3_bucket_grant_read(b1, role, NULL);
    ccdk_sqs_queue_grant_send_messages(q0, role);
    ccdk_logs_log_group_grant_write(log_group, role);
    ccdk_sns_topic_grant_publish(topic, role);
    ccdk_dynamodb_table_grant_read_data(table, role);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
