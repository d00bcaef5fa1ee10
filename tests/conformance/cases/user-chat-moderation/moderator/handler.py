import base64
import json


def handler(event, context):
    failures = []
    for record in event["Records"]:
        json.loads(base64.b64decode(record["kinesis"]["data"]))
    return {"batchItemFailures": failures}
