/* Conformance case 'ported-core-stack-tags-artifact-metadata': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .stack_traces = CCDK_FALSE,
        .context = CCDK_KVS({"@aws-cdk/core:newStyleStackSynthesis", "false"}),
    });

    ccdk_stack *stack1 = ccdk_stack_new(app, "stack1", NULL);
    ccdk_stack_new(stack1, "stack2", NULL);

    ccdk_tags_add(app, "foo", "bar");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
