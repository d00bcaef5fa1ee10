/* Conformance case 'error-ported-core-synthesis-clicreds-token-parameters': see app.js (a token in ccdk_cli_credentials_stack_synthesizer_props). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack_new(app, "Stack", &(ccdk_stack_props){
        .cli_credentials_synthesizer = &(ccdk_cli_credentials_stack_synthesizer_props){
            .file_assets_bucket_name = ccdk_fmt(app, "my-bucket-%s", ccdk_aws_region(app)),
        },
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
