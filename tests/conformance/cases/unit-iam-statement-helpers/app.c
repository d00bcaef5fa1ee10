/* aws-iam policy-document.test.ts and policy-statement.test.ts, PolicyStatement's shorthands:
 * addAwsAccountPrincipal (twice), addAccountCondition, addServicePrincipal (with conditions too),
 * addSourceAccountCondition, addSourceArnCondition, addAccountRootPrincipal, addAnyPrincipal,
 * addCanonicalUserPrincipal, addArnPrincipal, addConditions (merged into addCondition's operator);
 * documents as properties of Custom::Doc resources, in a stack with an environment too (the account
 * root there is the stack's account), and conditions on a role's DefaultPolicy. */
#include <stdio.h>

#include <ccdk/iam.h>

static ccdk_stack *stack;

static void put(const char *id, ccdk_iam_policy_document *doc)
{
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "Document", ccdk_iam_policy_document_value(doc));
    ccdk_cfn_resource_new(stack, id, "Custom::Doc", props);
}

static ccdk_iam_policy_statement *stmt(void) { return ccdk_iam_policy_statement_new(stack, NULL); }

static ccdk_value *cond(const char *op, const char *key, const char *value)
{
    ccdk_value *inner = ccdk_v_object(stack), *o = ccdk_v_object(stack);
    ccdk_v_set(inner, key, ccdk_v_string(stack, value));
    ccdk_v_set(o, op, inner);
    return o;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "Stack", NULL);
    {
        ccdk_iam_policy_statement *p = stmt();
        ccdk_iam_policy_statement_add_actions(p, CCDK_STRS("sqs:SendMessage"));
        ccdk_iam_policy_statement_add_actions(p, CCDK_STRS("dynamodb:CreateTable", "dynamodb:DeleteTable"));
        ccdk_iam_policy_statement_add_resources(p, CCDK_STRS("myQueue"));
        ccdk_iam_policy_statement_add_resources(p, CCDK_STRS("yourQueue"));
        ccdk_iam_policy_statement_add_all_resources(p);
        char account[256];
        snprintf(account, sizeof account, "my%sname", ccdk_aws_account_id(stack));
        ccdk_iam_policy_statement_add_aws_account_principal(p, account);
        ccdk_iam_policy_statement_add_account_condition(p, "12221121221");
        put("ProgrammingModel", ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(p)));
    }
    {
        ccdk_iam_policy_statement *p = stmt();
        ccdk_iam_policy_statement_add_actions(p, CCDK_STRS("sns:Publish"));
        ccdk_iam_policy_statement_add_resources(p, CCDK_STRS("myTopic"));
        ccdk_iam_policy_statement_add_all_resources(p);
        ccdk_iam_policy_statement_add_service_principal(p, "s3.amazonaws.com", NULL);
        ccdk_iam_policy_statement_add_source_account_condition(p, "12221121221");
        ccdk_iam_policy_statement_add_source_arn_condition(p, "bucketArn");
        put("SourceConditions", ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(p)));
    }
    {
        ccdk_iam_policy_statement *p = stmt();
        ccdk_iam_policy_statement_add_actions(p, CCDK_STRS("service:action"));
        ccdk_iam_policy_statement_add_account_root_principal(p);
        put("AccountRoot", ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(p)));
    }
    {
        ccdk_iam_policy_statement *p = stmt();
        ccdk_iam_policy_statement_add_actions(p, CCDK_STRS("service:action"));
        ccdk_iam_policy_statement_add_aws_account_principal(p, "1234");
        ccdk_iam_policy_statement_add_aws_account_principal(p, "5678");
        put("TwoAccounts", ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(p)));
    }
    {
        ccdk_iam_policy_statement *s = stmt(), *s1 = stmt(), *s2 = stmt();
        ccdk_iam_policy_statement_add_any_principal(s);
        ccdk_iam_policy_statement_add_canonical_user_principal(s1, "cannonical-user-1");
        ccdk_iam_policy_statement_add_principals(
            s2, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_canonical_user_principal(stack, "cannonical-user-2")));
        put("AnyAndCanonical", ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(s, s1, s2)));
    }
    {
        ccdk_iam_policy_statement *s = stmt();
        ccdk_iam_policy_statement_add_arn_principal(s, "349494949494");
        ccdk_iam_policy_statement_add_service_principal(s, "test.service", NULL);
        ccdk_iam_policy_statement_add_resources(s, CCDK_STRS("resource"));
        ccdk_iam_policy_statement_add_actions(s, CCDK_STRS("service:action"));
        put("MultiplePrincipalTypes", ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(s)));
    }
    {
        ccdk_iam_policy_statement *s = stmt();
        ccdk_iam_policy_statement_add_actions(s, CCDK_STRS("service:action"));
        ccdk_iam_policy_statement_add_condition(s, "StringEquals", "aws:PrincipalTag/team", ccdk_v_string(stack, "a"));
        ccdk_value *c = cond("StringEquals", "aws:RequestedRegion", "us-east-1");
        ccdk_value *b = ccdk_v_object(stack);
        ccdk_v_set(b, "aws:SecureTransport", ccdk_v_string(stack, "true"));
        ccdk_v_set(c, "Bool", b);
        ccdk_iam_policy_statement_add_conditions(s, c);
        ccdk_iam_policy_statement_add_service_principal(s, "lambda.amazonaws.com", cond("StringLike", "aws:SourceArn", "arn:aws:lambda:*"));
        ccdk_iam_policy_statement_add_service_principal(s, "lambda.amazonaws.com", cond("StringLike", "aws:SourceArn", "arn:aws:lambda:*"));
        put("Conditions", ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(s)));
    }

    ccdk_stack *env_stack = ccdk_stack_new(app, "EnvStack", &(ccdk_stack_props){.account = "111122223333", .region = "cn-north-1"});
    {
        ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(env_stack, NULL);
        ccdk_iam_policy_statement_add_actions(s, CCDK_STRS("test:Action"));
        ccdk_iam_policy_statement_add_service_principal(s, "codedeploy.amazonaws.com", NULL);
        ccdk_iam_policy_statement_add_service_principal(s, "test.service-principal.dev", NULL);
        ccdk_iam_policy_statement *r = ccdk_iam_policy_statement_new(env_stack, NULL);
        ccdk_iam_policy_statement_add_actions(r, CCDK_STRS("sts:AssumeRole"));
        ccdk_iam_policy_statement_add_account_root_principal(r);
        ccdk_iam_policy_statement_add_source_account_condition(r, ccdk_stack_account(env_stack));
        ccdk_value *props = ccdk_v_object(env_stack);
        ccdk_v_set(props, "Document", ccdk_iam_policy_document_value(ccdk_iam_policy_document_new(
                                          env_stack, (ccdk_iam_policy_statement_list)CCDK_LIST(s, r))));
        ccdk_cfn_resource_new(env_stack, "Doc", "Custom::Doc", props);
    }
    ccdk_iam_role *role = ccdk_iam_role_new(env_stack, "Role",
                                            &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(env_stack, "lambda.amazonaws.com")});
    {
        ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(env_stack, NULL);
        ccdk_iam_policy_statement_add_actions(s, CCDK_STRS("sqs:SendMessage"));
        ccdk_iam_policy_statement_add_all_resources(s);
        ccdk_iam_policy_statement_add_source_arn_condition(s, "arn:aws-cn:sns:cn-north-1:111122223333:Topic");
        ccdk_value *c = ccdk_v_object(env_stack), *se = ccdk_v_object(env_stack);
        ccdk_v_set(se, "aws:RequestedRegion", ccdk_v_string(env_stack, "cn-north-1"));
        ccdk_v_set(c, "StringEquals", se);
        ccdk_iam_policy_statement_add_conditions(s, c);
        ccdk_iam_policy_statement_add_account_condition(s, "444455556666");
        ccdk_iam_role_add_to_policy(role, s);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
