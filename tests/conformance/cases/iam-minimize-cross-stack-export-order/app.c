/* Conformance case 'iam-minimize-cross-stack-export-order': see app.js. */
#include <stdio.h>
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/aws-iam:minimizePolicies", "true"})});
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(consumer, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(consumer, "exports.handler = async () => 1;"),
    });
    for (int i = 0; i < 14; i++) {
        char id[8];
        snprintf(id, sizeof id, "Q%d", i);
        ccdk_sqs_queue_grant_send_messages(ccdk_sqs_queue_new(producer, id, NULL), ccdk_lambda_function_grant_principal(fn));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
