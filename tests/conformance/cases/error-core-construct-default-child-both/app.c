/* construct.test.ts defaultChild 'fails if there are both "Resource" and "Default"'. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_construct *root = ccdk_construct_new(app, "Root");
    ccdk_construct_new(root, "child1");
    ccdk_construct_new(root, "Default");
    ccdk_construct_new(root, "child2");
    ccdk_construct_new(root, "Resource");
    ccdk_node_default_child(root);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
