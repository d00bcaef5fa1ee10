/* test_locale_compare.c - ccdk__locale_compare (core/cfn.c), the order of DependsOn (construct
 * paths) and of tags, against JavaScript's String.prototype.localeCompare run by node: the sign of
 * every pair of a set of construct-path-like strings, with common prefixes that end before, at and
 * after 8-byte boundaries (the compare skips a common prefix 8 bytes at a time), case differences,
 * punctuation, digits and one string a prefix of another. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cfn.h"
#include "testlib.h"

static const char *const strs[] = {
    "Stack/Files/EfsSecurityGroup/from StackFn1SecurityGroupA:2049",
    "Stack/Files/EfsSecurityGroup/from StackFn10SecurityGroupB:2049",
    "Stack/Files/EfsSecurityGroup/from StackFn2SecurityGroupC:2049",
    "Stack/Files/EfsSecurityGroup/from stackFn1SecurityGroupA:2049",
    "Stack/Files/EfsSecurityGroup/Resource",
    "Stack/Files/EfsMountTarget-PrivateSubnet1",
    "Stack/Files/EfsMountTarget1",
    "Stack/Files/EfsMountTarget2",
    "Stack/Files",
    "Stack/Files/",
    "Stack/Files/Resource",
    "Stack/Fn/ServiceRole/DefaultPolicy/Resource",
    "Stack/Fn/ServiceRole/Resource",
    "Stack/Fn/Resource",
    "Stack/Fn_2/Resource",
    "Stack/Fn-2/Resource",
    "Stack/Fn.2/Resource",
    "Stack/Fn 2/Resource",
    "Stack/FN/Resource",
    "Stack/fn/Resource",
    "Stack/Vpc/PrivateSubnet1/DefaultRoute",
    "Stack/Vpc/PrivateSubnet1/RouteTableAssociation",
    "Stack/Vpc/PrivateSubnet2/DefaultRoute",
    "Stack/Vpc/PublicSubnet1/DefaultRoute",
    "Stack/Vpc/PrivateSubnet10/DefaultRoute",
    "abcdefgh",
    "abcdefgi",
    "abcdefghi",
    "abcdefgH",
    "ABCDEFGH",
    "abcdefg",
    "abcdefghijklmnop",
    "abcdefghijklmnoP",
    "abcdefghijklmnopq",
    "a",
    "",
    "1",
    "A1",
    "a:b",
    "a/b",
};
#define N (sizeof strs / sizeof *strs)

static int sign(int x) { return (x > 0) - (x < 0); }

TEST(against_javascript)
{
    char path[] = "/tmp/ccdk-locale-XXXXXX";
    int fd = mkstemp(path);
    if (!CHECK_RET(fd >= 0))
        return;
    FILE *f = fdopen(fd, "w");
    fputs("[", f);
    for (size_t i = 0; i < N; i++) {
        fputs(i ? ",\"" : "\"", f);
        fputs(strs[i], f); /* no quotes or backslashes in them */
        fputs("\"", f);
    }
    fputs("]", f);
    fclose(f);
    char cmd[512];
    snprintf(cmd, sizeof cmd,
             "node -e 'const s = JSON.parse(require(\"fs\").readFileSync(\"%s\", \"utf8\"));"
             "for (const a of s) console.log(s.map(b => Math.sign(a.localeCompare(b))).join(\" \"))'",
             path);
    FILE *p = popen(cmd, "r");
    if (!CHECK_RET(p != NULL)) {
        unlink(path);
        return;
    }
    for (size_t i = 0; i < N; i++)
        for (size_t j = 0; j < N; j++) {
            int want;
            if (!CHECK_RET(fscanf(p, "%d", &want) == 1))
                goto out;
            int got = sign(ccdk__locale_compare(strs[i], strs[j]));
            CHECK_MSG(got == want, "\"%s\" vs \"%s\": ccdk %d, JavaScript %d", strs[i], strs[j], got, want);
        }
out:
    pclose(p);
    unlink(path);
}

int main(void)
{
    RUN_ORACLE(against_javascript);
    return TEST_DONE();
}
