/* aws-lambda/test/singleton-lambda.test.ts's synthesizing tests (see app.js). */
#include <stdio.h>

#include <ccdk/ec2.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_singleton.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_singleton_function *singletons[5];
    for (int i = 0; i < 5; i++) {
        char id[16];
        snprintf(id, sizeof id, "Singleton%d", i);
        singletons[i] = ccdk_lambda_singleton_function_new(stack, id, &(ccdk_lambda_singleton_function_props){
            .uuid = "84c0de93-353f-4217-9b0b-45b6c993251a",
            .function = {
                .code = ccdk_lambda_code_from_inline(stack, "def hello(): pass"),
                .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
                .handler = "index.hello",
                .timeout = ccdk_duration_minutes(5),
            },
        });
    }
    ccdk_lambda_singleton_function *singleton = singletons[0];
    ccdk_lambda_singleton_function_add_dependency(singleton, ccdk_iam_user_new(stack, "dependencyUser", NULL));
    ccdk_lambda_singleton_function_depend_on(singletons[1], ccdk_iam_user_new(stack, "user", NULL));
    ccdk_lambda_function_add_environment(ccdk_lambda_singleton_function_lambda(singletons[2]), "KEY", "value");
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(stack, "myLayer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_s3_code_new(bucket, "ObjectKey", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_PYTHON_3_9)});
    ccdk_lambda_function_add_layers(ccdk_lambda_singleton_function_lambda(singletons[3]), (ccdk_lambda_layer_list)CCDK_LIST(layer));
    ccdk_lambda_function_grant_invoke(singletons[4], ccdk_iam_service_principal(stack, "events.amazonaws.com"));
    ccdk_lambda_function *fn = ccdk_lambda_singleton_function_lambda(singleton);
    ccdk_lambda_version_add_alias(ccdk_lambda_function_current_version(fn), "foo", NULL);
    ccdk_cfn_output_new(stack, "Runtime", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_runtime(fn)->name});

    ccdk_stack *vpc_stack = ccdk_stack_new(app, "VpcStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(vpc_stack, "VPC", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(2)});
    ccdk_ec2_security_group *security_group = ccdk_ec2_security_group_new(vpc_stack, "SecurityGroup",
        &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_lambda_singleton_function *vpc_singleton = ccdk_lambda_singleton_function_new(vpc_stack, "Singleton",
        &(ccdk_lambda_singleton_function_props){
            .uuid = "84c0de93-353f-4217-9b0b-45b6c993251a",
            .function = {
                .code = ccdk_lambda_code_from_inline(vpc_stack, "foo"),
                .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
                .handler = "index.handler",
                .security_groups = CCDK_LIST(security_group),
                .vpc = vpc,
            },
        });
    ccdk_ec2_connections_allow_from_peer(ccdk_lambda_function_connections(ccdk_lambda_singleton_function_lambda(vpc_singleton)),
                                         ccdk_ec2_peer_any_ipv4(), ccdk_ec2_port_tcp(443), NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
