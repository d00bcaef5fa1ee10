/* test_fact.c - region-info facts: every built-in fact of the generated table (facts_table.c) as
 * aws-cdk-lib's Fact.find gives it (node, run live), and ccdk_fact_register's rules (a conflicting
 * value, allow_replacing, a NULL value, the facts being the App's). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "region_fact.h"
#include "testlib.h"

/* every (region, name, value) of Fact.definedFacts(), one a line, tab-separated */
TEST(builtins_match_node)
{
    FILE *p = popen("node -e \"const {Fact}=require('aws-cdk-lib/region-info');"
                    "for(const [r,n] of Fact.definedFacts())console.log(r+'\\t'+n+'\\t'+Fact.find(r,n))\"",
                    "r");
    if (!CHECK_RET(p != NULL))
        return;
    char line[4096];
    unsigned n = 0, bad = 0;
    while (fgets(line, sizeof line, p)) {
        line[strcspn(line, "\n")] = 0;
        char *name = strchr(line, '\t'), *value = name ? strchr(name + 1, '\t') : NULL;
        if (!CHECK_RET(value != NULL))
            break;
        *name++ = 0;
        *value++ = 0;
        const char *got = ccdk_fact_find(NULL, line, name);
        if (!got || strcmp(got, value)) {
            if (bad++ < 5)
                CHECK_MSG(0, "%s %s: %s, node %s", line, name, got ? got : "(null)", value);
        }
        n++;
    }
    CHECK(pclose(p) == 0);
    CHECK_INT_EQ(n, ccdk__nfacts);
    CHECK_INT_EQ(bad, 0);
    CHECK(ccdk_fact_find(NULL, "us-east-1", "noSuchFact") == NULL);
    CHECK(ccdk_fact_find(NULL, "xx-nowhere-1", "partition") == NULL);
}

TEST(register_rules)
{
    ccdk_app *a = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_app *b = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    CHECK_INT_EQ(ccdk_fact_register(a, "us-east-1", "MyFact", "one", 0), 0);
    CHECK_STR_EQ(ccdk_fact_find(a, "us-east-1", "MyFact"), "one");
    CHECK(ccdk_fact_find(b, "us-east-1", "MyFact") == NULL); /* the App's, not the process's */
    CHECK_INT_EQ(ccdk_fact_register(a, "us-east-1", "MyFact", "one", 0), 0); /* the same value again */
    CHECK_INT_EQ(ccdk_fact_register(a, "us-east-1", "MyFact", "two", 0), -1);
    CHECK_INT_EQ((int)a->nerrors, 1);
    CHECK_CONTAINS(a->errors[0], "Region us-east-1 already has a fact MyFact, with value one");
    CHECK_INT_EQ(ccdk_fact_register(a, "us-east-1", "MyFact", "two", 1), 0);
    CHECK_STR_EQ(ccdk_fact_find(a, "us-east-1", "MyFact"), "two");
    /* a built-in fact: another value needs allow_replacing */
    CHECK_INT_EQ(ccdk_fact_register(b, "us-east-1", "partition", "aws", 0), 0);
    CHECK_INT_EQ(ccdk_fact_register(b, "us-east-1", "partition", "other", 0), -1);
    CHECK_INT_EQ(ccdk_fact_register(b, "us-east-1", "partition", "other", 1), 0);
    CHECK_STR_EQ(ccdk_fact_find(b, "us-east-1", "partition"), "other");
    CHECK_STR_EQ(ccdk_fact_find(a, "us-east-1", "partition"), "aws");
    /* a NULL value registers nothing */
    CHECK_INT_EQ(ccdk_fact_register(a, "eu-west-1", "Other", NULL, 0), 0);
    CHECK(ccdk_fact_find(a, "eu-west-1", "Other") == NULL);
    ccdk_app_free(a);
    ccdk_app_free(b);
}

int main(void)
{
    RUN(builtins_match_node);
    RUN(register_rules);
    return TEST_DONE();
}
