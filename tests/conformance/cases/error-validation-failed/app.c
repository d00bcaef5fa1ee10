/* Conformance case 'error-validation-failed': see app.js. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:validateAgainstDefaultRules", "true"})});
    ccdk_stack *service = ccdk_stack_new(app, "Service", NULL);
    ccdk_cfn_parameter_new(service, "Stage", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_lambda_function_new(service, "Handler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(service, "exports.handler = async () => \"ok\";"),
    });
    ccdk_stack *empty = ccdk_stack_new(app, "Empty", NULL);
    ccdk_cfn_output_new(empty, "Note", &(ccdk_cfn_output_props){.value = "nothing here"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc;
}
