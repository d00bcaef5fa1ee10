import json
import os

import boto3
from billing_common import money

s3 = boto3.client("s3")


def handler(event, context):
    for record in event.get("Records", []):
        invoice = json.loads(record["body"])
        key = f"invoices/{invoice['id']}.json"
        invoice["total"] = money(invoice["cents"])
        s3.put_object(Bucket=os.environ["REPORTS_BUCKET"], Key=key, Body=json.dumps(invoice))
    return {"batchItemFailures": []}
