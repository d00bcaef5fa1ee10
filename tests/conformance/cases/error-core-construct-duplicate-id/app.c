/* construct.test.ts 'construct can not be created with the name of a sibling', below a construct
 * (the message names its class and id). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_construct_new(app, "SameName");
    ccdk_construct *c0 = ccdk_construct_new(app, "c0");
    ccdk_construct_new(c0, "SameName");
    ccdk_construct_new(c0, "SameName");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
