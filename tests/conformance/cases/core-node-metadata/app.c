/* core-node-metadata: node.addMetadata entries in the stack's metadata file. */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *group = ccdk_cfn_resource_new(stack, "Thing", "AWS::CloudFormation::WaitConditionHandle", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_cfn_resource *plain = ccdk_cfn_resource_new(stack, "Other", "AWS::CloudFormation::WaitConditionHandle", NULL);

    ccdk_node_add_metadata(group, "my:owner", ccdk_v_string(stack, "team-a"));
    ccdk_annotations_add_info(group, "between two entries");
    ccdk_value *q = ccdk_v_object(stack);
    ccdk_v_set(q, "arn", ccdk_v_string(stack, ccdk_sqs_queue_arn(queue)));
    ccdk_v_set(q, "name", ccdk_v_string(stack, "q"));
    ccdk_node_add_metadata(group, "my:queue", q);
    ccdk_node_add_metadata(queue, "my:list", ccdk_v_json(stack, "[\"a\", 1, true]"));
    ccdk_node_add_metadata(queue, "my:ignored", ccdk_v_null(stack));
    ccdk_node_add_metadata(stack, "my:stack", ccdk_v_string(stack, "top"));
    ccdk_node_add_metadata(plain, "aws:cdk:custom", ccdk_v_json(stack, "{\"nested\": {\"ok\": true}}"));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
