/* output.importValue used in the output's own stack: aws-cdk-lib's error (see app.js). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_cfn_output *output =
        ccdk_cfn_output_new(stack, "SomeOutput", &(ccdk_cfn_output_props){.value = "x", .export_name = "asdf"});
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "input", ccdk_v_string(stack, ccdk_cfn_output_import_value(output)));
    ccdk_cfn_resource_new(stack, "Resource", "Some::Resource", props);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
