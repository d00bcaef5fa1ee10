/* Conformance case 'dynamodb-table-v2-generated-name': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stage *stage = ccdk_stage_new(app, "Prod", NULL);
    ccdk_stack *compute = ccdk_stack_new(stage, "Compute", &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"});
    ccdk_stack *data = ccdk_stack_new(stage, "DataStackWithAVeryLongStackName",
                                      &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_v2_new(data, "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING}});
    ccdk_dynamodb_table *other = ccdk_dynamodb_table_v2_new(data, "AnotherTableWhoseConstructIdIsQuiteLong", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_NUMBER}});
    ccdk_dynamodb_table *local = ccdk_dynamodb_table_v2_new(data, "LocalOnly", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"k", CCDK_DYNAMODB_ATTRIBUTE_STRING}});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(compute, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(compute, "exports.handler = async () => {};"),
        .environment = CCDK_KVS({"TABLE", ccdk_dynamodb_table_name(table)}, {"OTHER_ARN", ccdk_dynamodb_table_arn(other)}),
    });
    ccdk_dynamodb_table_grant_read_write_data(table, fn);
    ccdk_lambda_function *same_env = ccdk_lambda_function_new(data, "LocalFn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(data, "exports.handler = async () => {};"),
        .environment = CCDK_KVS({"TABLE", ccdk_dynamodb_table_name(local)}, {"SHARED", ccdk_dynamodb_table_name(table)}),
    });
    ccdk_dynamodb_table_grant_read_data(local, same_env);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
