/* aws-cdk's core arn.test.ts: stack.formatArn with the stack's defaults, with partition/region/account
 * given (empty ones too), sep ':' and '', and a fully specified ARN of another stack used without an
 * import. */
#include <ccdk/core.h>

static void out(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    out(stack, "Defaults", ccdk_stack_format_arn(stack, "sqs", "myqueuename", NULL, NULL));
    out(stack, "Specific", ccdk_stack_format_arn_components(stack, &(ccdk_arn_components){
        .service = "dynamodb", .resource = "table", .account = "123456789012", .region = "us-east-1",
        .partition = "aws-cn", .resource_name = "mytable/stream/label",
    }));
    out(stack, "EmptyComponents", ccdk_stack_format_arn_components(stack, &(ccdk_arn_components){
        .service = "s3", .resource = "my-bucket", .account = "", .region = "", .partition = "aws-cn",
    }));
    out(stack, "ColonSep", ccdk_stack_format_arn(stack, "codedeploy", "application", ":", "WordPress_App"));
    out(stack, "EmptySep", ccdk_stack_format_arn(stack, "ssm", "parameter", "", "/parameter-name"));
    out(stack, "NameNoSep", ccdk_stack_format_arn(stack, "lambda", "function", NULL, "fn"));

    ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", &(ccdk_stack_props){.account = "12345678", .region = "us-turbo-5"});
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", &(ccdk_stack_props){.account = "87654321", .region = "us-turbo-1"});
    const char *arn = ccdk_stack_format_arn(stack1, "bla", "thing", NULL, "thong");
    ccdk_cfn_output_new(stack2, "SomeValue", &(ccdk_cfn_output_props){.value = arn});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
