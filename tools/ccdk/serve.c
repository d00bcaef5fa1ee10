/* serve.c - `ccdk serve`: every Function URL (AWS::Lambda::Url) of the assembly, nested Stage
 * assemblies included, on one loopback port, and the Lambda Invoke API on the same port.
 *
 * Routing: a URL is served at http://<its function's construct id, lower case>.localhost:PORT/
 * (browsers and curl resolve *.localhost to loopback), "<construct id>.<stack path>" when two
 * URLs' functions have the same construct id (api.prod-web for Prod/Web/Api), and also at its
 * function's logical id (lower case). A request to plain localhost:PORT goes
 * to the Invoke API when its path is /2015-03-31/functions/..., else to the only URL when there
 * is one.
 *
 * As Lambda does: payload format 2.0 events (headers lower-cased and comma-joined, the Cookie
 * header as the cookies array, the query string decoded into queryStringParameters, a body that
 * is not text base64-encoded); the result mapped back (statusCode, headers, cookies as Set-Cookie,
 * base64 bodies; a result without statusCode is a 200 application/json response of the result's
 * JSON); an error, a timeout or a crash is 502 "Internal Server Error"; CORS answered from the
 * URL's Cors block (the preflight without invoking the function, the CORS headers added to the
 * function's responses, overriding any it sets); AuthType AWS_IAM answered 403 unless --allow-iam.
 *
 * One runtime process per function, kept warm between requests (one Lambda instance), and one
 * thread that runs its invocations one at a time, in the order they came; different functions run
 * at the same time. The main thread does all the rest (connections, routing, CORS, events and
 * responses, the assembly): the threads touch only their function's runtime. When the app is synthesized again
 * (manifest.json changes), the assembly is read again and a function whose properties, code or
 * layers changed gets a new runtime at its next request. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "http.h"
#include "runtime.h"
#include "tool.h"


static const char *str_of(const ccdk_value *v) { return v && v->kind == CCDK__V_STR ? v->u.str.s : NULL; }

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* ------------------------------------------------------------------ base64 */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void b64_encode(ccdk__buf *out, const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0) | (i + 2 < n ? p[i + 2] : 0);
        ccdk__buf_putc(out, b64[v >> 18 & 63]);
        ccdk__buf_putc(out, b64[v >> 12 & 63]);
        ccdk__buf_putc(out, i + 1 < n ? b64[v >> 6 & 63] : '=');
        ccdk__buf_putc(out, i + 2 < n ? b64[v & 63] : '=');
    }
}

static void b64_decode(ccdk__buf *out, const char *s, size_t n)
{
    unsigned v = 0;
    int bits = 0;
    for (size_t i = 0; i < n; i++) {
        const char *c = s[i] ? strchr(b64, s[i]) : NULL;
        int d = c ? (int)(c - b64) : s[i] == '-' ? 62 : s[i] == '_' ? 63 : -1; /* also base64url */
        if (d < 0)
            continue;
        v = v << 6 | (unsigned)d;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            ccdk__buf_putc(out, (char)(v >> bits & 255));
        }
    }
}

static int valid_utf8(const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned c = p[i];
        size_t k = c < 0x80 ? 0 : (c & 0xe0) == 0xc0 ? 1 : (c & 0xf0) == 0xe0 ? 2 : (c & 0xf8) == 0xf0 ? 3 : 9;
        if (k == 9 || i + k >= n)
            return 0;
        for (size_t j = 1; j <= k; j++)
            if ((p[i + j] & 0xc0) != 0x80)
                return 0;
        i += k + 1;
    }
    return 1;
}

/* ------------------------------------------------------------------ HTTP (requests: http.c) */

typedef struct {
    int fd;
    ccdk__buf in;
    int sent_continue;
    int busy; /* a job for its request is under way: not read meanwhile */
    char peer[64];
} conn;

typedef struct {
    int status;
    ccdk__buf headers; /* "Name: value\r\n" lines */
    ccdk__buf body;
} hres;

/* a header line; CR and LF in names and values are dropped (no response splitting) */
static void hadd(hres *o, const char *name, const char *value)
{
    for (const char *p = name; *p; p++)
        if (*p != '\r' && *p != '\n')
            ccdk__buf_putc(&o->headers, *p);
    ccdk__buf_puts(&o->headers, ": ");
    for (const char *p = value; *p; p++)
        if (*p != '\r' && *p != '\n')
            ccdk__buf_putc(&o->headers, *p);
    ccdk__buf_puts(&o->headers, "\r\n");
}

static int has_header(const hres *o, const char *name)
{
    size_t nl = strlen(name);
    const char *p = o->headers.data;
    for (size_t i = 0; p && i < o->headers.len;) {
        if (!strncasecmp(p + i, name, nl) && p[i + nl] == ':')
            return 1;
        const char *e = memmem(p + i, o->headers.len - i, "\r\n", 2);
        if (!e)
            break;
        i = (size_t)(e - p) + 2;
    }
    return 0;
}

static const char *reason(int s)
{
    switch (s) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 413: return "Request Entity Too Large";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    default: return "Status";
    }
}

static void hsend(int fd, const hreq *rq, hres *o)
{
    ccdk__buf out = {0};
    char date[64];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    ccdk__buf_printf(&out, "HTTP/1.1 %d %s\r\nDate: %s\r\n", o->status, reason(o->status), date);
    if (o->headers.len)
        ccdk__buf_put(&out, o->headers.data, o->headers.len);
    ccdk__buf_printf(&out, "Content-Length: %zu\r\nConnection: %s\r\n\r\n", o->body.len, rq->keep_alive ? "keep-alive" : "close");
    if (strcmp(rq->method, "HEAD") && o->body.len)
        ccdk__buf_put(&out, o->body.data, o->body.len);
    tool_send_all(fd, out.data, out.len);
    ccdk__buf_free(&out);
}

static void hres_free(hres *o)
{
    ccdk__buf_free(&o->headers);
    ccdk__buf_free(&o->body);
}

/* ------------------------------------------------------------------ the server */

typedef struct {
    tool_stack *stack;
    const char *url_id, *fn_id;
    char label[300]; /* the host name's first label(s), lower case */
    char alt[300];   /* the function's logical id, lower case: served too */
    char stack_part[300], qualified[300]; /* the stack path as a label; "<name>.<stack path>" */
    int iam, stream;
    const ccdk_value *cors;
    const char *api_id;
} route;

struct server;
struct job;

/* a function of the assembly with its warm runtime, and the thread that runs its invocations one
 * at a time (functions run at the same time as each other) */
typedef struct slot {
    const char *stack_name, *logical_id; /* display name and logical id (malloc'ed) */
    tool_fn fn;
    int loaded;
    int busy;  /* jobs queued or running (main thread only): fn is the worker's meanwhile */
    int stale; /* the assembly changed while it was busy: reload when idle */
    struct server *sv;
    int log;
    pthread_t th;
    int started, quit;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    struct job *head, *tail;
} slot;

/* one invocation on its way: made by the main thread, run by the slot's thread, answered by the
 * main thread */
typedef struct job {
    struct job *next;
    slot *sl;
    int fd;    /* the client's connection; -1: nobody waits (an Invoke API Event) */
    int api;   /* the Invoke API (else a Function URL) */
    route ro;  /* a copy: the routes are rebuilt when the assembly changes */
    hreq rq;
    char rid[40];
    ccdk__buf event;
    tool_result r;
    double t0;
} job;

