/* core: the "@aws-cdk/core:suppressTemplateIndentation" context: compact templates (a stack with a
 * function, its nested stack), and a stack whose suppress_template_indentation is false. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:suppressTemplateIndentation", "true"}),
    });
    ccdk_stack *compact = ccdk_stack_new(app, "Compact", NULL);
    ccdk_lambda_function_new(compact, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(compact, "lambda-handler", NULL),
    });
    ccdk_stack *nested = ccdk_nested_stack_new(compact, "Nested", NULL);
    ccdk_cfn_resource_new(nested, "Topic", "AWS::SNS::Topic", NULL);

    ccdk_stack *indented = ccdk_stack_new(app, "Indented", &(ccdk_stack_props){
        .suppress_template_indentation = CCDK_FALSE,
    });
    ccdk_cfn_resource_new(indented, "Topic", "AWS::SNS::Topic", NULL);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
