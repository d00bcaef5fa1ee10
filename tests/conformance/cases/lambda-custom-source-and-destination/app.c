/* Conformance case 'lambda-custom-source-and-destination': see app.js. */
#include <stdio.h>

#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>

static const char *fixed_arn(ccdk_construct *scope, void *fn, ccdk_lambda_destination_type type, void *ctx)
{
    (void)scope, (void)fn, (void)type;
    return ctx;
}

/* new sqs.Queue(scope, `Queue${options.type}`), granted to the function */
static const char *queue_maker(ccdk_construct *scope, void *fn, ccdk_lambda_destination_type type, void *ctx)
{
    (void)ctx;
    ccdk_sqs_queue *q = ccdk_sqs_queue_new(scope, type == CCDK_LAMBDA_DESTINATION_ON_SUCCESS ? "QueueSuccess" : "QueueFailure", NULL);
    ccdk_sqs_queue_grant_send_messages(q, (ccdk_lambda_alias *)fn);
    return ccdk_sqs_queue_arn(q);
}

/* the target is the handle given to add_event_source; ctx says which type it is */
static void polling_source(void *target, void *ctx)
{
    ccdk_lambda_event_source_mapping_options mo = {.event_source_arn = "arn:aws:sqs:us-east-1:123456789012:jobs",
                                                   .batch_size = CCDK_NUM(5)};
    ccdk_lambda_permission perm = {.principal = ccdk_iam_service_principal((ccdk_construct *)target, "events.amazonaws.com")};
    if (ctx) {
        ccdk_lambda_alias *a = target;
        ccdk_lambda_function_add_event_source_mapping(a, "Mapping", &mo);
        ccdk_lambda_function_add_permission(a, "FromEvents", &perm);
    } else {
        ccdk_lambda_function *f = target;
        ccdk_lambda_function_add_event_source_mapping(f, "Mapping", &mo);
        ccdk_lambda_function_add_permission(f, "FromEvents", &perm);
    }
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Custom", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .on_failure = ccdk_lambda_destination_new(stack, fixed_arn, "on-failure-arn"),
        .on_success = ccdk_lambda_destination_new(stack, fixed_arn, "on-success-arn"),
        .max_event_age = ccdk_duration_hours(1),
        .retry_attempts = CCDK_NUM(0),
    });
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Live", &(ccdk_lambda_alias_props){
        .alias_name = "live", .version = ccdk_lambda_function_current_version(fn)});
    ccdk_lambda_function_configure_async_invoke(alias, &(ccdk_lambda_event_invoke_config_options){
        .on_success = ccdk_lambda_destination_new(stack, queue_maker, NULL),
        .on_failure = ccdk_lambda_destination_new(stack, queue_maker, NULL),
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_event_source_new(stack, polling_source, NULL));
    ccdk_lambda_function_add_event_source(alias, ccdk_lambda_event_source_new(stack, polling_source, "alias"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
