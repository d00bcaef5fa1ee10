/* test_runtime.c - Runtime.runtimeEquals and the bundlingDockerImage override, ported from aws-cdk's
 * runtime.test.ts (expected values as aws-cdk-lib 2.276.0 gives them). */
#include "ccdk/lambda.h"
#include "testlib.h"

#define PY37_INLINE {.name = "python3.7", .family = CCDK_LAMBDA_FAMILY_PYTHON, .supports_inline_code = 1}

TEST(runtime_equals)
{
    const ccdk_lambda_runtime r1 = PY37_INLINE, r2 = PY37_INLINE;
    CHECK(ccdk_lambda_runtime_equals(&r1, &r2));  /* different instances */
    CHECK(ccdk_lambda_runtime_equals(&r1, &r1));  /* same instance */
    const ccdk_lambda_runtime name = {.name = "python3.6", .family = CCDK_LAMBDA_FAMILY_PYTHON, .supports_inline_code = 1};
    CHECK(!ccdk_lambda_runtime_equals(&r1, &name));
    const ccdk_lambda_runtime family = {.name = "python3.7", .family = CCDK_LAMBDA_FAMILY_JAVA, .supports_inline_code = 1};
    CHECK(!ccdk_lambda_runtime_equals(&r1, &family));
    const ccdk_lambda_runtime no_inline = {.name = "python3.7", .family = CCDK_LAMBDA_FAMILY_PYTHON};
    CHECK(!ccdk_lambda_runtime_equals(&r1, &no_inline));
    /* supportsInlineCode is !!props.supportsInlineCode; the other fields are not compared */
    const ccdk_lambda_runtime two = {.name = "python3.7", .family = CCDK_LAMBDA_FAMILY_PYTHON, .supports_inline_code = 2,
                                     .supports_snap_start = 1, .bundling_docker_image = "x"};
    CHECK(ccdk_lambda_runtime_equals(&r1, &two));
    /* a constant and a struct of your own with its name, family and inline code */
    CHECK(ccdk_lambda_runtime_equals(CCDK_LAMBDA_RUNTIME_PYTHON_3_7, &r1));
    /* NODEJS_LATEST is nodejs24.x of the family NODEJS with inline code: equal to NODEJS_24_X */
    CHECK(ccdk_lambda_runtime_equals(CCDK_LAMBDA_RUNTIME_NODEJS_LATEST, CCDK_LAMBDA_RUNTIME_NODEJS_24_X));
    CHECK(!ccdk_lambda_runtime_equals(NULL, &r1));
    CHECK(!ccdk_lambda_runtime_equals(&r1, NULL));
}

TEST(bundling_docker_image)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    const ccdk_lambda_runtime plain = {.name = "my-runtime-name"};
    CHECK_STR_EQ(ccdk_lambda_runtime_bundling_image(stack, &plain).image, "public.ecr.aws/sam/build-my-runtime-name");
    const ccdk_lambda_runtime custom = {.name = "my-runtime-name", .bundling_docker_image = "my-docker-image"};
    CHECK_STR_EQ(ccdk_lambda_runtime_bundling_image(stack, &custom).image, "my-docker-image");
    CHECK_STR_EQ(ccdk_lambda_runtime_bundling_image(stack, CCDK_LAMBDA_RUNTIME_PYTHON_3_12).image,
                 "public.ecr.aws/sam/build-python3.12");
    CHECK(ccdk_lambda_runtime_bundling_image(stack, NULL).image == NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

/* nodejs-latest-runtime.test.ts: a Function of NODEJS_LATEST has determineLatestNodeRuntime's new
 * Runtime as fn.runtime (not the constant); another runtime is fn.runtime itself */
TEST(function_runtime_nodejs_latest)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.region = "us-east-1"});
    ccdk_stack *agnostic = ccdk_stack_new(app, "Agnostic", NULL);
    ccdk_stack *stacks[] = {stack, agnostic};
    for (int i = 0; i < 2; i++) {
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stacks[i], "MyFunction", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST, .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stacks[i], "exports.handler = function() {}")});
        const ccdk_lambda_runtime *rt = ccdk_lambda_function_runtime(fn);
        CHECK(rt != NULL && rt != CCDK_LAMBDA_RUNTIME_NODEJS_LATEST);
        CHECK_STR_EQ(rt->name, "nodejs24.x");
        CHECK_INT_EQ(rt->family, CCDK_LAMBDA_FAMILY_NODEJS);
        CHECK(rt->is_variable && rt->supports_inline_code);
        CHECK(ccdk_lambda_runtime_equals(rt, CCDK_LAMBDA_RUNTIME_NODEJS_LATEST));
    }
    ccdk_lambda_function *fn20 = ccdk_lambda_function_new(stack, "MyFunction20", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = function() {}")});
    CHECK(ccdk_lambda_function_runtime(fn20) == CCDK_LAMBDA_RUNTIME_NODEJS_20_X);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

int main(void)
{
    RUN(runtime_equals);
    RUN(bundling_docker_image);
    RUN(function_runtime_nodejs_latest);
    return TEST_DONE();
}
