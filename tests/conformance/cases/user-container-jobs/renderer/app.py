def handler(event, context):
    return {"rendered": event.get("job")}
