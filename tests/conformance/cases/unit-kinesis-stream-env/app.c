/* stream.test.ts: the env of imported and new streams (see app.js). */
#include <ccdk/kinesis.h>

static void out(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Agnostic", NULL);

    ccdk_kinesis_stream *from_attrs = ccdk_kinesis_stream_from_stream_attributes(stack, "MyStream",
        &(ccdk_kinesis_stream_attributes){.stream_arn = "arn:aws:kinesis:region:account-id:stream/stream-name"});
    out(stack, "AttrsArn", ccdk_kinesis_stream_arn(from_attrs));
    ccdk_kinesis_stream *imported = ccdk_kinesis_stream_from_stream_attributes(stack, "Imported",
        &(ccdk_kinesis_stream_attributes){.stream_arn = "arn:aws:kinesis:us-west-2:999999999999:stream/imported-stream"});
    out(stack, "AttrsAccount", ccdk_kinesis_stream_env_account(imported));
    out(stack, "AttrsRegion", ccdk_kinesis_stream_env_region(imported));
    ccdk_kinesis_stream *by_arn = ccdk_kinesis_stream_from_stream_arn(stack, "ByArn",
        "arn:aws:kinesis:us-west-2:123456789012:stream/imported-stream");
    out(stack, "ArnAccount", ccdk_kinesis_stream_env_account(by_arn));
    out(stack, "ArnRegion", ccdk_kinesis_stream_env_region(by_arn));
    ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(stack, "StreamArn", NULL);
    ccdk_kinesis_stream *by_token = ccdk_kinesis_stream_from_stream_arn(stack, "ByToken", ccdk_cfn_parameter_value_as_string(param));
    out(stack, "TokenAccount", ccdk_kinesis_stream_env_account(by_token));
    out(stack, "TokenRegion", ccdk_kinesis_stream_env_region(by_token));
    ccdk_kinesis_stream *made = ccdk_kinesis_stream_new(stack, "Made", NULL);
    out(stack, "MadeAccount", ccdk_kinesis_stream_env_account(made));
    out(stack, "MadeRegion", ccdk_kinesis_stream_env_region(made));

    ccdk_stack *env_stack = ccdk_stack_new(app, "WithEnv", &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"});
    ccdk_kinesis_stream *in_env = ccdk_kinesis_stream_new(env_stack, "Made", NULL);
    out(env_stack, "Account", ccdk_kinesis_stream_env_account(in_env));
    out(env_stack, "Region", ccdk_kinesis_stream_env_region(in_env));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
