/* Conformance case 'code-image-and-parameters': see app.js. */
#include <ccdk/ecr.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_cfn_parameter *bucket_param = ccdk_cfn_parameter_new(stack, "FunctionLambdaSourceBucketNameParameter",
                                                              &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_lambda_code *code = ccdk_lambda_code_from_cfn_parameters(stack, &(ccdk_lambda_cfn_parameters_code_props){
        .bucket_name_param = bucket_param});
    ccdk_lambda_function_new(stack, "ParamsFunction", &(ccdk_lambda_function_props){
        .code = code, .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler"});
    ccdk_cfn_output_new(stack, "BucketNameParam", &(ccdk_cfn_output_props){.value = ccdk_lambda_code_bucket_name_param(code)});
    ccdk_cfn_output_new(stack, "ObjectKeyParam", &(ccdk_cfn_output_props){.value = ccdk_lambda_code_object_key_param(code)});
    ccdk_lambda_code *both = ccdk_lambda_code_from_cfn_parameters(stack, &(ccdk_lambda_cfn_parameters_code_props){
        .bucket_name_param = ccdk_cfn_parameter_new(stack, "B2", &(ccdk_cfn_parameter_props){.type = "String"}),
        .object_key_param = ccdk_cfn_parameter_new(stack, "K2", &(ccdk_cfn_parameter_props){.type = "String"}),
    });
    ccdk_lambda_function_new(stack, "Params2", &(ccdk_lambda_function_props){
        .code = both, .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12, .handler = "index.handler"});
    ccdk_lambda_function_new(stack, "Params3", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_cfn_parameters(stack, &(ccdk_lambda_cfn_parameters_code_props){
            .source_kms_key = ccdk_kms_key_new(stack, "Key", NULL)}),
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
    });

    ccdk_ecr_repository *by_arn = ccdk_ecr_repository_from_repository_arn(stack, "ByArn", "arn:aws:ecr:us-west-2:123456789012:repository/my/repo");
    ccdk_lambda_function_new(stack, "EcrByArn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_ecr_image(by_arn, &(ccdk_lambda_ecr_image_code_props){
            .cmd = CCDK_STRS("cmd", "param1"),
            .entrypoint = CCDK_STRS("entrypoint", "param2"),
            .working_directory = "/some/path",
            .tag_or_digest = "mytag",
        }),
        .handler = "FROM_IMAGE",
        .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE,
    });
    ccdk_ecr_repository *by_name = ccdk_ecr_repository_from_repository_name(stack, "ByName", "named-repo");
    ccdk_lambda_function_new(stack, "EcrByName", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_ecr_image(by_name, &(ccdk_lambda_ecr_image_code_props){
            .tag_or_digest = "sha256:afc607424cc02c92d4d6af5184a4fef46a69548e465a320808c6ff358b6a3a8d"}),
        .handler = "FROM_IMAGE",
        .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE,
    });
    ccdk_cfn_output_new(stack, "ByNameArn", &(ccdk_cfn_output_props){.value = ccdk_ecr_repository_arn(by_name)});
    ccdk_cfn_output_new(stack, "ByNameUri", &(ccdk_cfn_output_props){.value = ccdk_ecr_repository_uri_for_tag_or_digest(by_name, "v1")});
    ccdk_cfn_output_new(stack, "ByArnName", &(ccdk_cfn_output_props){.value = ccdk_ecr_repository_name(by_arn)});
    ccdk_cfn_output_new(stack, "ByArnUri", &(ccdk_cfn_output_props){.value = ccdk_ecr_repository_uri_for_tag_or_digest(by_arn, "sha256:abc")});

    ccdk_lambda_function_new(stack, "AssetImage", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset_image(stack, "docker-handler", &(ccdk_lambda_asset_image_code_props){
            .cmd = CCDK_STRS("app.handler"),
            .entrypoint = CCDK_STRS("/lambda-entrypoint.sh"),
            .working_directory = "/var/task",
        }),
        .handler = "FROM_IMAGE",
        .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
