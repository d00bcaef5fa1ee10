/* construct ids with a newline and a '/': both become "--", and tryFindChild sanitizes too (see app.js) */
#include <ccdk/core.h>
#include <ccdk/sqs.h>

static const char *found(ccdk_stack *stack, const char *id)
{
    return ccdk_node_try_find_child(stack, id) ? "true" : "false";
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Orders\nQueue", NULL);
    ccdk_construct *group = ccdk_construct_new(stack, "Group\na/b");
    ccdk_sqs_queue_new(group, "Inner", NULL);
    ccdk_cfn_output_new(stack, "Id", &(ccdk_cfn_output_props){.value = ccdk_node_id(queue)});
    ccdk_cfn_output_new(stack, "Path", &(ccdk_cfn_output_props){.value = ccdk_node_path(queue)});
    ccdk_cfn_output_new(stack, "FoundNewline", &(ccdk_cfn_output_props){.value = found(stack, "Orders\nQueue")});
    ccdk_cfn_output_new(stack, "FoundDashes", &(ccdk_cfn_output_props){.value = found(stack, "Orders--Queue")});
    ccdk_cfn_output_new(stack, "FoundGroup", &(ccdk_cfn_output_props){.value = found(stack, "Group/a\nb")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
