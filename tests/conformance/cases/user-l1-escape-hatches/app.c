/* user-l1-escape-hatches: Lambda L1s beside the L2s they complete (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "EscapeStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async (e) => e;"),
    });
    ccdk_lambda_alias *live = ccdk_lambda_function_add_alias(fn, "live", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Jobs", NULL);
    ccdk_sqs_queue_grant_consume_messages(queue, fn);

    ccdk_value *perm = ccdk_v_object(stack);
    ccdk_v_set(perm, "Action", ccdk_v_string(stack, "lambda:InvokeFunction"));
    ccdk_v_set(perm, "FunctionName", ccdk_v_string(stack, ccdk_lambda_function_arn(fn)));
    ccdk_v_set(perm, "Principal", ccdk_v_string(stack, "s3.amazonaws.com"));
    ccdk_v_set(perm, "SourceAccount", ccdk_v_string(stack, "210987654321"));
    ccdk_v_set(perm, "SourceArn", ccdk_v_string(stack, "arn:aws:s3:::partner-drop"));
    ccdk_lambda_cfn_permission_new(stack, "FromPartnerBucket", perm);

    ccdk_value *url_props = ccdk_v_object(stack);
    ccdk_v_set(url_props, "AuthType", ccdk_v_string(stack, "AWS_IAM"));
    ccdk_v_set(url_props, "TargetFunctionArn", ccdk_v_string(stack, ccdk_lambda_function_arn(fn)));
    ccdk_v_set(url_props, "Qualifier", ccdk_v_string(stack, ccdk_lambda_alias_name(live)));
    ccdk_v_set(url_props, "Cors", ccdk_v_json(stack,
        "{\"AllowOrigins\": [\"https://example.com\"], \"AllowMethods\": [\"GET\"], \"MaxAge\": 300}"));
    ccdk_cfn_resource *url = ccdk_lambda_cfn_url_new(stack, "AliasUrl", url_props);

    ccdk_value *async = ccdk_v_object(stack);
    ccdk_v_set(async, "FunctionName", ccdk_v_string(stack, ccdk_lambda_function_name(fn)));
    ccdk_v_set(async, "Qualifier", ccdk_v_string(stack, "$LATEST"));
    ccdk_v_set(async, "MaximumRetryAttempts", ccdk_v_number(stack, 0));
    ccdk_v_set(async, "MaximumEventAgeInSeconds", ccdk_v_number(stack, 120));
    ccdk_lambda_cfn_event_invoke_config_new(stack, "Async", async);

    ccdk_value *esm_props = ccdk_v_object(stack);
    ccdk_v_set(esm_props, "FunctionName", ccdk_v_string(stack, ccdk_lambda_alias_arn(live)));
    ccdk_v_set(esm_props, "EventSourceArn", ccdk_v_string(stack, ccdk_sqs_queue_arn(queue)));
    ccdk_v_set(esm_props, "BatchSize", ccdk_v_number(stack, 5));
    ccdk_v_set(esm_props, "FilterCriteria", ccdk_v_json(stack,
        "{\"Filters\": [{\"Pattern\": \"{\\\"body\\\":{\\\"kind\\\":[\\\"job\\\"]}}\"}]}"));
    ccdk_v_set(esm_props, "Tags", ccdk_v_json(stack, "[{\"Key\": \"owner\", \"Value\": \"jobs\"}]"));
    ccdk_cfn_resource *esm = ccdk_lambda_cfn_event_source_mapping_new(stack, "JobsMapping", esm_props);
    ccdk_node_add_dependency(esm, fn);

    ccdk_tags_add(stack, "env", "prod");
    ccdk_cfn_output_new(stack, "Url", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(url, "FunctionUrl")});
    ccdk_cfn_output_new(stack, "MappingId", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(esm, "EventSourceMappingArn")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
