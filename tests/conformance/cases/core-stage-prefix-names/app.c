/* aws-cdk's stage.test.ts 'FF include prefix: ...' tests: under
 * @aws-cdk/core:includePrefixInUniqueNameGeneration the stage's prefix is part of the generated stack
 * name, which stays within 128 characters. */
#include <ccdk/core.h>
#include <string.h>

static void bogus(ccdk_construct *scope, const char *id)
{
    ccdk_stack *stack = ccdk_stack_new(scope, id, NULL);
    ccdk_cfn_resource_new(stack, "Resource", "CDK::Test::Resource", NULL);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:includePrefixInUniqueNameGeneration", "true"}),
    });
    /* Prefix and stack names not exceeding 128 characters are not shortened */
    bogus(CCDK_CONSTRUCT(ccdk_stage_new(app, "ShortPrefix", NULL)), "Short-Stack-Name");
    /* Stacks with more than one component and a prefix hashed even if short enough */
    bogus(CCDK_CONSTRUCT(ccdk_stack_new(ccdk_stage_new(app, "ThePrefix", NULL), "Prod", NULL)), "MyStack");
    /* Stacks with more than one component and a prefix shortened if too big */
    bogus(ccdk_construct_new(ccdk_stage_new(app, "ThePrefixIsLongEnoughToExceedTheMaxLenght", NULL),
                             "ReallyReallyLoooooooongConstructName"),
          "ThisStageNameIsVeryLongButWillOnlyBeTooLongWhenCombinedWithTheStackName");
    /* generated stack names will not exceed 128 characters when using prefixes */
    bogus(CCDK_CONSTRUCT(ccdk_stage_new(app, "ThisStageNameIsVeryLongButWillOnlyBeTooLongWhenCombinedWithTheStackName", NULL)),
          "ThisStackNameIsVeryLongButItWillOnlyBeTooLongWhenCombinedWithTheLongPrefix");
    /* a stack id of characters that are not letters or digits, alone below its stage but too long with the prefix */
    char id[160] = "My_Stack-";
    memset(id + strlen(id), 'x', 118);
    bogus(CCDK_CONSTRUCT(ccdk_stage_new(app, "Prefix", NULL)), id);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