typedef struct server {
    tool *t;
    const char *assembly;
    struct timespec mtime;
    off_t msize;
    route *routes;
    size_t nroutes;
    slot **slots;
    size_t nslots, capslots;
    int wake[2]; /* the slots' threads write a byte when a job is done */
    pthread_mutex_t done_mu;
    job *done_head, *done_tail;
    int port, allow_iam, quiet;
    const char *env_vars;
    ccdk_app *scratch;
    unsigned scratch_uses;
} server;

static volatile sig_atomic_t stop_requested;
static void on_signal(int sig) { stop_requested = sig; }

static void lower(char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s - 'A' + 'a');
}

static const ccdk_value *resource(tool_stack *s, const char *id)
{
    return id ? ccdk__v_get(ccdk__v_get(s->template, "Resources"), id) : NULL;
}

static const char *type_of(tool_stack *s, const char *id) { return str_of(ccdk__v_get(resource(s, id), "Type")); }

/* the logical id of the function a URL's TargetFunctionArn names: {Fn::GetAtt: [Fn, Arn]}, {Ref:
 * Fn}, or an alias ({Ref: Alias}, whose FunctionName is {Ref: Fn}) */
static const char *target_function(tool_stack *s, const ccdk_value *arn)
{
    for (int hop = 0; hop < 3 && arn; hop++) {
        const char *id = str_of(ccdk__v_get(arn, "Ref"));
        const ccdk_value *ga = ccdk__v_get(arn, "Fn::GetAtt");
        if (!id && ga && ga->kind == CCDK__V_LIST && ga->u.list.n >= 1)
            id = str_of(ga->u.list.items[0]);
        const char *type = type_of(s, id);
        if (!type)
            return NULL;
        if (!strcmp(type, "AWS::Lambda::Function"))
            return id;
        if (strcmp(type, "AWS::Lambda::Alias") && strcmp(type, "AWS::Lambda::Version"))
            return NULL;
        arn = ccdk__v_get(ccdk__v_get(resource(s, id), "Properties"), "FunctionName");
    }
    return NULL;
}

/* a Function URL's id as Lambda's look (32 lower-case letters and digits), from its path */
static const char *url_id_for(tool *t, const char *stack, const char *id)
{
    unsigned long long h = 1469598103934665603ULL, g = 7;
    for (const char *p = stack; *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ULL;
    for (const char *p = id; *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ULL, g = g * 31 + (unsigned char)*p;
    char out[33];
    for (int i = 0; i < 32; i++) {
        unsigned long long x = i < 16 ? h : g ^ h;
        out[i] = "abcdefghijklmnopqrstuvwxyz0123456789"[(x >> ((i % 16) * 4)) % 36];
        if (i == 15)
            h = h * 6364136223846793005ULL + 1442695040888963407ULL;
    }
    out[32] = 0;
    return ccdk__strdup(t->app, out);
}

/* s as a host name label: lower case letters, digits and '-' ("Prod/Web" -> "prod-web") */
static void dns_label(char *out, size_t n, const char *s)
{
    size_t k = 0;
    for (; *s && k + 1 < n; s++) {
        char c = *s;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        out[k++] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '-';
    }
    out[k] = 0;
}

static void build_routes(server *sv)
{
    tool *t = sv->t;
    free(sv->routes);
    sv->routes = NULL;
    sv->nroutes = 0;
    size_t cap = 0;
    tool_resources it = {0};
    while (tool_next_resource(t, "AWS::Lambda::Url", &it)) {
        tool_stack *s = it.stack;
        const ccdk_value *r = it.res;
        const ccdk_value *props = ccdk__v_get(r, "Properties");
        const char *fn = target_function(s, ccdk__v_get(props, "TargetFunctionArn"));
        if (!fn) {
            fprintf(stderr, "ccdk serve: warning: %s/%s: its function is not a function of this stack: not served\n",
                    s->display_name, it.id);
            continue;
        }
        if (sv->nroutes == cap) {
            cap = cap ? 2 * cap : 8;
            sv->routes = realloc(sv->routes, cap * sizeof *sv->routes);
            if (!sv->routes)
                abort();
        }
        route *ro = &sv->routes[sv->nroutes++];
        memset(ro, 0, sizeof *ro);
        ro->stack = s;
        ro->url_id = it.id;
        ro->fn_id = fn;
        const char *auth = str_of(ccdk__v_get(props, "AuthType"));
        ro->iam = !auth || strcmp(auth, "NONE");
        ro->cors = ccdk__v_get(props, "Cors");
        const char *mode = str_of(ccdk__v_get(props, "InvokeMode"));
        ro->stream = mode && !strcmp(mode, "RESPONSE_STREAM");
        ro->api_id = url_id_for(t, s->display_name, ro->url_id);
    }
    /* host names: the function's construct id (api for /Stack/Api/Resource) when no other URL's
     * function has it, else "<construct id>.<stack path>" (api.prod-web for Prod/Web/Api); then
     * the URL's logical id with the stack path. Served too: the function's logical id, and the
     * name with the stack path. */
    for (size_t i = 0; i < sv->nroutes; i++) {
        route *ro = &sv->routes[i];
        const char *path = ro->stack->paths ? str_of(ccdk__v_get(ro->stack->paths, ro->fn_id)) : NULL;
        char id[300] = "";
        if (path) {
            snprintf(id, sizeof id, "%s", path);
            size_t n = strlen(id);
            if (n > 9 && !strcmp(id + n - 9, "/Resource"))
                id[n - 9] = 0;
            const char *last = strrchr(id, '/');
            memmove(id, last ? last + 1 : id, strlen(last ? last + 1 : id) + 1);
        }
        dns_label(ro->label, sizeof ro->label, id[0] ? id : ro->fn_id);
        dns_label(ro->stack_part, sizeof ro->stack_part, ro->stack->display_name);
        snprintf(ro->alt, sizeof ro->alt, "%s", ro->fn_id);
        lower(ro->alt);
    }
    unsigned char *clash = calloc(sv->nroutes + 1, 1);
    if (!clash)
        abort();
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < sv->nroutes; i++) {
            clash[i] = 0;
            for (size_t j = 0; j < sv->nroutes && !clash[i]; j++)
                clash[i] = j != i && !strcmp(sv->routes[i].label, sv->routes[j].label);
        }
        for (size_t i = 0; i < sv->nroutes; i++) {
            if (!clash[i])
                continue;
            route *ro = &sv->routes[i];
            char base[300];
            if (pass == 0)
                snprintf(base, sizeof base, "%s", ro->label);
            else
                dns_label(base, sizeof base, ro->url_id);
            snprintf(ro->label, sizeof ro->label, "%.140s.%.140s", base, ro->stack_part);
        }
    }
    free(clash);
    for (size_t i = 0; i < sv->nroutes; i++) {
        route *ro = &sv->routes[i];
        char first[300];
        snprintf(first, sizeof first, "%s", ro->label);
        first[strcspn(first, ".")] = 0;
        snprintf(ro->qualified, sizeof ro->qualified, "%.140s.%.140s", first, ro->stack_part);
    }
}

static int stat_manifest(server *sv, struct timespec *m, off_t *size)
{
    struct stat st;
    char path[4200];
    snprintf(path, sizeof path, "%s/manifest.json", sv->assembly);
    if (stat(path, &st) != 0)
        return -1;
    *m = st.st_mtim;
    *size = st.st_size;
    return 0;
}

static tool_stack *find_stack(tool *t, const char *display_name)
{
    for (size_t i = 0; i < t->nstacks; i++)
        if (!strcmp(t->stacks[i].display_name, display_name))
            return &t->stacks[i];
    return NULL;
}

