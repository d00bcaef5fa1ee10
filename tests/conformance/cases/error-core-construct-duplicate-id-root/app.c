/* construct.test.ts 'construct can not be created with the name of a sibling', at the root (the
 * App: no id in the message). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_construct_new(app, "SameName");
    ccdk_construct_new(app, "SameName");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
