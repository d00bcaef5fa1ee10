/* Conformance case 'core-stack-rename-logical-id': see app.js. */
#include <ccdk/core.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Renames", NULL);
    ccdk_stack_rename_logical_id(stack, "Topic", "RenamedTopic");
    ccdk_cfn_resource *topic = ccdk_cfn_resource_new(stack, "Topic", "AWS::SNS::Topic", NULL);
    ccdk_cfn_resource *group = ccdk_cfn_resource_new(stack, "Group", "AWS::Logs::LogGroup", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_stack_rename_logical_id(stack, "Queue4A7E3555", "WorkQueue");
    ccdk_cfn_resource *kept = ccdk_cfn_resource_new(stack, "Kept", "AWS::SNS::Topic", NULL);
    ccdk_cfn_element_override_logical_id(kept, "KeptTopic");
    ccdk_stack_rename_logical_id(stack, "Group", "LogGroupRenamed");
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "Type", ccdk_v_string(stack, "String"));
    ccdk_v_set(props, "Value", ccdk_v_string(stack, ccdk_cfn_resource_ref(topic)));
    ccdk_v_set(props, "Description", ccdk_v_string(stack, ccdk_sqs_queue_arn(queue)));
    ccdk_v_set(props, "Name", ccdk_v_string(stack, ccdk_cfn_resource_get_att(group, "Arn")));
    ccdk_cfn_resource *user = ccdk_cfn_resource_new(stack, "User", "AWS::SSM::Parameter", props);
    ccdk_cfn_resource_add_depends_on(user, topic);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
