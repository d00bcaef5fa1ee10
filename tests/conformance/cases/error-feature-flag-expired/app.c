/* error: FeatureFlags.isEnabled of an expired CDK v1 flag that the context sets. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:enableStackNameDuplicates", "false"})});
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    int on = ccdk_feature_flag_enabled(stack, "@aws-cdk/core:enableStackNameDuplicates");
    ccdk_cfn_output_new(stack, "Answer", &(ccdk_cfn_output_props){.value = on ? "true" : "false"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
