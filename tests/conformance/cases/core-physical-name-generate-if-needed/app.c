/* Conformance case 'core-physical-name-generate-if-needed': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *a = ccdk_stack_new(app, "FnStack", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(a, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(a, "exports.handler = async () => {};"),
        .function_name = CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED,
    });
    ccdk_lambda_function *local = ccdk_lambda_function_new(a, "LocalFn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(a, "exports.handler = async () => {};"),
        .function_name = CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED,
    });
    ccdk_stack *b = ccdk_stack_new(app, "CallerStack", &(ccdk_stack_props){.account = "222222222222", .region = "us-east-1"});
    ccdk_iam_role *role = ccdk_iam_role_new(b, "Caller", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(b, "ec2.amazonaws.com"),
        .role_name = CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED,
        .path = "/service/",
    });
    ccdk_lambda_function_grant_invoke(fn, role);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(a, "Bucket", &(ccdk_s3_bucket_props){.bucket_name = CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED});
    ccdk_s3_bucket_grant_read(bucket, role, NULL);
    ccdk_lambda_function_grant_invoke(local, fn);
    ccdk_cfn_output_new(b, "FnName", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_name(fn)});
    ccdk_cfn_output_new(b, "FnArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(fn)});
    ccdk_cfn_output_new(b, "BucketName", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_name(bucket)});
    ccdk_cfn_output_new(a, "RoleName", &(ccdk_cfn_output_props){.value = ccdk_iam_role_name(role)});
    ccdk_cfn_output_new(a, "RoleArn", &(ccdk_cfn_output_props){.value = ccdk_iam_role_arn(role)});
    ccdk_cfn_output_new(a, "LocalName", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_name(local)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
