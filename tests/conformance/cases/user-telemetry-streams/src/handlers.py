import base64
import json


def aggregate(event, context):
    state = event.get("state") or {}
    for record in event["Records"]:
        reading = json.loads(base64.b64decode(record["kinesis"]["data"]))
        state[reading["deviceId"]] = max(state.get(reading["deviceId"], 0), reading["temperature"])
    return {"state": state, "batchItemFailures": []}


def dashboard(event, context):
    return {"count": len(event["Records"])}


def registry_sync(event, context):
    return {"batchItemFailures": []}
