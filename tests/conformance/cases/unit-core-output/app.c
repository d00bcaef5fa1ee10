/* aws-cdk's core output.test.ts: an output's key, its export, no export by default, importValue in
 * another stack. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_cfn_resource *res = ccdk_cfn_resource_new(stack, "MyResource", "AWS::CloudFormation::WaitConditionHandle", NULL);
    ccdk_cfn_output_new(stack, "MyOutput", &(ccdk_cfn_output_props){
        .export_name = "ExportName",
        .key = "MyOutputWithKey",
        .value = ccdk_cfn_resource_ref(res),
        .description = "CfnOutput properties",
    });
    ccdk_cfn_output *exported = ccdk_cfn_output_new(stack, "SomeOutput",
        &(ccdk_cfn_output_props){.value = "x", .export_name = "asdf:with-colons"});
    ccdk_cfn_output_new(stack, "NoExport", &(ccdk_cfn_output_props){.value = "x"});
    ccdk_cfn_output_new(stack, "TokenExport",
        &(ccdk_cfn_output_props){.value = "y", .export_name = ccdk_fn_join(stack, "_", CCDK_STRS("not", "checked"))});
    char long_name[256];
    for (int i = 0; i < 255; i++)
        long_name[i] = 'x';
    long_name[255] = '\0';
    ccdk_cfn_output_new(stack, "LongExport", &(ccdk_cfn_output_props){.value = "z", .export_name = long_name});
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", NULL);
    ccdk_cfn_resource_add_metadata(ccdk_cfn_resource_new(stack2, "Resource", "AWS::CloudFormation::WaitConditionHandle", NULL),
                                   "input", ccdk_v_string(app, ccdk_cfn_output_import_value(exported)));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
