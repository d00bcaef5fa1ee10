/* Conformance case 'ported-core-synthesis-version-rule-disabled': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:newStyleStackSynthesis", "\"true\""}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    stack = ccdk_stack_new(app, "Stack2", &(ccdk_stack_props){
        .synthesizer = &(ccdk_default_stack_synthesizer_props){
            .generate_bootstrap_version_rule = CCDK_FALSE,
        },
    });
    ccdk_cfn_resource_new(stack, "Resource", "Some::Resource", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
