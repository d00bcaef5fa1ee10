/* error: a stack description of 513 characters (aws-cdk-lib checks description.length > 512, and
 * says "1024 bytes"). */
#include <string.h>
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    char desc[514];
    memset(desc, 'x', 513);
    desc[513] = '\0';
    ccdk_stack_new(app, "MyStack", &(ccdk_stack_props){.description = desc});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
