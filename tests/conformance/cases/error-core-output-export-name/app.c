/* output.test.ts's 'Verify maximum length of export name', with the other two checks of
 * validateOutput (empty; characters other than letters, digits, ':' and '-'). */
#include <ccdk/core.h>
#include <string.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    char long_name[261];
    memset(long_name, 'x', 260);
    long_name[260] = '\0';
    ccdk_cfn_output_new(stack, "SomeOutput", &(ccdk_cfn_output_props){.value = "x", .export_name = long_name});
    ccdk_cfn_output_new(stack, "Empty", &(ccdk_cfn_output_props){.value = "x", .export_name = ""});
    ccdk_cfn_output_new(stack, "BadChars", &(ccdk_cfn_output_props){.value = "x", .export_name = "my_export.name"});
    char both[200 * 2 + 30 * 4 + 1] = "";
    for (int i = 0; i < 200; i++)
        strcat(both, "\xC3\xA9");
    for (int i = 0; i < 30; i++)
        strcat(both, "\xF0\x9F\x98\x80");
    ccdk_cfn_output_new(stack, "Both", &(ccdk_cfn_output_props){.value = "x", .export_name = both});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