/* a slot after the assembly changed: the same runtime when the function's properties, code and
 * layers are the same, else a new one at its next invocation; 1 when it changed */
static int reload_slot(server *sv, slot *sl)
{
    tool *nt = sv->t;
    tool_stack *s = find_stack(nt, sl->stack_name);
    tool_fn nf;
    sl->stale = 0;
    if (s && type_of(s, sl->logical_id) && !strcmp(type_of(s, sl->logical_id), "AWS::Lambda::Function") &&
        tool_fn_load(nt, s, sl->logical_id, sv->env_vars, &nf) == 0) {
        if (!strcmp(nf.key, sl->fn.key)) {
            tool_fn_free(&nf);
            sl->fn.stack = s;
            return 0;
        }
        tool_fn_free(&sl->fn);
        sl->fn = nf;
        sl->fn.capture = 1;
        return 1;
    }
    nt->failed = 0;
    tool_fn_free(&sl->fn);
    sl->loaded = 0;
    return 1;
}

/* the app was synthesized again: read the assembly again; a function whose properties, code or
 * layers changed gets a new runtime (the old assembly's memory is kept: warm functions point in
 * it); a busy one when it is idle again */
static void maybe_reload(server *sv)
{
    struct timespec m;
    off_t size;
    if (stat_manifest(sv, &m, &size) != 0 || (m.tv_sec == sv->mtime.tv_sec && m.tv_nsec == sv->mtime.tv_nsec && size == sv->msize))
        return;
    tool *nt = calloc(1, sizeof *nt);
    if (!nt)
        abort();
    nt->app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    nt->cache = sv->t->cache;
    if (tool_load(nt, sv->assembly) != 0) {
        fprintf(stderr, "ccdk serve: the assembly changed but cannot be read (yet): serving the previous one\n");
        return; /* the new one leaks: rare */
    }
    sv->t = nt;
    sv->mtime = m;
    sv->msize = size;
    build_routes(sv);
    size_t reloaded = 0, later = 0;
    for (size_t i = 0; i < sv->nslots; i++) {
        slot *sl = sv->slots[i];
        if (!sl->loaded)
            continue;
        if (sl->busy) {
            sl->stale = 1;
            later++;
        } else {
            reloaded += (size_t)reload_slot(sv, sl);
        }
    }
    fprintf(stderr, "ccdk serve: the assembly changed: %zu Function URL%s, %zu function%s reloaded%s\n", sv->nroutes,
            sv->nroutes == 1 ? "" : "s", reloaded, reloaded == 1 ? "" : "s",
            later ? " (busy ones when their requests are done)" : "");
}

static void *slot_thread(void *arg);

/* the slot of function stack/logical_id, loaded (its thread started) when it is new; NULL (logged)
 * when it cannot run */
static slot *get_slot(server *sv, tool_stack *s, const char *logical_id)
{
    for (size_t i = 0; i < sv->nslots; i++) {
        slot *sl = sv->slots[i];
        if (!strcmp(sl->stack_name, s->display_name) && !strcmp(sl->logical_id, logical_id)) {
            if (sl->loaded && sl->stale && !sl->busy)
                reload_slot(sv, sl);
            if (!sl->loaded && !sl->busy) {
                if (tool_fn_load(sv->t, s, logical_id, sv->env_vars, &sl->fn) != 0) {
                    sv->t->failed = 0;
                    return NULL;
                }
                sl->fn.capture = 1;
                sl->loaded = 1;
            }
            return sl->loaded ? sl : NULL;
        }
    }
    if (sv->nslots == sv->capslots) {
        sv->capslots = sv->capslots ? 2 * sv->capslots : 16;
        sv->slots = realloc(sv->slots, sv->capslots * sizeof *sv->slots);
        if (!sv->slots)
            abort();
    }
    slot *sl = calloc(1, sizeof *sl);
    if (!sl)
        abort();
    if (tool_fn_load(sv->t, s, logical_id, sv->env_vars, &sl->fn) != 0) {
        sv->t->failed = 0;
        free(sl);
        return NULL;
    }
    sl->stack_name = strdup(s->display_name);
    sl->logical_id = strdup(logical_id);
    sl->loaded = 1;
    sl->fn.capture = 1; /* the Invoke API's LogType Tail */
    sl->sv = sv;
    sl->log = !sv->quiet;
    pthread_mutex_init(&sl->mu, NULL);
    pthread_cond_init(&sl->cv, NULL);
    /* the thread takes no signals: SIGINT/SIGTERM stop the main loop */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    sl->started = pthread_create(&sl->th, NULL, slot_thread, sl) == 0;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (!sl->started) {
        fprintf(stderr, "ccdk serve: cannot start a thread for %s/%s\n", s->display_name, logical_id);
        tool_fn_free(&sl->fn);
        free((char *)sl->stack_name);
        free((char *)sl->logical_id);
        free(sl);
        return NULL;
    }
    sv->slots[sv->nslots++] = sl;
    return sl;
}

/* the slot's thread: its jobs, one at a time */
static void *slot_thread(void *arg)
{
    slot *sl = arg;
    server *sv = sl->sv;
    for (;;) {
        pthread_mutex_lock(&sl->mu);
        while (!sl->head && !sl->quit)
            pthread_cond_wait(&sl->cv, &sl->mu);
        job *j = sl->head;
        if (!j) {
            pthread_mutex_unlock(&sl->mu);
            break;
        }
        sl->head = j->next;
        if (!sl->head)
            sl->tail = NULL;
        pthread_mutex_unlock(&sl->mu);
        tool_fn_invoke(NULL, &sl->fn, j->rid, j->event.data ? j->event.data : "{}", j->event.data ? j->event.len : 2, sl->log, &j->r);
        j->next = NULL;
        pthread_mutex_lock(&sv->done_mu);
        if (sv->done_tail)
            sv->done_tail->next = j;
        else
            sv->done_head = j;
        sv->done_tail = j;
        pthread_mutex_unlock(&sv->done_mu);
        ssize_t w = write(sv->wake[1], "j", 1);
        (void)w;
    }
    return NULL;
}

static void enqueue(slot *sl, job *j)
{
    j->sl = sl;
    j->next = NULL;
    sl->busy++;
    pthread_mutex_lock(&sl->mu);
    if (sl->tail)
        sl->tail->next = j;
    else
        sl->head = j;
    sl->tail = j;
    pthread_cond_signal(&sl->cv);
    pthread_mutex_unlock(&sl->mu);
}

static void job_free(job *j)
{
    hreq_free(&j->rq);
    ccdk__buf_free(&j->event);
    free(j->r.payload);
    free(j->r.log);
    free(j);
}

static ccdk_app *scratch(server *sv)
{
    /* parsed results live in an app of their own, renewed now and then so memory stays flat */
    if (!sv->scratch || ++sv->scratch_uses > 256) {
        if (sv->scratch)
            ccdk_app_free(sv->scratch);
        sv->scratch = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
        sv->scratch_uses = 0;
    }
    return sv->scratch;
}

/* ------------------------------------------------------------------ a Function URL request */

