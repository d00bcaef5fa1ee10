/* Conformance case 'integ-kinesis-stream-consumer': aws-cdk's integ.stream-consumer.ts
 * (framework-integ/test/aws-kinesis); dropped: the IntegTest */
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "kinesis-stream-consumer", NULL);

    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "Stream", NULL);

    ccdk_kinesis_stream_consumer *stream_consumer = ccdk_kinesis_stream_consumer_new(stack, "StreamConsumer",
        &(ccdk_kinesis_stream_consumer_props){
            .stream_consumer_name = "stream-consumer",
            .stream = stream,
        });

    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_root_principal(stack),
    });

    ccdk_kinesis_stream_consumer_grant_read(stream_consumer, role);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
