/* Conformance case 'user-imported-network-function': see app.js. */
#include <ccdk/ec2.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_v2.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Orders", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "Vpc", &(ccdk_ec2_vpc_attributes){
        .vpc_id = "vpc-0a1b2c3d4e5f67890",
        .availability_zones = CCDK_STRS("eu-west-1a", "eu-west-1b"),
        .private_subnet_ids = CCDK_STRS("subnet-0123456789abcdef0", "subnet-1234"),
    });
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_from_security_group_id(stack, "Sg", "sg-0fedcba987654321",
                                                                                 CCDK_UNSET, CCDK_FALSE);
    ccdk_lambda_layer_version *layer =
        ccdk_lambda_layer_version_from_layer_version_arn(stack, "Deps", "arn:aws:lambda:eu-west-1:123456789012:layer:deps:7");
    ccdk_lambda_function *api = ccdk_lambda_function_new(stack, "Api", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_JAVA_21,
        .handler = "com.example.Handler::handleRequest",
        .code = ccdk_lambda_code_from_bucket(ccdk_s3_bucket_from_bucket_name(stack, "Artifacts", "orders-artifacts"), "api.jar", "v1"),
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
        .vpc = vpc,
        .security_groups = CCDK_LIST(sg),
        .layers = CCDK_LIST(layer),
    });
    ccdk_lambda_alias_new(stack, "Live", &(ccdk_lambda_alias_props){.alias_name = "live",
                                                                     .version = ccdk_lambda_function_current_version(api)});
    ccdk_lambda_function_new(stack, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .role = ccdk_iam_role_from_role_arn_with_options(stack, "WorkerRole", "arn:aws:iam::123456789012:role/orders-worker",
                                                         &(ccdk_iam_from_role_arn_options){.mutable_ = CCDK_FALSE}),
        .vpc = vpc,
        .security_groups = CCDK_LIST(sg),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
