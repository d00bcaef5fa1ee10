/* A `provided` runtime function for the `ccdk invoke` test: a bootstrap that speaks the Lambda
 * Runtime API itself (GET next, POST response) over plain sockets. */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int http(const char *method, const char *path, const char *body, char *out, size_t cap)
{
    const char *api = getenv("AWS_LAMBDA_RUNTIME_API");
    char host[64];
    snprintf(host, sizeof host, "%s", api);
    char *colon = strchr(host, ':');
    *colon = 0;
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((unsigned short)atoi(colon + 1))};
    inet_pton(AF_INET, host, &sa.sin_addr);
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0)
        return -1;
    char req[1024];
    int n = snprintf(req, sizeof req, "%s %s HTTP/1.1\r\nHost: %s\r\nContent-Length: %zu\r\n\r\n%s", method, path, api,
                     body ? strlen(body) : 0, body ? body : "");
    if (write(fd, req, (size_t)n) != n)
        return -1;
    size_t len = 0;
    ssize_t r;
    while (len + 1 < cap && (r = read(fd, out + len, cap - len - 1)) > 0)
        len += (size_t)r;
    out[len] = 0;
    close(fd);
    return 0;
}

int main(void)
{
    char resp[8192];
    if (http("GET", "/2018-06-01/runtime/invocation/next", NULL, resp, sizeof resp) != 0)
        return 1;
    const char *id = strstr(resp, "Lambda-Runtime-Aws-Request-Id: ");
    char rid[64] = "";
    if (id)
        sscanf(id + 31, "%63[^\r]", rid);
    char path[256], body[256];
    snprintf(path, sizeof path, "/2018-06-01/runtime/invocation/%s/response", rid);
    snprintf(body, sizeof body, "{\"from\":\"provided\",\"handler\":\"%s\"}", getenv("_HANDLER"));
    http("POST", path, body, resp, sizeof resp);
    return 0;
}
