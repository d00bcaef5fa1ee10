/* test_bundling.c - Code.fromAsset bundling: the hashed JSON of the bundling options and the
 * `docker run` command line ccdk builds for the seed README's Python bundling example, compared
 * with what aws-cdk-lib runs: node runs the same app against aws-cdk-lib with CDK_DOCKER pointing
 * at a fake docker script that records its argv (and fails, so that aws-cdk-lib's error message
 * can be compared too). Without node, the documented shape is checked.
 * Environment: CCDK_NODE overrides the node binary. */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../src/assets/bundling.h"
#include "ccdk/lambda.h"
#include "testlib.h"

#define seed_command CCDK_STRS("bash", "-c", "pip install -r requirements.txt -t /asset-output && cp -au . /asset-output")
#define SEED_IMAGE "public.ecr.aws/sam/build-python3.9"

static char tmpdir[256];
static char src[4096];

TEST(options_json)
{
    ccdk_bundling_options b = {.image = {SEED_IMAGE, NULL}, .command = seed_command};
    ccdk__buf out = {0};
    ccdk__bundling_json(&out, &b);
    ccdk__buf_putc(&out, 0);
    CHECK_STR_EQ(out.data, "{\"image\":\"public.ecr.aws/sam/build-python3.9\",\"command\":[\"bash\",\"-c\",\"pip install -r "
                           "requirements.txt -t /asset-output && cp -au . /asset-output\"]}");
    ccdk__buf_free(&out);
    b.try_bundle = (int (*)(const char *, void *))1; /* only its presence matters */
    ccdk__bundling_json(&out, &b);
    ccdk__buf_putc(&out, 0);
    CHECK_CONTAINS(out.data, ",\"local\":{}}");
    ccdk__buf_free(&out);
}

TEST(argv_shape)
{
    ccdk_bundling_options b = {.image = {SEED_IMAGE, NULL}, .command = seed_command, .user = "1000:1000"};
    unsetenv("CDK_DOCKER");
    char **v = ccdk__bundling_docker_argv(&b, "/src", "/out", 0);
    const char *want[] = {"docker", "run", "--rm", "-u", "1000:1000", "-v", "/src:/asset-input:delegated", "-v",
                          "/out:/asset-output:delegated", "-w", "/asset-input", SEED_IMAGE, "bash", "-c",
                          "pip install -r requirements.txt -t /asset-output && cp -au . /asset-output", NULL};
    size_t i = 0;
    for (; want[i] && v[i]; i++)
        CHECK_STR_EQ(v[i], want[i]);
    CHECK(!want[i] && !v[i]);
    char *cl = ccdk__bundling_command_line(v);
    CHECK_STR_EQ(cl, "docker run --rm -u \"1000:1000\" -v \"/src:/asset-input:delegated\" -v \"/out:/asset-output:delegated\" "
                     "-w \"/asset-input\" \"public.ecr.aws/sam/build-python3.9\" bash -c \"pip install -r requirements.txt -t "
                     "/asset-output && cp -au . /asset-output\"");
    free(cl);
    ccdk__bundling_argv_free(v);
    /* environment, working directory, selinux */
    b.environment = CCDK_KVS({"A", "1"});
    b.working_directory = "/w";
    v = ccdk__bundling_docker_argv(&b, "/src", "/out", 1);
    CHECK_STR_EQ(v[6], "/src:/asset-input:z,delegated");
    CHECK_STR_EQ(v[9], "--env");
    CHECK_STR_EQ(v[10], "A=1");
    CHECK_STR_EQ(v[11], "-w");
    CHECK_STR_EQ(v[12], "/w");
    ccdk__bundling_argv_free(v);
}

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    return strdup(buf);
}

/* Runs the seed example's bundling with `extra` added to aws-cdk-lib's bundling options (JS object
 * members) against a fake docker that records its argv, and compares ccdk's argv for b with it; the
 * failure message too when check_message. */
