/* stage.test.ts: three empty Stages nested in each other, no tree metadata. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.tree_metadata = CCDK_FALSE});

    ccdk_stage *level1 = ccdk_stage_new(app, "StageLevel1", NULL);
    ccdk_stage *level2 = ccdk_stage_new(level1, "StageLevel2", NULL);
    ccdk_stage_new(level2, "StageLevel3", NULL);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
