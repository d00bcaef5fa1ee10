import os


def handler(event, context):
    scratch = os.environ["SCRATCH_DIR"]
    for record in event.get("Records", []):
        key = record["s3"]["object"]["key"]
        print(f"processing {key} in {scratch}")
    return {"processed": len(event.get("Records", []))}
