/* Notifications on two buckets of one stack, one singleton handler (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_code *code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL);
    ccdk_lambda_function *resize = ccdk_lambda_function_new(stack, "Resize", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X, .handler = "index.handler", .code = code});
    ccdk_lambda_function *audit = ccdk_lambda_function_new(stack, "Audit", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X, .handler = "index.handler", .code = code});
    ccdk_lambda_alias *live = ccdk_lambda_function_add_alias(audit, "live", NULL);

    ccdk_s3_bucket *images = ccdk_s3_bucket_new(stack, "Images", &(ccdk_s3_bucket_props){
        .enforce_ssl = CCDK_TRUE, .event_bridge_enabled = CCDK_TRUE});
    ccdk_s3_bucket_add_event_notification(images, CCDK_S3_OBJECT_CREATED_PUT, ccdk_s3_lambda_destination(resize),
                                          CCDK_S3_FILTERS({.prefix = "uploads/", .suffix = ".jpg"}));

    ccdk_iam_role *handler_role = ccdk_iam_role_new(stack, "NotificationsRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
    ccdk_s3_bucket *docs = ccdk_s3_bucket_new(stack, "Docs", &(ccdk_s3_bucket_props){
        .notifications_handler_role = handler_role,
        .notifications_skip_destination_validation = CCDK_TRUE,
    });
    ccdk_s3_bucket_add_event_notification(docs, CCDK_S3_OBJECT_REMOVED, ccdk_s3_lambda_destination(audit),
                                          CCDK_S3_NO_FILTERS);
    ccdk_s3_bucket_add_event_notification(docs, CCDK_S3_OBJECT_RESTORE_COMPLETED, ccdk_s3_lambda_destination(audit),
                                          CCDK_S3_FILTERS({.suffix = ".pdf"}));
    ccdk_s3_bucket_add_event_notification(docs, CCDK_S3_OBJECT_CREATED, ccdk_s3_lambda_destination(live),
                                          CCDK_S3_FILTERS({.prefix = "a/"}, {.suffix = ".txt"}));
    ccdk_lambda_function_add_event_source(resize, ccdk_lambda_s3_event_source(docs, &(ccdk_lambda_s3_event_source_props){
        .events = CCDK_STRS(CCDK_S3_OBJECT_TAGGING)}));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
