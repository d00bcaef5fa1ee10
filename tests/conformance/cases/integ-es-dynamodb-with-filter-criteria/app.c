/* Conformance case 'integ-es-dynamodb-with-filter-criteria': aws-cdk's integ.dynamodb-with-filter-criteria.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped */
#include <ccdk/dynamodb.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

/* test-function.ts's TestFunction: Code.fromInline(`exports.handler = ${handler.toString()}`) (the text
 * of app.js's handler), runtime STANDARD_NODEJS_RUNTIME (NODEJS_18_X) */
static ccdk_lambda_function *test_function(ccdk_stack *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(scope, "exports.handler = async function handler(event) {\n"
                                                    "  console.log('event:', JSON.stringify(event, undefined, 2));\n"
                                                    "  return { event };\n"
                                                    "}"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
    });
}

/* {eventName: FilterRule.isEqual('INSERT'), dynamodb: {Keys: {id: {S: FilterRule.exists()}}}} */
static ccdk_value *insert_with_id(ccdk_stack *stack)
{
    ccdk_value *id = ccdk_v_set(ccdk_v_object(stack), "S", ccdk_lambda_filter_rule_exists(stack));
    ccdk_value *pattern = ccdk_v_object(stack);
    ccdk_v_set(pattern, "eventName", ccdk_lambda_filter_rule_is_equal(stack, "INSERT"));
    ccdk_v_set(pattern, "dynamodb", ccdk_v_set(ccdk_v_object(stack), "Keys", ccdk_v_set(ccdk_v_object(stack), "id", id)));
    return ccdk_lambda_filter_criteria_filter(stack, pattern);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "lambda-event-source-filter-criteria-dynamodb", NULL);
    ccdk_lambda_function *fn = test_function(stack, "F");
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "T", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
        .batch_size = CCDK_NUM(5),
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .filters = CCDK_LIST(insert_with_id(stack)),
    }));
    ccdk_kms_key *my_key = ccdk_kms_key_new(stack, "fc-test-key-name", &(ccdk_kms_key_props){
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .pending_window = ccdk_duration_days(7),
        .description = "KMS key for test fc encryption",
    });
    ccdk_lambda_function *fn2 = test_function(stack, "F5");
    ccdk_lambda_function_add_event_source(fn2, ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
        .batch_size = CCDK_NUM(5),
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .filters = CCDK_LIST(insert_with_id(stack)),
        .filter_encryption = my_key,
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
