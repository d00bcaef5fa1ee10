/* Conformance case 'validation-report-annotations': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:annotationsInValidationReport", "true"},
                            {"aws:cdk:disable-creation-stack-traces", "true"})});
    ccdk_annotations_add_warning(app, NULL, "app warning");
    ccdk_stack *stack = ccdk_stack_new(app, "Svc", NULL);
    ccdk_annotations_add_warning(stack, NULL, "plain warning (Foo::Bar)");
    ccdk_annotations_add_info(stack, "an info message");
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_name(stack, "Code", "my-code-bucket");
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_bucket(bucket, "fn.zip", NULL),
    });
    ccdk_annotations_add_warning(fn, "my:warn", "custom warning");
    ccdk_lambda_function *fn2 = ccdk_lambda_function_new(stack, "Fn2", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_annotations_add_warning(fn2, "my:warn", "custom warning");
    ccdk_annotations_add_warning(fn2, NULL, "same text, no id");
    ccdk_annotations_add_warning(fn, NULL, "same text, no id");

    ccdk_stage *stage = ccdk_stage_new(app, "Prod", NULL);
    ccdk_stack *inner = ccdk_stack_new(stage, "Inner", NULL);
    ccdk_lambda_function *fn3 = ccdk_lambda_function_new(inner, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(inner, "def handler(event, context):\n    return 1\n"),
    });
    ccdk_annotations_add_warning(ccdk_node_default_child(fn3), "l1:warn", "on the L1");
    ccdk_stack *nested = ccdk_nested_stack_new(inner, "Nested", NULL);
    ccdk_cfn_resource *topic = ccdk_cfn_resource_new(nested, "Topic", "AWS::SNS::Topic", NULL);
    ccdk_annotations_add_warning(topic, NULL, "nested L1 warning");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc;
}
