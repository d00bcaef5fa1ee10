/* Conformance case 'unit-function-b-misc': function.test.ts's recursive loop, conditional grants,
 * ADOT, allowAllIpv6Outbound, tenancy and ephemeral storage tests (see app.js). */
#include <ccdk/lambda.h>

static ccdk_lambda_function *simple(ccdk_stack *stack, const char *id, const char *handler,
                                    ccdk_lambda_recursive_loop loop)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = handler,
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .recursive_loop = loop,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "RecursiveLoopTerminate", NULL);
    simple(stack, "MyLambda", "bar", CCDK_LAMBDA_RECURSIVE_LOOP_TERMINATE);
    stack = ccdk_stack_new(app, "RecursiveLoopAllow", NULL);
    simple(stack, "MyLambda", "bar", CCDK_LAMBDA_RECURSIVE_LOOP_ALLOW);
    stack = ccdk_stack_new(app, "RecursiveLoopDefault", NULL);
    simple(stack, "MyLambda", "bar", CCDK_LAMBDA_RECURSIVE_LOOP_UNSET);

    stack = ccdk_stack_new(app, "GrantInvokeTwiceConditions", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "xxx"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
    const char *source_arns[] = {"arn:aws:s3:::bucket-a", "arn:aws:s3:::bucket-b"};
    for (int i = 0; i < 2; i++) {
        ccdk_value *conditions = ccdk_v_object(stack);
        ccdk_v_set(conditions, "ArnLike", ccdk_v_set(ccdk_v_object(stack), "aws:SourceArn", ccdk_v_string(stack, source_arns[i])));
        ccdk_v_set(conditions, "StringEquals",
                   ccdk_v_set(ccdk_v_object(stack), "aws:SourceAccount", ccdk_v_string(stack, "123456789012")));
        ccdk_lambda_function_grant_invoke(fn, ccdk_iam_principal_with_conditions(
            ccdk_iam_service_principal(stack, "s3.amazonaws.com"), conditions));
    }

    stack = ccdk_stack_new(app, "AdotJava", &(ccdk_stack_props){.account = "111111111111", .region = "us-west-2"});
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){
            .layer_version = {CCDK_LAMBDA_ADOT_LAYER_JAVA_SDK, "1.32.0-1"},
            .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_REGULAR_HANDLER,
        },
    });
    stack = ccdk_stack_new(app, "AdotPython", &(ccdk_stack_props){.account = "111111111111", .region = "us-west-2"});
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){
            .layer_version = {CCDK_LAMBDA_ADOT_LAYER_PYTHON_SDK, "1.29.0"},
            .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_INSTRUMENT_HANDLER,
        },
    });

    stack = ccdk_stack_new(app, "AllowAllIpv6Outbound", NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .allow_all_ipv6_outbound = CCDK_TRUE,
        .vpc = ccdk_ec2_vpc_new(stack, "Vpc", NULL),
    });

    stack = ccdk_stack_new(app, "TenancyPerTenant", NULL);
    ccdk_lambda_function_new(stack, "Lambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .tenancy_config = CCDK_LAMBDA_TENANCY_CONFIG_PER_TENANT,
    });
    stack = ccdk_stack_new(app, "NoTenancy", NULL);
    simple(stack, "Lambda", "index.handler", CCDK_LAMBDA_RECURSIVE_LOOP_UNSET);

    stack = ccdk_stack_new(app, "EphemeralStorage", NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "bar",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .ephemeral_storage_size = ccdk_size_mebibytes(1024),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