static int is_text_type(const char *ct)
{
    if (!ct)
        return 0;
    size_t n = strcspn(ct, ";");
    char t[200];
    if (n >= sizeof t)
        return 0;
    memcpy(t, ct, n);
    t[n] = 0;
    while (n && t[n - 1] == ' ')
        t[--n] = 0;
    lower(t);
    if (!strncmp(t, "text/", 5))
        return 1;
    static const char *const texts[] = {"application/json", "application/javascript", "application/xml", "application/yaml",
                                        "application/x-yaml", "application/graphql", NULL};
    for (const char *const *p = texts; *p; p++)
        if (!strcmp(t, *p))
            return 1;
    return n > 5 && (!strcmp(t + n - 5, "+json") || !strcmp(t + n - 4, "+xml"));
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* percent-decoding ("+" is a space, as in a query string) */
static void url_decode(ccdk__buf *out, const char *s, size_t n, int plus)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '%' && i + 2 < n && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
            ccdk__buf_putc(out, (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2])));
            i += 2;
        } else {
            ccdk__buf_putc(out, plus && s[i] == '+' ? ' ' : s[i]);
        }
    }
}

static void put_key(ccdk__buf *b, int *first, const char *k)
{
    if (!*first)
        ccdk__buf_putc(b, ',');
    *first = 0;
    ccdk__json_write_cstr(b, k);
    ccdk__buf_putc(b, ':');
}

/* the event Lambda sends for a Function URL request (payload format 2.0) */
static void url_event(server *sv, const route *ro, const hreq *rq, const conn *c, const char *rid, ccdk__buf *ev)
{
    char *q = strchr(rq->target, '?');
    size_t path_len = q ? (size_t)(q - rq->target) : strlen(rq->target);
    const char *query = q ? q + 1 : "";
    ccdk__buf_puts(ev, "{\"version\":\"2.0\",\"routeKey\":\"$default\",\"rawPath\":");
    ccdk__json_write_string(ev, rq->target, path_len);
    ccdk__buf_puts(ev, ",\"rawQueryString\":");
    ccdk__json_write_cstr(ev, query);
    /* cookies: every Cookie header, split at "; " */
    int any = 0;
    for (size_t i = 0; i < rq->nh; i++) {
        if (strcmp(rq->h[i].name, "cookie"))
            continue;
        for (const char *p = rq->h[i].value; *p;) {
            while (*p == ' ' || *p == ';')
                p++;
            size_t n = strcspn(p, ";");
            size_t m = n;
            while (m && p[m - 1] == ' ')
                m--;
            if (m) {
                ccdk__buf_puts(ev, any ? "," : ",\"cookies\":[");
                ccdk__json_write_string(ev, p, m);
                any = 1;
            }
            p += n;
        }
    }
    if (any)
        ccdk__buf_putc(ev, ']');
    /* headers: lower case, the values of a repeated header joined with "," */
    ccdk__buf_puts(ev, ",\"headers\":{");
    int first = 1;
    for (size_t i = 0; i < rq->nh; i++) {
        const char *name = rq->h[i].name;
        if (!strcmp(name, "cookie") || !strcmp(name, "connection"))
            continue;
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++)
            seen = !strcmp(rq->h[j].name, name);
        if (seen)
            continue;
        put_key(ev, &first, name);
        ccdk__buf joined = {0};
        for (size_t j = i; j < rq->nh; j++)
            if (!strcmp(rq->h[j].name, name)) {
                if (joined.len)
                    ccdk__buf_putc(&joined, ',');
                ccdk__buf_puts(&joined, rq->h[j].value);
            }
        ccdk__json_write_string(ev, joined.data ? joined.data : "", joined.len);
        ccdk__buf_free(&joined);
    }
    const char *extra[][2] = {{"x-forwarded-for", c->peer}, {"x-forwarded-proto", "http"}};
    for (size_t i = 0; i < sizeof extra / sizeof *extra; i++) {
        if (hget(rq, extra[i][0]))
            continue;
        put_key(ev, &first, extra[i][0]);
        ccdk__json_write_cstr(ev, extra[i][1]);
    }
    if (!hget(rq, "x-forwarded-port")) {
        put_key(ev, &first, "x-forwarded-port");
        ccdk__buf_printf(ev, "\"%d\"", sv->port);
    }
    if (!hget(rq, "x-amzn-trace-id")) {
        put_key(ev, &first, "x-amzn-trace-id");
        char hex[40];
        size_t hn = 0;
        for (const char *p = rid; *p && hn < 24; p++)
            if (*p != '-')
                hex[hn++] = *p;
        hex[hn] = 0;
        ccdk__buf_printf(ev, "\"Root=1-%08lx-%s\"", (unsigned long)time(NULL), hex);
    }
    ccdk__buf_putc(ev, '}');
    /* queryStringParameters: decoded; a repeated parameter's values joined with "," */
    if (*query) {
        ccdk__buf_puts(ev, ",\"queryStringParameters\":{");
        ccdk_app *app = scratch(sv);
        ccdk_value *qs = ccdk__v_obj(app);
        for (const char *p = query; *p;) {
            size_t n = strcspn(p, "&");
            const char *eq = memchr(p, '=', n);
            ccdk__buf k = {0}, v = {0};
            url_decode(&k, p, eq ? (size_t)(eq - p) : n, 1);
            if (eq)
                url_decode(&v, eq + 1, n - (size_t)(eq + 1 - p), 1);
            ccdk__buf_putc(&k, 0);
            ccdk__buf_putc(&v, 0);
            if (n && k.data[0]) {
                const ccdk_value *old = ccdk__v_get(qs, k.data);
                if (old)
                    ccdk__v_set(qs, k.data, ccdk__v_str(app, ccdk__sprintf(app, "%s,%s", old->u.str.s, v.data)));
                else
                    ccdk__v_set(qs, k.data, ccdk__v_str(app, v.data));
            }
            ccdk__buf_free(&k);
            ccdk__buf_free(&v);
            p += n;
            if (*p == '&')
                p++;
        }
        for (size_t i = 0; i < qs->u.obj.n; i++) {
            if (i)
                ccdk__buf_putc(ev, ',');
            ccdk__json_write_cstr(ev, qs->u.obj.e[i].key);
            ccdk__buf_putc(ev, ':');
            ccdk__json_write_cstr(ev, qs->u.obj.e[i].val->u.str.s);
        }
        ccdk__buf_putc(ev, '}');
    }
    /* requestContext */
    const char *host = hget(rq, "host");
    char domain[300];
    snprintf(domain, sizeof domain, "%s", host ? host : "localhost");
    domain[strcspn(domain, ":")] = 0;
    struct timeval tv;
    gettimeofday(&tv, NULL);
    struct tm tm;
    time_t secs = tv.tv_sec;
    gmtime_r(&secs, &tm);
    static const char *const mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char when[64];
    snprintf(when, sizeof when, "%02d/%s/%04d:%02d:%02d:%02d +0000", tm.tm_mday, mon[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour,
             tm.tm_min, tm.tm_sec);
    ccdk__buf_printf(ev, ",\"requestContext\":{\"accountId\":\"%s\",\"apiId\":\"%s\"", ro->iam ? "123456789012" : "anonymous",
                     ro->api_id);
    if (ro->iam) {
        const char *ak = getenv("AWS_ACCESS_KEY_ID");
        ccdk__buf_puts(ev, ",\"authorizer\":{\"iam\":{\"accessKey\":");
        ccdk__json_write_cstr(ev, ak && *ak ? ak : "AKIAIOSFODNN7EXAMPLE");
        ccdk__buf_puts(ev, ",\"accountId\":\"123456789012\",\"callerId\":\"AIDACKCEVSQ6C2EXAMPLE\",\"cognitoIdentity\":null,"
                           "\"principalOrgId\":null,\"userArn\":\"arn:aws:iam::123456789012:user/ccdk-local\","
                           "\"userId\":\"AIDACKCEVSQ6C2EXAMPLE\"}}");
    }
    ccdk__buf_puts(ev, ",\"domainName\":");
    ccdk__json_write_cstr(ev, domain);
    ccdk__buf_puts(ev, ",\"domainPrefix\":");
    ccdk__json_write_string(ev, domain, strcspn(domain, "."));
    ccdk__buf_puts(ev, ",\"http\":{\"method\":");
    ccdk__json_write_cstr(ev, rq->method);
    ccdk__buf_puts(ev, ",\"path\":");
    ccdk__json_write_string(ev, rq->target, path_len);
    ccdk__buf_puts(ev, ",\"protocol\":");
    ccdk__json_write_cstr(ev, rq->proto);
    ccdk__buf_puts(ev, ",\"sourceIp\":");
    ccdk__json_write_cstr(ev, c->peer);
    ccdk__buf_puts(ev, ",\"userAgent\":");
    const char *ua = hget(rq, "user-agent");
    ccdk__json_write_cstr(ev, ua ? ua : "");
    ccdk__buf_printf(ev, "},\"requestId\":\"%s\",\"routeKey\":\"$default\",\"stage\":\"$default\",\"time\":\"%s\",\"timeEpoch\":%lld}",
                     rid, when, (long long)tv.tv_sec * 1000 + tv.tv_usec / 1000);
    /* the body: as it is when it is text, else base64 */
    if (rq->body_len) {
        int text = is_text_type(hget(rq, "content-type")) && valid_utf8((const unsigned char *)rq->body, rq->body_len);
        ccdk__buf_puts(ev, ",\"body\":");
        if (text) {
            ccdk__json_write_string(ev, rq->body, rq->body_len);
        } else {
            ccdk__buf_putc(ev, '"');
            b64_encode(ev, (const unsigned char *)rq->body, rq->body_len);
            ccdk__buf_putc(ev, '"');
        }
        ccdk__buf_printf(ev, ",\"isBase64Encoded\":%s}", text ? "false" : "true");
    } else {
        ccdk__buf_puts(ev, ",\"isBase64Encoded\":false}");
    }
}

