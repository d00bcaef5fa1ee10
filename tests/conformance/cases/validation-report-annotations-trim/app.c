/* Conformance case 'validation-report-annotations-trim': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:annotationsInValidationReport", "true"},
                            {"aws:cdk:disable-creation-stack-traces", "true"})});
    ccdk_stack *stack = ccdk_stack_new(app, "Svc", NULL);
    ccdk_cfn_resource *thing = ccdk_cfn_resource_new(stack, "Thing", "AWS::CloudFormation::WaitConditionHandle", NULL);
    ccdk_annotations_add_warning(stack, NULL, "\u3000spaced out\u00a0 (Foo::Bar)");
    ccdk_annotations_add_warning(thing, "my:warn", "\u2028custom warning\u3000");
    ccdk_annotations_add_warning(thing, "my:other", "custom warning");
    ccdk_annotations_add_warning(thing, NULL, "\ufeffno rule\u00a0");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc;
}
