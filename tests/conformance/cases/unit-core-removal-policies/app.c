/* aws-cdk's core removal-policies.test.ts, a stack per test, and MissingRemovalPolicies' default
 * priority: see app.js. */
#include <ccdk/core.h>

#define TEST "AWS::Test::Resource"
#define BUCKET "AWS::S3::Bucket"
#define TABLE "AWS::DynamoDB::Table"

static ccdk_cfn_resource *res(void *scope, const char *id, const char *type)
{
    return ccdk_cfn_resource_new((ccdk_construct *)scope, id, type ? type : TEST, NULL);
}

#define PRIORITY(p) (&(ccdk_removal_policy_props){.priority = CCDK_NUM(p)})

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    /* applies removal policy to all resources in scope */
    ccdk_stack *s1 = ccdk_stack_new(app, "AllInScope", NULL);
    ccdk_construct *p1 = ccdk_construct_new(s1, "Parent");
    res(p1, "Resource1", NULL);
    res(p1, "Resource2", NULL);
    ccdk_removal_policies_apply(p1, CCDK_REMOVAL_POLICY_DESTROY, NULL);

    /* applies removal policy only to specified resource types */
    ccdk_stack *s2 = ccdk_stack_new(app, "OnlyTypes", NULL);
    ccdk_construct *p2 = ccdk_construct_new(s2, "Parent");
    ccdk_cfn_resource *bucket2 = res(p2, "Bucket", BUCKET);
    res(p2, "Table", TABLE);
    res(p2, "Resource", NULL);
    ccdk_removal_policies_apply(p2, CCDK_REMOVAL_POLICY_RETAIN,
                                &(ccdk_removal_policy_props){
                                    .apply_to_resource_types = CCDK_STRS(ccdk_cfn_resource_type(bucket2), TABLE)});

    /* applies different removal policies */
    ccdk_stack *s3 = ccdk_stack_new(app, "Different", NULL);
    ccdk_cfn_resource *destroy = res(s3, "DestroyResource", NULL);
    ccdk_cfn_resource *retain = res(s3, "RetainResource", NULL);
    ccdk_cfn_resource *retain_on_update = res(s3, "RetainOnUpdateResource", NULL);
    ccdk_removal_policies_apply(destroy, CCDK_REMOVAL_POLICY_DESTROY, NULL);
    ccdk_removal_policies_apply(retain, CCDK_REMOVAL_POLICY_RETAIN, NULL);
    ccdk_removal_policies_apply(retain_on_update, CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, NULL);
    ccdk_removal_policies_apply(res(s3, "Applied", NULL), CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, NULL);

    /* child scope and parent scope */
    ccdk_stack *s4 = ccdk_stack_new(app, "ChildScope", NULL);
    ccdk_construct *p4 = ccdk_construct_new(s4, "Parent");
    ccdk_construct *child4 = ccdk_construct_new(p4, "Child");
    res(p4, "ParentResource", NULL);
    res(child4, "ChildResource", NULL);
    ccdk_removal_policies_apply(p4, CCDK_REMOVAL_POLICY_DESTROY, NULL);
    ccdk_removal_policies_apply(child4, CCDK_REMOVAL_POLICY_RETAIN, NULL);

    /* a resource with a DeletionPolicy of its own */
    ccdk_stack *s5 = ccdk_stack_new(app, "Existing", NULL);
    const ccdk_removal_policy_options only_deletion = {.apply_to_update_replace_policy = CCDK_FALSE};
    ccdk_construct *p5 = ccdk_construct_new(s5, "Parent");
    ccdk_cfn_resource_apply_removal_policy_with(res(p5, "Bucket", BUCKET), CCDK_REMOVAL_POLICY_RETAIN, &only_deletion);
    res(p5, "Table", TABLE);
    ccdk_removal_policies_apply(p5, CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, NULL);
    ccdk_construct *p5b = ccdk_construct_new(s5, "Missing");
    ccdk_cfn_resource_apply_removal_policy_with(res(p5b, "Bucket", BUCKET), CCDK_REMOVAL_POLICY_RETAIN, &only_deletion);
    res(p5b, "Table", TABLE);
    ccdk_missing_removal_policies_apply(p5b, CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, NULL);

    /* higher priority (lower numeric value) removal policy is applied before lower priority one */
    ccdk_stack *s6 = ccdk_stack_new(app, "Priority", NULL);
    res(s6, "PriorityResource", NULL);
    ccdk_removal_policies_apply(s6, CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, PRIORITY(250));
    ccdk_removal_policies_apply(s6, CCDK_REMOVAL_POLICY_DESTROY, PRIORITY(10));
    ccdk_stack *s7 = ccdk_stack_new(app, "PriorityOverwrite", NULL);
    res(s7, "PriorityResource", NULL);
    ccdk_removal_policies_apply(s7, CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, PRIORITY(10));
    ccdk_removal_policies_apply(s7, CCDK_REMOVAL_POLICY_DESTROY, PRIORITY(250));

    /* MissingRemovalPolicies without a priority comes before one of 300 (MUTATING, under any flag) */
    ccdk_stack *s8 = ccdk_stack_new(app, "MissingPriority", NULL);
    res(s8, "Resource", NULL);
    ccdk_missing_removal_policies_apply(s8, CCDK_REMOVAL_POLICY_DESTROY, NULL);
    ccdk_missing_removal_policies_apply(s8, CCDK_REMOVAL_POLICY_RETAIN, PRIORITY(300));
    /* ... and after one of 100 */
    ccdk_stack *s9 = ccdk_stack_new(app, "MissingPriorityLow", NULL);
    res(s9, "Resource", NULL);
    ccdk_missing_removal_policies_apply(s9, CCDK_REMOVAL_POLICY_DESTROY, NULL);
    ccdk_missing_removal_policies_apply(s9, CCDK_REMOVAL_POLICY_RETAIN, PRIORITY(100));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
