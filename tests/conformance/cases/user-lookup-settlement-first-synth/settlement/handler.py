def settle(event, context):
    return {"batchItemFailures": []}
