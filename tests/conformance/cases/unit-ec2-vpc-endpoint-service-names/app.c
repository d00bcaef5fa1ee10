/* Interface endpoint service names by region, an EFS endpoint with an existing group, a partner
 * service with private DNS (see app.js). */
#include <stdio.h>

#include <ccdk/ec2.h>

typedef struct {
    const char *id;
    ccdk_ec2_interface_vpc_endpoint_service service;
} named_service;

static void region_stack(ccdk_app *app, const char *region, const named_service *services, size_t n)
{
    char name[64];
    snprintf(name, sizeof name, "Stack-%s", region);
    ccdk_stack *stack = ccdk_stack_new(app, name, &(ccdk_stack_props){.account = "123456789012", .region = region});
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .nat_gateways = CCDK_NUM(0), .max_azs = CCDK_NUM(2), .restrict_default_security_group = CCDK_FALSE});
    for (size_t i = 0; i < n; i++)
        ccdk_ec2_vpc_add_interface_endpoint(vpc, services[i].id,
                                            &(ccdk_ec2_interface_vpc_endpoint_options){.service = services[i].service});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const named_service cn_north[] = {{"Ecr", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_ECR},
                                      {"Ecs", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_ECS},
                                      {"Transcribe", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_TRANSCRIBE}};
    const named_service cn_northwest[] = {{"Lambda", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_LAMBDA},
                                          {"Glue", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_GLUE},
                                          {"Transcribe", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_TRANSCRIBE}};
    const named_service us_east[] = {{"Transcribe", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_TRANSCRIBE}};
    const named_service us_west[] = {
        {"CodeArtifactApi", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_CODEARTIFACT_API},
        {"CodeArtifactRepositories", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_CODEARTIFACT_REPOSITORIES},
        {"S3", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_S3},
        {"Batch", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_BATCH},
        {"Autoscaling", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_AUTOSCALING},
        {"AutoscalingPlans", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_AUTOSCALING_PLANS},
        {"ApplicationAutoscaling", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_APPLICATION_AUTOSCALING}};
    region_stack(app, "cn-north-1", cn_north, 3);
    region_stack(app, "cn-northwest-1", cn_northwest, 3);
    region_stack(app, "us-east-1", us_east, 1);
    region_stack(app, "us-west-2", us_west, 7);

    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VpcNetwork", &(ccdk_ec2_vpc_props){
        .nat_gateways = CCDK_NUM(0), .restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_security_group *sg =
        ccdk_ec2_security_group_from_security_group_id(stack, "SG", "existing-id", (ccdk_tristate){0}, (ccdk_tristate){0});
    ccdk_ec2_vpc_add_interface_endpoint(vpc, "Efs", &(ccdk_ec2_interface_vpc_endpoint_options){
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_ELASTIC_FILESYSTEM,
        .security_groups = (ccdk_ec2_security_group_list)CCDK_LIST(sg)});
    /* { name, port, privateDnsDefault: true }: ccdk's own-service value has private DNS off by
     * default, so it is given on the endpoint, which writes the same PrivateDnsEnabled */
    ccdk_ec2_vpc_add_interface_endpoint(vpc, "YourService", &(ccdk_ec2_interface_vpc_endpoint_options){
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_SERVICE("com.amazonaws.vpce.us-east-1.vpce-svc-mktplacesvcwprdns", 443),
        .private_dns_enabled = CCDK_TRUE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
