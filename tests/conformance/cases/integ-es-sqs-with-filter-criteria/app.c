/* Conformance case 'integ-es-sqs-with-filter-criteria': aws-cdk's integ.sqs-with-filter-criteria.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sqs.h>

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

/* {body: {id: FilterRule.exists()}} */
static ccdk_value *body_with_id(ccdk_stack *stack)
{
    ccdk_value *body = ccdk_v_set(ccdk_v_object(stack), "id", ccdk_lambda_filter_rule_exists(stack));
    return ccdk_lambda_filter_criteria_filter(stack, ccdk_v_set(ccdk_v_object(stack), "body", body));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "lambda-event-source-filter-criteria-sqs", NULL);
    ccdk_lambda_function *fn = test_function(stack, "F");
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Q", NULL);
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(5),
        .filters = CCDK_LIST(body_with_id(stack)),
    }));
    ccdk_kms_key *my_key = ccdk_kms_key_new(stack, "fc-test-key-name", &(ccdk_kms_key_props){
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .pending_window = ccdk_duration_days(7),
        .description = "KMS key for test fc encryption",
    });
    ccdk_lambda_function *fn2 = test_function(stack, "F2");
    ccdk_lambda_function_add_event_source(fn2, ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(5),
        .filters = CCDK_LIST(body_with_id(stack)),
        .filter_encryption = my_key,
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