static const ccdk_value *cors_list(const route *ro, const char *key)
{
    const ccdk_value *l = ccdk__v_get(ro->cors, key);
    return l && l->kind == CCDK__V_LIST ? l : NULL;
}

static void join_list(ccdk__buf *b, const ccdk_value *l)
{
    for (size_t i = 0; l && i < l->u.list.n; i++)
        if (str_of(l->u.list.items[i]))
            ccdk__buf_printf(b, "%s%s", b->len ? "," : "", str_of(l->u.list.items[i]));
    ccdk__buf_putc(b, 0);
}

/* the Access-Control-Allow-Origin value for origin, or NULL when the URL's Cors does not allow it.
 * Lambda's AllowOrigins are exact origins or "*" (no partial wildcards: the Cors API reference) */
static const char *allowed_origin(const route *ro, const char *origin, int *echo)
{
    const ccdk_value *l = cors_list(ro, "AllowOrigins");
    const ccdk_value *cred = ccdk__v_get(ro->cors, "AllowCredentials");
    int credentials = cred && cred->kind == CCDK__V_BOOL && cred->u.b;
    int star = 0;
    for (size_t i = 0; origin && l && i < l->u.list.n; i++) {
        const char *o = str_of(l->u.list.items[i]);
        if (!o)
            continue;
        if (!strcmp(o, "*"))
            star = 1;
        else if (!strcasecmp(o, origin)) {
            *echo = 1;
            return origin;
        }
    }
    if (star && origin) {
        *echo = credentials;
        return credentials ? origin : "*";
    }
    return NULL;
}

static void add_cors(const route *ro, const hreq *rq, hres *o, int preflight)
{
    const char *origin = hget(rq, "origin");
    int echo = 0;
    const char *allow = allowed_origin(ro, origin, &echo);
    if (echo || preflight)
        hadd(o, "Vary", "Origin");
    if (!allow)
        return;
    hadd(o, "Access-Control-Allow-Origin", allow);
    const ccdk_value *cred = ccdk__v_get(ro->cors, "AllowCredentials");
    if (cred && cred->kind == CCDK__V_BOOL && cred->u.b)
        hadd(o, "Access-Control-Allow-Credentials", "true");
    ccdk__buf b = {0};
    if (preflight) {
        join_list(&b, cors_list(ro, "AllowMethods"));
        if (b.data && *b.data)
            hadd(o, "Access-Control-Allow-Methods", b.data);
        b.len = 0;
        join_list(&b, cors_list(ro, "AllowHeaders"));
        if (b.data && *b.data)
            hadd(o, "Access-Control-Allow-Headers", b.data);
        const ccdk_value *age = ccdk__v_get(ro->cors, "MaxAge");
        if (age && age->kind == CCDK__V_NUM) {
            char n[32];
            snprintf(n, sizeof n, "%.0f", age->u.n);
            hadd(o, "Access-Control-Max-Age", n);
        }
    } else {
        join_list(&b, cors_list(ro, "ExposeHeaders"));
        if (b.data && *b.data)
            hadd(o, "Access-Control-Expose-Headers", b.data);
    }
    ccdk__buf_free(&b);
}

static void internal_error(hres *o, const char *rid)
{
    o->status = 502;
    o->headers.len = 0;
    o->body.len = 0;
    hadd(o, "Content-Type", "application/json");
    hadd(o, "x-amzn-RequestId", rid);
    ccdk__buf_puts(&o->body, "Internal Server Error");
}

/* the function's result as Lambda maps it to an HTTP response */
static void url_response(server *sv, const tool_result *r, hres *o)
{
    if (r->kind != TOOL_R_RESPONSE) {
        internal_error(o, r->rid);
        return;
    }
    const char *err = NULL;
    const ccdk_value *v = ccdk__json_parse(scratch(sv), r->payload, r->len, &err);
    if (!v) {
        internal_error(o, r->rid);
        return;
    }
    const ccdk_value *sc = v->kind == CCDK__V_OBJ ? ccdk__v_get(v, "statusCode") : NULL;
    if (!sc) { /* not a response object: 200, the result's JSON */
        o->status = 200;
        hadd(o, "Content-Type", "application/json");
        hadd(o, "x-amzn-RequestId", r->rid);
        ccdk__buf_put(&o->body, r->payload, r->len);
        return;
    }
    double status = sc->kind == CCDK__V_NUM ? sc->u.n : sc->kind == CCDK__V_STR ? strtod(sc->u.str.s, NULL) : 0;
    if (status < 100 || status > 599 || status != (int)status) {
        internal_error(o, r->rid);
        return;
    }
    o->status = (int)status;
    const ccdk_value *h = ccdk__v_get(v, "headers");
    for (size_t i = 0; h && h->kind == CCDK__V_OBJ && i < h->u.obj.n; i++) {
        const ccdk_value *x = h->u.obj.e[i].val;
        const char *k = h->u.obj.e[i].key;
        if (!strcasecmp(k, "content-length") || !strcasecmp(k, "connection") || !strcasecmp(k, "transfer-encoding"))
            continue;
        if (x->kind == CCDK__V_STR) {
            hadd(o, k, x->u.str.s);
        } else if (x->kind == CCDK__V_NUM || x->kind == CCDK__V_BOOL) {
            ccdk__buf b = {0};
            ccdk__json_write(&b, x, 0);
            ccdk__buf_putc(&b, 0);
            hadd(o, k, b.data);
            ccdk__buf_free(&b);
        }
    }
    if (!has_header(o, "content-type"))
        hadd(o, "Content-Type", "application/json");
    hadd(o, "x-amzn-RequestId", r->rid);
    const ccdk_value *ck = ccdk__v_get(v, "cookies");
    for (size_t i = 0; ck && ck->kind == CCDK__V_LIST && i < ck->u.list.n; i++)
        if (str_of(ck->u.list.items[i]))
            hadd(o, "Set-Cookie", str_of(ck->u.list.items[i]));
    const ccdk_value *body = ccdk__v_get(v, "body");
    const ccdk_value *b64f = ccdk__v_get(v, "isBase64Encoded");
    if (body && body->kind == CCDK__V_STR) {
        if (b64f && b64f->kind == CCDK__V_BOOL && b64f->u.b)
            b64_decode(&o->body, body->u.str.s, body->u.str.len);
        else
            ccdk__buf_put(&o->body, body->u.str.s, body->u.str.len);
    } else if (body && body->kind != CCDK__V_NULL) {
        ccdk__json_write(&o->body, body, 0);
    }
}

