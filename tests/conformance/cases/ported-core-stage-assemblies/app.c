/* stage.test.ts: stacks of the App and of a Stage in different assemblies, Stages nested in Stages,
 * an aspect on a stack of a Stage applied (each visit recorded as metadata on the construct). */
#include <ccdk/core.h>

/* the tests' BogusStack: a stack with one CfnResource */
static ccdk_stack *bogus(ccdk_stack *stack)
{
    ccdk_cfn_resource_new(stack, "Resource", "CDK::Test::Resource", NULL);
    return stack;
}
#define BOGUS_STACK(scope, id) bogus(ccdk_stack_new(scope, id, NULL))

static void touching_aspect(void *visited, void *ctx)
{
    (void)ctx;
    ccdk_construct *c = visited; /* any construct */
    ccdk_node_add_metadata(c, "visited", ccdk_v_string(c, ccdk_node_path(c)));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    BOGUS_STACK(app, "Stack1");
    ccdk_stage *stage = ccdk_stage_new(app, "Stage", NULL);
    BOGUS_STACK(stage, "Stack2");

    ccdk_stage *outer = ccdk_stage_new(app, "Outer", NULL);
    ccdk_stage *inner = ccdk_stage_new(outer, "Inner", NULL);
    BOGUS_STACK(inner, "Stack");

    ccdk_stage *my_stage = ccdk_stage_new(app, "MyStage", NULL);
    ccdk_stack *stack = BOGUS_STACK(my_stage, "Stack");
    ccdk_aspects_add(stack, touching_aspect, NULL);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
