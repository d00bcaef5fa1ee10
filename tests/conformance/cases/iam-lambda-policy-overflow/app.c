/* Conformance case 'iam-lambda-policy-overflow': one function granted send/consume on 30 SQS queues
 * and read/write on 30 DynamoDB tables (10 of them in another stack: cross-stack ARNs), and X-Ray
 * tracing: its role's DefaultPolicy overflows into OverflowPolicy managed policies (Role's
 * splitLargePolicy), which the function depends on. A second function with a few grants keeps its
 * policy inline. */
#include <stdio.h>
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

static ccdk_lambda_function *fn(ccdk_stack *stack, const char *id, ccdk_lambda_tracing tracing)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
        .tracing = tracing,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *data = ccdk_stack_new(app, "Data", NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Service", NULL);
    ccdk_lambda_function *big = fn(stack, "Worker", CCDK_LAMBDA_TRACING_ACTIVE);
    ccdk_lambda_function *small = fn(stack, "Small", CCDK_LAMBDA_TRACING_UNSET);
    char id[32];
    for (int i = 0; i < 30; i++) {
        snprintf(id, sizeof id, "Queue%d", i);
        ccdk_sqs_queue *q = ccdk_sqs_queue_new(stack, id, NULL);
        ccdk_sqs_queue_grant_send_messages(q, big);
        ccdk_sqs_queue_grant_consume_messages(q, big);
        if (i < 2)
            ccdk_sqs_queue_grant_send_messages(q, small);
    }
    for (int i = 0; i < 30; i++) {
        snprintf(id, sizeof id, "Table%d", i);
        ccdk_dynamodb_table *t = ccdk_dynamodb_table_new(i < 10 ? data : stack, id, &(ccdk_dynamodb_table_props){
            .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        });
        ccdk_dynamodb_table_grant_read_write_data(t, big);
        if (i == 20)
            ccdk_dynamodb_table_grant_read_data(t, small);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
