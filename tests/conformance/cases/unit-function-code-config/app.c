/* unit-function-code-config: function.test.ts describe('code config'): a Code of one's own
 * (ccdk_lambda_code_new) with an image URI and ImageConfig, inline code, an S3 location (version,
 * source KMS key ARN, storage mode; an empty inline code beside it does not count), a layer of it. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "ImageUri", NULL);
    ccdk_lambda_function_new(stack, "Fn1", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_new(stack, &(ccdk_lambda_code_config){
            .image = &(ccdk_lambda_code_image_config){.image_uri = "ecr image uri"}}),
        .handler = "FROM_IMAGE",
        .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE,
    });

    stack = ccdk_stack_new(app, "ImageConfig", NULL);
    ccdk_lambda_function_new(stack, "Fn1", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_new(stack, &(ccdk_lambda_code_config){
            .image = &(ccdk_lambda_code_image_config){
                .image_uri = "ecr image uri",
                .cmd = CCDK_STRS("cmd", "param1"),
                .entrypoint = CCDK_STRS("entrypoint", "param2"),
                .working_directory = "/some/path",
            }}),
        .handler = "FROM_IMAGE",
        .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE,
    });
    ccdk_lambda_function_new(stack, "Fn2", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_new(stack, &(ccdk_lambda_code_config){
            .image = &(ccdk_lambda_code_image_config){
                .image_uri = "123456789012.dkr.ecr.us-east-1.amazonaws.com/repo:v1",
                .cmd = CCDK_EMPTY_LIST,
            },
            .source_kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abcd",
        }),
        .handler = "FROM_IMAGE",
        .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE,
    });

    stack = ccdk_stack_new(app, "InlineAndS3", NULL);
    ccdk_lambda_function_new(stack, "Inline", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_new(stack, &(ccdk_lambda_code_config){
            .inline_code = "exports.handler = async () => {};"}),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
    ccdk_lambda_function *s3fn = ccdk_lambda_function_new(stack, "S3", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_new(stack, &(ccdk_lambda_code_config){
            .inline_code = "",
            .s3_location = &(ccdk_lambda_code_s3_location){
                .bucket_name = "my-bucket", .object_key = "code.zip", .object_version = "v1"},
            .source_kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abcd",
            .s3_object_storage_mode = CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE,
        }),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
    });
    ccdk_cfn_output_new(stack, "S3Version", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_version_arn(ccdk_lambda_function_current_version(s3fn))});
    ccdk_lambda_function_new(stack, "S3NoVersion", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_new(stack, &(ccdk_lambda_code_config){
            .s3_location = &(ccdk_lambda_code_s3_location){.bucket_name = "my-bucket", .object_key = "other.zip"}}),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
    });
    ccdk_lambda_layer_version_new(stack, "Layer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_new(stack, &(ccdk_lambda_code_config){
            .s3_location = &(ccdk_lambda_code_s3_location){
                .bucket_name = "my-bucket", .object_key = "layer.zip", .object_version = "v2"},
            .source_kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abcd",
            .s3_object_storage_mode = CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_COPY,
        }),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_PYTHON_3_12),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
