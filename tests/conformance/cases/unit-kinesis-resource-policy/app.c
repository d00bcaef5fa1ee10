/* Conformance case 'unit-kinesis-resource-policy': kinesis.ResourcePolicy (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>

static ccdk_iam_policy_statement *statement(ccdk_stack *owner, ccdk_strs actions, ccdk_iam_principal *principal,
                                            const char *arn)
{
    if (!principal)
        return ccdk_iam_policy_statement_new(owner, &(ccdk_iam_policy_statement_props){
            .actions = actions, .resources = CCDK_STRS(arn)});
    return ccdk_iam_policy_statement_new(owner, &(ccdk_iam_policy_statement_props){
        .actions = actions, .principals = CCDK_LIST(principal), .resources = CCDK_STRS(arn)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *create = ccdk_stack_new(app, "Create", NULL);
    ccdk_kinesis_stream *s1 = ccdk_kinesis_stream_new(create, "Stream", &(ccdk_kinesis_stream_props){0});
    ccdk_iam_policy_document *d1 = ccdk_iam_policy_document_new(create, (ccdk_iam_policy_statement_list)CCDK_LIST(
        statement(create, CCDK_STRS("kinesis:GetRecords"), ccdk_iam_any_principal(create), ccdk_kinesis_stream_arn(s1))));
    ccdk_iam_policy_document_assign_sids(d1);
    ccdk_kinesis_resource_policy_new(create, "ResourcePolicy",
                                     &(ccdk_kinesis_resource_policy_props){.stream = s1, .policy_document = d1});

    ccdk_stack *cons = ccdk_stack_new(app, "Consumer", NULL);
    ccdk_kinesis_stream *s2 = ccdk_kinesis_stream_new(cons, "Stream", NULL);
    ccdk_kinesis_stream_consumer *c2 = ccdk_kinesis_stream_consumer_new(cons, "Consumer",
        &(ccdk_kinesis_stream_consumer_props){.stream = s2, .stream_consumer_name = "c1"});
    ccdk_iam_policy_document *d2 = ccdk_iam_policy_document_new(cons, (ccdk_iam_policy_statement_list)CCDK_LIST(
        statement(cons, CCDK_STRS("kinesis:DescribeStreamConsumer", "kinesis:SubscribeToShard"),
                  ccdk_iam_account_principal(cons, "123456789012"), ccdk_kinesis_stream_consumer_arn(c2))));
    ccdk_kinesis_resource_policy_new(cons, "ConsumerPolicy",
                                     &(ccdk_kinesis_resource_policy_props){.stream_consumer = c2, .policy_document = d2});

    ccdk_stack *def = ccdk_stack_new(app, "DefaultDocument", NULL);
    ccdk_kinesis_stream *s3 = ccdk_kinesis_stream_new(def, "Stream", NULL);
    ccdk_kinesis_resource_policy *p3 = ccdk_kinesis_resource_policy_new(def, "Policy",
                                                                        &(ccdk_kinesis_resource_policy_props){.stream = s3});
    ccdk_iam_policy_document_add_statements(ccdk_kinesis_resource_policy_document(p3),
        statement(def, CCDK_STRS("kinesis:DescribeStreamSummary"), ccdk_iam_account_root_principal(def),
                  ccdk_kinesis_stream_arn(s3)));
    ccdk_iam_policy_document_add_statements(ccdk_kinesis_resource_policy_document(p3),
        statement(def, CCDK_STRS("kinesis:ListShards"), NULL, ccdk_kinesis_stream_arn(s3)));
    ccdk_kinesis_stream_add_to_resource_policy(s3,
        statement(def, CCDK_STRS("kinesis:GetRecords"), ccdk_iam_account_principal(def, "123456789012"),
                  ccdk_kinesis_stream_arn(s3)));

    ccdk_stack *imp = ccdk_stack_new(app, "Imported", NULL);
    ccdk_kinesis_stream *s4 = ccdk_kinesis_stream_from_stream_arn(imp, "Stream", "arn:aws:kinesis:us-east-1:123456789012:stream/s1");
    ccdk_kinesis_resource_policy_new(imp, "Policy", &(ccdk_kinesis_resource_policy_props){
        .stream = s4,
        .policy_document = ccdk_iam_policy_document_new(imp, (ccdk_iam_policy_statement_list)CCDK_LIST(
            statement(imp, CCDK_STRS("kinesis:GetRecords"), ccdk_iam_any_principal(imp), ccdk_kinesis_stream_arn(s4))))});

    ccdk_stack *owner = ccdk_stack_new(app, "Owner", NULL);
    ccdk_kinesis_stream *s5 = ccdk_kinesis_stream_new(owner, "Stream", NULL);
    ccdk_stack *cross = ccdk_stack_new(app, "CrossStack", NULL);
    ccdk_kinesis_resource_policy_new(cross, "Policy", &(ccdk_kinesis_resource_policy_props){
        .stream = s5,
        .policy_document = ccdk_iam_policy_document_new(cross, (ccdk_iam_policy_statement_list)CCDK_LIST(
            statement(cross, CCDK_STRS("kinesis:GetRecords"), ccdk_iam_account_root_principal(cross), ccdk_kinesis_stream_arn(s5))))});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
