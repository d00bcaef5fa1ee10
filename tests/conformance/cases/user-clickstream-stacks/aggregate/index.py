def handler(event, context):
    inserted = [r for r in event["Records"] if r["eventName"] == "INSERT"]
    print(f"{len(inserted)} new clicks")
