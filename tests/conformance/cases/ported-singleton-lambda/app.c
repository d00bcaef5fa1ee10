/* singleton-lambda.test.ts ported literally (see app.js): a stack per test. */
#include <ccdk/ec2.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_singleton.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

#define UUID "84c0de93-353f-4217-9b0b-45b6c993251a"

static ccdk_lambda_singleton_function *singleton_new(ccdk_stack *stack, const char *id)
{
    return ccdk_lambda_singleton_function_new(stack, id, &(ccdk_lambda_singleton_function_props){
        .uuid = UUID,
        .function = {
            .code = ccdk_lambda_code_from_inline(stack, "def hello(): pass"),
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
            .handler = "index.hello",
            .timeout = ccdk_duration_minutes(5),
        },
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
        const char *ids[] = {"Singleton0", "Singleton1", "Singleton2", "Singleton3", "Singleton4"};
        for (int i = 0; i < 5; i++) singleton_new(stack, ids[i]);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Dependencies", NULL);
        ccdk_lambda_singleton_function *singleton = singleton_new(stack, "Singleton");
        ccdk_iam_user *dependency = ccdk_iam_user_new(stack, "dependencyUser", NULL);
        ccdk_lambda_singleton_function_add_dependency(singleton, dependency);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "DependOn", NULL);
        ccdk_lambda_singleton_function *singleton = singleton_new(stack, "Singleton");
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "user", NULL);
        ccdk_lambda_singleton_function_depend_on(singleton, user);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AddEnvironment", NULL);
        ccdk_lambda_singleton_function *singleton = singleton_new(stack, "Singleton");
        ccdk_lambda_function_add_environment(ccdk_lambda_singleton_function_lambda(singleton), "KEY", "value");
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AddLayers", NULL);
        ccdk_lambda_singleton_function *singleton = singleton_new(stack, "Singleton");
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
        ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(stack, "myLayer", &(ccdk_lambda_layer_version_props){
            .code = ccdk_lambda_s3_code_new(bucket, "ObjectKey", NULL),
            .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_PYTHON_3_9),
        });
        ccdk_lambda_function_add_layers(ccdk_lambda_singleton_function_lambda(singleton), (ccdk_lambda_layer_list)CCDK_LIST(layer));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "GrantInvoke", NULL);
        ccdk_lambda_singleton_function *singleton = ccdk_lambda_singleton_function_new(stack, "Singleton",
            &(ccdk_lambda_singleton_function_props){
                .uuid = UUID,
                .function = {
                    .code = ccdk_lambda_code_from_inline(stack, "def hello(): pass"),
                    .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
                    .handler = "index.hello",
                },
            });
        ccdk_iam_policy_statement *statement = NULL;
        ccdk_lambda_function_grant_invoke_statements(singleton, ccdk_iam_service_principal(stack, "events.amazonaws.com"),
                                                     NULL, &statement);
        ccdk_cfn_output_new(stack, "Statement", &(ccdk_cfn_output_props){
            .value = ccdk_stack_resolve_value(stack, ccdk_iam_policy_statement_to_json(statement))});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Runtime", NULL);
        ccdk_lambda_singleton_function *singleton = singleton_new(stack, "Singleton");
        ccdk_cfn_output_new(stack, "Runtime", &(ccdk_cfn_output_props){
            .value = ccdk_lambda_function_runtime(ccdk_lambda_singleton_function_lambda(singleton))->name});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "CurrentVersion", NULL);
        ccdk_lambda_singleton_function *singleton = ccdk_lambda_singleton_function_new(stack, "Singleton",
            &(ccdk_lambda_singleton_function_props){
                .uuid = UUID,
                .function = {
                    .code = ccdk_lambda_code_from_inline(stack, "foo"),
                    .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
                    .handler = "index.handler",
                },
            });
        ccdk_lambda_version *version = ccdk_lambda_function_current_version(ccdk_lambda_singleton_function_lambda(singleton));
        ccdk_lambda_version_add_alias(version, "foo", NULL);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Vpc", NULL);
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(2)});
        ccdk_ec2_security_group *security_group = ccdk_ec2_security_group_new(stack, "SecurityGroup",
            &(ccdk_ec2_security_group_props){.vpc = vpc});
        ccdk_lambda_singleton_function *singleton = ccdk_lambda_singleton_function_new(stack, "Singleton",
            &(ccdk_lambda_singleton_function_props){
                .uuid = UUID,
                .function = {
                    .code = ccdk_lambda_code_from_inline(stack, "foo"),
                    .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
                    .handler = "index.handler",
                    .security_groups = CCDK_LIST(security_group),
                    .vpc = vpc,
                },
            });
        ccdk_cfn_output_new(stack, "IsBoundToVpc", &(ccdk_cfn_output_props){
            .value = ccdk_lambda_function_is_bound_to_vpc(singleton) ? "true" : "false"});
        ccdk_ec2_security_group_list groups = ccdk_ec2_connections_security_groups(
            ccdk_lambda_function_connections(ccdk_lambda_singleton_function_lambda(singleton)));
        const char *ids[8];
        size_t n = 0;
        for (size_t i = 0; i < groups.count && n < 8; i++) ids[n++] = ccdk_ec2_security_group_id(groups.items[i]);
        ccdk_cfn_output_new(stack, "SecurityGroups", &(ccdk_cfn_output_props){
            .value = ccdk_fn_join(stack, ",", (ccdk_strs)CCDK_LIST_N(ids, n))});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
