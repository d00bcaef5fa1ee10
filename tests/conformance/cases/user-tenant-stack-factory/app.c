/* Conformance case 'user-tenant-stack-factory': an app as a CDK user writes it, not shaped to a
 * feature: a multi-tenant SaaS backend where a factory makes one stack per tenant, inside a Stage
 * per environment (Staging and Production, each its own account and region), with the IAM policy-
 * minimizing feature flag on in the App's context. Each stage has a Shared stack: a rotated key, a
 * tenant table (TTL, a stream, customer-managed encryption, PITR) and a tenant event bus whose name
 * is published in SSM, its suspensions told to an ops topic and forwarded to the central audit bus
 * of a security account. Each tenant stack (cross-stack references to the key, table and bus) has
 * an encrypted work queue with a dead-letter queue, fed by a rule on the shared bus matching the
 * tenant's id; a worker drains it (partial batch responses, max concurrency), may touch only the
 * tenant's items (dynamodb:LeadingKeys) and put events back on the bus; premium tenants get
 * reserved concurrency. Tags per tenant (the cost tag not on roles), a user aspect that retains
 * every queue in Production, and outputs exported per tenant. */
#include <stdio.h>
#include <string.h>
#include <ccdk/dynamodb.h>
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>
#include <ccdk/ssm.h>

typedef struct {
    const char *id, *tier;
} tenant;

typedef struct {
    ccdk_kms_key *key;
    ccdk_dynamodb_table *table;
    ccdk_events_event_bus *bus;
} shared;

/* the team's aspect: every queue retained (node instanceof sqs.CfnQueue) */
static void retain_queues(void *construct, void *ctx)
{
    (void)ctx;
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    if (r && !strcmp(ccdk_cfn_resource_type(r), "AWS::SQS::Queue"))
        ccdk_cfn_resource_apply_removal_policy(r, CCDK_REMOVAL_POLICY_RETAIN);
}

