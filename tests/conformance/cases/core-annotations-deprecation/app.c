/* core-annotations-deprecation: Annotations addDeprecation, warnings kept once, acknowledgements
 * (core annotations.test.ts). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack1 = ccdk_stack_new(app, "MyStack1", NULL);
    ccdk_stack *stack2 = ccdk_stack_new(app, "MyStack2", NULL);
    ccdk_construct *c1 = ccdk_construct_new(stack1, "Hello");
    ccdk_construct *c2 = ccdk_construct_new(stack1, "World");
    ccdk_construct *c3 = ccdk_construct_new(stack2, "FooBar");
    const char *api = "@aws-cdk/core.Construct.node";
    const char *why = "use @aws-Construct.construct instead";
    ccdk_annotations_add_deprecation(c1, api, why);
    ccdk_annotations_add_deprecation(c2, api, why);
    ccdk_annotations_add_deprecation(c1, api, why);
    ccdk_annotations_add_deprecation(c3, api, why);
    ccdk_annotations_add_deprecation(c1, api, why);
    ccdk_annotations_add_deprecation(c1, "other.api", "another reason");

    ccdk_construct *s1c1 = ccdk_construct_new(stack1, "C1");
    ccdk_annotations_add_warning(s1c1, "warning1", "You should know this!");
    ccdk_annotations_add_warning(s1c1, "warning1", "You should know this!");
    ccdk_annotations_add_warning(s1c1, "warning1", "You should know this!");
    ccdk_annotations_add_warning(s1c1, "warning2", "You should know this, too!");
    ccdk_annotations_add_warning(s1c1, "MESSAGE2", "You Should know this too!");
    ccdk_annotations_acknowledge_warning(s1c1, "MESSAGE2", "I Ack this");
    ccdk_construct *child = ccdk_construct_new(s1c1, "C2");
    ccdk_annotations_add_warning(child, "MESSAGE3", "A child warning");
    ccdk_annotations_acknowledge_warning(s1c1, "MESSAGE3", "I Ack this");
    ccdk_annotations_acknowledge_warning(c2, "Deprecated:@aws-cdk/core.Construct.node", "known");
    ccdk_cfn_resource_new(stack1, "Res", "AWS::CloudFormation::WaitConditionHandle", NULL);
    ccdk_cfn_resource_new(stack2, "Res", "AWS::CloudFormation::WaitConditionHandle", NULL);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
