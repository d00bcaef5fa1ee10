def intake(event, context):
    return {"statusCode": 202}


def assess(event, context):
    return {"batchItemFailures": []}


def notify(event, context):
    return {"batchItemFailures": []}


def report(event, context):
    return None
