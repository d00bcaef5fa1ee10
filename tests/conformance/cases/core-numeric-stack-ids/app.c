/* stacks whose ids are array indices: first among manifest.json's artifacts (see app.js). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const char *ids[] = {"B", "10", "A", "2", "01", "0"};
    ccdk_stack *made[6];
    for (int i = 0; i < 6; i++) {
        made[i] = ccdk_stack_new(app, ids[i], &(ccdk_stack_props){.stack_name = ccdk_fmt(app, "S%s", ids[i])});
        ccdk_cfn_resource_new(made[i], "R", "Test::Resource", NULL);
    }
    ccdk_stack_add_dependency(made[1], made[2]); /* 10 on A */
    ccdk_stack_add_dependency(made[0], made[5]); /* B on 0 */
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
