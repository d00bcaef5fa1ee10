/* Conformance case 'integ-es-sqs-max-concurrency': aws-cdk's integ.sqs-max-concurrency.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped; app.synth() added (the integ runner synthesizes) */
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

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "sqs-event-source-max-concurrency", NULL);
    ccdk_lambda_function *fn = test_function(stack, "F");
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Q", NULL);
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(5),
        .max_concurrency = CCDK_NUM(5),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
