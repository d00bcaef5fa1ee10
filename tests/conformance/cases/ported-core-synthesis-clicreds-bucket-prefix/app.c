/* Conformance case 'ported-core-synthesis-clicreds-bucket-prefix': see app.js
 * (ccdk_cli_credentials_stack_synthesizer_props.bucket_prefix). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *myapp = ccdk_app_new(NULL);
    ccdk_stack *mystack = ccdk_stack_new(myapp, "mystack-bucketPrefix", &(ccdk_stack_props){
        .cli_credentials_synthesizer = &(ccdk_cli_credentials_stack_synthesizer_props){
            .file_assets_bucket_name = "file-asset-bucket",
            .bucket_prefix = "000000000000/",
        },
    });
    ccdk_lambda_function_new(mystack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(mystack, "lambda-handler", NULL),
    });
    int rc = ccdk_app_synth(myapp);
    ccdk_app_free(myapp);
    return rc ? 1 : 0;
}
