/* Conformance case 'error-user-code-shared-across-stacks': see app.js. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stage *prod = ccdk_stage_new(app, "Prod", &(ccdk_stage_props){.account = "444455556666", .region = "eu-west-2"});
    ccdk_lambda_code *code = ccdk_lambda_code_from_asset(app, "services", NULL);

    ccdk_stack *api = ccdk_stack_new(prod, "Api", NULL);
    ccdk_lambda_function_new(api, "Intake", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12, .handler = "claims.intake", .code = code});
    ccdk_stack *processing = ccdk_stack_new(prod, "Processing", NULL);
    ccdk_lambda_function_new(processing, "Assessor", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12, .handler = "claims.assess", .code = code});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
