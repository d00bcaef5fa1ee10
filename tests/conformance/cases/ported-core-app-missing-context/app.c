/* app.test.ts: two missing context keys reported by a stack with a DefaultStackSynthesizer of its
 * own, in an App whose context asks for legacy synthesis. */
#include <ccdk/core.h>

static void report(ccdk_stack *stack, const char *key, const char *region)
{
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "account", ccdk_v_string(stack, "12345689012"));
    ccdk_v_set(props, "region", ccdk_v_string(stack, region));
    ccdk_stack_report_missing_context_key(stack, &(ccdk_missing_context){
        .key = key,
        .provider = "availability-zones",
        .props = props,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .stack_traces = CCDK_FALSE,
        .context = CCDK_KVS({"@aws-cdk/core:newStyleStackSynthesis", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", &(ccdk_stack_props){
        .synthesizer = &(ccdk_default_stack_synthesizer_props){0},
    });
    report(stack, "missing-context-key", "ab-north-1");
    report(stack, "missing-context-key-2", "ab-south-1");

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
