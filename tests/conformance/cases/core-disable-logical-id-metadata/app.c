/* core-disable-logical-id-metadata: the context "aws:cdk:disable-logicalId-metadata" drops the
 * logical-id entries only (core synthesis.test.ts). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"aws:cdk:disable-logicalId-metadata", "true"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "one-stack", &(ccdk_stack_props){.tags = CCDK_KVS({"boomTag", "BOOM"})});
    ccdk_cfn_resource *magic = ccdk_cfn_resource_new(stack, "MagicResource", "Resource::Type", NULL);
    ccdk_annotations_add_warning(magic, "my:warning", "still here");
    ccdk_node_add_metadata(magic, "my:meta", ccdk_v_string(stack, "kept"));

    ccdk_stack *bare = ccdk_stack_new(app, "bare-stack", NULL);
    ccdk_cfn_resource_new(bare, "MagicResource", "Resource::Type", NULL);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
