/* stage.test.ts: an aspect on the App does not reach the stacks of a Stage (each visit recorded as
 * metadata on the construct). */
#include <ccdk/core.h>

static void touching_aspect(void *visited, void *ctx)
{
    (void)ctx;
    ccdk_construct *c = visited; /* any construct */
    ccdk_node_add_metadata(c, "visited", ccdk_v_string(c, ccdk_node_path(c)));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stage *stage = ccdk_stage_new(app, "MyStage", NULL);
    ccdk_stack *stack = ccdk_stack_new(stage, "Stack", NULL);
    ccdk_cfn_resource_new(stack, "Resource", "CDK::Test::Resource", NULL);

    ccdk_aspects_add(app, touching_aspect, NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
