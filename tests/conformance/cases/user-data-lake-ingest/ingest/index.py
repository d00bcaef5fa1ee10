import os


def handler(event, context):
    records = event.get("Records", [])
    return {"stage": os.environ.get("STAGE"), "objects": len(records)}
