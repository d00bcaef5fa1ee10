def main(event, context):
    return 0
