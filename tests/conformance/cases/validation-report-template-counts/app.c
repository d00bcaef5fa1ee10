/* aws-cdk-lib's CloudFormation validator at synth (validation-report.json): 550 resources under a
 * limit raised to 600 (F0007) and 201 outputs (F0004); creation stack traces off. */
#include <stdio.h>
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:stackResourceLimit", "600"},
                                                                        {"aws:cdk:disable-creation-stack-traces", "true"})});
    ccdk_stack *stack = ccdk_stack_new(app, "Big", NULL);
    char id[32], v[32];
    for (int i = 0; i < 550; i++) {
        snprintf(id, sizeof id, "Topic%d", i);
        ccdk_cfn_resource_new(stack, id, "AWS::SNS::Topic", NULL);
    }
    for (int i = 0; i < 201; i++) {
        snprintf(id, sizeof id, "Out%d", i);
        snprintf(v, sizeof v, "v%d", i);
        ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = v});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
