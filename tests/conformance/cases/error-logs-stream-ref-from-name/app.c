/* Conformance case 'error-logs-stream-ref-from-name': see app.js. */
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_logs_log_stream *imported = ccdk_logs_log_stream_from_log_stream_name(stack, "Stream", "my-stream");
    ccdk_cfn_output_new(stack, "Group", &(ccdk_cfn_output_props){.value = ccdk_logs_log_stream_log_group_name(imported)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
