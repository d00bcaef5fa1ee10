/* Conformance case 'unit-function-url-cors-variants': CORS of only a maxAge (the 86400 s limit),
 * an empty CORS, exposed headers with allowCredentials false; an alias with only addAutoScaling
 * (function-url.test.ts, alias.test.ts; see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static ccdk_lambda_function *new_fn(ccdk_stack *stack)
{
    return ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"),
        .handler = "index.hello",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *s1 = ccdk_stack_new(app, "MaxAgeOnly", NULL);
    ccdk_lambda_function_url_new(s1, "FunctionUrl", &(ccdk_lambda_function_url_props){
        .function = new_fn(s1), .cors = &(ccdk_lambda_function_url_cors){.max_age = ccdk_duration_days(1)}});

    ccdk_stack *s2 = ccdk_stack_new(app, "EmptyCors", NULL);
    ccdk_lambda_function_url_new(s2, "FunctionUrl", &(ccdk_lambda_function_url_props){
        .function = new_fn(s2), .cors = &(ccdk_lambda_function_url_cors){0}});

    ccdk_stack *s3 = ccdk_stack_new(app, "ExposedHeaders", NULL);
    ccdk_lambda_function_add_function_url(new_fn(s3), &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM,
        .cors = &(ccdk_lambda_function_url_cors){
            .allow_credentials = CCDK_FALSE,
            .exposed_headers = CCDK_STRS("X-One", "X-Two"),
            .allowed_methods = CCDK_STRS("*"),
            .max_age = ccdk_duration_minutes(90),
        },
    });

    ccdk_stack *s4 = ccdk_stack_new(app, "AliasAutoScaling", NULL);
    ccdk_lambda_function *fn = new_fn(s4);
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(s4, "Alias", &(ccdk_lambda_alias_props){
        .alias_name = "prod", .version = ccdk_lambda_function_current_version(fn)});
    ccdk_lambda_alias_add_auto_scaling(alias, &(ccdk_lambda_auto_scaling_options){.max_capacity = CCDK_NUM(5)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
