/* core-app-analytics-reporting: App props analytics_reporting (over the CLI's context) and
 * stack_traces (core app.test.ts). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.analytics_reporting = CCDK_TRUE, .stack_traces = CCDK_FALSE});
    ccdk_stack *stack = ccdk_stack_new(app, "stack1", NULL);
    ccdk_cfn_resource_new(stack, "MyResource", "Resource::Type", NULL);
    ccdk_cfn_resource_new(stack, "Queue", "AWS::SQS::Queue", NULL);
    ccdk_stack *quiet = ccdk_stack_new(app, "stack2", &(ccdk_stack_props){.analytics_reporting = CCDK_FALSE});
    ccdk_cfn_resource_new(quiet, "MyResource", "Resource::Type", NULL);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
