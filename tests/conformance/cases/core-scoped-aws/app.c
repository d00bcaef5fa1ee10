/* Conformance case 'core-scoped-aws': see app.js. */
#include <stdio.h>
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
    const char *keys[] = {"Account", "Region", "Partition", "UrlSuffix", "StackName", "StackId"};
    const char *values[] = {
        ccdk_scoped_aws_account_id(producer), ccdk_scoped_aws_region(producer),
        ccdk_scoped_aws_partition(producer),  ccdk_scoped_aws_url_suffix(producer),
        ccdk_scoped_aws_stack_name(producer), ccdk_stack_stack_id(producer),
    };
    ccdk_cfn_output_new(producer, "OwnRegion", &(ccdk_cfn_output_props){.value = values[1]});

    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", NULL);
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        ccdk_cfn_output_new(consumer, keys[i], &(ccdk_cfn_output_props){.value = values[i]});
    char both[256];
    snprintf(both, sizeof both, "%s/%s", values[0], values[1]);
    ccdk_cfn_output_new(consumer, "Both", &(ccdk_cfn_output_props){.value = both});

    ccdk_stack *nested = ccdk_nested_stack_new(producer, "Inner", NULL);
    ccdk_value *props = ccdk_v_object(nested);
    ccdk_v_set(props, "TopicName", ccdk_v_string(nested, values[4]));
    ccdk_v_set(props, "DisplayName", ccdk_v_string(nested, values[3]));
    ccdk_cfn_resource_new(nested, "Thing", "AWS::SNS::Topic", props);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
