/* Conformance case 'ported-loggroup-grant-service-principal': loggroup.test.ts 'grant to service
 * principal' in the stack a NULL id makes ('Default'): see app.js. */
#include <ccdk/iam.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    /* GIVEN */
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_logs_log_group *lg = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
    ccdk_iam_principal *sp = ccdk_iam_service_principal(stack, "es.amazonaws.com");
    /* WHEN */
    ccdk_logs_log_group_grant_write(lg, sp);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
