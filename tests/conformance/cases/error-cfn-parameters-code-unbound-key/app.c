/* error-cfn-parameters-code-unbound-key (aws-lambda/test/code.test.ts 'does not allow accessing the Parameter properties before being used in a Function' (objectKeyParam)) */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_code *code = ccdk_lambda_code_from_cfn_parameters(stack, NULL);
    ccdk_cfn_output_new(stack, "P", &(ccdk_cfn_output_props){.value = ccdk_lambda_code_object_key_param(code)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
