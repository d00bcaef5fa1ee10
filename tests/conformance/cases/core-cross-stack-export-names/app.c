/* Export names of cross-stack references (cut to 255 characters; relative to the stack, stacks under a
 * plain construct), a stack's region and account in another stack (the pseudo parameters), and a
 * List<String> parameter's value in another stack (joined in the export, split in the import). */
#include <ccdk/core.h>
#include <stdio.h>

static void ref_prop(ccdk_stack *stack, const char *id, const char *type, const char *key, const char *value)
{
    ccdk_value *p = ccdk_v_object(stack);
    ccdk_v_set(p, key, ccdk_v_string(stack, value));
    ccdk_cfn_resource_new(stack, id, type, p);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:stackRelativeExports", "\"true\""})});

    /* Cross-stack export names account for stack name lengths */
    {
        ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", &(ccdk_stack_props){.stack_name = "SoThisCouldPotentiallyBeAVeryLongStackName"});
        ccdk_construct *scope = ccdk_construct_new(stack1, "ChildConstruct0");
        for (int i = 1; i < 50; i++) {
            char id[32];
            snprintf(id, sizeof id, "ChildConstruct%d", i);
            scope = ccdk_construct_new(scope, id);
        }
        ccdk_cfn_resource *resource1 = ccdk_cfn_resource_new(scope, "Resource", "BLA", NULL);
        ref_prop(ccdk_stack_new(app, "Stack2", NULL), "SomeResource", "AWS::Some::Resource", "someProperty",
                 ccdk_cfn_resource_ref(resource1));
    }
    /* Cross-stack reference export names are relative to the stack */
    {
        ccdk_construct *indifferent = ccdk_construct_new(app, "ExtraScope");
        ccdk_stack *stack1 = ccdk_stack_new(indifferent, "Stack1", &(ccdk_stack_props){.stack_name = "Stack1"});
        ccdk_cfn_resource *resource1 = ccdk_cfn_resource_new(stack1, "Resource", "BLA", NULL);
        ref_prop(ccdk_stack_new(indifferent, "Stack2", NULL), "SomeResource", "AWS::Some::Resource", "someProperty",
                 ccdk_cfn_resource_ref(resource1));
    }
    /* Cross-stack use of Region and account returns nonscoped intrinsic */
    {
        ccdk_stack *stack1 = ccdk_stack_new(app, "Stack3", NULL);
        ccdk_stack *stack2 = ccdk_stack_new(app, "Stack4", NULL);
        ccdk_cfn_output_new(stack2, "DemOutput", &(ccdk_cfn_output_props){.value = ccdk_stack_region(stack1)});
        ccdk_cfn_output_new(stack2, "DemAccount", &(ccdk_cfn_output_props){.value = ccdk_stack_account(stack1)});
    }
    /* cross-stack references of lists returned from Fn::Ref work */
    {
        ccdk_stack *stack1 = ccdk_stack_new(app, "Stack5", NULL);
        ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(stack1, "magicParameter", &(ccdk_cfn_parameter_props){
            .default_value = ccdk_v_string(stack1, "BLAT,BLAH"), .type = "List<String>"});
        ccdk_stack *stack2 = ccdk_stack_new(app, "Stack6", NULL);
        ccdk_strs list = ccdk_cfn_parameter_value_as_list(param);
        ccdk_value *v = ccdk_v_list(stack2);
        for (size_t i = 0; i < list.count; i++)
            ccdk_v_push(v, ccdk_v_string(stack2, list.items[i]));
        ccdk_value *p = ccdk_v_object(stack2);
        ccdk_v_set(p, "Prop", v);
        ccdk_cfn_resource_new(stack2, "SomeResource", "BLA", p);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
