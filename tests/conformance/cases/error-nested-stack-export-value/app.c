/* exportValue on a nested stack: its name is a token, so is the export name aws-cdk-lib generates
 * (its error). */
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_stack *nested = ccdk_nested_stack_new(stack, "Nested", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(nested, "Events", NULL);
    ccdk_stack_export_value(nested, ccdk_sns_topic_arn(topic), NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
