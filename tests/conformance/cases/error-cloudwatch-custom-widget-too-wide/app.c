/* Conformance case 'error-cloudwatch-custom-widget-too-wide': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_custom_widget_new(app, &(ccdk_cloudwatch_custom_widget_props){
        .function_arn = "arn:aws:lambda:us-east-1:123456789012:function:echo", .title = "wide", .width = 25});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
