/* stage.test.ts: a missing context key reported by a stack of a Stage reaches the root manifest. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stage *stage = ccdk_stage_new(app, "Stage", &(ccdk_stage_props){.account = "account", .region = "region"});
    ccdk_stack *stack = ccdk_stack_new(stage, "Stack", NULL);
    ccdk_cfn_resource_new(stack, "Resource", "Something", NULL);

    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "account", ccdk_v_string(stack, "account"));
    ccdk_v_set(props, "region", ccdk_v_string(stack, "region"));
    ccdk_stack_report_missing_context_key(stack, &(ccdk_missing_context){
        .key = "missing-context-key",
        .provider = "availability-zones",
        .props = props,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
