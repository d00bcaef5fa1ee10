/* DefaultStackSynthesizer's external ids and AssumeRole options of each role: a stack with an
 * environment, a file asset, an image asset and a lookup; a stack of a Stage with the ids only. */
#include <ccdk/core.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_value *tag = ccdk_v_object(app);
    ccdk_v_set(tag, "Key", ccdk_v_string(app, "Team"));
    ccdk_v_set(tag, "Value", ccdk_v_string(app, "Orders"));
    ccdk_value *tags = ccdk_v_object(app);
    ccdk_v_set(tags, "Tags", ccdk_v_push(ccdk_v_list(app), tag));
    ccdk_v_set(tags, "TransitiveTagKeys", ccdk_v_push(ccdk_v_list(app), ccdk_v_string(app, "Team")));
    ccdk_value *duration = ccdk_v_set(ccdk_v_object(app), "DurationSeconds", ccdk_v_number(app, 3600));
    ccdk_value *empty_tags = ccdk_v_set(ccdk_v_object(app), "Tags", ccdk_v_list(app));
    ccdk_value *policy = ccdk_v_set(ccdk_v_object(app), "Policy", ccdk_v_string(app, "{\"Version\":\"2012-10-17\"}"));

    ccdk_stack *stack = ccdk_stack_new(app, "Roles", &(ccdk_stack_props){
        .account = "123456789012",
        .region = "eu-west-1",
        .synthesizer = &(ccdk_default_stack_synthesizer_props){
            .deploy_role_external_id = "deploy-ext",
            .lookup_role_external_id = "lookup-ext",
            .file_asset_publishing_external_id = "file-ext",
            .image_asset_publishing_external_id = "image-ext",
            .deploy_role_additional_options = duration,
            .lookup_role_additional_options = empty_tags,
            .file_asset_publishing_role_additional_options = tags,
            .image_asset_publishing_role_additional_options = policy,
        },
    });
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_lambda_docker_image_function_new(stack, "ImageFn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "docker-lambda-handler", NULL),
    });
    ccdk_cfn_output_new(stack, "Azs", &(ccdk_cfn_output_props){
        .value = ccdk_fn_join(stack, ",", ccdk_stack_availability_zones(stack)),
    });

    ccdk_stage *stage = ccdk_stage_new(app, "Beta", NULL);
    ccdk_stack *ids = ccdk_stack_new(stage, "Ids", &(ccdk_stack_props){
        .synthesizer = &(ccdk_default_stack_synthesizer_props){
            .deploy_role_external_id = "deploy-ext",
            .lookup_role_external_id = "lookup-ext",
            .file_asset_publishing_external_id = "file-ext",
            .image_asset_publishing_external_id = "image-ext",
        },
    });
    ccdk_lambda_function_new(ids, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(ids, "lambda-handler", NULL),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
