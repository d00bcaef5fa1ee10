/* A queue of the parent stack used by a function of a NestedStack (its URL in the environment,
 * its ARN in the role's policy): each becomes a "reference-to-..." String parameter of the nested
 * template that the AWS::CloudFormation::Stack resource passes. Also the NestedStack props:
 * parameters, timeout, notification ARNs, description, removal policy; the nested stack's name used
 * inside and outside it. */
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Jobs", NULL);
    ccdk_stack *nested = ccdk_nested_stack_new(stack, "Workers", &(ccdk_nested_stack_props){
        .description = "The workers",
        .timeout = ccdk_duration_minutes(10),
        .notification_arns = CCDK_STRS("arn:aws:sns:us-east-1:123456789012:events"),
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
        .parameters = CCDK_KVS({"Stage", "prod"}),
    });
    ccdk_cfn_parameter_new(nested, "Stage", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(nested, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(nested, "lambda-handler", NULL),
        .environment = CCDK_KVS({"QUEUE_URL", ccdk_sqs_queue_url(queue)}, {"STACK", ccdk_stack_name(nested)},
                                {"PARENT", ccdk_stack_name(stack)}),
    });
    ccdk_sqs_queue_grant_send_messages(queue, fn);
    ccdk_cfn_output_new(stack, "NestedName", &(ccdk_cfn_output_props){.value = ccdk_stack_name(nested)});
    ccdk_cfn_output_new(stack, "NestedId", &(ccdk_cfn_output_props){.value = ccdk_stack_stack_id(nested)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
