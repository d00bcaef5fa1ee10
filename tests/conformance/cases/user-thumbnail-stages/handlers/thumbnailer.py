import os

from thumbs.resize import thumbnail_key


def handler(event, context):
    keys = [thumbnail_key(r["s3"]["object"]["key"]) for r in event.get("Records", [])]
    return {"bucket": os.environ["BUCKET_NAME"], "table": os.environ["TABLE_NAME"], "keys": keys}
