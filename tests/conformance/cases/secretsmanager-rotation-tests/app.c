/* aws-cdk's rotation-schedule.test.ts, the tests no other case ports, a stack per test: a rotation
 * function for a secret imported by name, a multi-user hosted rotation outside a VPC, single-user
 * hosted rotations in a VPC whose connections a database's security group opens its default port to,
 * customized excludeCharacters, and automaticallyAfter of zero hours, minutes, seconds, milliseconds. */
#include <stdio.h>
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>
#include <ccdk/secretsmanager.h>

static ccdk_lambda_function *rotator(ccdk_stack *stack)
{
    return ccdk_lambda_function_new(stack, "Lambda", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .code = ccdk_lambda_code_from_inline(stack, "export.handler = event => event;"),
        .handler = "index.handler",
    });
}

/* 'single user in a vpc' (given_groups 0) and '... with security groups' */
static void in_vpc(ccdk_app *app, const char *name, int given_groups)
{
    ccdk_stack *stack = ccdk_stack_new(app, name, NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
    ccdk_ec2_security_group *db_group = ccdk_ec2_security_group_new(stack, "SecurityGroup", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_port port = ccdk_ec2_port_tcp(3306);
    ccdk_ec2_connections *db = ccdk_ec2_connections_new(stack, (ccdk_ec2_security_group_list)CCDK_LIST(db_group), &port);
    ccdk_ec2_security_group *given[2];
    ccdk_ec2_security_group_list groups = {0};
    if (given_groups) {
        given[0] = ccdk_ec2_security_group_new(stack, "SG1", &(ccdk_ec2_security_group_props){.vpc = vpc});
        given[1] = ccdk_ec2_security_group_new(stack, "SG2", &(ccdk_ec2_security_group_props){.vpc = vpc});
        groups = (ccdk_ec2_security_group_list)CCDK_LIST_N(given, 2);
    }
    ccdk_secretsmanager_rotation_schedule *rs = ccdk_secretsmanager_secret_add_rotation_schedule(secret, "RotationSchedule", NULL,
        &(ccdk_secretsmanager_rotation_schedule_options){
            .hosted_rotation = &(ccdk_secretsmanager_hosted_rotation){
                .type = CCDK_SECRETSMANAGER_HOSTED_ROTATION_MYSQL_SINGLE_USER, .vpc = vpc, .security_groups = groups}});
    ccdk_ec2_connections_allow_default_port_from(db, ccdk_secretsmanager_rotation_schedule_connections(rs), NULL);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T1", NULL);
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_from_secret_name_v2(stack, "Secret", "mySecretName");
        ccdk_secretsmanager_rotation_schedule_new(stack, "RotationSchedule", secret, rotator(stack), NULL);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T2", NULL);
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
        ccdk_secretsmanager_secret *master = ccdk_secretsmanager_secret_new(stack, "MasterSecret", NULL);
        ccdk_secretsmanager_secret_add_rotation_schedule(secret, "RotationSchedule", NULL, &(ccdk_secretsmanager_rotation_schedule_options){
            .hosted_rotation = &(ccdk_secretsmanager_hosted_rotation){
                .type = CCDK_SECRETSMANAGER_HOSTED_ROTATION_POSTGRESQL_MULTI_USER, .master_secret = master}});
    }
    in_vpc(app, "T3", 0);
    in_vpc(app, "T4", 1);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T5", NULL);
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
        ccdk_secretsmanager_secret_add_rotation_schedule(secret, "RotationSchedule", NULL, &(ccdk_secretsmanager_rotation_schedule_options){
            .hosted_rotation = &(ccdk_secretsmanager_hosted_rotation){
                .type = CCDK_SECRETSMANAGER_HOSTED_ROTATION_MYSQL_SINGLE_USER, .exclude_characters = "()"}});
    }
    const struct {
        const char *name;
        ccdk_duration after;
    } zeros[] = {{"ZeroHours", ccdk_duration_hours(0)}, {"ZeroMinutes", ccdk_duration_minutes(0)},
                 {"ZeroSeconds", ccdk_duration_seconds(0)}, {"ZeroMillis", ccdk_duration_millis(0)}};
    for (size_t i = 0; i < sizeof zeros / sizeof *zeros; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, zeros[i].name, NULL);
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
        ccdk_secretsmanager_rotation_schedule_new(stack, "RotationSchedule", secret, rotator(stack),
            &(ccdk_secretsmanager_rotation_schedule_options){.automatically_after = zeros[i].after});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
