/* Conformance case 'error-validation-failed-inmemory': see app.js. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:validateAgainstDefaultRules", "true"},
                            {"@aws-cdk/core:appMode", "\"inmemory\""})});
    ccdk_stack *aaa = ccdk_stack_new(app, "Aaa", NULL);
    ccdk_cfn_parameter_new(aaa, "Stage", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_cfn_parameter_new(aaa, "Color", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_lambda_function_new(aaa, "Handler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(aaa, "def handler(event, context):\n    return \"ok\""),
    });
    ccdk_stack *zzz = ccdk_stack_new(app, "Zzz", NULL);
    ccdk_cfn_output_new(zzz, "Note", &(ccdk_cfn_output_props){.value = "nothing here"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc;
}
