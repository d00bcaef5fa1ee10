/* Conformance case 'error-stack-dependency-cycle-long': see app.js. */
#include <stdio.h>
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stacks[1500];
    for (int i = 0; i < 1500; i++) {
        char id[16];
        snprintf(id, sizeof id, "S%d", i);
        stacks[i] = ccdk_stack_new(app, id, NULL);
        if (i)
            ccdk_stack_add_dependency(stacks[i], stacks[i - 1]);
    }
    ccdk_stack_add_dependency(stacks[0], stacks[1499]);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
