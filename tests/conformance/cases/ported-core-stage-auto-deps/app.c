/* stage.test.ts: a reference between two stacks of a Stage under legacy synthesis (the App's
 * context) is a dependency in the stage's nested assembly. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:newStyleStackSynthesis", "false"}),
    });
    ccdk_stage *stage = ccdk_stage_new(app, "MyStage", NULL);
    ccdk_stack *stack1 = ccdk_stack_new(stage, "Stack1", NULL);
    ccdk_stack *stack2 = ccdk_stack_new(stage, "Stack2", NULL);

    ccdk_cfn_resource *resource1 = ccdk_cfn_resource_new(stack1, "Resource", "CDK::Test::Resource", NULL);
    ccdk_value *props = ccdk_v_object(stack2);
    ccdk_v_set(props, "OtherThing", ccdk_v_string(stack2, ccdk_cfn_resource_ref(resource1)));
    ccdk_cfn_resource_new(stack2, "Resource", "CDK::Test::Resource", props);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
