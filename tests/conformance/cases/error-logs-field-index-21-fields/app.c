/* Conformance case 'error-logs-field-index-21-fields': see app.js. */
#include <stdio.h>

#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    static char names[21][16];
    const char *fields[21];
    for (int i = 0; i < 21; i++) {
        snprintf(names[i], sizeof names[i], "field%d", i);
        fields[i] = names[i];
    }
    ccdk_logs_log_group_new(stack, "Group", &(ccdk_logs_log_group_props){
        .field_index_policies = CCDK_LIST_OF(ccdk_logs_field_index_policy, {CCDK_LIST_N(fields, 21)})});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
