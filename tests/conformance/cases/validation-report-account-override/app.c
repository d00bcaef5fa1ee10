/* Conformance case 'validation-report-account-override': see app.js. */
#include <stdio.h>
#include <ccdk/core.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const char *envs[][2] = {
        {"12345", "us-east-1"}, {"account", "region"}, {"123456789012", "xx-foo-9"}, {NULL, "my-region"},
        {"1234567890123", "eu-west-1"}, {"12345678901a", "us-east-1"}, {"12345", NULL}, {NULL, "us-east-1"},
        {NULL, NULL},
    };
    envs[7][0] = ccdk_aws_account_id(app);
    for (int i = 0; i < 9; i++) {
        char id[8];
        snprintf(id, sizeof id, "S%d", i);
        ccdk_stack *s = ccdk_stack_new(app, id, &(ccdk_stack_props){.account = envs[i][0], .region = envs[i][1]});
        ccdk_sqs_queue_new(s, "Q", NULL);
        if (i == 0)
            ccdk_sqs_queue_new(ccdk_nested_stack_new(s, "Nested", NULL), "Q", NULL);
    }
    ccdk_stage *stage = ccdk_stage_new(app, "Prod", &(ccdk_stage_props){.account = "1234", .region = "us-west-2"});
    ccdk_sqs_queue_new(ccdk_stack_new(stage, "InStage", NULL), "Q", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
