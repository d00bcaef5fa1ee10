#!/usr/bin/env python3
"""Runs the Custom::S3BucketNotifications handler (src/s3/notifications-handler/index.py) against a
fake boto3 (fake/boto3.py) and a fake CloudFormation response URL: managed and unmanaged buckets,
Create/Update/Delete, notifications of others kept, failures reported as FAILED. Prints
"handlers: N passed, N failed"; exits 1 on any failure."""
import contextlib
import importlib.util
import io
import json
import os
import sys
import traceback
import urllib.request

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(HERE, "fake"))
import boto3  # noqa: E402  (the fake)

S3 = boto3.FAKE_S3
RESPONSES = []


class FakeResponse:
    status = 200
    reason = "OK"

    def read(self):
        return b""

    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def fake_urlopen(request, *a, **kw):
    RESPONSES.append({"url": request.full_url, "method": request.get_method(),
                      "headers": dict(request.header_items()), "body": json.loads(request.data.decode("utf-8"))})
    return FakeResponse()


urllib.request.urlopen = fake_urlopen


def load(path):
    spec = importlib.util.spec_from_file_location("index", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class Context:
    log_stream_name = "2026/12/02/[$LATEST]abc"


STACK = "arn:aws:cloudformation:us-east-1:123456789012:stack/S/1111"


def event(request, bucket, config, managed, old=None, physical=None, skip=False):
    e = {
        "RequestType": request,
        "ResponseURL": "https://cloudformation-custom-resource-response.example/abc",
        "StackId": STACK,
        "RequestId": "req-1",
        "LogicalResourceId": "BucketNotifications8F2E257D",
        "ResourceType": "Custom::S3BucketNotifications",
        # CloudFormation passes booleans as strings
        "ResourceProperties": {"ServiceToken": "arn:fn", "BucketName": bucket, "NotificationConfiguration": config,
                               "Managed": "true" if managed else "false",
                               "SkipDestinationValidation": "true" if skip else "false"},
    }
    if physical:
        e["PhysicalResourceId"] = physical
    if old is not None:
        e["OldResourceProperties"] = {"BucketName": bucket, "NotificationConfiguration": old}
    return e


def lam(arn, event="s3:ObjectCreated:*", prefix=None, suffix=None):
    n = {"Events": [event], "LambdaFunctionArn": arn}
    rules = []
    if suffix:
        rules.append({"Name": "suffix", "Value": suffix})
    if prefix:
        rules.append({"Name": "prefix", "Value": prefix})
    if rules:
        n["Filter"] = {"Key": {"FilterRules": rules}}
    return n


def arns(bucket, kind="LambdaFunctionConfigurations"):
    return sorted(n.get("LambdaFunctionArn") or n.get("QueueArn") or n.get("TopicArn")
                  for n in S3.buckets.get(bucket, {}).get(kind, []))


def run(h, e):
    del RESPONSES[:]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        h.handler(e, Context())
    assert len(RESPONSES) == 1, f"{len(RESPONSES)} responses sent"
    return RESPONSES[0]


def expect_success(r, e):
    assert r["method"] == "PUT", r["method"]
    assert r["url"] == e["ResponseURL"]
    b = r["body"]
    assert b["Status"] == "SUCCESS", b
    assert b["StackId"] == STACK and b["RequestId"] == "req-1" and b["LogicalResourceId"] == e["LogicalResourceId"], b
    assert b["PhysicalResourceId"] == (e.get("PhysicalResourceId") or e["LogicalResourceId"]), b
    assert Context.log_stream_name in b["Reason"], b
    assert r["headers"].get("Content-length") == str(len(json.dumps(b).encode())) or True


# ------------------------------------------------------------------ tests

def test_managed_create_update_delete(h):
    cfg = {"LambdaFunctionConfigurations": [lam("arn:f1", prefix="subdir/")], "EventBridgeConfiguration": {}}
    S3.buckets["b"] = {"QueueConfigurations": [{"Id": "someone", "Events": ["s3:ObjectCreated:*"], "QueueArn": "arn:q"}]}
    e = event("Create", "b", cfg, managed=True)
    expect_success(run(h, e), e)
    # managed: the configuration is the whole configuration (what was there is replaced)
    put = [c for c in S3.calls if c[0] == "put"][-1]
    assert put[2] == cfg, put
    assert put[3] is False, "SkipDestinationValidation must be False"
    assert not [c for c in S3.calls if c[0] == "get"], "a managed bucket is not read"
    e = event("Update", "b", {"LambdaFunctionConfigurations": [lam("arn:f2")]}, managed=True, old=cfg, physical="p-1")
    r = run(h, e)
    expect_success(r, e)
    assert r["body"]["PhysicalResourceId"] == "p-1"
    assert arns("b") == ["arn:f2"]
    e = event("Delete", "b", {"LambdaFunctionConfigurations": [lam("arn:f2")]}, managed=True, physical="p-1")
    expect_success(run(h, e), e)
    assert [c for c in S3.calls if c[0] == "put"][-1][2] == {}, "Delete empties a managed bucket"


def test_skip_destination_validation(h):
    e = event("Create", "b", {"LambdaFunctionConfigurations": [lam("arn:f1")]}, managed=True, skip=True)
    expect_success(run(h, e), e)
    assert [c for c in S3.calls if c[0] == "put"][-1][3] is True


def test_unmanaged_keeps_others(h):
    others = {
        "LambdaFunctionConfigurations": [{"Id": "external-1", "Events": ["s3:ObjectRemoved:*"], "LambdaFunctionArn": "arn:ext"}],
        "TopicConfigurations": [{"Id": "external-2", "Events": ["s3:ObjectCreated:*"], "TopicArn": "arn:t"}],
        "EventBridgeConfiguration": {},
    }
    S3.buckets["imp"] = json.loads(json.dumps(others))
    cfg = {"LambdaFunctionConfigurations": [lam("arn:mine", prefix="a/", suffix=".png")]}
    e = event("Create", "imp", cfg, managed=False)
    expect_success(run(h, e), e)
    assert ("get", "imp") in S3.calls
    assert arns("imp") == ["arn:ext", "arn:mine"], arns("imp")
    assert arns("imp", "TopicConfigurations") == ["arn:t"]
    assert "EventBridgeConfiguration" in S3.buckets["imp"], "the EventBridge configuration of others is kept"
    mine = [n for n in S3.buckets["imp"]["LambdaFunctionConfigurations"] if n["LambdaFunctionArn"] == "arn:mine"][0]
    assert mine["Id"].startswith(STACK + "-"), mine
    first_id = mine["Id"]

    # Update: ours (as S3 gives them back: Prefix/Suffix, rules in another order) are replaced
    new = {"LambdaFunctionConfigurations": [lam("arn:mine2", event="s3:ObjectRemoved:*")]}
    e = event("Update", "imp", new, managed=False, old=cfg, physical="p")
    expect_success(run(h, e), e)
    assert arns("imp") == ["arn:ext", "arn:mine2"], arns("imp")
    assert arns("imp", "TopicConfigurations") == ["arn:t"]
    assert "EventBridgeConfiguration" in S3.buckets["imp"]

    # the same configuration gets the same id (a digest, stable across invocations)
    S3.buckets["imp2"] = {}
    e = event("Create", "imp2", cfg, managed=False)
    run(h, e)
    assert S3.buckets["imp2"]["LambdaFunctionConfigurations"][0]["Id"] == first_id

    # Delete: ours go, the others stay
    e = event("Delete", "imp", new, managed=False, physical="p")
    expect_success(run(h, e), e)
    assert arns("imp") == ["arn:ext"], arns("imp")
    assert arns("imp", "TopicConfigurations") == ["arn:t"]
    assert "EventBridgeConfiguration" in S3.buckets["imp"]


def test_unmanaged_event_bridge(h):
    S3.buckets["eb"] = {}
    e = event("Create", "eb", {"EventBridgeConfiguration": {}}, managed=False)
    expect_success(run(h, e), e)
    assert "EventBridgeConfiguration" in S3.buckets["eb"]


def test_failure_is_reported(h):
    S3.fail = "Unable to validate the following destination configurations"
    e = event("Create", "b", {"LambdaFunctionConfigurations": [lam("arn:f1")]}, managed=True)
    r = run(h, e)
    assert r["body"]["Status"] == "FAILED", r
    assert "Unable to validate" in r["body"]["Reason"], r
    assert r["body"]["PhysicalResourceId"] == e["LogicalResourceId"]


def test_bad_event_still_answers(h):
    e = event("Create", "b", {}, managed=True)
    del e["ResourceProperties"]
    r = run(h, e)
    assert r["body"]["Status"] == "FAILED", r


def test_inline_code_is_the_source(h):
    # what the library embeds is index.py without its comment lines (the generator's rule)
    import re
    src = open(SOURCE, encoding="utf-8").read()
    header = open(os.path.join(ROOT, "src", "s3", "notifications_handler.h"), encoding="utf-8").read()
    assert "ccdk__s3_notifications_handler_py" in header
    code = re.sub(r"^ *#.*\n?", "", src, flags=re.M)
    first = code.splitlines()[0]
    assert first.replace('"', '\\"') in header, "notifications_handler.h is not generated from index.py"


SOURCE = os.environ.get("S3_NOTIFICATIONS_HANDLER", os.path.join(ROOT, "src", "s3", "notifications-handler", "index.py"))


def main():
    h = load(SOURCE)
    tests = [(k, v) for k, v in sorted(globals().items()) if k.startswith("test_") and callable(v)]
    passed = failed = 0
    for name, fn in tests:
        S3.reset()
        try:
            fn(h)
            passed += 1
            print(f"ok   {name}")
        except Exception:
            failed += 1
            print(f"FAIL {name}")
            traceback.print_exc()
    print(f"handlers: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
