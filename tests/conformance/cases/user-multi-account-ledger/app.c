/* Conformance case 'user-multi-account-ledger': see app.js. The Stage subclass is a function
 * here, the aspect a function with the boundary name as its context. */
#include <string.h>

#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

#define AUDIT_ACCOUNT "999999999999"

typedef struct {
    const char *account;
    const char *region;
    const char *stage_name;
} ledger_stage_props;

/* the BoundaryAspect */
static void boundary_aspect(void *construct, void *ctx)
{
    const char *boundary_name = ctx;
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    if (!r)
        return;
    if (!strcmp(ccdk_cfn_resource_type(r), "AWS::IAM::Role")) {
        const char *body = ccdk_fmt(r, "arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/%s", boundary_name);
        ccdk_cfn_resource_add_property_override(r, "PermissionsBoundary",
                                                ccdk_v_string(r, ccdk_fn_sub(r, body, (ccdk_kvs){0})));
    } else if (!strcmp(ccdk_cfn_resource_type(r), "AWS::Lambda::Function")) {
        ccdk_cfn_resource_add_property_override(r, "TracingConfig.Mode", ccdk_v_string(r, "Active"));
    }
}

static ccdk_stage *ledger_stage(ccdk_app *app, const char *id, const ledger_stage_props *p)
{
    int prod = strcmp(p->stage_name, "prod") == 0;
    ccdk_stage *stage = ccdk_stage_new(app, id, &(ccdk_stage_props){
        .account = p->account,
        .region = p->region,
        .stage_name = p->stage_name,
    });
    /* aspects and tags of the App stop at a Stage: each stage carries its own */
    ccdk_aspects_add(stage, boundary_aspect, (void *)ccdk_fmt(stage, "ledger-boundary-%s", p->stage_name));
    ccdk_tags_add(stage, "service", "ledger");

    ccdk_stack *data = ccdk_stack_new(stage, "Data", &(ccdk_stack_props){
        .description = ccdk_fmt(stage, "Ledger data (%s)", p->stage_name),
        .termination_protection = prod ? CCDK_TRUE : CCDK_FALSE,
    });
    ccdk_kms_key *key = ccdk_kms_key_new(data, "LedgerKey", &(ccdk_kms_key_props){
        .description = ccdk_fmt(data, "ledger entries (%s)", p->stage_name),
        .alias = ccdk_fmt(data, "alias/ledger-%s", p->stage_name),
        .enable_key_rotation = CCDK_TRUE,
        .rotation_period = ccdk_duration_days(prod ? 180 : 365),
        .pending_window = ccdk_duration_days(prod ? 30 : 7),
        .removal_policy = prod ? CCDK_REMOVAL_POLICY_RETAIN : CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_dynamodb_table *entries = ccdk_dynamodb_table_new(data, "Entries", &(ccdk_dynamodb_table_props){
        .partition_key = {"accountId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"postedAt", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
        .encryption = CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED,
        .encryption_key = key,
        .stream = CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES,
        .point_in_time_recovery_specification = &(ccdk_dynamodb_point_in_time_recovery_specification){
            .point_in_time_recovery_enabled = CCDK_TRUE,
            .recovery_period_in_days = CCDK_NUM(prod ? 35 : 7),
        },
        .time_to_live_attribute = "expiresAt",
        .deletion_protection = prod ? CCDK_TRUE : CCDK_FALSE,
        .removal_policy = prod ? CCDK_REMOVAL_POLICY_RETAIN : CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_iam_role *audit_reader = ccdk_iam_role_new(data, "AuditReader", &(ccdk_iam_role_props){
        .role_name = CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED,
        .assumed_by = ccdk_iam_account_principal(data, AUDIT_ACCOUNT),
        .description = "read-only access for the audit account",
        .max_session_duration = ccdk_duration_hours(2),
    });
    ccdk_dynamodb_table_grant_read_data(entries, audit_reader);

    ccdk_stack *api = ccdk_stack_new(stage, "Api", &(ccdk_stack_props){
        .description = ccdk_fmt(stage, "Ledger API (%s)", p->stage_name),
    });
    ccdk_lambda_code *code = ccdk_lambda_code_from_asset(api, "handlers", NULL);
    ccdk_lambda_function_props common = {
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .code = code,
        .memory_size = CCDK_NUM(prod ? 1024 : 256),
        .timeout = ccdk_duration_seconds(15),
        .environment_encryption = key,
    };

    ccdk_lambda_function_props writer_props = common;
    writer_props.handler = "ledger.write";
    writer_props.environment = CCDK_KVS({"TABLE_NAME", ccdk_dynamodb_table_name(entries)}, {"STAGE", p->stage_name});
    if (prod)
        writer_props.reserved_concurrent_executions = CCDK_NUM(50);
    ccdk_lambda_function *writer = ccdk_lambda_function_new(api, "Writer", &writer_props);
    ccdk_dynamodb_table_grant_write_data(entries, writer);

    ccdk_lambda_function_props reader_props = common;
    reader_props.handler = "ledger.read";
    reader_props.environment = CCDK_KVS({"TABLE_NAME", ccdk_dynamodb_table_name(entries)},
                                        {"TABLE_ARN", ccdk_dynamodb_table_arn(entries)});
    ccdk_lambda_function *reader = ccdk_lambda_function_new(api, "Reader", &reader_props);
    ccdk_dynamodb_table_grant_read_data(entries, reader);
    ccdk_kms_key_grant_decrypt(key, reader);

    ccdk_lambda_function_props streamer_props = common;
    streamer_props.handler = "ledger.stream";
    streamer_props.environment = CCDK_KVS({"KEY_ALIAS", ccdk_fmt(api, "alias/ledger-%s", p->stage_name)});
    ccdk_lambda_function *streamer = ccdk_lambda_function_new(api, "Streamer", &streamer_props);
    ccdk_lambda_function_add_event_source(streamer, ccdk_lambda_dynamo_event_source(entries, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .batch_size = CCDK_NUM(100),
        .max_batching_window = ccdk_duration_seconds(5),
        .bisect_batch_on_error = CCDK_TRUE,
        .retry_attempts = CCDK_NUM(3),
        .report_batch_item_failures = CCDK_TRUE,
        .parallelization_factor = CCDK_NUM(prod ? 4 : 1),
    }));
    ccdk_cfn_output_new(api, "WriterArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(writer)});

    ccdk_stack *audit = ccdk_stack_new(stage, "Audit", &(ccdk_stack_props){
        .account = AUDIT_ACCOUNT,
        .region = "us-east-1",
        .description = ccdk_fmt(stage, "Ledger audit (%s)", p->stage_name),
    });
    ccdk_lambda_function *auditor = ccdk_lambda_function_new(audit, "Auditor", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .code = ccdk_lambda_code_from_asset(audit, "handlers", NULL),
        .handler = "ledger.audit",
        .environment = CCDK_KVS({"READER_ROLE_ARN", ccdk_iam_role_arn(audit_reader)},
                                {"READER_ROLE_NAME", ccdk_iam_role_name(audit_reader)},
                                {"SOURCE_ACCOUNT", p->account}),
    });
    ccdk_iam_role_grant_assume_role(audit_reader, ccdk_lambda_function_role(auditor));
    ccdk_cfn_output_new(audit, "ReaderRole", &(ccdk_cfn_output_props){.value = ccdk_iam_role_arn(audit_reader)});
    return stage;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_tags_add(app, "cost-center", "fin-42");

    ledger_stage(app, "Dev", &(ledger_stage_props){
        .account = "111111111111",
        .region = "eu-central-1",
        .stage_name = "dev",
    });
    ccdk_stage *prod = ledger_stage(app, "Prod", &(ledger_stage_props){
        .account = "222222222222",
        .region = "eu-west-1",
        .stage_name = "prod",
    });
    ccdk_tags_add(prod, "criticality", "high");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
