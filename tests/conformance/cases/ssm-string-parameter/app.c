/* new ssm.StringParameter: no name (a generated one, simple), a path name with every prop, a simple
 * name with simpleName, a token value; parameterName / parameterArn / stringValue / parameterType
 * in a function's environment, grantRead / grantWrite, and a stack tag (SSM's Tags are a map). */
#include <ccdk/lambda.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_ssm_string_parameter *plain = ccdk_ssm_string_parameter_new(stack, "Plain", &(ccdk_ssm_string_parameter_props){
        .string_value = "hello"});
    ccdk_ssm_string_parameter *full = ccdk_ssm_string_parameter_new(stack, "Full", &(ccdk_ssm_string_parameter_props){
        .string_value = "v1.2.3",
        .parameter_name = "/app/prod/version",
        .description = "the deployed version",
        .allowed_pattern = "^v\\d+\\.\\d+\\.\\d+$",
        .tier = CCDK_SSM_PARAMETER_TIER_ADVANCED,
        .data_type = CCDK_SSM_PARAMETER_DATA_TYPE_TEXT,
    });
    ccdk_ssm_string_parameter *simple = ccdk_ssm_string_parameter_new(stack, "Simple", &(ccdk_ssm_string_parameter_props){
        .string_value = ccdk_lambda_function_arn(fn),
        .parameter_name = "function-arn",
        .simple_name = CCDK_TRUE,
        .tier = CCDK_SSM_PARAMETER_TIER_INTELLIGENT_TIERING,
    });
    ccdk_ssm_string_parameter *image = ccdk_ssm_string_parameter_new(stack, "Image", &(ccdk_ssm_string_parameter_props){
        .string_value = "ami-12345678",
        .data_type = CCDK_SSM_PARAMETER_DATA_TYPE_AWS_EC2_IMAGE,
        .tier = CCDK_SSM_PARAMETER_TIER_STANDARD,
        .allowed_pattern = ccdk_fn_import_value(stack, "Pattern"),
    });
    ccdk_lambda_function_add_environment(fn, "PLAIN_NAME", ccdk_ssm_string_parameter_name(plain));
    ccdk_lambda_function_add_environment(fn, "PLAIN_ARN", ccdk_ssm_string_parameter_arn(plain));
    ccdk_lambda_function_add_environment(fn, "PLAIN_VALUE", ccdk_ssm_string_parameter_string_value(plain));
    ccdk_lambda_function_add_environment(fn, "PLAIN_TYPE", ccdk_ssm_string_parameter_type(plain));
    ccdk_lambda_function_add_environment(fn, "FULL_ARN", ccdk_ssm_string_parameter_arn(full));
    ccdk_lambda_function_add_environment(fn, "SIMPLE_ARN", ccdk_ssm_string_parameter_arn(simple));
    ccdk_lambda_function_add_environment(fn, "IMAGE_VALUE", ccdk_ssm_string_parameter_string_value(image));
    ccdk_ssm_string_parameter_grant_read(plain, fn);
    ccdk_ssm_string_parameter_grant_read(full, fn);
    ccdk_ssm_string_parameter_grant_write(full, fn);
    ccdk_ssm_string_parameter_grant_write(simple, fn);
    ccdk_tags_add(stack, "team", "platform");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
