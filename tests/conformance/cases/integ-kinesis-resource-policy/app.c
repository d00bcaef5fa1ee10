/* Conformance case 'integ-kinesis-resource-policy': aws-cdk's integ.resource-policy.ts
 * (framework-integ/test/aws-kinesis); dropped: the IntegTest */
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "kinesis-resource-policy", NULL);

    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "MyStream", NULL);

    ccdk_kinesis_stream_add_to_resource_policy(stream, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS(ccdk_kinesis_stream_arn(stream)),
        .actions = CCDK_STRS("kinesis:DescribeStreamSummary", "kinesis:GetRecords"),
        .principals = CCDK_LIST(ccdk_iam_account_principal(stack, ccdk_stack_account(stack))),
    }));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
