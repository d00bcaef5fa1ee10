/* Without @aws-cdk/core:includePrefixInUniqueNameGeneration a long stage name before a long stack id
 * makes a stack name of more than 128 characters: aws-cdk-lib's error. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/core:includePrefixInUniqueNameGeneration", "false"}),
    });
    ccdk_stage *stage = ccdk_stage_new(app, "ThisStageNameIsVeryLongButWillOnlyBeTooLongWhenCombinedWithTheStackName", NULL);
    ccdk_stack_new(stage, "ThisStackNameIsVeryLongButItWillOnlyBeTooLongWhenCombinedWithTheLongPrefix", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
