/* Conformance case 'core-annotations-long': see app.js. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ccdk/core.h>

/* "<c>0 <c>1 ... <c>(n-1)", malloc'd */
static char *long_text(char c, int n)
{
    size_t cap = (size_t)n * 8 + 1, len = 0;
    char *s = malloc(cap);
    for (int i = 0; i < n; i++)
        len += (size_t)snprintf(s + len, cap - len, "%s%c%d", i ? " " : "", c, i);
    return s;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource_new(stack, "Thing", "AWS::CloudFormation::WaitConditionHandle", NULL);
    char *w = long_text('w', 1500), *x = long_text('x', 1200), *i = long_text('i', 1300);
    ccdk_annotations_add_warning(stack, "my-lib:long", w);
    ccdk_annotations_add_warning(stack, NULL, x);
    ccdk_annotations_add_info(stack, i);
    int rc = ccdk_app_synth(app);
    free(w);
    free(x);
    free(i);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
