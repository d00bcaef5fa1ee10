def api(event, context):
    return {"statusCode": 200}


def writer(event, context):
    return {"batchItemFailures": []}


def shipper(event, context):
    return None
