/* Conformance case 'integ-kinesis-stream': aws-cdk's integ.stream.ts (framework-integ/test/aws-kinesis);
 * adapted: the stream's maxRecordSize (Size.kibibytes(1536)) is newer than aws-cdk-lib 2.276.0, so it
 * is left out */
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "integ-kinesis-stream", NULL);

    ccdk_iam_role *role = ccdk_iam_role_new(stack, "UserRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_root_principal(stack),
    });

    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "myStream", NULL);

    ccdk_kinesis_stream_grant_read_write(stream, role);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
