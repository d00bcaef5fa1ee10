/* Tags that reach a nested stack (on the App, on the parent, on the nested stack itself) tag its
 * resources, and -- copied from the nested stack's own tag manager when its template is prepared --
 * its AWS::CloudFormation::Stack resource. */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.tags = CCDK_KVS({"owner", "ops"})});
    ccdk_stack *nested = ccdk_nested_stack_new(stack, "Nested", NULL);
    ccdk_sqs_queue_new(nested, "Jobs", NULL);
    ccdk_sqs_queue_new(stack, "Outside", NULL);
    ccdk_tags_add(app, "team", "orders");
    ccdk_tags_add(nested, "tier", "backend");
    ccdk_tags_add(stack, "cost", "shared");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
