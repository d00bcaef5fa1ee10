/* core: App analytics_reporting false over the CLI's version reporting: no CDKMetadata, but in a
 * stack whose own analytics_reporting is true. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.analytics_reporting = CCDK_FALSE});
    ccdk_cfn_resource_new(ccdk_stack_new(app, "Quiet", NULL), "Topic", "AWS::SNS::Topic", NULL);
    ccdk_cfn_resource_new(ccdk_stack_new(app, "Loud", &(ccdk_stack_props){.analytics_reporting = CCDK_TRUE}), "Topic",
                          "AWS::SNS::Topic", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
