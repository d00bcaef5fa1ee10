/* Conformance case 'core-export-value-current-version': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(producer, "Handler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(producer, "exports.handler = async () => \"ok\";"),
    });
    ccdk_stack_export_value(producer, ccdk_lambda_version_arn(ccdk_lambda_function_current_version(fn)), NULL);
    ccdk_lambda_function_add_environment(fn, "STAGE", "prod");

    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_cfn_output_new(consumer, "HandlerVersionArn", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_version_arn(ccdk_lambda_function_current_version(fn)),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
