/* replicationRules to destinations of other stacks and accounts (see app.js). */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *destinations = ccdk_stack_new(app, "Destinations", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_s3_bucket *same_account = ccdk_s3_bucket_new(destinations, "SameAccount", &(ccdk_s3_bucket_props){.versioned = CCDK_TRUE});
    ccdk_stack *other = ccdk_stack_new(app, "Other", &(ccdk_stack_props){.account = "222222222222", .region = "us-east-1"});
    ccdk_s3_bucket *other_account = ccdk_s3_bucket_new(other, "OtherAccount", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE, .bucket_name = "other-account-replica"});
    ccdk_stack *source = ccdk_stack_new(app, "Source", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_s3_bucket_new(source, "Bucket", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .replication_rules = CCDK_LIST_OF(ccdk_s3_replication_rule,
                                          {.destination = same_account, .priority = CCDK_NUM(1)},
                                          {.destination = other_account, .priority = CCDK_NUM(2),
                                           .access_control_transition = CCDK_TRUE}),
    });
    ccdk_s3_bucket_add_replication_policy(other_account, "arn:aws:iam::111111111111:role/CDKReplicationRole", CCDK_TRUE,
                                          "111111111111");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
