/* Conformance case 'ported-core-synthesis-deploy-external-id': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *myapp = ccdk_app_new(NULL);
    ccdk_stack_new(myapp, "mystack", &(ccdk_stack_props){
        .synthesizer = &(ccdk_default_stack_synthesizer_props){
            .deploy_role_external_id = "deploy-external-id",
        },
    });
    int rc = ccdk_app_synth(myapp);
    ccdk_app_free(myapp);
    return rc ? 1 : 0;
}
