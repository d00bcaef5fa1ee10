/* aws-cdk's core removal-policies.test.ts tests with RemovalPolicies.of(scope).snapshot(): see
 * app.js (warnings, or under @aws-cdk/core:validateSnapshotRemovalPolicy the error). */
#include <ccdk/core.h>

static ccdk_cfn_resource *res(void *scope, const char *id, const char *type)
{
    return ccdk_cfn_resource_new((ccdk_construct *)scope, id, type ? type : "AWS::Test::Resource", NULL);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    /* excludes specified resource types */
    ccdk_stack *s1 = ccdk_stack_new(app, "Exclude", NULL);
    ccdk_construct *p1 = ccdk_construct_new(s1, "Parent");
    res(p1, "Bucket", "AWS::S3::Bucket");
    res(p1, "Table", "AWS::DynamoDB::Table");
    res(p1, "Resource", NULL);
    ccdk_removal_policies_apply(p1, CCDK_REMOVAL_POLICY_SNAPSHOT,
                                &(ccdk_removal_policy_props){.exclude_resource_types = CCDK_STRS("AWS::Test::Resource")});

    /* excludes specified resource types using classes */
    ccdk_stack *s2 = ccdk_stack_new(app, "ExcludeClasses", NULL);
    ccdk_construct *p2 = ccdk_construct_new(s2, "Parent");
    res(p2, "Bucket", "AWS::S3::Bucket");
    res(p2, "Table", "AWS::DynamoDB::Table");
    ccdk_cfn_resource *r2 = res(p2, "Resource", NULL);
    ccdk_removal_policies_apply(
        p2, CCDK_REMOVAL_POLICY_SNAPSHOT,
        &(ccdk_removal_policy_props){.exclude_resource_types = CCDK_STRS(ccdk_cfn_resource_type(r2))});

    /* last applied removal policy (one synth) */
    ccdk_stack *s3 = ccdk_stack_new(app, "LastApplied", NULL);
    ccdk_cfn_resource *r3 = res(s3, "Resource", NULL);
    ccdk_removal_policies_apply(r3, CCDK_REMOVAL_POLICY_DESTROY, NULL);
    ccdk_removal_policies_apply(r3, CCDK_REMOVAL_POLICY_RETAIN, NULL);
    ccdk_removal_policies_apply(r3, CCDK_REMOVAL_POLICY_SNAPSHOT, NULL);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
