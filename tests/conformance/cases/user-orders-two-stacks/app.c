/* Conformance case 'user-orders-two-stacks': an app as a CDK user writes it, not shaped to a feature:
 * a data stack (a DynamoDB table with a sort key, an SQS queue) and an API stack whose functions
 * share a layer from a folder, read the table and the queue across stacks, an alias with
 * provisioned concurrency behind a public Function URL with CORS, and a worker fed by the queue. */
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *data = ccdk_stack_new(app, "OrdersData", NULL);
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(data, "Orders", &(ccdk_dynamodb_table_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"sk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
    });
    ccdk_sqs_queue *events = ccdk_sqs_queue_new(data, "OrderEvents", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_seconds(60),
    });

    ccdk_stack *api = ccdk_stack_new(app, "OrdersApi", NULL);
    ccdk_lambda_layer_version *shared = ccdk_lambda_layer_version_new(api, "Shared", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(api, "layer", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_20_X),
        .description = "shared helpers",
    });
    ccdk_lambda_function *handler = ccdk_lambda_function_new(api, "Handler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(api, "api", NULL),
        .memory_size = CCDK_NUM(512),
        .timeout = ccdk_duration_seconds(10),
        .layers = CCDK_LIST(shared),
        .environment = CCDK_KVS({"TABLE_NAME", ccdk_dynamodb_table_name(table)}, {"QUEUE_URL", ccdk_sqs_queue_url(events)}),
    });
    ccdk_dynamodb_table_grant_read_write_data(table, handler);
    ccdk_sqs_queue_grant_send_messages(events, handler);
    ccdk_lambda_alias *live = ccdk_lambda_function_add_alias(handler, "live", &(ccdk_lambda_alias_options){
        .provisioned_concurrent_executions = CCDK_NUM(1),
    });
    ccdk_lambda_function_url *url = ccdk_lambda_function_add_function_url(live, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_origins = CCDK_STRS("https://example.com"),
            .allowed_methods = CCDK_STRS("GET", "POST"),
        },
    });

    ccdk_lambda_function *worker = ccdk_lambda_function_new(api, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "worker.handler",
        .code = ccdk_lambda_code_from_asset(api, "api", NULL),
        .timeout = ccdk_duration_seconds(30),
        .reserved_concurrent_executions = CCDK_NUM(5),
        .layers = CCDK_LIST(shared),
        .environment = CCDK_KVS({"TABLE_NAME", ccdk_dynamodb_table_name(table)}),
    });
    ccdk_lambda_function_add_event_source(worker, ccdk_lambda_sqs_event_source(events, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(5),
        .report_batch_item_failures = CCDK_TRUE,
    }));
    ccdk_dynamodb_table_grant_read_data(table, worker);

    ccdk_cfn_output_new(api, "Url", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(url)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
