import json
import os

MODEL_DIR = os.environ["MODEL_DIR"]


def handler(event, context):
    features = json.loads(event["body"])["features"]
    return {"statusCode": 200, "body": json.dumps({"score": sum(features) / max(len(features), 1)})}
