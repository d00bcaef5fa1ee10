/* stack.exportValue of a resource attribute and of a named value, imported by another stack; the
 * attribute is also referenced directly, which reuses the same export. */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(producer, "Queue", NULL);
    const char *imported = ccdk_stack_export_value(producer, ccdk_sqs_queue_arn(queue), NULL);
    ccdk_stack_export_value(producer, "literal-value",
                            &(ccdk_stack_export_value_options){.name = "SharedName", .description = "a name for everyone"});
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", NULL);
    ccdk_cfn_output_new(consumer, "Imported", &(ccdk_cfn_output_props){.value = imported});
    ccdk_cfn_output_new(consumer, "ByName", &(ccdk_cfn_output_props){.value = ccdk_fn_import_value(consumer, "SharedName")});
    ccdk_cfn_output_new(consumer, "Direct", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_arn(queue)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
