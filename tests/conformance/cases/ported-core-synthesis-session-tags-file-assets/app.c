/* synthesis.test.ts: a DefaultStackSynthesizer with fileAssetPublishingRoleAdditionalOptions (session tags). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_value *tag = ccdk_v_object(app);
    ccdk_v_set(tag, "Key", ccdk_v_string(app, "Departement"));
    ccdk_v_set(tag, "Value", ccdk_v_string(app, "Engineering"));
    ccdk_value *options = ccdk_v_object(app);
    ccdk_v_set(options, "Tags", ccdk_v_push(ccdk_v_list(app), tag));
    ccdk_stack_new(app, "stack", &(ccdk_stack_props){
        .synthesizer = &(ccdk_default_stack_synthesizer_props){
            .file_asset_publishing_role_additional_options = options,
        },
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