/* strips the function's own Access-Control-* headers: the URL's Cors block decides */
static void strip_cors(hres *o)
{
    ccdk__buf kept = {0};
    const char *p = o->headers.data;
    for (size_t i = 0; p && i < o->headers.len;) {
        const char *e = memmem(p + i, o->headers.len - i, "\r\n", 2);
        size_t n = e ? (size_t)(e - (p + i)) + 2 : o->headers.len - i;
        if (strncasecmp(p + i, "access-control-", 15))
            ccdk__buf_put(&kept, p + i, n);
        i += n;
    }
    ccdk__buf_free(&o->headers);
    o->headers = kept;
}

/* a Function URL request: answered in o (a preflight, 403, a function that cannot run), or a job
 * for the function's thread (rq moved into it) */
static job *serve_url(server *sv, const route *ro, hreq *rq, const conn *c, hres *o)
{
    const char *origin = hget(rq, "origin");
    /* the preflight: answered here from the Cors block, the function is not invoked */
    if (ro->cors && !strcmp(rq->method, "OPTIONS") && origin && hget(rq, "access-control-request-method")) {
        o->status = 200;
        add_cors(ro, rq, o, 1);
        if (!sv->quiet)
            fprintf(stderr, "ccdk serve: %s %s (%s): CORS preflight from %s answered, the function not invoked\n", rq->method,
                    rq->target, ro->label, origin);
        return NULL;
    }
    if (ro->iam && !sv->allow_iam) {
        o->status = 403;
        hadd(o, "Content-Type", "application/json");
        ccdk__buf_puts(&o->body, "{\"Message\":\"Forbidden\"}");
        if (!sv->quiet)
            fprintf(stderr, "ccdk serve: %s %s (%s): 403, the URL's AuthType is AWS_IAM (ccdk serve --allow-iam serves it)\n",
                    rq->method, rq->target, ro->label);
        return NULL;
    }
    slot *sl = get_slot(sv, ro->stack, ro->fn_id);
    char rid[40];
    tool_new_request_id(rid, sizeof rid);
    if (!sl) {
        internal_error(o, rid);
        return NULL;
    }
    job *j = calloc(1, sizeof *j);
    if (!j)
        abort();
    j->fd = c->fd;
    j->ro = *ro;
    memcpy(j->rid, rid, sizeof rid);
    url_event(sv, ro, rq, c, rid, &j->event);
    j->rq = *rq;
    memset(rq, 0, sizeof *rq);
    j->t0 = now_ms();
    enqueue(sl, j);
    return j;
}

/* the function's result as the URL's HTTP response */
static void finish_url(server *sv, job *j, hres *o)
{
    const route *ro = &j->ro;
    url_response(sv, &j->r, o);
    if (ro->cors) {
        strip_cors(o);
        if (hget(&j->rq, "origin"))
            add_cors(ro, &j->rq, o, 0);
    }
    if (!sv->quiet)
        fprintf(stderr, "ccdk serve: %s %s (%s): %d, %.1f ms%s\n", j->rq.method, j->rq.target, ro->label, o->status,
                now_ms() - j->t0, j->r.cold ? " (cold start)" : "");
}

/* ------------------------------------------------------------------ the Lambda Invoke API */

/* POST /2015-03-31/functions/<name, logical id, construct path or ARN>/invocations */
static job *serve_invoke_api(server *sv, hreq *rq, const conn *c, hres *o)
{
    const char *p = rq->target + strlen("/2015-03-31/functions/");
    const char *end = strstr(p, "/invocations");
    char rid[40];
    tool_new_request_id(rid, sizeof rid);
    hadd(o, "Content-Type", "application/json");
    hadd(o, "x-amzn-RequestId", rid);
    if (!end || strcmp(rq->method, "POST") || (end[12] && end[12] != '?')) {
        o->status = 404;
        hadd(o, "x-amzn-ErrorType", "UnknownOperationException");
        ccdk__buf_puts(&o->body, "{\"Type\":\"User\",\"message\":\"Unknown operation (ccdk serve has Invoke only)\"}");
        return NULL;
    }
    ccdk__buf nb = {0};
    url_decode(&nb, p, (size_t)(end - p), 0);
    ccdk__buf_putc(&nb, 0);
    char *name = nb.data;
    /* an ARN (arn:aws:lambda:region:account:function:name[:qualifier]) or a partial one */
    char *fn = strstr(name, "function:");
    if (fn) {
        name = fn + 9;
        name[strcspn(name, ":")] = 0;
    }
    tool *t = sv->t;
    tool_stack *found = NULL;
    const char *found_id = NULL;
    int n = 0;
    tool_resources it = {0};
    while (tool_next_resource(t, "AWS::Lambda::Function", &it)) {
        const char *fname = str_of(ccdk__v_get(ccdk__v_get(it.res, "Properties"), "FunctionName"));
        char local[600];
        snprintf(local, sizeof local, "%s-%s", it.stack->artifact_id, it.id);
        if ((fname && !strcmp(fname, name)) || !strcmp(local, name) || !strcmp(it.id, name)) {
            n++;
            found = it.stack;
            found_id = it.id;
        }
    }
    if (n != 1) {
        /* else a construct path or logical id, as ccdk invoke takes it (exactly one) */
        if (n != 0 || tool_match_functions(t, name, &found, &found_id) != 1)
            found = NULL;
    }
    if (!found) {
        o->status = 404;
        hadd(o, "x-amzn-ErrorType", "ResourceNotFoundException");
        ccdk__buf_printf(&o->body, "{\"Type\":\"User\",\"message\":");
        const char *msg = ccdk__sprintf(scratch(sv), "Function not found: arn:aws:lambda:us-east-1:123456789012:function:%s", name);
        ccdk__json_write_cstr(&o->body, msg);
        ccdk__buf_putc(&o->body, '}');
        if (!sv->quiet)
            fprintf(stderr, "ccdk serve: Invoke %s: no such function (404; %s)\n", name,
                    n > 1 ? "more than one function has that name" : "a function name, logical id, construct path or ARN");
        free(nb.data);
        return NULL;
    }
    free(nb.data);
    const char *type = hget(rq, "x-amz-invocation-type");
    if (type && !strcmp(type, "DryRun")) {
        o->status = 204;
        return NULL;
    }
    slot *sl = get_slot(sv, found, found_id);
    if (!sl) {
        o->status = 500;
        hadd(o, "x-amzn-ErrorType", "ServiceException");
        ccdk__buf_puts(&o->body, "{\"Type\":\"Service\",\"message\":\"ccdk serve: the function cannot run here (see the log)\"}");
        return NULL;
    }
    job *j = calloc(1, sizeof *j);
    if (!j)
        abort();
    j->api = 1;
    memcpy(j->rid, rid, sizeof rid);
    if (rq->body_len)
        ccdk__buf_put(&j->event, rq->body, rq->body_len);
    j->t0 = now_ms();
    if (type && !strcmp(type, "Event")) {
        o->status = 202; /* answered now; the function runs on its own */
        j->fd = -1;
    } else {
        j->fd = c->fd;
    }
    j->rq = *rq;
    memset(rq, 0, sizeof *rq);
    enqueue(sl, j);
    return j->fd < 0 ? NULL : j;
}

