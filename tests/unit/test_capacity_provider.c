/* test_capacity_provider.c - lambda.CapacityProvider and the ec2 subnet / InstanceType handles it
 * takes, as aws-cdk's capacity-provider.test.ts checks them (what the conformance cases do not
 * show: the value classes' fields, the name check's ARN form, tokens passing every check, subnet
 * attribute errors). Expected values were taken from aws-cdk-lib 2.276.0 run on the same input. */
#include <string.h>

#include <ccdk/lambda_capacity_provider.h>

#include "testlib.h"

static ccdk_app *new_app(void) { return ccdk_app_new(&(ccdk_app_props){.quiet = 1}); }

static int has_error(ccdk_app *app, const char *message, const char *path)
{
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        if (strstr(ccdk_app_error(app, i), message) && (!path || strstr(ccdk_app_error(app, i), path)))
            return 1;
    return 0;
}

static ccdk_lambda_capacity_provider *provider(ccdk_stack *s, const char *name)
{
    ccdk_ec2_subnet *sub = ccdk_ec2_subnet_from_subnet_attributes(s, "Sub", &(ccdk_ec2_subnet_attributes){
        .subnet_id = "subnet-1", .route_table_id = "rtb-1"});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_from_security_group_id(s, "SG", "sg-1", (ccdk_tristate){0}, (ccdk_tristate){0});
    return ccdk_lambda_capacity_provider_new(s, "CP", &(ccdk_lambda_capacity_provider_props){
        .subnets = CCDK_LIST(sub), .security_groups = CCDK_LIST(sg), .capacity_provider_name = name});
}

TEST(instance_type_filter_fields)
{
    /* allow() sets only allowedInstanceTypes; exclude() only excludedInstanceTypes */
    ccdk_lambda_instance_type_filter a = ccdk_lambda_instance_type_filter_allow((ccdk_ec2_instance_type_list)CCDK_LIST(
        ccdk_ec2_instance_type_of(CCDK_EC2_INSTANCE_CLASS_T3, CCDK_EC2_INSTANCE_SIZE_MICRO)));
    CHECK_INT_EQ(a.kind_, 1);
    CHECK_INT_EQ(a.instance_types_.count, 1);
    ccdk_lambda_instance_type_filter e = ccdk_lambda_instance_type_filter_exclude((ccdk_ec2_instance_type_list)CCDK_LIST(
        ccdk_ec2_instance_type_of(CCDK_EC2_INSTANCE_CLASS_T3, CCDK_EC2_INSTANCE_SIZE_MICRO)));
    CHECK_INT_EQ(e.kind_, 2);
}

TEST(instance_type_strings)
{
    ccdk_ec2_instance_type t = ccdk_ec2_instance_type_of(CCDK_EC2_INSTANCE_CLASS_BURSTABLE3, CCDK_EC2_INSTANCE_SIZE_MICRO);
    CHECK_STR_EQ(ccdk_ec2_instance_type_to_string(&t), "t3.micro");
    t = ccdk_ec2_instance_type_of(CCDK_EC2_INSTANCE_CLASS_STANDARD5_NVME_DRIVE, CCDK_EC2_INSTANCE_SIZE_XLARGE16METAL);
    CHECK_STR_EQ(ccdk_ec2_instance_type_to_string(&t), "m5d.metal-16xl");
    t = ccdk_ec2_instance_type_new("m5.large");
    CHECK_STR_EQ(ccdk_ec2_instance_type_to_string(&t), "m5.large");
}

TEST(scaling_and_tags_values)
{
    ccdk_lambda_target_tracking_scaling_policy p = ccdk_lambda_target_tracking_scaling_policy_cpu_utilization(70);
    CHECK_STR_EQ(p.predefined_metric_type_, "LambdaCapacityProviderAverageCPUUtilization");
    CHECK(p.target_value_ == 70);
    CHECK_STR_EQ(ccdk_lambda_scaling_options_auto().scaling_mode_, "Auto");
    CHECK(ccdk_lambda_scaling_options_auto().scaling_policies_.built_by_ccdk_list == NULL);
    CHECK_STR_EQ(ccdk_lambda_propagate_tags_none().mode_, "None");
    CHECK_STR_EQ(ccdk_lambda_propagate_tags_explicit(CCDK_KVS({"a", "b"})).mode_, "Explicit");
}

TEST(name_arn_form)
{
    /* the regex's ARN form has no region or account: a real ARN is refused, the short form taken */
    const char *ok[] = {"arn:aws:lambda:capacity-provider:abc", "arn:aws-cn:lambda:capacity-provider:a-b_c", "a-B_9"};
    for (size_t i = 0; i < 3; i++) {
        ccdk_app *app = new_app();
        provider(ccdk_stack_new(app, "S", NULL), ok[i]);
        CHECK_MSG(ccdk_app_error_count(app) == 0, "%s refused", ok[i]);
        ccdk_app_free(app);
    }
    ccdk_app *app = new_app();
    provider(ccdk_stack_new(app, "S", NULL), "arn:aws:lambda:us-east-1:123456789012:capacity-provider:abc");
    CHECK(has_error(app, "capacityProviderName must be an arn or have only alphanumeric characters, but did not: "
                         "arn:aws:lambda:us-east-1:123456789012:capacity-provider:abc", "S/CP"));
    ccdk_app_free(app);
}

