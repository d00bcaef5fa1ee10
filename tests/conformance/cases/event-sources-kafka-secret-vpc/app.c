/* SelfManagedKafkaEventSource in a VPC: the security group and the selected subnets as source access
 * configurations, without a secret (no policy at all), with a secret of each authentication method, a
 * root CA certificate (a Secret, and an imported partial ARN: no grant for either), and a security
 * group and subnets given without the VPC. */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/secretsmanager.h>

static ccdk_lambda_function *new_fn(ccdk_stack *stack, const char *id)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    /* without Custom::VpcRestrictDefaultSG under the init flags (ccdk's handler code is its own) */
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_from_security_group_id(stack, "SecurityGroup", "sg-0123456789", CCDK_UNSET, CCDK_UNSET);
    const ccdk_ec2_subnet_selection private_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS};
    ccdk_lambda_function_add_event_source(new_fn(stack, "NoSecret"), ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .bootstrap_servers = CCDK_STRS("kafka-broker:9092"),
        .topic = "some-topic",
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .vpc = vpc,
        .vpc_subnets = &private_subnets,
        .security_group = sg,
    }));
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", &(ccdk_secretsmanager_secret_props){
        .secret_name = "AmazonMSK_KafkaSecret"});
    ccdk_secretsmanager_secret *root_ca = ccdk_secretsmanager_secret_new(stack, "RootCASecret", &(ccdk_secretsmanager_secret_props){
        .secret_name = "AmazonMSK_KafkaSecret_Root_CA"});
    static const struct {
        const char *id;
        ccdk_lambda_kafka_authentication_method method;
    } methods[] = {
        {"Default", CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_UNSET},
        {"Scram256", CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_SASL_SCRAM_256_AUTH},
        {"Scram512", CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_SASL_SCRAM_512_AUTH},
        {"Basic", CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_BASIC_AUTH},
        {"Tls", CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_CLIENT_CERTIFICATE_TLS_AUTH},
    };
    for (size_t i = 0; i < sizeof methods / sizeof *methods; i++) {
        int tls = methods[i].method == CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_CLIENT_CERTIFICATE_TLS_AUTH;
        ccdk_lambda_function_add_event_source(new_fn(stack, methods[i].id), ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
            .bootstrap_servers = CCDK_STRS("kafka-broker:9092"),
            .topic = ccdk_fmt(stack, "topic-%s", methods[i].id),
            .secret = secret,
            .authentication_method = methods[i].method,
            .root_ca_certificate = tls ? root_ca : NULL,
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
            .vpc = vpc,
            .vpc_subnets = &private_subnets,
            .security_group = sg,
        }));
    }
    ccdk_lambda_function *root_ca_only = new_fn(stack, "RootCAOnly"); /* before the import, as in JavaScript */
    ccdk_lambda_function_add_event_source(root_ca_only, ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .bootstrap_servers = CCDK_STRS("kafka-broker:9092"),
        .topic = "some-topic",
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .vpc = vpc,
        .vpc_subnets = &(ccdk_ec2_subnet_selection){.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
        .security_group = sg,
        .root_ca_certificate = ccdk_secretsmanager_secret_from_secret_partial_arn(stack, "ImportedRootCA",
                                                                                  "arn:aws:secretsmanager:us-east-1:012345678901:secret:mock"),
    }));
    /* security group and subnets without the VPC (the secret is required then): the group only */
    ccdk_lambda_function *no_vpc = new_fn(stack, "NoVpc");
    ccdk_lambda_function_add_event_source(no_vpc, ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .bootstrap_servers = CCDK_STRS("other-broker:9092"),
        .topic = "some-topic",
        .secret = secret,
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .vpc_subnets = &private_subnets,
        .security_group = ccdk_ec2_security_group_new(stack, "KafkaClients", &(ccdk_ec2_security_group_props){.vpc = vpc}),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
