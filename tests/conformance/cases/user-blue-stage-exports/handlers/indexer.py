import os

from media.keys import output_key


def handler(event, context):
    keys = [output_key(r["dynamodb"]["Keys"]["pk"]["S"]) for r in event.get("Records", [])]
    return {"table": os.environ["TABLE"], "bucket": os.environ["BUCKET_ARN"], "keys": keys}
