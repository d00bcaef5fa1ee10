import boto3

ssm = boto3.client("ssm")


def on_event(event, context):
    props = event["ResourceProperties"]
    name = props["ParameterName"]
    if event["RequestType"] == "Delete":
        return {"PhysicalResourceId": name}
    ssm.put_parameter(Name=name, Value=props["Value"], Type="String", Overwrite=True)
    return {"PhysicalResourceId": name, "Data": {"Name": name}}
