/* Conformance case 'core-annotations-ack-tag': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "AckTags", NULL);
    ccdk_cfn_resource *a = ccdk_cfn_resource_new(stack, "A", "AWS::SNS::Topic", NULL);
    ccdk_cfn_resource *b = ccdk_cfn_resource_new(stack, "B", "AWS::SNS::Topic", NULL);
    ccdk_cfn_resource *c = ccdk_cfn_resource_new(stack, "C", "AWS::SNS::Topic", NULL);

    ccdk_annotations_add_info(a, "plain info [ack: lib:x]");
    ccdk_annotations_add_info_v2(a, "lib:other", "mentions [ack: lib:x] inside");
    ccdk_annotations_add_info_v2(a, "lib:keep", "kept info");
    ccdk_annotations_add_warning(a, NULL, "plain warning [ack: lib:x]");
    ccdk_annotations_add_warning(a, "lib:x", "warning of the id");
    ccdk_annotations_acknowledge_info(a, "lib:x", NULL);

    ccdk_annotations_add_warning(b, NULL, "plain warning [ack: lib:y]");
    ccdk_annotations_add_warning(b, "lib:other", "warning mentioning [ack: lib:y]");
    ccdk_annotations_add_info_v2(b, "lib:y", "info of the id");
    ccdk_annotations_acknowledge_warning(b, "lib:y", NULL);

    ccdk_annotations_add_info_v2(c, "lib:app", "before the App acknowledges");
    ccdk_annotations_add_warning(c, "lib:appw", "warning before the App acknowledges");
    ccdk_annotations_acknowledge_info(app, "lib:app", NULL);
    ccdk_annotations_acknowledge_warning(app, "lib:appw", NULL);
    ccdk_annotations_add_info_v2(c, "lib:app", "after the App acknowledges");
    ccdk_annotations_add_warning(c, "lib:appw", "warning after the App acknowledges");

    ccdk_annotations_add_warning(c, NULL, "the same text");
    ccdk_annotations_add_info(c, "the same text");
    ccdk_annotations_add_error(c, "the same text");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
