/* error: new KafkaDlq('\u00a0\u3000\ufeff'): blank to JavaScript's trim() */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    /* aws-cdk's test/test-function.ts */
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async function handler(event) { return { event }; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
    (void)fn;
    ccdk_lambda_kafka_dlq(stack, "\xc2\xa0\xe3\x80\x80\xef\xbb\xbf"); /* U+00A0 U+3000 U+FEFF in UTF-8 */
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
