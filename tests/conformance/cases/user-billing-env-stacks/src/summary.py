import os

import boto3

s3 = boto3.client("s3")
sqs = boto3.client("sqs")


def handler(event, context):
    listing = s3.list_objects_v2(Bucket=os.environ["REPORTS_BUCKET"], Prefix="invoices/")
    count = listing.get("KeyCount", 0)
    sqs.send_message(QueueUrl=os.environ["QUEUE_URL"], MessageBody=f'{{"summary": {count}}}')
    return count
