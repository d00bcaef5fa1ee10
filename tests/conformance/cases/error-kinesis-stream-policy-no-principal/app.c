/* Conformance case 'error-kinesis-stream-policy-no-principal': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "Stream", NULL);
    ccdk_kinesis_stream_add_to_resource_policy(stream, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("kinesis:GetRecords"), .resources = CCDK_STRS(ccdk_kinesis_stream_arn(stream))}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
