/* event-invoke-config: configureAsyncInvoke on functions, versions, aliases and imports, with
 * destinations (function.test.ts, lambda-version.test.ts, alias.test.ts event invoke config tests). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_singleton.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
    });
    ccdk_lambda_function_configure_async_invoke(fn, &(ccdk_lambda_event_invoke_config_options){
        .on_failure = ccdk_lambda_destinations_sqs_destination(queue),
        .max_event_age = ccdk_duration_hours(1),
        .retry_attempts = CCDK_NUM(0),
    });

    ccdk_lambda_version *version = ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){
        .lambda = fn,
        .max_event_age = ccdk_duration_hours(1),
        .retry_attempts = CCDK_NUM(0),
    });
    ccdk_lambda_version *version2 = ccdk_lambda_version_new(stack, "Version2", &(ccdk_lambda_version_props){.lambda = fn});
    ccdk_lambda_function_configure_async_invoke(version2, &(ccdk_lambda_event_invoke_config_options){
        .on_success = ccdk_lambda_destinations_lambda_destination(
            fn, &(ccdk_lambda_destinations_lambda_destination_options){.response_only = CCDK_TRUE}),
        .retry_attempts = CCDK_NUM(2),
    });

    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
        .alias_name = "prod",
        .version = version,
    });
    ccdk_lambda_function_configure_async_invoke(alias, &(ccdk_lambda_event_invoke_config_options){
        .on_success = ccdk_lambda_destinations_event_bridge_destination(stack, NULL),
        .on_failure = ccdk_lambda_destinations_lambda_destination(fn, NULL),
        .max_event_age = ccdk_duration_minutes(1),
    });

    ccdk_lambda_function *imported = ccdk_lambda_function_from_function_attributes(stack, "Imported",
        &(ccdk_lambda_function_attributes){.function_arn = "arn:aws:lambda:us-east-1:123456789012:function:my-function"});
    ccdk_lambda_function_configure_async_invoke(imported, &(ccdk_lambda_event_invoke_config_options){
        .retry_attempts = CCDK_NUM(1),
    });

    ccdk_lambda_version *imported_version = ccdk_lambda_version_from_version_arn(
        stack, "ImportedVersion", "arn:aws:lambda:region:account-id:function:function-name:version1");
    ccdk_lambda_function_configure_async_invoke(imported_version, &(ccdk_lambda_event_invoke_config_options){
        .retry_attempts = CCDK_NUM(1),
        .on_failure = ccdk_lambda_destinations_event_bridge_destination(stack, NULL),
    });

    ccdk_lambda_alias *imported_alias = ccdk_lambda_alias_from_alias_attributes(stack, "ImportedAlias",
        &(ccdk_lambda_alias_attributes){.alias_name = "alias-name", .alias_version = imported_version});
    ccdk_lambda_function_configure_async_invoke(imported_alias, &(ccdk_lambda_event_invoke_config_options){
        .retry_attempts = CCDK_NUM(1),
    });

    /* a SingletonFunction's config is its own child (FunctionBase.configureAsyncInvoke, not delegated) */
    ccdk_lambda_singleton_function *singleton = ccdk_lambda_singleton_function_new(stack, "Singleton",
        &(ccdk_lambda_singleton_function_props){
            .uuid = "f7d4f730-4ee1-11e8-9c2d-fa7ae01bbebc",
            .function = {
                .code = ccdk_lambda_code_from_inline(stack, "foo"),
                .handler = "index.handler",
                .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
            },
        });
    ccdk_lambda_function_configure_async_invoke(singleton, &(ccdk_lambda_event_invoke_config_options){
        .retry_attempts = CCDK_NUM(1),
        .on_success = ccdk_lambda_destinations_sqs_destination(queue),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
