/* Conformance case 'error-cross-account-reference-no-execution-role': see app.js. */
#include <ccdk/core.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *data = ccdk_stack_new(app, "Data", &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"});
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(data, "Jobs", NULL);
    ccdk_stack *other = ccdk_stack_new(app, "Other", &(ccdk_stack_props){
        .account = "222222222222",
        .region = "eu-west-1",
        .cli_credentials_synthesizer = &(ccdk_cli_credentials_stack_synthesizer_props){0},
    });
    ccdk_sqs_queue_new(other, "Local", &(ccdk_sqs_queue_props){.queue_name = "local"});
    ccdk_cfn_output_new(other, "JobsUrl", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_url(queue)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
