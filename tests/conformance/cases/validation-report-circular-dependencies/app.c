/* Conformance case 'validation-report-circular-dependencies': see app.js. */
#include <ccdk/core.h>
#include <string.h>

/* stack, resource, Properties, DependsOn, Metadata "M" (JSON text) */
static const struct {
    const char *stack, *id, *props, *depends_on, *metadata;
} rows[] = {
    {"Self", "A", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"Self", "B", "{\"DisplayName\":{\"Fn::GetAtt\":[\"B\",\"TopicName\"]}}", NULL, NULL},
    {"Self", "C", "{\"DisplayName\":{\"Fn::GetAtt\":\"C.TopicName\"}}", NULL, NULL},
    {"Self", "D", "{\"DisplayName\":{\"Fn::Sub\":\"x${D}\"}}", NULL, NULL},
    {"Self", "E", "{\"DisplayName\":{\"Fn::Sub\":\"${AWS::Region}${E.TopicName}\"}}", NULL, NULL},
    {"Self", "F", "{\"DisplayName\":{\"Fn::Sub\":\"x${ F }\"}}", NULL, NULL},
    {"Self", "G", "{\"DisplayName\":{\"Fn::Sub\":[\"x${v}\",{\"v\":{\"Ref\":\"G\"}}]}}", NULL, NULL},
    {"Self", "H", NULL, "\"H\"", NULL},
    {"Self", "I", NULL, NULL, "{\"Ref\":\"I\"}"},
    {"Self", "NotBang", "{\"DisplayName\":{\"Fn::Sub\":\"x${!NotBang}\"}}", NULL, NULL},
    {"Self", "NotShadowed", "{\"DisplayName\":{\"Fn::Sub\":[\"x${NotShadowed}\",{\"NotShadowed\":\"v\"}]}}", NULL, NULL},
    {"Self", "NotParam", "{\"DisplayName\":{\"Ref\":\"AWS::Region\"}}", NULL, NULL},
    {"Three", "A", "{\"DisplayName\":{\"Ref\":\"B\"}}", NULL, NULL},
    {"Three", "B", "{\"DisplayName\":{\"Ref\":\"C\"}}", NULL, NULL},
    {"Three", "C", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"ThreeRev", "Z", "{\"DisplayName\":{\"Ref\":\"M\"}}", NULL, NULL},
    {"ThreeRev", "A", "{\"DisplayName\":{\"Ref\":\"Z\"}}", NULL, NULL},
    {"ThreeRev", "M", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"Overlap", "A", "{\"DisplayName\":{\"Ref\":\"B\"}}", NULL, NULL},
    {"Overlap", "B", "{\"DisplayName\":{\"Fn::Join\":[\"\",[{\"Ref\":\"A\"},{\"Ref\":\"C\"}]]}}", NULL, NULL},
    {"Overlap", "C", "{\"DisplayName\":{\"Ref\":\"B\"}}", NULL, NULL},
    {"SelfFirst", "R", "{\"DisplayName\":{\"Fn::Join\":[\"\",[{\"Ref\":\"B\"},{\"Ref\":\"C\"}]]}}", NULL, NULL},
    {"SelfFirst", "B", "{\"DisplayName\":{\"Ref\":\"B\"}}", NULL, NULL},
    {"SelfFirst", "C", "{\"DisplayName\":{\"Ref\":\"R\"}}", NULL, NULL},
    {"TwoCycles", "A", "{\"DisplayName\":{\"Fn::Join\":[\"\",[{\"Ref\":\"B\"},{\"Ref\":\"C\"}]]}}", NULL, NULL},
    {"TwoCycles", "B", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"TwoCycles", "C", "{\"DisplayName\":{\"Ref\":\"D\"}}", NULL, NULL},
    {"TwoCycles", "D", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"TwoCycles", "Tail", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"DeadEnd", "A", "{\"DisplayName\":{\"Fn::Join\":[\"\",[{\"Ref\":\"X\"},{\"Ref\":\"B\"}]]}}", NULL, NULL},
    {"DeadEnd", "X", "{\"DisplayName\":{\"Ref\":\"Y\"}}", NULL, NULL},
    {"DeadEnd", "Y", NULL, NULL, NULL},
    {"DeadEnd", "B", "{\"DisplayName\":{\"Ref\":\"X\"},\"TopicName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"DependsOnFirst", "A", "{\"DisplayName\":{\"Ref\":\"C\"}}", "[\"B\"]", NULL},
    {"DependsOnFirst", "B", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"DependsOnFirst", "C", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"MetadataFirst", "A", "{\"DisplayName\":{\"Ref\":\"C\"}}", NULL, "{\"Ref\":\"B\"}"},
    {"MetadataFirst", "B", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"MetadataFirst", "C", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"PropertyOrder", "A", "{\"TopicName\":{\"Ref\":\"C\"},\"DisplayName\":{\"Ref\":\"B\"}}", NULL, NULL},
    {"PropertyOrder", "B", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"PropertyOrder", "C", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"RefBeforeGetAtt", "A", "{\"TopicName\":{\"Fn::GetAtt\":[\"C\",\"TopicName\"]},\"DisplayName\":{\"Ref\":\"B\"}}", NULL, NULL},
    {"RefBeforeGetAtt", "B", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"RefBeforeGetAtt", "C", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"SubAsRef", "A", "{\"TopicName\":{\"Fn::Sub\":\"${C}\"},\"DisplayName\":{\"Ref\":\"B\"}}", NULL, NULL},
    {"SubAsRef", "B", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"SubAsRef", "C", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"PropertyRefBeforeMetadataGetAtt", "A", "{\"TopicName\":{\"Ref\":\"C\"}}", NULL, "{\"Fn::GetAtt\":[\"B\",\"TopicName\"]}"},
    {"PropertyRefBeforeMetadataGetAtt", "B", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"PropertyRefBeforeMetadataGetAtt", "C", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"MetadataRefBeforePropertySub", "A", "{\"TopicName\":{\"Fn::Sub\":\"${C}\"}}", NULL, "{\"Ref\":\"B\"}"},
    {"MetadataRefBeforePropertySub", "B", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"MetadataRefBeforePropertySub", "C", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"SubVariablesFirst", "A", "{\"TopicName\":{\"Fn::Sub\":[\"${C}${v}\",{\"v\":{\"Ref\":\"B\"}}]}}", NULL, NULL},
    {"SubVariablesFirst", "B", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"SubVariablesFirst", "C", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"SubAttrAsGetAtt", "A", "{\"TopicName\":{\"Fn::Sub\":\"${C.TopicName}\"},\"DisplayName\":{\"Fn::GetAtt\":[\"B\",\"TopicName\"]}}", NULL, NULL},
    {"SubAttrAsGetAtt", "B", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
    {"SubAttrAsGetAtt", "C", "{\"DisplayName\":{\"Ref\":\"A\"}}", NULL, NULL},
};

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"aws:cdk:disable-creation-stack-traces", "true"})});
    ccdk_stack *s = NULL;
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        if (!i || strcmp(rows[i].stack, rows[i - 1].stack))
            s = ccdk_stack_new(app, rows[i].stack, NULL);
        ccdk_cfn_resource *r = ccdk_cfn_resource_new(s, rows[i].id, "AWS::SNS::Topic",
                                                     rows[i].props ? ccdk_v_json(s, rows[i].props) : NULL);
        if (rows[i].depends_on)
            ccdk_cfn_resource_add_override(r, "DependsOn", ccdk_v_json(s, rows[i].depends_on));
        if (rows[i].metadata)
            ccdk_cfn_resource_add_metadata(r, "M", ccdk_v_json(s, rows[i].metadata));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc;
}
