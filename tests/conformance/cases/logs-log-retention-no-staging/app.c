/* LogRetention with asset metadata on and staging off (see app.js). */
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_node_set_context(stack, "aws:cdk:enable-asset-metadata", "true");
    ccdk_node_set_context(stack, "aws:cdk:disable-asset-staging", "true");
    ccdk_logs_log_retention_new(stack, "MyLambda", &(ccdk_logs_log_retention_props){
        .log_group_name = "group", .retention = CCDK_LOGS_RETENTION_ONE_MONTH});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
