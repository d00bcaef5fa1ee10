/* A WebFunction code copy in a VPC with subnetFilters of every kind (see app.js). The filters are
 * made in functions that return before the synth: the code keeps its own copy. */
#include <ccdk/lambda_webfunction.h>

#define BASE .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X, .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH
#define DIR "../webfunction-provided-bucket/my-app"

static ccdk_lambda_web_function_code *filtered(ccdk_s3_bucket *bucket, ccdk_ec2_vpc *vpc)
{
    return ccdk_lambda_web_function_code_from_asset_to_provided_bucket(
        bucket, DIR, &(ccdk_lambda_web_function_provided_bucket_asset_options){
            .copy_options = {
                .vpc = vpc,
                .vpc_subnets = {
                    .subnet_group_name = "Private",
                    .one_per_az = CCDK_TRUE,
                    .subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_by_cidr_mask(18),
                                                ccdk_ec2_subnet_filter_by_cidr_ranges(CCDK_STRS("10.0.0.0/16")),
                                                ccdk_ec2_subnet_filter_availability_zones(CCDK_STRS("dummy1a", "dummy1b")),
                                                ccdk_ec2_subnet_filter_contains_ip_addresses(CCDK_STRS("10.0.192.7")),
                                                ccdk_ec2_subnet_filter_one_per_az()),
                },
            },
        });
}

static ccdk_lambda_web_function_code *by_id(ccdk_s3_bucket *bucket, ccdk_ec2_vpc *vpc)
{
    char id[] = "priv-2"; /* overwritten below: the code must hold its own copy */
    ccdk_lambda_web_function_code *code = ccdk_lambda_web_function_code_from_asset_to_provided_bucket(
        bucket, DIR, &(ccdk_lambda_web_function_provided_bucket_asset_options){
            .key_prefix = "by-id/",
            .copy_options = {.vpc = vpc, .vpc_subnets = {.subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_by_ids(CCDK_STRS(id)))}},
        });
    id[0] = 'X';
    return code;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Code", &(ccdk_s3_bucket_props){.versioned = CCDK_TRUE});
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .max_azs = CCDK_NUM(2)});
    ccdk_lambda_web_function_new(stack, "Filtered", &(ccdk_lambda_web_function_props){BASE, .code = filtered(bucket, vpc)});
    ccdk_ec2_vpc *imported = ccdk_ec2_vpc_from_vpc_attributes(stack, "Imported", &(ccdk_ec2_vpc_attributes){
        .vpc_id = "vpc-1234", .availability_zones = CCDK_STRS("dummy1a", "dummy1b"),
        .private_subnet_ids = CCDK_STRS("priv-1", "priv-2")});
    ccdk_lambda_web_function_new(stack, "ById", &(ccdk_lambda_web_function_props){BASE, .code = by_id(bucket, imported)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
