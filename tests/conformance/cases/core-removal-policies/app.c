/* Conformance case 'core-removal-policies': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>
#include <ccdk/logs.h>
#include <ccdk/s3.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *dev = ccdk_stack_new(app, "Dev", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(dev, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(dev, "exports.handler = async () => {};"),
        .log_retention = CCDK_LOGS_RETENTION_ONE_WEEK,
    });
    ccdk_lambda_function_current_version(fn);
    ccdk_s3_bucket_new(dev, "Uploads", &(ccdk_s3_bucket_props){
        .auto_delete_objects = CCDK_TRUE, .removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(dev, "Queue", NULL);
    ccdk_dynamodb_table_new(dev, "Table", &(ccdk_dynamodb_table_props){.partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING}});
    ccdk_logs_log_group_new(dev, "Logs", NULL);
    ccdk_stack *nested = ccdk_nested_stack_new(dev, "Nested", NULL);
    ccdk_sqs_queue_new(nested, "NestedQueue", NULL);
    ccdk_removal_policies_apply(dev, CCDK_REMOVAL_POLICY_DESTROY, &(ccdk_removal_policy_props){
        .exclude_resource_types = CCDK_STRS("AWS::DynamoDB::Table")});
    ccdk_removal_policies_apply(queue, CCDK_REMOVAL_POLICY_RETAIN, NULL);

    ccdk_stack *prod = ccdk_stack_new(app, "Prod", NULL);
    ccdk_sqs_queue_new(prod, "Queue", &(ccdk_sqs_queue_props){.removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    ccdk_sqs_queue_new(prod, "Other", NULL);
    ccdk_logs_log_group_new(prod, "Logs", NULL);
    ccdk_lambda_function_new(prod, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(prod, "def handler(e, c):\n    return None\n"),
    });
    ccdk_missing_removal_policies_apply(prod, CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, &(ccdk_removal_policy_props){
        .apply_to_resource_types = CCDK_STRS("AWS::SQS::Queue", "AWS::Lambda::Function")});

    ccdk_stack *ordered = ccdk_stack_new(app, "Ordered", NULL);
    ccdk_sqs_queue_new(ordered, "Queue", NULL);
    ccdk_logs_log_group_new(ordered, "Logs", NULL);
    ccdk_removal_policies_apply(ordered, CCDK_REMOVAL_POLICY_RETAIN, &(ccdk_removal_policy_props){.priority = CCDK_NUM(300)});
    ccdk_removal_policies_apply(ordered, CCDK_REMOVAL_POLICY_DESTROY, &(ccdk_removal_policy_props){.priority = CCDK_NUM(100)});
    ccdk_missing_removal_policies_apply(ordered, CCDK_REMOVAL_POLICY_DESTROY, &(ccdk_removal_policy_props){.priority = CCDK_NUM(50)});
    ccdk_removal_policies_apply(ordered, CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, &(ccdk_removal_policy_props){
        .apply_to_resource_types = CCDK_STRS("AWS::Logs::LogGroup"), .priority = CCDK_NUM(400)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
