/* Conformance case 'iam-customize-roles-log-retention': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role_customize_roles(stack, &(ccdk_iam_customize_roles_options){
        .use_precreated_roles = CCDK_KVS({"TestStack/MyFunction/ServiceRole", "fn-role"},
                                         {"TestStack/LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a/ServiceRole",
                                          "log-retention-role"}),
    });
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .log_retention = CCDK_LOGS_RETENTION_ONE_WEEK,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
