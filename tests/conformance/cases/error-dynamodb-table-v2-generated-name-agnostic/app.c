/* Conformance case 'error-dynamodb-table-v2-generated-name-agnostic': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *data = ccdk_stack_new(app, "Data", NULL);
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_v2_new(data, "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING}});
    ccdk_stack *compute = ccdk_stack_new(app, "Compute", &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"});
    ccdk_lambda_function_new(compute, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(compute, "exports.handler = async () => {};"),
        .environment = CCDK_KVS({"TABLE", ccdk_dynamodb_table_name(table)}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
