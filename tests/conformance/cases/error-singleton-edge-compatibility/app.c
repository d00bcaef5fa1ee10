/* error-singleton-edge-compatibility (aws-lambda/test/singleton-lambda.test.ts 'check edge compatibility' (ccdk runs the check where an edgeArn is resolved)) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_singleton.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_singleton_function *singleton = ccdk_lambda_singleton_function_new(stack, "Singleton",
        &(ccdk_lambda_singleton_function_props){
            .uuid = "84c0de93-353f-4217-9b0b-45b6c993251a",
            .function = {
                .code = ccdk_lambda_code_from_inline(stack, "def hello(): pass"),
                .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
                .handler = "index.hello",
                .environment = CCDK_KVS({"KEY", "value"}),
            },
        });
    ccdk_lambda_version *version = ccdk_lambda_function_current_version(ccdk_lambda_singleton_function_lambda(singleton));
    ccdk_stack_resolve(stack, ccdk_lambda_version_edge_arn(version));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