TEST(tokens_pass_every_check)
{
    ccdk_app *app = new_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    const char *name = ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(s, "N", NULL));
    const char *num = ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(s, "M", &(ccdk_cfn_parameter_props){.type = "Number"}));
    ccdk_ec2_subnet *sub = ccdk_ec2_subnet_from_subnet_id(s, "Sub", name);
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_from_security_group_id(s, "SG", "sg-1", (ccdk_tristate){0}, (ccdk_tristate){0});
    ccdk_lambda_capacity_provider *cp = ccdk_lambda_capacity_provider_new(s, "CP", &(ccdk_lambda_capacity_provider_props){
        .subnets = CCDK_LIST(sub), .security_groups = CCDK_LIST(sg), .capacity_provider_name = name,
        .max_v_cpu_count = CCDK_NUM_TOKEN(num)});
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    CHECK_STR_EQ(ccdk_stack_resolve(s, ccdk_lambda_capacity_provider_name(cp)), "{\"Ref\":\"CP1F6FC2E3\"}");
    ccdk_app_free(app);
}

TEST(imports)
{
    ccdk_app *app = new_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_capacity_provider *a = ccdk_lambda_capacity_provider_from_capacity_provider_arn(
        s, "A", "arn:aws:lambda:us-east-1:123456789012:capacity-provider:my-cp");
    CHECK_STR_EQ(ccdk_lambda_capacity_provider_name(a), "my-cp");
    CHECK_STR_EQ(ccdk_lambda_capacity_provider_arn(a), "arn:aws:lambda:us-east-1:123456789012:capacity-provider:my-cp");
    CHECK(ccdk_lambda_capacity_provider_resource(a) == NULL);
    /* no resource name: undefined */
    ccdk_lambda_capacity_provider *b = ccdk_lambda_capacity_provider_from_capacity_provider_arn(
        s, "B", "arn:aws:lambda:us-east-1:1:capacity-provider");
    CHECK(ccdk_lambda_capacity_provider_name(b) == NULL);
    ccdk_lambda_capacity_provider *c = ccdk_lambda_capacity_provider_from_capacity_provider_name(s, "C", "my-existing-cp");
    CHECK_STR_EQ(ccdk_lambda_capacity_provider_name(c), "my-existing-cp");
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_lambda_capacity_provider_from_capacity_provider_arn(s, "D", "not-an-arn");
    CHECK(has_error(app, "ARNs must start with \"arn:\" and have at least 6 components: not-an-arn", NULL));
    ccdk_app_free(app);
}

TEST(subnet_handles)
{
    ccdk_app *app = new_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL);
    CHECK_INT_EQ(ccdk_ec2_vpc_private_subnets(vpc).count, 2);
    CHECK_INT_EQ(ccdk_ec2_vpc_public_subnets(vpc).count, 2);
    CHECK_INT_EQ(ccdk_ec2_vpc_isolated_subnets(vpc).count, 0);
    ccdk_ec2_subnet *first = ccdk_ec2_vpc_private_subnets(vpc).items[0];
    CHECK_STR_EQ(ccdk_stack_resolve(s, ccdk_ec2_subnet_id(first)), "{\"Ref\":\"VpcPrivateSubnet1Subnet536B997A\"}");
    ccdk_ec2_subnet *imp = ccdk_ec2_subnet_from_subnet_id(s, "X", "subnet-9");
    CHECK_STR_EQ(ccdk_ec2_subnet_id(imp), "subnet-9");
    CHECK(ccdk_ec2_subnet_route_table_id(imp) == NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    CHECK(ccdk_ec2_subnet_availability_zone(imp) == NULL);
    CHECK(has_error(app, "You cannot reference a Subnet's availability zone if it was not supplied. Add the "
                         "availabilityZone when importing using Subnet.fromSubnetAttributes()", "S/X"));
    ccdk_app_free(app);
}

TEST(add_function_imported_function)
{
    ccdk_app *app = new_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_capacity_provider *cp = provider(s, NULL);
    ccdk_lambda_function *f = ccdk_lambda_function_from_function_arn(s, "F", "arn:aws:lambda:us-east-1:123456789012:function:f");
    ccdk_lambda_capacity_provider_add_function(cp, f, NULL);
    CHECK(has_error(app, "Cannot set properties of undefined (setting 'publishToLatestPublished')", "S/CP"));
    ccdk_app_free(app);
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    RUN(instance_type_filter_fields);
    RUN(instance_type_strings);
    RUN(scaling_and_tags_values);
    RUN(name_arn_form);
    RUN(tokens_pass_every_check);
    RUN(imports);
    RUN(subnet_handles);
    RUN(add_function_imported_function);
    return TEST_DONE();
}
