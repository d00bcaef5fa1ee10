/* error: the connections of a hosted rotation outside a VPC */
#include <ccdk/ec2.h>
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
    ccdk_secretsmanager_rotation_schedule *rs = ccdk_secretsmanager_secret_add_rotation_schedule(secret, "RotationSchedule", NULL,
        &(ccdk_secretsmanager_rotation_schedule_options){
            .hosted_rotation = &(ccdk_secretsmanager_hosted_rotation){.type = CCDK_SECRETSMANAGER_HOSTED_ROTATION_SQLSERVER_SINGLE_USER}});
    ccdk_ec2_connections *connections = ccdk_secretsmanager_rotation_schedule_connections(rs);
    if (connections)
        ccdk_ec2_connections_allow_to_peer(connections, ccdk_ec2_peer_any_ipv4(), ccdk_ec2_port_all_traffic(), NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
