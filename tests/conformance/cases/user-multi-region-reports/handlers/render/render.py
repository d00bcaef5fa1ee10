import os
from reports_common import render


def handler(event, context):
    return {"bucket": os.environ["BUCKET"], "body": render([])}
