def main(event, context):
    print("I am here!")
    return {"statusCode": 200}
