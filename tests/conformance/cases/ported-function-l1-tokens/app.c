/* ported-function-l1-tokens: function.test.ts describe('L1 Relationships') 'tokens should be passed
 * as is' (see app.js): a CfnFunction whose Code and FileSystemConfigs are lazy values. */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

typedef struct {
    ccdk_stack *stack;
    ccdk_s3_bucket *bucket;
} code_ctx;

static ccdk_value *produce_code(void *ctx)
{
    code_ctx *c = ctx;
    ccdk_value *code = ccdk_v_object(c->stack);
    ccdk_v_set(code, "S3Bucket", ccdk_v_string(c->stack, ccdk_s3_bucket_name(c->bucket)));
    return code;
}

static ccdk_value *produce_fs_config(void *ctx)
{
    return ccdk_v_json((ccdk_stack *)ctx, "[{\"Arn\": \"TestArn\", \"LocalMountPath\": \"/mnt\"}]");
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "SomeRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
    });
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", NULL);

    code_ctx cc = {stack, bucket};
    ccdk_value *code_token = ccdk_lazy_value(stack, produce_code, &cc);
    ccdk_value *fs_config_token = ccdk_lazy_value(stack, produce_fs_config, stack);

    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "Code", code_token);
    ccdk_v_set(props, "Role", ccdk_v_string(stack, ccdk_iam_role_arn(role)));
    ccdk_v_set(props, "FileSystemConfigs", fs_config_token);
    ccdk_lambda_cfn_function_new(stack, "MyLambda", props);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
