/* bench workload (c): the fingerprint's floor. SHA-256 of every regular file under DIR with
 * OpenSSL EVP, on all cores (one thread per online CPU, files handed out one at a time).
 * This is only the hashing of the bytes: no ordering, no per-entry metadata, no copy.
 * Usage: sha256_floor DIR [THREADS]    prints "<files> files, <bytes> bytes, xor-digest <hex>" */
#include <fcntl.h>
#include <ftw.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char **files;
static size_t nfiles, capfiles;
static atomic_size_t next_file;
static unsigned char xor_digest[32];
static unsigned long long total_bytes;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int failed;

static int collect(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st; (void)ftw;
    if (type != FTW_F) return 0;
    if (nfiles == capfiles) {
        capfiles = capfiles ? capfiles * 2 : 1024;
        files = realloc(files, capfiles * sizeof *files);
        if (!files) { perror("realloc"); exit(1); }
    }
    files[nfiles++] = strdup(path);
    return 0;
}

static void *worker(void *arg)
{
    (void)arg;
    enum { BUF = 1 << 20 };
    unsigned char *buf = malloc(BUF);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    unsigned char local[32] = {0};
    unsigned long long bytes = 0;
    for (;;) {
        size_t i = atomic_fetch_add(&next_file, 1);
        if (i >= nfiles) break;
        int fd = open(files[i], O_RDONLY);
        if (fd < 0) { perror(files[i]); failed = 1; continue; }
        EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
        ssize_t r;
        while ((r = read(fd, buf, BUF)) > 0) {
            EVP_DigestUpdate(ctx, buf, (size_t)r);
            bytes += (unsigned long long)r;
        }
        if (r < 0) { perror(files[i]); failed = 1; }
        close(fd);
        unsigned char d[32];
        unsigned int dl = 0;
        EVP_DigestFinal_ex(ctx, d, &dl);
        for (int k = 0; k < 32; k++) local[k] ^= d[k];
    }
    pthread_mutex_lock(&lock);
    for (int k = 0; k < 32; k++) xor_digest[k] ^= local[k];
    total_bytes += bytes;
    pthread_mutex_unlock(&lock);
    EVP_MD_CTX_free(ctx);
    free(buf);
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: sha256_floor DIR [THREADS]\n");
        return 2;
    }
    if (nftw(argv[1], collect, 64, FTW_PHYS) != 0) { perror(argv[1]); return 1; }
    long nt = argc > 2 ? strtol(argv[2], NULL, 10) : sysconf(_SC_NPROCESSORS_ONLN);
    if (nt < 1) nt = 1;
    if (nt > 256) nt = 256;
    pthread_t th[256];
    for (long t = 0; t < nt; t++) pthread_create(&th[t], NULL, worker, NULL);
    for (long t = 0; t < nt; t++) pthread_join(th[t], NULL);
    printf("%zu files, %llu bytes, %ld threads, xor-digest ", nfiles, total_bytes, nt);
    for (int k = 0; k < 32; k++) printf("%02x", xor_digest[k]);
    printf("\n");
    return failed;
}