static void oracle_argv(const char *extra, ccdk_bundling_options b, int check_message)
{
    const char *node = getenv("CCDK_NODE");
    if (!node)
        node = "node";
    char cmd[8192], path[512];
    snprintf(cmd, sizeof cmd, "%s -e 'require(\"./node_modules/aws-cdk-lib\")' >/dev/null 2>&1", node);
    if (!CHECK_RET(system(cmd) == 0)) /* RUN_ORACLE checked it is there */
        return;
    /* the fake docker: records argv, one per line, and fails */
    snprintf(path, sizeof path, "%s/docker", tmpdir);
    FILE *f = fopen(path, "w");
    fprintf(f, "#!/bin/sh\nprintf '%%s\\n' \"$@\" > '%s/argv.txt'\nexit 1\n", tmpdir);
    fclose(f);
    chmod(path, 0755);
    snprintf(path, sizeof path, "%s/app.js", tmpdir);
    f = fopen(path, "w");
    fprintf(f,
            "const cdk = require(process.cwd() + '/node_modules/aws-cdk-lib');\n"
            "const lambda = require(process.cwd() + '/node_modules/aws-cdk-lib/aws-lambda');\n"
            "const app = new cdk.App({ outdir: '%s/out' });\n"
            "const stack = new cdk.Stack(app, 'TestStack');\n"
            "try {\n"
            "  new lambda.Function(stack, 'Function', {\n"
            "    code: lambda.Code.fromAsset('%s', { bundling: { image: lambda.Runtime.PYTHON_3_9.bundlingImage,\n"
            "      command: ['bash', '-c', 'pip install -r requirements.txt -t /asset-output && cp -au . /asset-output']%s } }),\n"
            "    runtime: lambda.Runtime.PYTHON_3_9, handler: 'index.handler' });\n"
            "} catch (e) { require('fs').writeFileSync('%s/message.txt', e.message); }\n",
            tmpdir, src, extra, tmpdir);
    fclose(f);
    snprintf(cmd, sizeof cmd, "env -u CDK_CONTEXT_JSON CDK_DOCKER='%s/docker' %s '%s' >/dev/null 2>&1", tmpdir, node, path);
    CHECK(system(cmd) == 0);
    snprintf(path, sizeof path, "%s/argv.txt", tmpdir);
    char *rec = read_all(path);
    snprintf(path, sizeof path, "%s/message.txt", tmpdir);
    char *msg = read_all(path);
    if (!CHECK_RET(rec && msg)) {
        free(rec);
        free(msg);
        return;
    }
    /* the output volume's host path (aws-cdk-lib's <outdir>/asset.<hash>-building) */
    char *outv = strstr(rec, ":/asset-output:");
    char *line = outv;
    while (line > rec && line[-1] != '\n')
        line--;
    char outdir[4096];
    snprintf(outdir, sizeof outdir, "%.*s", (int)(outv - line), line);
    CHECK_CONTAINS(outdir, "/out/asset.");
    char docker[512];
    snprintf(docker, sizeof docker, "%s/docker", tmpdir);
    setenv("CDK_DOCKER", docker, 1);
    char **v = ccdk__bundling_docker_argv(&b, src, outdir, -1);
    ccdk__buf got = {0};
    for (size_t i = 1; v[i]; i++) {
        ccdk__buf_puts(&got, v[i]);
        ccdk__buf_putc(&got, '\n');
    }
    ccdk__buf_putc(&got, 0);
    CHECK_STR_EQ(got.data, rec);
    if (check_message) {
        /* the failure: aws-cdk-lib's `${err}` after "bundle output is located at <dir>: " */
        char *err = NULL;
        CHECK(ccdk__bundling_exec(v, &err) != 0);
        char *tail = strstr(msg, "-building: ");
        if (CHECK_RET(tail && err))
            CHECK_STR_EQ(err, tail + strlen("-building: "));
        free(err);
    }
    ccdk__buf_free(&got);
    ccdk__bundling_argv_free(v);
    unsetenv("CDK_DOCKER");
    free(rec);
    free(msg);
}

TEST(against_aws_cdk_lib)
{
    oracle_argv("", (ccdk_bundling_options){.image = {SEED_IMAGE, NULL}, .command = seed_command}, 1);
}

