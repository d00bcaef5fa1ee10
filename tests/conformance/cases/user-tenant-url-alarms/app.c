/* Conformance case 'user-tenant-url-alarms': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>
#include <ccdk/sns.h>
#include <stdio.h>

typedef struct {
    const char *name, *id, *account;
    int provisioned; /* 0: none */
} tenant;

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TenantEdge", &(ccdk_stack_props){
        .account = "111111111111",
        .region = "eu-central-1",
        .description = "Tenant-facing router with per-tenant URLs",
    });
    ccdk_tags_add(stack, "service", "tenant-edge");

    ccdk_sns_topic *ops = ccdk_sns_topic_new(stack, "OpsAlerts", &(ccdk_sns_topic_props){.display_name = "Tenant edge alerts"});
    ccdk_sns_topic_add_email_subscription(ops, "oncall@example.com", NULL);
    ccdk_cloudwatch_alarm_action *alert = ccdk_cloudwatch_actions_sns_action(ops);

    ccdk_lambda_function *router = ccdk_lambda_function_new(stack, "Router", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async (e) => ({ statusCode: 200, body: e.rawPath });"),
        .memory_size = CCDK_NUM(512),
        .timeout = ccdk_duration_seconds(10),
        .reserved_concurrent_executions = CCDK_NUM(40),
        .tracing = CCDK_LAMBDA_TRACING_ACTIVE,
        .environment = CCDK_KVS({"STAGE", "prod"}),
        .current_version_options = &(ccdk_lambda_version_options){
            .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
            .description = "router release",
        },
        .log_group = ccdk_logs_log_group_new(stack, "RouterLogs", &(ccdk_logs_log_group_props){
            .retention = CCDK_LOGS_RETENTION_TWO_WEEKS,
            .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        }),
    });
    ccdk_lambda_function_add_environment(router, "TENANT_HEADER", "x-tenant-id");
    ccdk_lambda_function_add_to_role_policy(router, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("ssm:GetParametersByPath", "ssm:GetParameter"),
        .resources = CCDK_STRS(ccdk_stack_format_arn(stack, "ssm", "parameter", NULL, "tenants/*")),
    }));

    static const tenant tenants[] = {
        {"acme", "Acme", "222222222222", 5},
        {"globex", "Globex", "333333333333", 0},
        {"initech", "Initech", "444444444444", 2},
    };
    ccdk_cloudwatch_metric *throttles[3];
    for (int i = 0; i < 3; i++) {
        const tenant *t = &tenants[i];
        char id[64], text[128], origin[128];
        snprintf(id, sizeof id, "%sAlias", t->id);
        snprintf(text, sizeof text, "traffic of %s", t->name);
        ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, id, &(ccdk_lambda_alias_props){
            .alias_name = t->name,
            .version = ccdk_lambda_function_current_version(router),
            .description = text,
            .provisioned_concurrent_executions = t->provisioned ? CCDK_NUM(t->provisioned) : (ccdk_opt_num){0},
        });
        snprintf(origin, sizeof origin, "https://%s.example.com", t->name);
        ccdk_lambda_function_url *url = ccdk_lambda_function_add_function_url(alias, &(ccdk_lambda_function_url_options){
            .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM,
            .cors = &(ccdk_lambda_function_url_cors){
                .allowed_origins = CCDK_STRS(origin),
                .allowed_methods = CCDK_STRS("GET", "POST"),
                .max_age = ccdk_duration_minutes(10),
            },
        });
        char role_name[64];
        snprintf(id, sizeof id, "%sCaller", t->id);
        snprintf(role_name, sizeof role_name, "tenant-%s-caller", t->name);
        ccdk_iam_role *caller = ccdk_iam_role_new(stack, id, &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_account_principal(stack, t->account),
            .role_name = role_name,
        });
        ccdk_tags_add(caller, "tenant", t->name);
        ccdk_lambda_function_url_grant_invoke_url(url, caller);

        snprintf(id, sizeof id, "%sErrors", t->id);
        snprintf(text, sizeof text, "%s: errors on its alias", t->name);
        ccdk_cloudwatch_alarm *errors = ccdk_cloudwatch_metric_create_alarm(
            ccdk_lambda_function_metric_errors(alias, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(1)}),
            stack, id, &(ccdk_cloudwatch_create_alarm_options){
                .threshold = CCDK_NUM(5),
                .evaluation_periods = CCDK_NUM(3),
                .datapoints_to_alarm = CCDK_NUM(2),
                .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
                .alarm_description = text,
            });
        ccdk_cloudwatch_alarm_add_alarm_action(errors, alert);
        snprintf(id, sizeof id, "%sLatency", t->id);
        ccdk_cloudwatch_alarm *latency = ccdk_cloudwatch_alarm_new(stack, id, &(ccdk_cloudwatch_alarm_props){
            .metric = ccdk_lambda_function_metric_duration(alias, &(ccdk_cloudwatch_metric_options){.statistic = "p95"}),
            .threshold = CCDK_NUM(2000),
            .evaluation_periods = CCDK_NUM(5),
            .comparison_operator = CCDK_CW_GREATER_THAN_THRESHOLD,
        });
        ccdk_cloudwatch_alarm_add_alarm_action(latency, alert);
        ccdk_cloudwatch_alarm_add_ok_action(latency, alert);
        throttles[i] = ccdk_lambda_function_metric_throttles(alias, NULL);
        snprintf(id, sizeof id, "%sUrl", t->id);
        snprintf(text, sizeof text, "tenant-%s-url", t->name);
        ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(url), .export_name = text});
    }

    ccdk_cloudwatch_alarm *all = ccdk_cloudwatch_alarm_new(stack, "AllTenantThrottles", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_math_expression_new(stack, &(ccdk_cloudwatch_math_expression_props){
            .expression = "t0 + t1 + t2",
            .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"t0", throttles[0]}, {"t1", throttles[1]},
                                          {"t2", throttles[2]}),
            .label = "throttles of every tenant",
            .period = ccdk_duration_minutes(5),
        }),
        .threshold = CCDK_NUM(10),
        .evaluation_periods = CCDK_NUM(1),
    });
    ccdk_cloudwatch_alarm_add_alarm_action(all, alert);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