static shared shared_stack(ccdk_stage *stage)
{
    ccdk_stack *stack = ccdk_stack_new(stage, "Shared", NULL);
    shared s;
    s.key = ccdk_kms_key_new(stack, "TenantKey", &(ccdk_kms_key_props){.enable_key_rotation = CCDK_TRUE, .alias = "alias/tenant-data"});
    s.table = ccdk_dynamodb_table_new(stack, "Tenants", &(ccdk_dynamodb_table_props){
        .partition_key = {.name = "tenantId", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {.name = "sk", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
        .encryption = CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED,
        .encryption_key = s.key,
        .time_to_live_attribute = "expiresAt",
        .stream = CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES,
        .point_in_time_recovery_specification = &(ccdk_dynamodb_point_in_time_recovery_specification){
            .point_in_time_recovery_enabled = CCDK_TRUE},
    });
    char bus_name[64], lower[32];
    const char *stage_name = ccdk_stage_name(stage);
    size_t i = 0;
    for (; stage_name[i] && i + 1 < sizeof lower; i++)
        lower[i] = (char)(stage_name[i] >= 'A' && stage_name[i] <= 'Z' ? stage_name[i] + 32 : stage_name[i]);
    lower[i] = 0;
    snprintf(bus_name, sizeof bus_name, "tenant-events-%s", lower);
    s.bus = ccdk_events_event_bus_new(stack, "TenantBus", &(ccdk_events_event_bus_props){.event_bus_name = bus_name});
    ccdk_ssm_string_parameter_new(stack, "BusName", &(ccdk_ssm_string_parameter_props){
        .parameter_name = "/saas/bus-name", .string_value = ccdk_events_event_bus_name(s.bus)});
    ccdk_sns_topic *ops = ccdk_sns_topic_new(stack, "OpsAlerts", NULL);
    char text[128];
    snprintf(text, sizeof text, "tenant %s suspended", ccdk_events_event_field_from_path(stack, "$.detail.tenantId"));
    ccdk_events_rule_new(stack, "TenantSuspended", &(ccdk_events_rule_props){
        .event_bus = s.bus,
        .event_pattern = ccdk_v_json(stack, "{\"source\": [\"saas.platform\"], \"detailType\": [\"TenantSuspended\"]}"),
        .targets = CCDK_LIST(
            ccdk_events_targets_sns_topic(ops, &(ccdk_events_sns_topic_target_props){
                .message = ccdk_events_rule_target_input_from_text(stack, text)}),
            ccdk_events_targets_event_bus(ccdk_events_event_bus_from_event_bus_arn(
                stack, "AuditBus", "arn:aws:events:us-east-1:999999999999:event-bus/saas-audit"), NULL)),
    });
    return s;
}

static void tenant_stack(ccdk_stage *stage, shared *sh, const tenant *t)
{
    char id[64], description[96], export_name[96], cost[64];
    snprintf(id, sizeof id, "Tenant-%s", t->id);
    snprintf(description, sizeof description, "tenant %s (%s)", t->id, t->tier);
    ccdk_stack *stack = ccdk_stack_new(stage, id, &(ccdk_stack_props){.description = description});
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "WorkDlq", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14), .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS_MANAGED});
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Work", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_minutes(3),
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS_MANAGED,
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dlq, .max_receive_count = CCDK_NUM(5)},
    });
    ccdk_value *pattern = ccdk_v_object(stack);
    ccdk_v_set(pattern, "source", ccdk_v_push(ccdk_v_list(stack), ccdk_v_string(stack, "saas.platform")));
    ccdk_v_set(pattern, "detail", ccdk_v_set(ccdk_v_object(stack), "tenantId", ccdk_v_push(ccdk_v_list(stack), ccdk_v_string(stack, t->id))));
    ccdk_events_rule_new(stack, "TenantEvents", &(ccdk_events_rule_props){
        .event_bus = sh->bus,
        .event_pattern = pattern,
        .targets = CCDK_LIST(ccdk_events_targets_sqs_queue(queue, NULL)),
    });
    ccdk_lambda_function *worker = ccdk_lambda_function_new(stack, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => ({ batchItemFailures: [] });"),
        .timeout = ccdk_duration_seconds(30),
        .reserved_concurrent_executions = strcmp(t->tier, "premium") ? (ccdk_opt_num){0} : CCDK_NUM(20),
        .environment = CCDK_KVS({"TENANT_ID", t->id}, {"TABLE_NAME", ccdk_dynamodb_table_name(sh->table)},
                                {"BUS_NAME", ccdk_events_event_bus_name(sh->bus)}),
    });
    ccdk_lambda_function_add_event_source(worker, ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(10), .report_batch_item_failures = CCDK_TRUE, .max_concurrency = CCDK_NUM(5)}));
    ccdk_value *cond = ccdk_v_object(stack);
    ccdk_v_set(cond, "ForAllValues:StringEquals",
               ccdk_v_set(ccdk_v_object(stack), "dynamodb:LeadingKeys", ccdk_v_push(ccdk_v_list(stack), ccdk_v_string(stack, t->id))));
    ccdk_lambda_function_add_to_role_policy(worker, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem"),
        .resources = CCDK_STRS(ccdk_dynamodb_table_arn(sh->table)),
        .conditions = cond,
    }));
    ccdk_kms_key_grant_encrypt_decrypt(sh->key, worker);
    ccdk_events_event_bus_grant_put_events_to(sh->bus, worker);
    ccdk_tags_add(stack, "tenant", t->id);
    snprintf(cost, sizeof cost, "saas-%s", t->tier);
    ccdk_tags_add_with(stack, "cost-center", cost, &(ccdk_tag_props){.exclude_resource_types = CCDK_STRS("AWS::IAM::Role")});
    snprintf(export_name, sizeof export_name, "%s-%s-queue-url", ccdk_stage_name(stage), t->id);
    ccdk_cfn_output_new(stack, "QueueUrl", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_url(queue), .export_name = export_name});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/aws-iam:minimizePolicies", "true"})});
    static const tenant tenants[] = {{"acme", "premium"}, {"globex", "standard"}};
    static const struct {
        const char *name, *account, *region;
    } envs[] = {{"Staging", "111111111111", "us-east-2"}, {"Production", "222222222222", "us-west-2"}};
    for (size_t e = 0; e < 2; e++) {
        ccdk_stage *stage = ccdk_stage_new(app, envs[e].name, &(ccdk_stage_props){.account = envs[e].account, .region = envs[e].region});
        shared sh = shared_stack(stage);
        for (size_t i = 0; i < 2; i++)
            tenant_stack(stage, &sh, &tenants[i]);
        if (!strcmp(envs[e].name, "Production"))
            ccdk_aspects_add(stage, retain_queues, NULL);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