/* every docker run option of BundlingOptions, in aws-cdk-lib's order on the command line */
TEST(run_options_against_aws_cdk_lib)
{
    oracle_argv(", entrypoint: ['/bin/sh', '-c', '--'], volumes: [{ hostPath: '/h1', containerPath: '/c1' },"
                " { hostPath: '/h2', containerPath: '/c2', consistency: cdk.DockerVolumeConsistency.CACHED }],"
                " volumesFrom: ['helper', 'other'], securityOpt: 'no-new-privileges', network: 'host',"
                " platform: 'linux/arm64', user: 'root', environment: { A: '1', B: 'two' }, workingDirectory: '/work'",
                (ccdk_bundling_options){
                    .image = {SEED_IMAGE, NULL},
                    .command = seed_command,
                    .entrypoint = CCDK_STRS("/bin/sh", "-c", "--"),
                    .volumes = CCDK_LIST_OF(ccdk_docker_volume, {"/h1", "/c1", 0}, {"/h2", "/c2", CCDK_DOCKER_VOLUME_CACHED}),
                    .volumes_from = CCDK_STRS("helper", "other"),
                    .security_opt = "no-new-privileges",
                    .network = "host",
                    .platform = "linux/arm64",
                    .user = "root",
                    .environment = CCDK_KVS({"A", "1"}, {"B", "two"}),
                    .working_directory = "/work",
                },
                0);
    /* an entrypoint of one: no arguments before the command */
    oracle_argv(", entrypoint: ['/entry']",
                (ccdk_bundling_options){.image = {SEED_IMAGE, NULL}, .command = seed_command, .entrypoint = CCDK_STRS("/entry")}, 0);
}

/* DockerImage.fromBuild('/path/to/dir/with/DockerFile', {buildArgs: {ARG1: 'value1'}}) (the seed
 * example, rooted in tmpdir so that the directory exists): every docker invocation (`image
 * inspect`, then `build`) against what aws-cdk-lib runs, and the error once `docker build` fails */
TEST(docker_build_against_aws_cdk_lib)
{
    char dir[512], path[1024], cmd[8192], docker[512], log[512];
    snprintf(dir, sizeof dir, "%s/path/to/dir/with/DockerFile", tmpdir);
    snprintf(cmd, sizeof cmd, "mkdir -p '%s' && printf 'FROM scratch\nARG ARG1\n' > '%s/Dockerfile'", dir, dir);
    if (!CHECK_RET(system(cmd) == 0))
        return;
    /* the fake docker: appends its argv, one per line, then "--"; fails */
    snprintf(docker, sizeof docker, "%s/docker-build", tmpdir);
    snprintf(log, sizeof log, "%s/build-argv.txt", tmpdir);
    FILE *f = fopen(docker, "w");
    fprintf(f, "#!/bin/sh\nprintf '%%s\\n' \"$@\" -- >> '%s'\nexit 1\n", log);
    fclose(f);
    chmod(docker, 0755);
    /* ccdk */
    unlink(log);
    setenv("CDK_DOCKER", docker, 1);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = tmpdir, .quiet = 1});
    ccdk_docker_image img = ccdk_docker_image_from_build(app, dir, &(ccdk_docker_build_options){.build_args = CCDK_KVS({"ARG1", "value1"})});
    unsetenv("CDK_DOCKER");
    char *got = read_all(log);
    CHECK(img.image && !strncmp(img.image, "cdk-", 4) && img.image_hash && !strcmp(img.image + 4, img.image_hash));
    CHECK(ccdk_app_error_count(app) == 1);
    /* the shape */
    if (CHECK_RET(got && img.image)) {
        ccdk__buf want = {0};
        ccdk__buf_printf(&want, "image\ninspect\n%s\n--\nbuild\n-t\n%s\n--build-arg\nARG1=value1\n%s\n--\n", img.image,
                         img.image, dir);
        ccdk__buf_putc(&want, 0);
        CHECK_STR_EQ(got, want.data);
        ccdk__buf_free(&want);
    }
    const char *node = getenv("CCDK_NODE");
    if (!node)
        node = "node";
    snprintf(cmd, sizeof cmd, "%s -e 'require(\"./node_modules/aws-cdk-lib\")' >/dev/null 2>&1", node);
    if (CHECK_RET(system(cmd) == 0)) { /* RUN_ORACLE checked it is there */
        snprintf(path, sizeof path, "%s/build.js", tmpdir);
        f = fopen(path, "w");
        fprintf(f,
                "const cdk = require(process.cwd() + '/node_modules/aws-cdk-lib');\n"
                "try {\n"
                "  cdk.DockerImage.fromBuild('%s', { buildArgs: { ARG1: 'value1' } });\n"
                "} catch (e) { require('fs').writeFileSync('%s/build-message.txt', e.message); }\n",
                dir, tmpdir);
        fclose(f);
        unlink(log);
        snprintf(cmd, sizeof cmd, "env -u CDK_CONTEXT_JSON CDK_DOCKER='%s' %s '%s' >/dev/null 2>&1", docker, node, path);
        CHECK(system(cmd) == 0);
        char *rec = read_all(log);
        snprintf(path, sizeof path, "%s/build-message.txt", tmpdir);
        char *msg = read_all(path);
        if (CHECK_RET(rec && msg && got)) {
            CHECK_STR_EQ(got, rec);
            if (ccdk_app_error_count(app) == 1)
                CHECK_CONTAINS(ccdk_app_error(app, 0), msg);
        }
        free(rec);
        free(msg);
    }
    free(got);
    ccdk_app_free(app);
}

