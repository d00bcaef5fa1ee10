/* core: constructs whose ids are array indexes ("10", "9", "0"): JavaScript objects list such keys
 * first, in ascending order (Resources, Outputs, tree.json's children, the metadata file). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    const char *ids[] = {"b", "10", "9", "01", "0"};
    for (size_t i = 0; i < 5; i++)
        ccdk_cfn_resource_new(stack, ids[i], "AWS::SQS::Queue", NULL);
    ccdk_construct *group = ccdk_construct_new(stack, "Group");
    const char *gids[] = {"z", "3", "2"};
    for (size_t i = 0; i < 3; i++)
        ccdk_cfn_resource_new(group, gids[i], "AWS::SQS::Queue", NULL);
    const char *oids[] = {"Out", "7", "5"};
    for (size_t i = 0; i < 3; i++)
        ccdk_cfn_output_new(ccdk_construct_new(stack, ccdk_fmt(stack, "O%s", oids[i])), oids[i], &(ccdk_cfn_output_props){.value = oids[i]});
    ccdk_cfn_output_new(stack, "42", &(ccdk_cfn_output_props){.value = "top"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
