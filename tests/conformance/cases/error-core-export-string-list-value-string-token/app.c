/* Conformance case 'error-core-export-string-list-value-string-token': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
    ccdk_cfn_resource *topic = ccdk_cfn_resource_new(producer, "R", "AWS::SNS::Topic", NULL);
    ccdk_stack_export_string_list_value(producer, CCDK_STRS(ccdk_cfn_resource_ref(topic)), NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
