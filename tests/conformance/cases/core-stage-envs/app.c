/* aws-cdk's stage.test.ts on environments and names: a stack's account or region over its stage's,
 * stages nested with an account, a region or neither, stage-prefixed stack names, stageName over the
 * id (and a nested stage under it), three empty nested stages, and the valid stage names. */
#include <ccdk/core.h>

static ccdk_stack *bogus(ccdk_stage *scope, const char *id)
{
    ccdk_stack *stack = ccdk_stack_new(scope, id, NULL);
    ccdk_cfn_resource_new(stack, "Resource", "CDK::Test::Resource", NULL);
    return stack;
}

static void acct_region(ccdk_stack *s)
{
    ccdk_cfn_output_new(s, "AcctRegion", &(ccdk_cfn_output_props){
        .value = ccdk_fmt(s, "%s/%s", ccdk_stack_account(s), ccdk_stack_region(s)),
    });
}

static void names(ccdk_stage *stage, ccdk_stack *stack)
{
    ccdk_cfn_output_new(stack, "Names", &(ccdk_cfn_output_props){
        .value = ccdk_fmt(stack, "%s %s %s", ccdk_stage_name(stage), ccdk_stack_name(stack), ccdk_stage_artifact_id(stage)),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    /* Stack inherits unspecified part of the env from Stage */
    ccdk_stage *stage = ccdk_stage_new(app, "Stage", &(ccdk_stage_props){.account = "account", .region = "region"});
    acct_region(ccdk_stack_new(stage, "Stack1", &(ccdk_stack_props){.region = "elsewhere"}));
    acct_region(ccdk_stack_new(stage, "Stack2", &(ccdk_stack_props){.account = "tnuocca"}));

    /* envs are inherited deeply */
    ccdk_stage *outer = ccdk_stage_new(app, "Outer", &(ccdk_stage_props){.account = "account", .region = "region"});
    acct_region(ccdk_stack_new(ccdk_stage_new(outer, "Acct", &(ccdk_stage_props){.account = "tnuocca"}), "Stack", NULL));
    acct_region(ccdk_stack_new(ccdk_stage_new(outer, "Rgn", &(ccdk_stage_props){.region = "elsewhere"}), "Stack", NULL));
    acct_region(ccdk_stack_new(ccdk_stage_new(outer, "Neither", NULL), "Stack", NULL));

    /* Default stack name in Stage objects incorporates the Stage name and no hash */
    ccdk_stage *my = ccdk_stage_new(app, "MyStage", NULL);
    names(my, bogus(my, "MyStack"));

    /* can override the stage name; a stage nested in it takes the name as its prefix */
    ccdk_stage *other = ccdk_stage_new(app, "NotMyStageName", &(ccdk_stage_props){.stage_name = "MyOtherStage"});
    names(other, bogus(other, "MyStack"));
    ccdk_stage *inner = ccdk_stage_new(other, "Inner", NULL);
    names(inner, bogus(inner, "MyStack"));

    /* Assemblies can be deeply nested */
    ccdk_stage_new(ccdk_stage_new(ccdk_stage_new(app, "StageLevel1", NULL), "StageLevel2", NULL), "StageLevel3", NULL);

    /* stage name validation: the valid names */
    const char *valid[] = {"a", "abcd", "abcd123", "abcd123-588dfjjk", "abcd123-588dfjjk.sss", "abcd123-588dfjjk.sss_ajsid"};
    for (size_t i = 0; i < sizeof valid / sizeof *valid; i++)
        ccdk_stage_new(app, valid[i], NULL);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
