/* Conformance case 'user-partner-invokers': see app.js. */
#include <stdio.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Partners", &(ccdk_stack_props){.account = "123456789012", .region = "eu-central-1"});
    ccdk_lambda_function *pricing = ccdk_lambda_function_new(stack, "Pricing", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async (e) => ({ price: 42 });"),
        .description = "partner pricing",
    });
    ccdk_lambda_alias *live = ccdk_lambda_function_add_alias(pricing, "live", NULL);
    for (int i = 0; i < 20; i++) {
        char account[32], arn[96];
        snprintf(account, sizeof account, "%lld", 200000000000LL + i * 7919LL);
        snprintf(arn, sizeof arn, "arn:aws:iam::%s:role/pricing-caller", account);
        ccdk_lambda_function_grant_invoke(pricing, ccdk_iam_account_principal(stack, account));
        if (i % 3 == 0)
            ccdk_lambda_function_grant_invoke(pricing, ccdk_iam_account_principal(stack, account));
        ccdk_lambda_function_grant_invoke(live, ccdk_iam_arn_principal(stack, arn));
    }
    ccdk_lambda_function_grant_invoke(live, ccdk_iam_service_principal(stack, "events.amazonaws.com"));
    ccdk_lambda_function_grant_invoke(live, ccdk_iam_service_principal(stack, "events.amazonaws.com"));
    ccdk_cfn_output_new(stack, "LiveArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_alias_arn(live)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc;
}
