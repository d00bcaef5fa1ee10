/* Conformance case 'integ-es-sqs-with-poller-config': aws-cdk's integ.sqs-with-poller-config.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest and its three getEventSourceMapping assertions dropped; app.synth() added */
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
    ccdk_stack *stack = ccdk_stack_new(app, "lambda-event-source-sqs-with-poller-config", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_lambda_function *fn1 = test_function(stack, "Function1");
    ccdk_lambda_event_source *event_source1 = ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
        .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){.maximum_pollers = CCDK_NUM(1000)},
    });
    ccdk_lambda_function_add_event_source(fn1, event_source1);
    ccdk_lambda_function *fn2 = test_function(stack, "Function2");
    ccdk_lambda_event_source *event_source2 = ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
        .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){.minimum_pollers = CCDK_NUM(3)},
    });
    ccdk_lambda_function_add_event_source(fn2, event_source2);
    ccdk_lambda_function *fn3 = test_function(stack, "Function3");
    ccdk_lambda_event_source *event_source3 = ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
        .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
            .minimum_pollers = CCDK_NUM(3),
            .maximum_pollers = CCDK_NUM(1000),
        },
    });
    ccdk_lambda_function_add_event_source(fn3, event_source3);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
