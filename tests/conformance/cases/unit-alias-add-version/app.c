/* alias.test.ts's testDeprecated tests made with fn.addVersion (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static ccdk_lambda_function *new_fn(ccdk_stack *stack)
{
    return ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"),
        .handler = "index.hello",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
}

static void resolved(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = ccdk_stack_resolve(stack, value)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "VersionAndAliases", NULL);
        ccdk_lambda_version *version = ccdk_lambda_function_add_version(new_fn(stack), "1", NULL, NULL, (ccdk_opt_num){0}, NULL);
        ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){.alias_name = "prod", .version = version});
        resolved(stack, "Version", ccdk_lambda_version_version(version));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "NewVersion", NULL);
        ccdk_lambda_version *version = ccdk_lambda_function_add_version(new_fn(stack), "NewVersion", NULL, NULL,
                                                                        (ccdk_opt_num){0}, NULL);
        ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){.alias_name = "prod", .version = version});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AdditionalVersions", NULL);
        ccdk_lambda_function *fn = new_fn(stack);
        ccdk_lambda_version *version1 = ccdk_lambda_function_add_version(fn, "1", NULL, NULL, (ccdk_opt_num){0}, NULL);
        ccdk_lambda_version *version2 = ccdk_lambda_function_add_version(fn, "2", NULL, NULL, (ccdk_opt_num){0}, NULL);
        ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
            .alias_name = "prod",
            .version = version1,
            .additional_versions = CCDK_LIST_OF(ccdk_lambda_version_weight, {version2, 0.1}),
        });
        resolved(stack, "Version1", ccdk_lambda_version_version(version1));
        resolved(stack, "Version2", ccdk_lambda_version_version(version2));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ProvisionedExecution", NULL);
        ccdk_lambda_version *version = ccdk_lambda_function_add_version(new_fn(stack), "1", NULL, "testing", CCDK_NUM(5), NULL);
        ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
            .alias_name = "prod", .version = version, .provisioned_concurrent_executions = CCDK_NUM(5)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
