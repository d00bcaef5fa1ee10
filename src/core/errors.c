/* errors.c - the error funnel: every error of every App passes through here (one breakpoint
 * catches them all), and the process-wide list for errors that belong to no App (a scope that is
 * NULL or not a construct: construct.c's ccdk__bad_scope). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

static pthread_mutex_t process_mu = PTHREAD_MUTEX_INITIALIZER;
/* malloc'd lines, never freed while the process runs; secondary: a NULL target's or argument's
 * (null_target), said only by a synth with no other error */
static struct process_error {
    char *line;
    int secondary;
} *process_errors;
static size_t nprocess_errors, capprocess_errors;

static void push_error(ccdk_app *app, const char *path, const char *msg)
{
    if (app->nerrors == app->caperrors)
        app->errors = ccdk__grow(app->errors, &app->caperrors, sizeof *app->errors, 8);
    size_t n = strlen(msg) + (path ? strlen(path) : 0) + 4;
    char *line = malloc(n);
    if (!line)
        abort();
    if (path && *path)
        snprintf(line, n, "%s: %s", path, msg);
    else
        snprintf(line, n, "%s", msg);
    app->errors[app->nerrors++] = line;
}

ccdk__node *ccdk__node_of(const void *handle)
{
    ccdk__node *n = (ccdk__node *)handle;
    if (!n || n->magic != CCDK__MAGIC)
        return NULL;
    return n;
}

void ccdk__error(const void *scope, const char *fmt, ...)
{
    ccdk__node *n = ccdk__node_of(scope);
    char *buf;
    va_list ap;
    va_start(ap, fmt);
    int len = vasprintf(&buf, fmt, ap); /* whole: a message is never cut short (a cycle through
                                         * 1,500 stacks names 1,499 reasons) */
    va_end(ap);
    if (len < 0)
        abort();
    if (!n) /* no App to record it on: not lost, the process-wide list fails every synth */
        ccdk__process_error("%s (on a handle that is not a construct)", buf);
    else
        push_error(n->app, n->path, buf);
    free(buf);
}

void ccdk__unscoped_error(ccdk_app *app, const char *fmt, ...)
{
    char *buf;
    va_list ap;
    va_start(ap, fmt);
    int len = vasprintf(&buf, fmt, ap);
    va_end(ap);
    if (len < 0)
        abort();
    push_error(app, NULL, buf);
    free(buf);
}

int ccdk__failed(ccdk_app *app) { return app->nerrors > 0; }

void ccdk__lazy_error(ccdk_app *app, const char *fmt, ...)
{
    if (app->lazy_error) /* a producer throws once: the first error stands */
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vasprintf(&app->lazy_error, fmt, ap); /* whole: a message is never cut short */
    va_end(ap);
    if (n < 0)
        abort();
}

static void record_process_error(const char *msg, int secondary)
{
    char *line = strdup(msg);
    if (!line)
        abort();
    pthread_mutex_lock(&process_mu);
    if (nprocess_errors && !strcmp(process_errors[nprocess_errors - 1].line, line)) {
        /* the same call again (a helper of the function that recorded it, or a loop): once */
        pthread_mutex_unlock(&process_mu);
        free(line);
        return;
    }
    if (nprocess_errors == capprocess_errors)
        process_errors = ccdk__grow(process_errors, &capprocess_errors, sizeof *process_errors, 8);
    process_errors[nprocess_errors] = (struct process_error){line, secondary};
    __atomic_store_n(&nprocess_errors, nprocess_errors + 1, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&process_mu);
}

void ccdk__process_error(const char *fmt, ...)
{
    char *buf;
    va_list ap;
    va_start(ap, fmt);
    int len = vasprintf(&buf, fmt, ap);
    va_end(ap);
    if (len < 0)
        abort();
    record_process_error(buf, 0);
    free(buf);
}

size_t ccdk_process_error_count(void) { return __atomic_load_n(&nprocess_errors, __ATOMIC_ACQUIRE); }

const char *ccdk_process_error(size_t i)
{
    pthread_mutex_lock(&process_mu);
    const char *e = i < nprocess_errors ? process_errors[i].line : NULL;
    pthread_mutex_unlock(&process_mu);
    return e;
}

void ccdk__process_errors_clear(void)
{
    pthread_mutex_lock(&process_mu);
    for (size_t i = 0; i < nprocess_errors; i++)
        free(process_errors[i].line);
    __atomic_store_n(&nprocess_errors, 0, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&process_mu);
}

