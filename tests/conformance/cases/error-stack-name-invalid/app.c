/* error: an explicit stackName with colons (the stack name pattern). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack_new(app, "boom", &(ccdk_stack_props){.stack_name = "invalid:stack:name"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