TEST(missing_docker)
{
    setenv("CDK_DOCKER", "/nonexistent/ccdk-docker", 1);
    ccdk_bundling_options b = {.image = {SEED_IMAGE, NULL}, .command = seed_command};
    char **v = ccdk__bundling_docker_argv(&b, "/src", "/out", 0);
    char *err = NULL;
    CHECK(ccdk__bundling_exec(v, &err) != 0);
    CHECK_STR_EQ(err, "Error: spawnSync /nonexistent/ccdk-docker ENOENT");
    free(err);
    ccdk__bundling_argv_free(v);
    unsetenv("CDK_DOCKER");
}

/* Once the App has an error, nothing external runs (its synth fails anyway): no docker build, no
 * docker create/cp, no bundling command; and Code.fromDockerBuild still returns a code. */
TEST(nothing_runs_after_an_error)
{
    char docker[600], log[600];
    snprintf(docker, sizeof docker, "%s/recording-docker", tmpdir);
    snprintf(log, sizeof log, "%s/docker-calls.txt", tmpdir);
    FILE *f = fopen(docker, "w");
    fprintf(f, "#!/bin/sh\necho \"$@\" >> '%s'\nexit 1\n", log);
    fclose(f);
    chmod(docker, 0755);
    unlink(log);
    setenv("CDK_DOCKER", docker, 1);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = tmpdir, .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_construct_new(s, "Twice");
    ccdk_construct_new(s, "Twice"); /* the error */
    CHECK(ccdk_app_error_count(app) == 1);
    ccdk_docker_image img = ccdk_docker_image_from_build(s, src, NULL);
    CHECK(img.image && !strncmp(img.image, "cdk-", 4)); /* the name is still computed */
    CHECK(ccdk_lambda_code_from_docker_build(s, src, NULL) != NULL);
    ccdk_lambda_function_new(s, "Bundled", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(s, src, &(ccdk_asset_options){
            .bundling = &(ccdk_bundling_options){.image = {SEED_IMAGE, NULL}, .command = seed_command}}),
    });
    struct stat st;
    CHECK_MSG(stat(log, &st) != 0, "docker ran after the App had an error");
    CHECK(ccdk_app_synth(app) != 0);
    ccdk_app_free(app);
    unsetenv("CDK_DOCKER");
}

/* sanitizeHashValue's URL handling: `new URL(v)`, the password cleared, toString() -- asked of node
 * for each value (one line each: "-" for no password, "!" for a TypeError) */
