/* Conformance case 'error-core-include-template-version-conflict': two CfnIncludes (include.test.ts)
 * with different AWSTemplateFormatVersions: stack.js's merge() error (its message lacks the closing
 * quote). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_include_new(stack, "T1", ccdk_v_json(stack, "{\"AWSTemplateFormatVersion\": \"2010-09-09\"}"));
    ccdk_cfn_include_new(stack, "T2",
        ccdk_v_json(stack, "{\"AWSTemplateFormatVersion\": \"2011-01-01\", \"Resources\": {\"R\": {\"Type\": \"T\"}}}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
