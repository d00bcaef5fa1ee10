/* Conformance case 'user-two-tier-stages': see app.js. */
#include <ccdk/appscaling.h>
#include <ccdk/dynamodb.h>
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>
#include <stdio.h>

/* the Platform stage of app.js */
static void platform(ccdk_app *app, const char *id, const char *account, const char *region, int prod)
{
    ccdk_stage *stage = ccdk_stage_new(app, id, &(ccdk_stage_props){.account = account, .region = region});

    ccdk_stack *network = ccdk_stack_new(stage, "Network", &(ccdk_stack_props){
        .termination_protection = prod ? CCDK_TRUE : CCDK_FALSE,
    });
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(network, "Vpc", &(ccdk_ec2_vpc_props){
        .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR(prod ? "10.10.0.0/16" : "10.20.0.0/16"),
        .max_azs = CCDK_NUM(2),
        .nat_gateways = CCDK_NUM(prod ? 2 : 1),
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_LIST_OF(ccdk_ec2_subnet_configuration,
            {.name = "Public", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .cidr_mask = CCDK_NUM(24)},
            {.name = "App", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS, .cidr_mask = CCDK_NUM(22)},
            {.name = "Data", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .cidr_mask = CCDK_NUM(26)}),
    });
    ccdk_ec2_security_group *api_sg = ccdk_ec2_security_group_new(network, "ApiSg", &(ccdk_ec2_security_group_props){
        .vpc = vpc,
        .description = "api tier",
    });
    ccdk_ec2_security_group *worker_sg = ccdk_ec2_security_group_new(network, "WorkerSg", &(ccdk_ec2_security_group_props){
        .vpc = vpc,
        .description = "worker tier",
        .allow_all_outbound = CCDK_FALSE,
    });
    ccdk_ec2_security_group_add_egress_rule(worker_sg, ccdk_ec2_peer_ipv4(ccdk_ec2_vpc_cidr_block(vpc)), ccdk_ec2_port_tcp(443),
                                            "VPC endpoints", CCDK_UNSET);

    char text[64];
    snprintf(text, sizeof text, "order services (%s)", id);
    ccdk_stack *services = ccdk_stack_new(stage, "Services", &(ccdk_stack_props){.description = text});
    ccdk_removal_policy removal = prod ? CCDK_REMOVAL_POLICY_RETAIN : CCDK_REMOVAL_POLICY_DESTROY;
    ccdk_sqs_queue *jobs = ccdk_sqs_queue_new(services, "Jobs", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_minutes(5),
        .removal_policy = removal,
    });
    ccdk_dynamodb_table *state = ccdk_dynamodb_table_new(services, "State", &(ccdk_dynamodb_table_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
        .deletion_protection = prod ? CCDK_TRUE : CCDK_FALSE,
        .removal_policy = removal,
    });
    char stage_name[16];
    snprintf(stage_name, sizeof stage_name, "%s", id);
    for (char *c = stage_name; *c; c++)
        if (*c >= 'A' && *c <= 'Z')
            *c = (char)(*c - 'A' + 'a');
    ccdk_lambda_function *api = ccdk_lambda_function_new(services, "Api", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(services, "exports.handler = async () => ({ statusCode: 202 });"),
        .memory_size = CCDK_NUM(prod ? 1024 : 512),
        .vpc = vpc,
        .vpc_subnets = {.subnet_group_name = "App"},
        .security_groups = CCDK_LIST(api_sg),
        .environment = CCDK_KVS({"STAGE", stage_name}, {"JOBS_URL", ccdk_sqs_queue_url(jobs)},
                                {"STATE_TABLE", ccdk_dynamodb_table_name(state)}),
    });
    ccdk_lambda_function *worker = ccdk_lambda_function_new(services, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(services, "def handler(event, context):\n    return None\n"),
        .timeout = ccdk_duration_minutes(1),
        .vpc = vpc,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS},
        .security_groups = CCDK_LIST(worker_sg),
        .reserved_concurrent_executions = prod ? CCDK_NUM(20) : (ccdk_opt_num){0},
        .environment = CCDK_KVS({"STATE_TABLE", ccdk_dynamodb_table_name(state)}),
    });
    ccdk_ec2_connections_allow_from(ccdk_lambda_function_connections(worker), ccdk_lambda_function_connections(api),
                                    ccdk_ec2_port_tcp(8080), "api calls the worker");
    ccdk_sqs_queue_grant_send_messages(jobs, api);
    ccdk_lambda_function_add_event_source(worker, ccdk_lambda_sqs_event_source(jobs, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(5),
        .max_concurrency = CCDK_NUM(prod ? 10 : 2),
    }));
    ccdk_dynamodb_table_grant_read_write_data(state, worker);
    ccdk_dynamodb_table_grant_read_data(state, api);

    ccdk_lambda_function_url *url;
    if (prod) {
        ccdk_lambda_alias *live = ccdk_lambda_function_add_alias(api, "live", &(ccdk_lambda_alias_options){
            .provisioned_concurrent_executions = CCDK_NUM(2),
        });
        ccdk_lambda_scalable_attribute *scaling = ccdk_lambda_alias_add_auto_scaling(live, &(ccdk_lambda_auto_scaling_options){
            .min_capacity = CCDK_NUM(2),
            .max_capacity = CCDK_NUM(20),
        });
        ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, "BusinessHours", &(ccdk_lambda_scaling_schedule){
            .schedule = ccdk_appscaling_schedule_cron(services, &(ccdk_appscaling_cron_options){
                .minute = "0", .hour = "7", .week_day = "MON-FRI"}),
            .min_capacity = CCDK_NUM(10),
        });
        ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, "Night", &(ccdk_lambda_scaling_schedule){
            .schedule = ccdk_appscaling_schedule_cron(services, &(ccdk_appscaling_cron_options){.minute = "0", .hour = "20"}),
            .min_capacity = CCDK_NUM(2),
        });
        url = ccdk_lambda_function_add_function_url(live, &(ccdk_lambda_function_url_options){.auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM});
    } else {
        url = ccdk_lambda_function_add_function_url(api, &(ccdk_lambda_function_url_options){.auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM});
    }
    ccdk_cfn_output_new(services, "ApiUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(url)});
    ccdk_tags_add(stage, "stage", id);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    platform(app, "Dev", "111122223333", "us-east-1", 0);
    platform(app, "Prod", "444455556666", "eu-west-1", 1);
    ccdk_tags_add(app, "product", "orders");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
