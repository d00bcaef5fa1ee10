/* Conformance case 'error-logs-grant-arn-principal-not-an-arn': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_logs_log_group_grant_write(ccdk_logs_log_group_new(stack, "Logs", NULL), ccdk_iam_arn_principal(stack, "123456789012"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
