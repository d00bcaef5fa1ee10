/* A depends on B through a cross-stack reference, B on A through addDependency: the cycle error. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *a = ccdk_stack_new(app, "A", NULL);
    ccdk_stack *b = ccdk_stack_new(app, "B", NULL);
    ccdk_cfn_resource *topic = ccdk_cfn_resource_new(b, "Topic", "AWS::SNS::Topic", NULL);
    ccdk_cfn_output_new(a, "TopicArn", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(topic, "TopicArn")});
    ccdk_stack_add_dependency(b, a);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