TEST(pip_url_against_node)
{
    static const char *const urls[] = {
        "https://aws:MY_SECRET_TOKEN@your-code-repo.d.codeartifact.us-west-2.amazonaws.com/pypi/python/simple/",
        "HTTPS://u:p@Host.COM", "https://u:p@h.com:443/a/./b/../c?x=1#f", "https://:p@h.com/x", "http://u:p@h:8080",
        "https://u@h.com", "NOT_A_URL", "foo://u:p@H/x", "https://u:p w@h.com/a b", "https://u%41:p@h.com",
        "https://u:p@h.com:80/", "http://u:p@h.com:080", "https://u:p@h.com:99999/", "https://u:p@/x", "https://",
        "  https://u:p@h.com/x\t", "https://a@b:c@h.com/", "https://u:p@h.com/a/%2e%2E/b", "https://u:p@h.com/..",
        "https://u:p@h.com?q=a b'c#f g`", "https:\\\\u:p@h.com\\x\\y", "mailto:someone@example.com", "ftp://u:p@h:21/",
        "https://u:p@h.com/p/..", "https://u:p@h.com/./", "https://u:@h.com/", "https://u:p@h.com/a{b}", "https://u:p@h^x/",
        "1http://u:p@h/", "s3://u:p@bucket/key", "https://user:pa:ss@h.com/x", "http://u:p@[::1]:81/x", "",
    };
    size_t n = sizeof urls / sizeof *urls;
    char in[4096], script[4096];
    snprintf(in, sizeof in, "%s/urls.json", tmpdir);
    snprintf(script, sizeof script, "%s/urls.js", tmpdir);
    FILE *f = fopen(in, "w");
    if (!CHECK_RET(f != NULL))
        return;
    ccdk__buf j = {0};
    ccdk__buf_putc(&j, '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            ccdk__buf_putc(&j, ',');
        ccdk__json_write_cstr(&j, urls[i]);
    }
    ccdk__buf_puts(&j, "]");
    fwrite(j.data, 1, j.len, f);
    fclose(f);
    ccdk__buf_free(&j);
    f = fopen(script, "w");
    if (!CHECK_RET(f != NULL))
        return;
    fputs("const urls = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));\n"
          "for (const v of urls) { let r; try { const u = new URL(v); if (u.password) { u.password = ''; r = u.toString(); }"
          " else r = '-'; } catch (e) { r = '!'; } console.log(r); }\n", f);
    fclose(f);
    const char *node = getenv("CCDK_NODE");
    char cmd[8192];
    snprintf(cmd, sizeof cmd, "'%s' '%s' '%s'", node ? node : "node", script, in);
    FILE *p = popen(cmd, "r");
    if (!CHECK_RET(p != NULL))
        return;
    char line[4096];
    for (size_t i = 0; i < n; i++) {
        if (!CHECK_RET(fgets(line, sizeof line, p) != NULL))
            break;
        line[strcspn(line, "\n")] = 0;
        char *got = NULL;
        int rc = ccdk__url_strip_password(urls[i], &got);
        const char *mine = rc < 0 ? "!" : rc == 0 ? "-" : got;
        CHECK_STR_EQ(mine, line);
        free(got);
    }
    pclose(p);
}

int main(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/ccdk-test-bundling-XXXXXX");
    if (!mkdtemp(tmpdir))
        return 1;
    char cwd[2048];
    if (!getcwd(cwd, sizeof cwd))
        return 1;
    snprintf(src, sizeof src, "%s/tests/conformance/cases/bundling-python/my-python-handler", cwd);
    RUN(options_json);
    RUN(argv_shape);
    RUN_ORACLE(against_aws_cdk_lib);
    RUN_ORACLE(run_options_against_aws_cdk_lib);
    RUN_ORACLE(docker_build_against_aws_cdk_lib);
    RUN_ORACLE(pip_url_against_node);
    RUN(missing_docker);
    RUN(nothing_runs_after_an_error);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0)
        fprintf(stderr, "note: could not remove %s\n", tmpdir);
    return TEST_DONE();
}
