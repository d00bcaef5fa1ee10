/* aws-cdk's core cross-environment-token.test.ts with queues for its MyResource (see app.js). */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", &(ccdk_stack_props){.account = "123456789012", .region = "bermuda-triangle-1337"});
    ccdk_sqs_queue *fixed = ccdk_sqs_queue_new(stack1, "Fixed", &(ccdk_sqs_queue_props){.queue_name = "PhysicalName"});
    ccdk_sqs_queue *generated = ccdk_sqs_queue_new(stack1, "MyResource",
                                                   &(ccdk_sqs_queue_props){.queue_name = CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED});
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", &(ccdk_stack_props){.account = "234567890123", .region = "bermuda-triangle-42"});
    ccdk_cfn_output_new(stack2, "FixedArn", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_arn(fixed)});
    ccdk_cfn_output_new(stack2, "FixedName", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_name(fixed)});
    ccdk_cfn_output_new(stack2, "GeneratedArn", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_arn(generated)});
    ccdk_cfn_output_new(stack2, "GeneratedName", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_name(generated)});

    ccdk_stack *parent = ccdk_stack_new(app, "ParentStack", &(ccdk_stack_props){.account = "112233", .region = "us-east-1"});
    ccdk_stack *child_stack = ccdk_stack_new(parent, "ChildStack", &(ccdk_stack_props){.account = "998877", .region = "eu-west-2"});
    ccdk_sqs_queue *child = ccdk_sqs_queue_new(child_stack, "ChildResource",
                                               &(ccdk_sqs_queue_props){.queue_name = CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED});
    ccdk_value *props = ccdk_v_object(parent);
    ccdk_v_set(props, "RefToChildResource", ccdk_v_string(parent, ccdk_sqs_queue_name(child)));
    ccdk_cfn_resource_new(parent, "ParentResource", "Parent::Resource", props);

    ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
    ccdk_sqs_queue *unnamed = ccdk_sqs_queue_new(producer, "Resource", NULL);
    ccdk_sqs_queue *named = ccdk_sqs_queue_new(producer, "Named", &(ccdk_sqs_queue_props){.queue_name = "SomeName"});
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", NULL);
    ccdk_cfn_output_new(consumer, "UnnamedConsumeName", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_name(unnamed)});
    ccdk_cfn_output_new(consumer, "UnnamedConsumeArn", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_arn(unnamed)});
    ccdk_cfn_output_new(consumer, "NamedConsumeName", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_name(named)});
    ccdk_cfn_output_new(consumer, "NamedConsumeArn", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_arn(named)});
    ccdk_stack *producer_m = ccdk_stack_new(app, "ProducerM", NULL);
    const char *ids[2] = {"Resource", "Named"}, *names[2] = {NULL, "SomeName"};
    for (int i = 0; i < 2; i++) {
        ccdk_sqs_queue *q = ccdk_sqs_queue_new(producer_m, ids[i], &(ccdk_sqs_queue_props){.queue_name = names[i]});
        ccdk_stack_export_value(producer_m, ccdk_sqs_queue_name(q), NULL);
        ccdk_stack_export_value(producer_m, ccdk_sqs_queue_arn(q), NULL);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
