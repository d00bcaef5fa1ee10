/* runtime.h - a function of the assembly ready to run under the local Lambda Runtime API
 * (invoke.c), one runtime process at a time, kept warm between invocations for `ccdk serve`. */
#ifndef CCDK_TOOL_RUNTIME_H
#define CCDK_TOOL_RUNTIME_H

#include <sys/types.h>

#include "tool.h"

typedef struct {
    char **v;
    size_t n, cap;
} tool_strv;

typedef struct {
    tool_stack *stack;
    const char *logical_id;
    const char *what;        /* "Stack/LogicalId", for messages */
    const char *runtime, *family, *dir, *fname, *region;
    double timeout_s;
    long memory;
    tool_strv env, argv;     /* malloc'ed strings (env), arena strings (argv) */
    const char *key;         /* the function's properties and layers as JSON: a change reloads it */
    /* the runtime process (warm between invocations), and its Runtime API socket */
    int ls;
    pid_t pid;
    double started;          /* when the process was started (ms, monotonic) */
    unsigned long invocations;
    int capture;             /* the runtime's output through a pipe (logfd), for tool_result.log */
    int logfd;
} tool_fn;

typedef enum {
    TOOL_R_RESPONSE,   /* /response: payload is the result */
    TOOL_R_ERROR,      /* /error: payload is the error JSON */
    TOOL_R_INIT_ERROR, /* /init/error or the runtime died before asking for the event */
    TOOL_R_EXITED,     /* the runtime exited while running the event */
    TOOL_R_TIMEOUT,    /* killed at the function's timeout */
    TOOL_R_TOO_LARGE   /* the response exceeded Lambda's 6 MB */
} tool_r_kind;

typedef struct {
    tool_r_kind kind;
    char *payload;     /* malloc'ed, NUL-terminated: the result, or Lambda's error JSON */
    size_t len;
    char error_type[128];
    char rid[40];
    int cold;
    double duration_ms, init_ms;
    char *log;         /* with capture: the invocation's log (START ... REPORT), its last 4 KB; malloc'ed */
    size_t log_len;
} tool_result;

/* the function's runtime, code, layers and environment from the template; -1 (tool_fail) when it
 * cannot run here. env_vars: SAM's --env-vars file, or NULL. */
int tool_fn_load(tool *t, tool_stack *s, const char *logical_id, const char *env_vars, tool_fn *f);
/* one invocation (rid: its request id, or NULL for a new one): starts the runtime when none is running (cold), else reuses it (warm). log:
 * START/END/REPORT on stderr. The runtime stays up after a response or a handler error; it is
 * killed after a timeout, an init error or an exit. Free r->payload. */
void tool_fn_invoke(tool *t, tool_fn *f, const char *rid, const char *event, size_t event_len, int log, tool_result *r);
/* a request id as Lambda makes them (a UUID v4) */
void tool_new_request_id(char *rid, size_t n);
/* with capture: what the idle runtime wrote since, to stderr */
void tool_fn_drain_log(tool_fn *f);
/* all of p on a socket, retried on EINTR; a closed peer ends it quietly (invoke.c) */
void tool_send_all(int fd, const char *p, size_t n);
/* kills the runtime process (group) if there is one */
void tool_fn_stop(tool_fn *f);
void tool_fn_free(tool_fn *f);

typedef struct {
    int port;          /* 0: a free one */
    int allow_iam;     /* serve AuthType AWS_IAM URLs (else 403) */
    int quiet;         /* no request lines, no START/END/REPORT */
    const char *env_vars;
} tool_serve_options;

/* serve.c: `ccdk serve` until SIGINT/SIGTERM; its exit status */
int tool_serve(tool *t, const tool_serve_options *o);

#endif
