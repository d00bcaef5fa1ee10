/* error: a retention on a log group of the DELIVERY class. */
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_logs_log_group_new(stack, "MyLogGroup", &(ccdk_logs_log_group_props){
        .log_group_class = CCDK_LOGS_LOG_GROUP_CLASS_DELIVERY,
        .retention = CCDK_LOGS_RETENTION_ONE_WEEK,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
