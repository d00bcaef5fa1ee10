/* error-ssm-string-parameter-arn-format: see app.js. */
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ssm_string_parameter_from_string_parameter_arn(stack, "Shared", "arn:aws:ssm:us-east-1:123456789012:parameter:dummyName");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
