/* core: App analytics_reporting true without the CLI: every stack's CDKMetadata, but a stack's
 * analytics_reporting false. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.analytics_reporting = CCDK_TRUE});
    ccdk_cfn_resource_new(ccdk_stack_new(app, "Loud", NULL), "Topic", "AWS::SNS::Topic", NULL);
    ccdk_cfn_resource_new(ccdk_stack_new(app, "Quiet", &(ccdk_stack_props){.analytics_reporting = CCDK_FALSE}), "Topic",
                          "AWS::SNS::Topic", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