/* the Invoke API's answer: the result, X-Amz-Function-Error when the function failed */
static void finish_api(server *sv, job *j, hres *o)
{
    o->status = 200;
    hadd(o, "Content-Type", "application/json");
    hadd(o, "x-amzn-RequestId", j->rid);
    hadd(o, "X-Amz-Executed-Version", "$LATEST");
    if (j->r.kind != TOOL_R_RESPONSE)
        hadd(o, "X-Amz-Function-Error", "Unhandled");
    const char *lt = hget(&j->rq, "x-amz-log-type");
    if (lt && !strcmp(lt, "Tail") && j->r.log) {
        /* the invocation's last 4 KB of log, base64 */
        ccdk__buf b = {0};
        b64_encode(&b, (const unsigned char *)j->r.log, j->r.log_len);
        ccdk__buf_putc(&b, 0);
        hadd(o, "X-Amz-Log-Result", b.data);
        ccdk__buf_free(&b);
    }
    ccdk__buf_put(&o->body, j->r.payload, j->r.len);
    if (!sv->quiet)
        fprintf(stderr, "ccdk serve: Invoke %s/%s: %s, %.1f ms%s\n", j->sl->stack_name, j->sl->logical_id,
                j->r.kind == TOOL_R_RESPONSE ? "ok" : "function error", now_ms() - j->t0, j->r.cold ? " (cold start)" : "");
}

/* ------------------------------------------------------------------ dispatch */

static const route *route_for(server *sv, const hreq *rq)
{
    const char *host = hget(rq, "host");
    if (!host)
        return NULL;
    char h[300];
    snprintf(h, sizeof h, "%s", host);
    h[strcspn(h, ":")] = 0;
    lower(h);
    size_t n = strlen(h);
    if (n > 10 && !strcmp(h + n - 10, ".localhost")) {
        h[n - 10] = 0;
        for (size_t i = 0; i < sv->nroutes; i++)
            if (!strcmp(sv->routes[i].label, h))
                return &sv->routes[i];
        for (size_t i = 0; i < sv->nroutes; i++)
            if (!strcmp(sv->routes[i].alt, h) || !strcmp(sv->routes[i].qualified, h))
                return &sv->routes[i];
    }
    return NULL;
}

/* a request: answered now, or 1 when a job for it is under way (the connection waits for it) */
static int handle(server *sv, conn *c, hreq *rq)
{
    hres o = {0};
    job *j = NULL;
    maybe_reload(sv);
    const route *ro = route_for(sv, rq);
    if (!ro && !strncmp(rq->target, "/2015-03-31/functions/", 22)) {
        j = serve_invoke_api(sv, rq, c, &o);
    } else if (ro || (sv->nroutes == 1 && !(hget(rq, "host") && strstr(hget(rq, "host"), ".localhost")))) {
        j = serve_url(sv, ro ? ro : &sv->routes[0], rq, c, &o);
    } else {
        o.status = 404;
        hadd(&o, "Content-Type", "application/json");
        ccdk__buf_puts(&o.body, "{\"Message\":");
        ccdk__buf list = {0};
        ccdk__buf_printf(&list, "ccdk serve: no Function URL at this host; the URLs:");
        for (size_t i = 0; i < sv->nroutes; i++)
            ccdk__buf_printf(&list, " http://%s.localhost:%d/", sv->routes[i].label, sv->port);
        ccdk__json_write_string(&o.body, list.data, list.len);
        ccdk__buf_free(&list);
        ccdk__buf_putc(&o.body, '}');
    }
    if (!j)
        hsend(c->fd, rq, &o);
    hres_free(&o);
    return j != NULL;
}

/* the complete requests read from c: answered in order; stops at one a job answers later */
static void process_conn(server *sv, conn *c)
{
    while (c->fd >= 0 && !c->busy) {
        hreq rq;
        int pr = parse_request(&c->in, &rq);
        if (pr == 0) {
            /* a client waiting for 100 Continue before it sends the body */
            const char *e = c->in.data ? memmem(c->in.data, c->in.len, "\r\n\r\n", 4) : NULL;
            if (e && !c->sent_continue && memmem(c->in.data, (size_t)(e - c->in.data), "100-continue", 12)) {
                tool_send_all(c->fd, "HTTP/1.1 100 Continue\r\n\r\n", 25);
                c->sent_continue = 1;
            }
            return;
        }
        if (pr < 0) {
            const char *msg = pr == -2 ? "HTTP/1.1 413 Request Entity Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                                       : "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            tool_send_all(c->fd, msg, strlen(msg));
            close(c->fd);
            c->fd = -1;
            return;
        }
        c->sent_continue = 0;
        int keep = rq.keep_alive;
        if (handle(sv, c, &rq)) {
            c->busy = 1;
            return;
        }
        hreq_free(&rq);
        if (!keep) {
            close(c->fd);
            c->fd = -1;
            return;
        }
        if (!c->in.len)
            return;
    }
}

static void print_urls(server *sv)
{
    printf("ccdk serve: http://localhost:%d (the Lambda Invoke API: POST /2015-03-31/functions/<name>/invocations)\n", sv->port);
    for (size_t i = 0; i < sv->nroutes; i++) {
        const route *ro = &sv->routes[i];
        printf("  http://%s.localhost:%d/  %s/%s (AuthType %s%s%s%s)\n", ro->label, sv->port, ro->stack->display_name, ro->fn_id,
               ro->iam ? "AWS_IAM" : "NONE", ro->iam && !sv->allow_iam ? ": 403 without --allow-iam" : "",
               ro->cors ? ", CORS" : "", ro->stream ? ", InvokeMode RESPONSE_STREAM served buffered" : "");
    }
    if (!sv->nroutes)
        printf("  (no Function URL in the assembly: the Invoke API only)\n");
    fflush(stdout);
}

