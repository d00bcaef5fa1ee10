# Custom::S3BucketNotifications: puts a bucket's notification configuration (ccdk's own handler
# for the resource aws-cdk-lib's BucketNotifications writes; the same inputs, the same effects).
#
# ResourceProperties: BucketName, NotificationConfiguration, Managed and SkipDestinationValidation
# ("true"/"false": CloudFormation passes every value as a string).
# - Managed (a bucket of the stack): the configuration is the bucket's whole configuration; Delete
#   empties it.
# - Unmanaged (an imported bucket): the bucket may have notifications this resource did not make.
#   Ours carry an Id "<StackId>-<digest of the notification>", so that they can be told apart:
#   Create adds ours to what is there; Update replaces those equal to the old properties' by the
#   new ones; Delete removes every one of this stack. Notifications of others, and an EventBridge
#   configuration, are kept.
# Lines that start with a comment are left out of the template's inline code (as aws-cdk-lib does).
import hashlib
import json
import logging
import urllib.request

import boto3  # type: ignore

s3 = boto3.client("s3")

KINDS = ("TopicConfigurations", "QueueConfigurations", "LambdaFunctionConfigurations")
EVENT_BRIDGE = "EventBridgeConfiguration"


def handler(event, context):
  status, reason = "SUCCESS", ""
  try:
    props = event["ResourceProperties"]
    bucket = props["BucketName"]
    wanted = props.get("NotificationConfiguration") or {}
    managed = str(props.get("Managed", "true")).lower() == "true"
    skip = str(props.get("SkipDestinationValidation", "false")).lower() == "true"
    request = event["RequestType"]
    if managed:
      config = {} if request == "Delete" else wanted
    else:
      old = (event.get("OldResourceProperties") or {}).get("NotificationConfiguration") or {}
      config = merge(bucket, event["StackId"], request, wanted, old)
    s3.put_bucket_notification_configuration(
      Bucket=bucket, NotificationConfiguration=config, SkipDestinationValidation=skip)
  except Exception as e:
    logging.exception("could not put the bucket notification configuration")
    status, reason = "FAILED", f"Error: {e}. "
  finally:
    respond(event, context, status, reason)


def canonical(n):
  # a notification without its Id, filter rule names lower-cased and sorted: S3 gives back
  # "Prefix"/"Suffix" where the template says "prefix"/"suffix"
  n = {k: v for k, v in n.items() if k != "Id"}
  rules = ((n.get("Filter") or {}).get("Key") or {}).get("FilterRules")
  if rules is not None:
    rules = sorted(({"Name": r["Name"].lower(), "Value": r["Value"]} for r in rules),
                   key=lambda r: (r["Name"], r["Value"]))
    n["Filter"] = {**n["Filter"], "Key": {**n["Filter"]["Key"], "FilterRules": rules}}
  return json.dumps(n, sort_keys=True)


def our_id(stack_id, n):
  return f"{stack_id}-{hashlib.sha256(canonical(n).encode('utf-8')).hexdigest()[:32]}"


def merge(bucket, stack_id, request, wanted, old):
  current = s3.get_bucket_notification_configuration(Bucket=bucket)
  ours = f"{stack_id}-"
  old_keys = {k: {canonical(n) for n in old.get(k, [])} for k in KINDS}
  result = {}
  for k in KINDS:
    kept = []
    for n in current.get(k, []):
      mine = str(n.get("Id", "")).startswith(ours)
      if request == "Delete" and mine:
        continue
      if request == "Update" and canonical(n) in old_keys[k]:
        continue
      kept.append(n)
    if request != "Delete":
      kept = kept + [{**n, "Id": our_id(stack_id, n)} for n in wanted.get(k, [])]
    if kept:
      result[k] = kept
  if request != "Delete" and EVENT_BRIDGE in wanted:
    result[EVENT_BRIDGE] = wanted[EVENT_BRIDGE]
  elif EVENT_BRIDGE in current:
    result[EVENT_BRIDGE] = current[EVENT_BRIDGE]
  return result


def respond(event, context, status, reason):
  body = json.dumps({
    "Status": status,
    "Reason": f"{reason}See the details in CloudWatch Log Stream: {context.log_stream_name}",
    "PhysicalResourceId": event.get("PhysicalResourceId") or event["LogicalResourceId"],
    "StackId": event["StackId"],
    "RequestId": event["RequestId"],
    "LogicalResourceId": event["LogicalResourceId"],
    "NoEcho": False,
  }).encode("utf-8")
  request = urllib.request.Request(
    url=event["ResponseURL"], data=body, method="PUT",
    headers={"content-type": "", "content-length": str(len(body))})
  try:
    with urllib.request.urlopen(request) as response:
      print("response sent:", response.status, response.read().decode("utf-8"))
  except Exception as e:
    print("could not send the response:", e)
