/* Conformance case 'error-cloudwatch-dashboard-name': an invalid dashboardName (see app.js). */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_cloudwatch_dashboard_new(stack, "MyDashboard", &(ccdk_cloudwatch_dashboard_props){.dashboard_name = "My Invalid Dashboard Name"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
