/* stack.exportValue of an attribute of a resource in one of the stack's nested stacks (two deep):
 * outputs of each nested template on the way up, then the export of the parent's Outputs
 * attribute; and the same attribute used by another stack shares that export. */
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_stack *outer = ccdk_nested_stack_new(stack, "Outer", NULL);
    ccdk_stack *inner = ccdk_nested_stack_new(outer, "Inner", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(inner, "Events", NULL);
    const char *imported = ccdk_stack_export_value(stack, ccdk_sns_topic_arn(topic),
                                                   &(ccdk_stack_export_value_options){.description = "the events topic"});
    ccdk_stack *other = ccdk_stack_new(app, "Other", NULL);
    ccdk_cfn_output_new(other, "Imported", &(ccdk_cfn_output_props){.value = imported});
    ccdk_cfn_output_new(other, "Direct", &(ccdk_cfn_output_props){.value = ccdk_sns_topic_name(topic)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