static int listen_on(int family, int port, int *out_port)
{
    int fd = socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    int rc;
    if (family == AF_INET) {
        struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((unsigned short)port), .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
        rc = bind(fd, (struct sockaddr *)&sa, sizeof sa);
    } else {
        setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
        struct sockaddr_in6 sa = {.sin6_family = AF_INET6, .sin6_port = htons((unsigned short)port), .sin6_addr = IN6ADDR_LOOPBACK_INIT};
        rc = bind(fd, (struct sockaddr *)&sa, sizeof sa);
    }
    if (rc != 0 || listen(fd, 128) != 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    struct sockaddr_storage ss;
    socklen_t sl = sizeof ss;
    getsockname(fd, (struct sockaddr *)&ss, &sl);
    *out_port = ntohs(family == AF_INET ? ((struct sockaddr_in *)&ss)->sin_port : ((struct sockaddr_in6 *)&ss)->sin6_port);
    return fd;
}

int tool_serve(tool *t, const tool_serve_options *opt)
{
    server sv;
    memset(&sv, 0, sizeof sv);
    sv.t = t;
    sv.assembly = t->assembly;
    sv.allow_iam = opt->allow_iam;
    sv.quiet = opt->quiet;
    sv.env_vars = opt->env_vars;
    stat_manifest(&sv, &sv.mtime, &sv.msize);
    int port = 0;
    int l4 = listen_on(AF_INET, opt->port, &port);
    if (l4 < 0) { /* before anything is built: nothing to undo */
        if (errno == EADDRINUSE)
            tool_fail(t, "serve: port %d is in use (give another with --port N, or --port 0 for a free one)", opt->port);
        else
            tool_fail(t, "serve: cannot listen on 127.0.0.1:%d: %s", opt->port, strerror(errno));
        return 2;
    }
    if (pipe2(sv.wake, O_CLOEXEC | O_NONBLOCK) != 0) {
        tool_fail(t, "serve: pipe: %s", strerror(errno));
        close(l4);
        return 2;
    }
    build_routes(&sv);
    pthread_mutex_init(&sv.done_mu, NULL);
    sv.port = port;
    int dummy;
    int l6 = listen_on(AF_INET6, port, &dummy); /* ::1 too when there is one (browsers try it first) */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    print_urls(&sv);

    conn *conns = NULL;
    size_t nconns = 0, capconns = 0;
    struct pollfd *pfds = NULL;
    size_t cappfds = 0;
    while (!stop_requested) {
        if (cappfds < nconns + sv.nslots + 3) {
            cappfds = (nconns + sv.nslots + 3) * 2;
            pfds = realloc(pfds, cappfds * sizeof *pfds);
            if (!pfds)
                abort();
        }
        size_t np = 0;
        pfds[np++] = (struct pollfd){l4, POLLIN, 0};
        if (l6 >= 0)
            pfds[np++] = (struct pollfd){l6, POLLIN, 0};
        pfds[np++] = (struct pollfd){sv.wake[0], POLLIN, 0};
        size_t base = np;
        for (size_t i = 0; i < nconns; i++)
            pfds[np++] = (struct pollfd){conns[i].fd, conns[i].busy ? 0 : POLLIN, 0};
        /* the output of idle runtimes (a busy one's thread reads its own) */
        size_t logs = np;
        for (size_t i = 0; i < sv.nslots; i++)
            pfds[np++] = (struct pollfd){sv.slots[i]->loaded && !sv.slots[i]->busy ? sv.slots[i]->fn.logfd : -1, POLLIN, 0};
        if (poll(pfds, np, -1) < 0)
            continue; /* EINTR: a signal, checked above */
        for (size_t i = 0; i < sv.nslots && logs + i < np; i++)
            if (pfds[logs + i].fd >= 0 && pfds[logs + i].revents && !sv.slots[i]->busy)
                tool_fn_drain_log(&sv.slots[i]->fn);
        /* the jobs done: their answers, and their connections read again */
        if (pfds[base - 1].revents & POLLIN) {
            char drain[256];
            while (read(sv.wake[0], drain, sizeof drain) > 0)
                ;
            pthread_mutex_lock(&sv.done_mu);
            job *done = sv.done_head;
            sv.done_head = sv.done_tail = NULL;
            pthread_mutex_unlock(&sv.done_mu);
            while (done) {
                job *j = done;
                done = j->next;
                j->sl->busy--;
                conn *c = NULL;
                for (size_t i = 0; j->fd >= 0 && i < nconns && !c; i++)
                    if (conns[i].fd == j->fd && conns[i].busy)
                        c = &conns[i];
                if (c) {
                    hres o = {0};
                    if (j->api)
                        finish_api(&sv, j, &o);
                    else
                        finish_url(&sv, j, &o);
                    hsend(c->fd, &j->rq, &o);
                    hres_free(&o);
                    c->busy = 0;
                    if (!j->rq.keep_alive) {
                        close(c->fd);
                        c->fd = -1;
                    } else if (c->in.len) {
                        process_conn(&sv, c); /* pipelined requests */
                    }
                } else if (!sv.quiet && j->fd < 0) {
                    fprintf(stderr, "ccdk serve: Invoke %s/%s (Event): %s\n", j->sl->stack_name, j->sl->logical_id,
                            j->r.kind == TOOL_R_RESPONSE ? "ok" : "function error");
                }
                job_free(j);
            }
        }
        for (size_t k = 0; k + 1 < base; k++) {
            if (!(pfds[k].revents & POLLIN))
                continue;
            struct sockaddr_storage ss;
            socklen_t sl = sizeof ss;
            int fd = accept4(pfds[k].fd, (struct sockaddr *)&ss, &sl, SOCK_CLOEXEC);
            if (fd < 0)
                continue;
            if (nconns == capconns) {
                capconns = capconns ? 2 * capconns : 16;
                conns = realloc(conns, capconns * sizeof *conns);
                if (!conns)
                    abort();
            }
            conn *c = &conns[nconns++];
            memset(c, 0, sizeof *c);
            c->fd = fd;
            if (ss.ss_family == AF_INET)
                inet_ntop(AF_INET, &((struct sockaddr_in *)&ss)->sin_addr, c->peer, sizeof c->peer);
            else
                inet_ntop(AF_INET6, &((struct sockaddr_in6 *)&ss)->sin6_addr, c->peer, sizeof c->peer);
        }
        /* the connections that were there when poll was called: pfds[base + i] is conns[i] */
        size_t polled = logs - base;
        for (size_t i = 0; i < polled; i++) {
            conn *c = &conns[i];
            if (c->fd < 0 || c->busy || !(pfds[base + i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            char buf[65536];
            ssize_t n = read(c->fd, buf, sizeof buf);
            if (n <= 0) {
                close(c->fd);
                c->fd = -1;
                continue;
            }
            ccdk__buf_put(&c->in, buf, (size_t)n);
            process_conn(&sv, c);
        }
        /* drop the closed connections */
        size_t w = 0;
        for (size_t i = 0; i < nconns; i++) {
            if (conns[i].fd >= 0)
                conns[w++] = conns[i];
            else
                ccdk__buf_free(&conns[i].in);
        }
        nconns = w;
    }
    for (size_t i = 0; i < nconns; i++) {
        close(conns[i].fd);
        ccdk__buf_free(&conns[i].in);
    }
    free(conns);
    free(pfds);
    /* the functions' threads finish what they were given, then the runtimes stop */
    for (size_t i = 0; i < sv.nslots; i++) {
        slot *sl = sv.slots[i];
        pthread_mutex_lock(&sl->mu);
        sl->quit = 1;
        pthread_cond_signal(&sl->cv);
        pthread_mutex_unlock(&sl->mu);
    }
    for (size_t i = 0; i < sv.nslots; i++) {
        slot *sl = sv.slots[i];
        pthread_join(sl->th, NULL);
        if (sl->loaded)
            tool_fn_free(&sl->fn);
        free((char *)sl->stack_name);
        free((char *)sl->logical_id);
        pthread_mutex_destroy(&sl->mu);
        pthread_cond_destroy(&sl->cv);
        free(sl);
    }
    for (job *j = sv.done_head; j;) {
        job *next = j->next;
        job_free(j);
        j = next;
    }
    close(sv.wake[0]);
    close(sv.wake[1]);
    free(sv.slots);
    free(sv.routes);
    if (sv.scratch)
        ccdk_app_free(sv.scratch);
    close(l4);
    if (l6 >= 0)
        close(l6);
    fprintf(stderr, "ccdk serve: stopped\n");
    return 0;
}
