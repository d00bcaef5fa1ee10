/* bench workload (c): the asset fingerprint alone -- FileSystem.fingerprint(DIR), what names a
 * directory asset, without staging. Prints the hash (checked against aws-cdk-lib's).
 * Usage: fingerprint DIR */
#include <stdio.h>
#include <stdlib.h>
#include <ccdk/lambda.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: fingerprint DIR\n");
        return 2;
    }
    char hash[65];
    char *err = NULL;
    if (ccdk_fs_fingerprint(argv[1], NULL, hash, &err) != 0) {
        fprintf(stderr, "fingerprint: %s\n", err ? err : "failed");
        free(err);
        return 1;
    }
    printf("%s\n", hash);
    return 0;
}
