/* Conformance case 'error-core-export-value-list-token': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
    ccdk_cfn_parameter *subnets = ccdk_cfn_parameter_new(producer, "Subnets", &(ccdk_cfn_parameter_props){
        .type = "List<AWS::EC2::Subnet::Id>"});
    ccdk_cfn_resource_new(producer, "R", "AWS::SNS::Topic", NULL);
    ccdk_stack_export_value(producer, ccdk_cfn_parameter_value_as_list(subnets).items[0], NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
