/* Conformance case 'error-validation-strict-warnings': see app.js. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:strictCfnValidateErrors", "true"},
                            {"@aws-cdk/core:appMode", "\"inmemory\""},
                            {"@aws-cdk/core:annotationsInValidationReport", "true"})});
    ccdk_stack *api = ccdk_stack_new(app, "Api", NULL);
    ccdk_cfn_parameter_new(api, "Stage", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(api, "Handler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(api, "exports.handler = async () => \"ok\";"),
    });
    ccdk_annotations_add_warning(app, NULL, "app warning");
    ccdk_annotations_add_warning(fn, "my:check", "check the handler");
    ccdk_stack *empty = ccdk_stack_new(app, "Empty", NULL);
    ccdk_cfn_output_new(empty, "Note", &(ccdk_cfn_output_props){.value = "nothing here"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc;
}
