/* aws-kinesis/test/stream.test.ts's synthesizing tests, a stack each (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>

static ccdk_app *app;

static ccdk_stack *S(const char *id) { return ccdk_stack_new(app, id, NULL); }

int main(void)
{
    app = ccdk_app_new(NULL);

    ccdk_kinesis_stream_new(S("DefaultStream"), "MyStream", NULL);
    {
        ccdk_stack *stack = S("TwoDefaultStreams");
        ccdk_kinesis_stream_new(stack, "MyStream", NULL);
        ccdk_kinesis_stream_new(stack, "MyOtherStream", NULL);
    }
    ccdk_kinesis_stream_new(S("ShardCount"), "MyStream", &(ccdk_kinesis_stream_props){.shard_count = CCDK_NUM(2)});
    ccdk_kinesis_stream_new(S("RetentionPeriod"), "MyStream", &(ccdk_kinesis_stream_props){
        .retention_period = ccdk_duration_hours(168)});
    ccdk_kinesis_stream_new(S("ManagedEncryption"), "MyStream", &(ccdk_kinesis_stream_props){
        .encryption = CCDK_KINESIS_ENCRYPTION_MANAGED});
    {
        ccdk_stack *stack = S("KeyInfersKms");
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "myKey", NULL);
        ccdk_kinesis_stream_new(stack, "myStream", &(ccdk_kinesis_stream_props){.encryption_key = key});
    }
    ccdk_kinesis_stream_new(S("KmsAutoKey"), "MyStream", &(ccdk_kinesis_stream_props){
        .encryption = CCDK_KINESIS_ENCRYPTION_KMS});
    {
        ccdk_stack *stack = S("KmsExplicitKey");
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "ExplicitKey", &(ccdk_kms_key_props){.description = "Explicit Key"});
        ccdk_kinesis_stream_new(stack, "MyStream", &(ccdk_kinesis_stream_props){
            .encryption = CCDK_KINESIS_ENCRYPTION_KMS, .encryption_key = key});
    }
    ccdk_kinesis_stream_new(S("ProvisionedMode"), "MyStream", &(ccdk_kinesis_stream_props){
        .stream_mode = CCDK_KINESIS_STREAM_MODE_PROVISIONED});
    ccdk_kinesis_stream_new(S("OnDemandMode"), "MyStream", &(ccdk_kinesis_stream_props){
        .stream_mode = CCDK_KINESIS_STREAM_MODE_ON_DEMAND});
    {
        ccdk_stack *stack = S("GrantReadKms");
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "MyStream", &(ccdk_kinesis_stream_props){
            .encryption = CCDK_KINESIS_ENCRYPTION_KMS});
        ccdk_kinesis_stream_grant_read(stream, ccdk_iam_user_new(stack, "MyUser", NULL));
    }
    {
        ccdk_stack *stack = S("GrantReadWriteKms");
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "MyStream", &(ccdk_kinesis_stream_props){
            .encryption = CCDK_KINESIS_ENCRYPTION_KMS});
        ccdk_kinesis_stream_grant_read_write(stream, ccdk_iam_user_new(stack, "MyUser", NULL));
    }
    {
        ccdk_stack *stack = S("GrantRead");
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "MyStream", NULL);
        ccdk_kinesis_stream_grant_read(stream, ccdk_iam_user_new(stack, "MyUser", NULL));
    }
    {
        ccdk_stack *stack = S("GrantWrite");
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "MyStream", NULL);
        ccdk_kinesis_stream_grant_write(stream, ccdk_iam_user_new(stack, "MyUser", NULL));
    }
    {
        ccdk_stack *stack = S("GrantReadWrite");
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "MyStream", NULL);
        ccdk_kinesis_stream_grant_read_write(stream, ccdk_iam_user_new(stack, "MyUser", NULL));
    }
    {
        ccdk_stack *stack = S("Grant");
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "MyStream", NULL);
        ccdk_kinesis_stream_grant(stream, ccdk_iam_user_new(stack, "MyUser", NULL),
                                  CCDK_STRS("kinesis:DescribeStream"));
    }
    {
        ccdk_stack *stack_a = S("stackA");
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack_a, "MyStream", NULL);
        ccdk_stack *stack_b = S("stackB");
        ccdk_kinesis_stream_grant_read(stream, ccdk_iam_user_new(stack_b, "UserWhoNeedsAccess", NULL));
    }
    {
        ccdk_stack *stack_a = S("stackAKms");
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack_a, "MyStream", &(ccdk_kinesis_stream_props){
            .encryption = CCDK_KINESIS_ENCRYPTION_KMS});
        ccdk_stack *stack_b = S("stackBKms");
        ccdk_kinesis_stream_grant_read(stream, ccdk_iam_user_new(stack_b, "UserWhoNeedsAccess", NULL));
    }
    {
        ccdk_stack *stack = S("RetentionToken");
        ccdk_cfn_parameter *p = ccdk_cfn_parameter_new(stack, "my-retention-period", &(ccdk_cfn_parameter_props){
            .type = "Number", .default_value = ccdk_v_number(stack, 48),
            .min_value = CCDK_NUM(24), .max_value = CCDK_NUM(8760)});
        ccdk_kinesis_stream_new(stack, "MyStream", &(ccdk_kinesis_stream_props){
            .retention_period = ccdk_duration_hours_token(ccdk_cfn_parameter_value_as_string(p))});
    }

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