void ccdk__take_process_errors(ccdk_app *app)
{
    pthread_mutex_lock(&process_mu);
    for (size_t i = app->process_errors_taken; i < nprocess_errors; i++)
        if (!process_errors[i].secondary)
            push_error(app, NULL, process_errors[i].line);
    /* a NULL target's error is said only when nothing else is wrong (it most likely comes from a
     * call that failed already), but it always fails the synth */
    int quiet = app->nerrors > 0;
    for (size_t i = app->process_errors_taken; i < nprocess_errors; i++)
        if (process_errors[i].secondary) {
            if (!quiet) /* else the synth fails on its other errors */
                push_error(app, NULL, process_errors[i].line);
        }
    if (app->process_errors_taken < nprocess_errors)
        app->process_errors_taken = nprocess_errors;
    pthread_mutex_unlock(&process_mu);
}

int ccdk__handle_ok(const void *handle, const char *func)
{
    if (!handle)
        return 0;
    if (ccdk__node_of(handle))
        return 1;
    ccdk__process_error("%s: the handle is not a construct handle", func);
    return 0;
}

/* A NULL target of a call that adds or changes something: the change would be missing from the
 * template, with exit status 0. The error always fails every later synth in the process, but it is
 * printed only by a synth that has no other error: a NULL that comes out of a call that already
 * failed (and failed its App) would add nothing but noise (ccdk__take_process_errors). */
static int null_target(const char *func)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s: the handle is NULL", func);
    record_process_error(buf, 1);
    return 0;
}

int ccdk__target_ok(const void *handle, const char *func)
{
    return handle ? ccdk__handle_ok(handle, func) : null_target(func);
}

int ccdk__object_ok(const void *object, const char *func)
{
    return object ? 1 : null_target(func);
}

int ccdk__arg_ok(const void *arg, const char *func, const char *name)
{
    if (arg)
        return 1;
    /* said only when nothing else is wrong, as null_target's */
    char buf[512];
    snprintf(buf, sizeof buf, "%s: %s is NULL", func, name);
    record_process_error(buf, 1);
    return 0;
}

int ccdk__arg_handle_ok(const void *handle, const char *func, const char *name)
{
    return handle ? ccdk__handle_ok(handle, func) : ccdk__arg_ok(handle, func, name);
}

int ccdk__grantee_ok(const void *grantee, const char *func)
{
    if (grantee)
        return 1;
    /* as a NULL argument's: always fails the synth, said only when nothing else is wrong */
    char buf[512];
    snprintf(buf, sizeof buf, "%s: the grantee is NULL", func);
    record_process_error(buf, 1);
    return 0;
}

static void enum_error(const void *scope, int value, const char *type, const char *range, const char *what)
{
    if (scope)
        ccdk__error(scope, "%s: %d is not a valid %s (%s)", what, value, type, range);
    else
        ccdk__process_error("%s: %d is not a valid %s (%s)", what, value, type, range);
}

int ccdk__enum_ok(const void *scope, int value, int first, int last, const char *type, const char *range,
                  const char *what)
{
    if (value >= first && value <= last)
        return 1;
    enum_error(scope, value, type, range, what);
    return 0;
}

int ccdk__enum_in(const void *scope, int value, const int *table, size_t n, const char *type, const char *what)
{
    for (size_t i = 0; i < n; i++)
        if (table[i] == value)
            return 1;
    enum_error(scope, value, type, "not one of its constants", what);
    return 0;
}

const struct ccdk__list_mark ccdk__list_mark = {0};

size_t ccdk__list_len(const struct ccdk__list_mark *mark, const void *items, size_t count, const char *what)
{
    if (mark == &ccdk__list_mark)
        return items ? count : 0;
    if (mark || items || count)
        ccdk__process_error("%s: a list must be built with CCDK_LIST, CCDK_STRS or CCDK_KVS (ccdk/core.h)",
                            what ? what : "list");
    return 0;
}

void *ccdk__list_nt(ccdk_app *app, const struct ccdk__list_mark *mark, const void *items, size_t count,
                    size_t elem, const char *what)
{
    size_t n = ccdk__list_len(mark, items, count, what);
    if (mark != &ccdk__list_mark)
        return NULL;
    /* an item of zero bytes (a NULL string or handle, a {NULL, NULL} pair) is the terminator: the
     * items after it would be silently dropped. An error instead, under ccdk__arg_ok's rule (a NULL
     * out of a call that failed is that failure's) */
    for (size_t i = 0; i < n; i++) {
        const unsigned char *b = (const unsigned char *)items + i * elem;
        size_t k = 0;
        while (k < elem && !b[k])
            k++;
        if (k == elem) {
            char buf[512];
            snprintf(buf, sizeof buf, "%s: item %zu of the list is NULL", what ? what : "list", i);
            record_process_error(buf, 1);
            n = i;
            break;
        }
    }
    char *out = ccdk__alloc(app, (n + 1) * elem);
    if (n)
        memcpy(out, items, n * elem);
    memset(out + n * elem, 0, elem);
    return out;
}
