/* Conformance case 'integ-dynamodb-kinesis-stream': aws-cdk's integ.dynamodb.kinesis-stream.ts
 * (framework-integ/test/aws-dynamodb); nothing dropped */
#include <ccdk/dynamodb.h>
#include <ccdk/kinesis.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-dynamodb-kinesis-stream", NULL);

    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "Stream", NULL);

    ccdk_dynamodb_table_new(stack, "Table", &(ccdk_dynamodb_table_props){
        .partition_key = {"hashKey", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .kinesis_stream = stream,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
