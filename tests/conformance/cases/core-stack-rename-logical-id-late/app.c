/* Conformance case 'core-stack-rename-logical-id-late': see app.js. */
#include <ccdk/core.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "LateRenames", NULL);
    ccdk_cfn_resource *topic = ccdk_cfn_resource_new(stack, "Topic", "AWS::SNS::Topic", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    const char *early = ccdk_stack_resolve(stack, ccdk_cfn_element_logical_id(topic));
    const char *early_queue = ccdk_stack_resolve(stack, ccdk_cfn_element_logical_id(ccdk_node_default_child(queue)));
    const char *early_ref = ccdk_stack_resolve(stack, ccdk_cfn_resource_ref(topic));
    ccdk_stack_rename_logical_id(stack, "Topic", "RenamedTopic");
    ccdk_stack_rename_logical_id(stack, "Queue4A7E3555", "WorkQueue");
    ccdk_cfn_output_new(stack, "Early", &(ccdk_cfn_output_props){.value = early});
    ccdk_cfn_output_new(stack, "EarlyQueue", &(ccdk_cfn_output_props){.value = early_queue});
    ccdk_cfn_output_new(stack, "EarlyRef", &(ccdk_cfn_output_props){.value = early_ref});
    ccdk_cfn_output_new(stack, "Late", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_ref(topic)});
    ccdk_cfn_output_new(stack, "LateQueue", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_arn(queue)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
