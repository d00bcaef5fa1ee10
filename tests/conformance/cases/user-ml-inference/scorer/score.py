def handler(event, context):
    return {"scored": len(event.get("Records", []))}
