/* stack.exportValue of another stack's resource attribute is aws-cdk-lib's error (getExportable). */
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *a = ccdk_stack_new(app, "A", NULL);
    ccdk_stack *b = ccdk_stack_new(app, "B", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(b, "Events", NULL);
    ccdk_stack_export_value(a, ccdk_sns_topic_arn(topic), NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
