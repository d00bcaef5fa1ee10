/* Stack.partition for env-specific stacks: region-info's partition of a known region (every
 * partition aws-cdk-lib 2.276 knows), the AWS::Partition token for a region it does not know. */
#include <stdio.h>
#include <ccdk/lambda.h>

int main(void)
{
    static const char *const regions[] = {"us-east-1", "cn-north-1", "us-gov-west-1", "us-iso-east-1", "us-isob-east-1",
                                          "eu-isoe-west-1", "us-isof-south-1", "eusc-de-east-1", "invalid-region", "xx-new-1"};
    ccdk_app *app = ccdk_app_new(NULL);
    for (int i = 0; i < 10; i++) {
        char id[16];
        snprintf(id, sizeof id, "Stack%d", i);
        ccdk_stack *stack = ccdk_stack_new(app, id, &(ccdk_stack_props){.account = "123456789012", .region = regions[i]});
        ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
        });
        ccdk_cfn_output_new(stack, "Partition", &(ccdk_cfn_output_props){.value = ccdk_stack_partition(stack)});
        ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_stack_format_arn(stack, "sqs", "q", NULL, NULL)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
