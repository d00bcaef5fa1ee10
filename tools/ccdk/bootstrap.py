# ccdk invoke: the Python runtime's loop, as Lambda's Python runtime runs a handler: it asks the
# Runtime API (AWS_LAMBDA_RUNTIME_API) for the next event, calls `module.function` from
# LAMBDA_TASK_ROOT with a context object, and posts the result or the error back. Written for ccdk
# (AWS's runtime interface client is not used).
import importlib
import json
import os
import sys
import time
import traceback
import socket

API = os.environ["AWS_LAMBDA_RUNTIME_API"]
ROOT = os.environ.get("LAMBDA_TASK_ROOT", os.getcwd())
HANDLER = os.environ.get("_HANDLER", "")

# the function's runtime (python3.12) against the local python3: a warning when they differ
_WANTED = os.environ.pop("_CCDK_RUNTIME", "")
if _WANTED.startswith("python") and _WANTED[6:] != "%d.%d" % sys.version_info[:2]:
    print("ccdk: warning: the function's runtime is %s, the local python3 is %d.%d.%d" % ((_WANTED,) + tuple(sys.version_info[:3])),
          file=sys.stderr)


def call(method, path, body=None, headers=None):
    """One request to the Runtime API: a plain HTTP/1.1 exchange over a socket (urllib and
    http.client cost tens of milliseconds of imports at every cold start). Returns (status,
    headers with lower-case names, body)."""
    data = body.encode("utf-8") if isinstance(body, str) else (body or b"")
    head = "%s %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n" % (
        method, path, API, len(data))
    for k, v in (headers or {}).items():
        head += "%s: %s\r\n" % (k, v)
    host, _, port = API.rpartition(":")
    with socket.create_connection((host, int(port))) as sock:
        sock.sendall(head.encode("latin-1") + b"\r\n" + data)
        chunks = []
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    raw = b"".join(chunks)
    head_end = raw.find(b"\r\n\r\n")
    lines = raw[:head_end].decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    hdrs = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        hdrs[k.strip().lower()] = v.strip()
    rest = raw[head_end + 4:]
    n = int(hdrs.get("content-length", len(rest)))
    return status, hdrs, rest[:n].decode("utf-8")


def error_json(exc, error_type=None):
    return {
        "errorMessage": str(exc),
        "errorType": error_type or type(exc).__name__,
        "requestId": "",
        "stackTrace": traceback.format_list(traceback.extract_tb(exc.__traceback__)),
    }


class Context:
    def __init__(self, headers):
        self.aws_request_id = headers.get("lambda-runtime-aws-request-id")
        self.invoked_function_arn = headers.get("lambda-runtime-invoked-function-arn")
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self._deadline = int(headers.get("lambda-runtime-deadline-ms", "0"))

    def get_remaining_time_in_millis(self):
        return max(0, self._deadline - int(time.time() * 1000))


def load():
    module_name, _, fn_name = HANDLER.rpartition(".")
    if not module_name:
        raise _InitError("Runtime.MalformedHandlerName", "Bad handler '%s'" % HANDLER)
    sys.path.insert(0, ROOT)
    try:
        module = importlib.import_module(module_name.replace("/", "."))
    except Exception as exc:
        raise _InitError("Runtime.ImportModuleError", "Unable to import module '%s': %s" % (module_name, exc))
    fn = getattr(module, fn_name, None)
    if not callable(fn):
        raise _InitError("Runtime.HandlerNotFound", "Handler '%s' missing on module '%s'" % (fn_name, module_name))
    return fn


class _InitError(Exception):
    def __init__(self, error_type, message):
        super().__init__(message)
        self.error_type = error_type


def main():
    try:
        fn = load()
    except _InitError as exc:
        body = json.dumps({"errorMessage": str(exc), "errorType": exc.error_type, "requestId": "", "stackTrace": []})
        print(body, file=sys.stderr)
        call("POST", "/2018-06-01/runtime/init/error", body, {"Lambda-Runtime-Function-Error-Type": exc.error_type})
        sys.exit(1)
    while True:
        _, headers, body = call("GET", "/2018-06-01/runtime/invocation/next")
        rid = headers.get("lambda-runtime-aws-request-id")
        if headers.get("lambda-runtime-trace-id"):
            os.environ["_X_AMZN_TRACE_ID"] = headers["lambda-runtime-trace-id"]
        try:
            event = json.loads(body)
        except ValueError:
            event = body
        try:
            result = fn(event, Context(headers))
            call("POST", "/2018-06-01/runtime/invocation/%s/response" % rid, json.dumps(result))
        except Exception as exc:
            err = error_json(exc)
            err["requestId"] = rid
            print(json.dumps(err), file=sys.stderr)
            call("POST", "/2018-06-01/runtime/invocation/%s/error" % rid, json.dumps(err),
                 {"Lambda-Runtime-Function-Error-Type": err["errorType"]})


if __name__ == "__main__":
    main()
