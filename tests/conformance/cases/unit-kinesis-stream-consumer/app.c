/* stream-consumer.test.ts: an imported consumer, a new one, and grantRead across accounts (see
 * app.js). */
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>

static ccdk_iam_policy_statement *describe_to_anyone(ccdk_stack *owner, const char *arn)
{
    return ccdk_iam_policy_statement_new(owner, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("kinesis:DescribeStreamConsumer"),
        .principals = CCDK_LIST(ccdk_iam_any_principal(owner)),
        .resources = CCDK_STRS(arn)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *imp = ccdk_stack_new(app, "Imported", NULL);
    ccdk_kinesis_stream_new(imp, "Stream", &(ccdk_kinesis_stream_props){0});
    ccdk_kinesis_stream_consumer *imported = ccdk_kinesis_stream_consumer_from_stream_consumer_attributes(
        imp, "MyConsumer", &(ccdk_kinesis_stream_consumer_attributes){
            .stream_consumer_arn = "arn:aws:kinesis:region:account-id:stream/stream-name/consumer/consumer-name:123456"});
    ccdk_cfn_output_new(imp, "Arn", &(ccdk_cfn_output_props){.value = ccdk_kinesis_stream_consumer_arn(imported)});
    ccdk_cfn_output_new(imp, "Name", &(ccdk_cfn_output_props){.value = ccdk_kinesis_stream_consumer_name(imported)});
    ccdk_cfn_output_new(imp, "StreamArn", &(ccdk_cfn_output_props){
        .value = ccdk_kinesis_stream_arn(ccdk_kinesis_stream_consumer_stream(imported))});
    ccdk_kinesis_stream_consumer_add_to_resource_policy(imported,
        describe_to_anyone(imp, ccdk_kinesis_stream_consumer_arn(imported)));
    ccdk_kinesis_stream_consumer_grant_read(imported, ccdk_iam_user_new(imp, "MyUser", NULL));

    ccdk_stack *made = ccdk_stack_new(app, "Made", NULL);
    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(made, "Stream", &(ccdk_kinesis_stream_props){0});
    ccdk_kinesis_stream_consumer *consumer = ccdk_kinesis_stream_consumer_new(made, "StreamConsumer",
        &(ccdk_kinesis_stream_consumer_props){.stream_consumer_name = "MyStreamConsumer", .stream = stream});
    ccdk_kinesis_stream_consumer_add_to_resource_policy(consumer,
        describe_to_anyone(made, ccdk_kinesis_stream_consumer_arn(consumer)));
    ccdk_kinesis_stream_consumer_grant_read(consumer, ccdk_iam_user_new(made, "MyUser", NULL));

    ccdk_stack *stack_a = ccdk_stack_new(app, "StackA", &(ccdk_stack_props){.account = "123456789012"});
    ccdk_kinesis_stream *stream_a = ccdk_kinesis_stream_new(stack_a, "Stream", &(ccdk_kinesis_stream_props){.stream_name = "MyStream"});
    ccdk_kinesis_stream_consumer *consumer_a = ccdk_kinesis_stream_consumer_new(stack_a, "StreamConsumer",
        &(ccdk_kinesis_stream_consumer_props){.stream_consumer_name = "MyStreamConsumer", .stream = stream_a});
    ccdk_stack *stack_b = ccdk_stack_new(app, "StackB", &(ccdk_stack_props){.account = "234567890123"});
    ccdk_iam_role *role_b = ccdk_iam_role_new(stack_b, "MyRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_principal(stack_b, "234567890123"), .role_name = "MyRole"});
    ccdk_kinesis_stream_consumer_grant_read(consumer_a, role_b);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
