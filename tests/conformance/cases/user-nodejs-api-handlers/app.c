/* Conformance case 'user-nodejs-api-handlers': an app as a user writes it with NodejsFunction:
 * TypeScript handlers of one project (package-lock.json at its root) sharing a helper module,
 * several functions of one entry (named exports as handlers), bundling options a team settles on
 * (minify, source maps with NODE_OPTIONS, externalModules, define, bundling environment, target,
 * ESM for a .mjs job), arm64, a table and grants, a schedule; and a plain Function beside them. */
#include <ccdk/dynamodb.h>
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "OrdersApi", NULL);
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Orders", &(ccdk_dynamodb_table_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
    });

    const ccdk_lambda_nodejs_bundling_options bundling = {
        .minify = CCDK_TRUE,
        .source_map = CCDK_TRUE,
        .target = "node22",
        .external_modules = CCDK_STRS("@aws-sdk/*", "pg-native"),
        .define = CCDK_KVS({"API_VERSION", "\"2024-06-01\""}),
        .environment = CCDK_KVS({"NODE_ENV", "production"}),
    };
    const ccdk_lambda_function_props common = {
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .memory_size = CCDK_NUM(256),
        .timeout = ccdk_duration_seconds(10),
        .environment = CCDK_KVS({"NODE_OPTIONS", "--enable-source-maps"}, {"TABLE_NAME", ccdk_dynamodb_table_name(table)}),
    };

    ccdk_lambda_function_props get_order = common;
    get_order.description = "GET /orders/{id}";
    ccdk_lambda_function *orders = ccdk_lambda_nodejs_function_new(stack, "GetOrder", &(ccdk_lambda_nodejs_function_props){
        .function = get_order,
        .entry = "src/api/orders.ts",
        .bundling = &bundling,
    });
    ccdk_dynamodb_table_grant_read_data(table, orders);

    const char *user_fns[][2] = {{"ListUsers", "list"}, {"GetUser", "get"}};
    for (size_t i = 0; i < 2; i++) {
        ccdk_lambda_function_props props = common;
        props.handler = user_fns[i][1];
        ccdk_lambda_nodejs_function_new(stack, user_fns[i][0], &(ccdk_lambda_nodejs_function_props){
            .function = props,
            .entry = "src/api/users.ts",
            .bundling = &bundling,
        });
    }

    ccdk_lambda_function *cleanup = ccdk_lambda_nodejs_function_new(stack, "Cleanup", &(ccdk_lambda_nodejs_function_props){
        .function = {
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .timeout = ccdk_duration_minutes(5),
            .environment = CCDK_KVS({"RETENTION_DAYS", "14"}),
        },
        .entry = "src/jobs/cleanup.mjs",
        .bundling = &(ccdk_lambda_nodejs_bundling_options){
            .format = CCDK_NODEJS_FORMAT_ESM,
            .define = CCDK_KVS({"DEBUG", "false"}),
            .banner = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
        },
    });
    ccdk_dynamodb_table_grant_read_write_data(table, cleanup);
    ccdk_events_rule_new(stack, "Nightly", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.minute = "30", .hour = "2"}),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(cleanup, NULL)),
    });

    ccdk_lambda_function_new(stack, "LegacyRedirect", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "legacy", NULL),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
